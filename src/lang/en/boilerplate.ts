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
  bylinePrefixes: [/^(by|written by|words by|author:)\s+/i],
  creditPatterns: [
    /^(photo|image|picture|credit|source)s?\s?:\s/i,
    /\((photo|image)s?:?\s[^)]{2,80}\)$/i,
    /\b(getty images|shutterstock|ap photo)\W*$/i,
  ],
};
