import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(leave a (comment|reply)|comments?( \(\d+\))?|\d+ comments?|share( this( article| story)?)?( on .{0,30})?|tweet|email|print|read more|continue reading|accept( all)?( cookies)?|subscribe( now)?|sign up|advertisement|sponsored( content)?|skip to (main )?content)$/i,
    /\bcookies?\b.*\b(accept|consent|opt[- ]out|experience|agree)\b/i,
    /^this site uses akismet/i,
    /^(follow us|like us) on\b/i,
    /^(click|tap) here to\b/i,
    /^(\d+ min(ute)?s? read|credits?:?|photo credits?:?|image:|advertisement|ad|tags?:?|filed under:?.*|posted in:?.*|this entry was posted in .*)$/i,
    /^(was this (article|post) (helpful|useful)\??|rate this (article|post):?)$/i,
    /^(you must be logged in to post a comment|no comments( yet)?|be the first to comment|log in to comment).{0,40}$/i,
  ],
  tailMarkers: [
    /^(related (posts|articles|stories|news|content|coverage|reading)|explore further|further reading|see also|more stories|you (may|might) also (like|be interested in)|more (from|on|in) .{0,40}|read next|recommended( for you)?|most (read|popular|viewed)|trending( now)?|leave a (comment|reply)|popular (posts|stories)|about the author|about the writer)$/i,
  ],
  outletWords: [
    "news", "times", "post", "daily", "herald", "tribune", "journal", "gazette", "telegraph", "guardian", "independent", "express",
    "mail", "today", "press", "review", "observer", "chronicle", "standard", "star", "sun", "mirror", "report", "reporter", "voice",
    "world", "online", "media", "wire", "network", "insider", "monitor", "globe", "week", "weekly", "morning", "evening", "register",
    "courier", "dispatch", "bulletin", "sentinel", "examiner", "inquirer", "record", "leader", "digest", "briefing", "policy", "affairs",
  ],
  prompts: [
    /^(don['’]t miss|want more\b|listen to (this|the) (article|story)|read the full (story|article)|continue reading)/i,
    /^follow (\p{Lu}[\p{L}.'’-]*\s?){1,3} on (twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon)\b/u,
    /^(please )?(subscribe|sign up|register|join|log ?in|download|get)\b.{0,60}\b(newsletter|full (story|article)|for free|our app|the app|(daily|weekly) (email|digest|briefing)|breaking news|latest (news|stories|updates)|unlimited access)/i,
    /^(to (read|view|continue reading|access) (the|this) (full )?(story|article|post)|already a subscriber|if you(['’]re| are) (already a subscriber|seeing this message))/i,
    /^(do you want|want|would you like) to (be informed|stay (informed|up to date)|receive|get (our|the latest))\b/i,
    /^for the latest (news|stories|updates|headlines)\b/i,
    /^(follow|like) (us|me|him|her|them) on\b/i,
    /^(if you (enjoyed|liked|value|appreciate|found) (reading )?(this|our)|enjoyed this (post|article|story)\??|support (our|independent) (work|journalism)|(please )?(consider )?(supporting|donating to) (us|our))/i,
    /^(submit (your|a) letter|have a (news )?tip|got a (news )?tip|send us (a|your) (tip|story))/i,
    /^(read more|more|see also|related|watch|listen)\s?:\s/i,
    // Teasers to live coverage: "LIVE: Port explosion — all the latest", "Storm hits coast – live updates".
    /^live( updates| blog| coverage)?\s?:\s[^.!?]{0,120}$/i,
    /^.{0,100}\s[-–—|]\s*(all the latest|latest updates|live updates|live coverage|follow live)\.?$/i,
    /\bis not responsible for the (opinions|content|views|statements)\b/i,
    /^the (views|opinions) expressed (in this|here|by)\b/i,
  ],
  edgeNotes: [
    /^([Cc]ontact the author\b|write to \p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){0,2} at\b)/u,
    /^(\p{Lu}[\p{L}.'’-]*\s){1,3}(is|was) (a|an|the) ([\p{L}-]+\s){0,3}(reporter|writer|journalist|editor|correspondent|columnist|contributor|author|photographer|producer|blogger|freelancer|intern)\b/u,
    /^(\p{Lu}[\p{L}.'’-]*\s){1,3}(has been (writing|reporting|covering)|covers|writes about|writes for|reports on)\b/u,
    /\b(view|see) all (posts|articles|stories) by\b.{0,60}$/i,
    /^(this (post|article|page|story) (contains|may contain|includes) (affiliate )?(links|references)|we may (earn|receive) (a )?(commission|compensation)|disclosure:)/i,
    /^(suggested citation|cite (this|as))\b/i,
  ],
  notices: [/^(?=.*\bcookies?\b)(?=.*\b(accept|agree|consent|opt[- ]?out|preferences|settings|experience|personali[sz]|partners|privacy))/is],
  bylinePrefixes: [/^(by|written by|words by|author:)\s+/i],
  creditPatterns: [
    /^(photo|image|picture|credit|source)s?\s?:\s/i,
    /\((photo|image)s?:?\s[^)]{2,80}\)$/i,
    /\b(getty images|shutterstock|ap photo)\W*$/i,
    /^\(?(photo(graph)?|image|illustration|video)s? (by|courtesy( of)?)\s/i,
    /^\((photo|image|picture)?\s?credits?:\s[^)]{2,80}\)$/i,
  ],
};
