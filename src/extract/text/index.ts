/**
 * Scraped or pasted text with the page chrome still in it → the article's paragraphs, the
 * chrome dropped, and the metadata its lines state (title, byline, date, url, outlet).
 *
 * The body is the run from the first to the last prose line, cut at the first "Related
 * posts"-style marker; short lines inside it stay (subheads), chrome lines go. Above the
 * body sit the title, date and byline; a lede directly above the first prose line is kept.
 */
import type { Found } from "../index.js";
import { type Languages, perLanguages } from "../../lang/languages.js";
import { cleanTitle } from "../title.js";
import { classify, isTitleCase, type ScrapedLine, wordCount } from "./scrapedLines.js";
import { SENTENCE_END, TERMINAL_END } from "../../text/sentences.js";
import { letterKey } from "../../text/keys.js";

/** A headline has a few words and no full stop at the end. */
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_MAX_WORDS = 30;
/**
 * A line broken mid-sentence is rejoined with the next when it has at least this many words
 * and reads as a sentence (not Title Case): shorter unpunctuated lines are subheads.
 */
const REJOIN_MIN_WORDS = 8;
const CHROME_KINDS: ReadonlySet<ScrapedLine["kind"]> = new Set(["date", "counter", "email", "url", "url-label", "chrome", "caption", "tail", "byline", "breadcrumb", "title-label"]);
/** A domain as written in running text ("Charter97.org"), not inside an e-mail or a URL path. */
const DOMAIN_MENTION = /(?<![@\w./-])([\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|news|media|online|[a-z]{2}))(?![\w@/-])/iu;


function isHeadline(u: ScrapedLine): boolean {
  return (u.kind === "short" || u.kind === "prose") && u.words >= HEADLINE_MIN_WORDS && u.words <= HEADLINE_MAX_WORDS && !/[.]$/.test(u.text);
}

/** Most words of a line that reads as a name (an outlet's: "The Northern Observer") rather than a headline, past an opening article and a bracketed short form. */
const NAME_MAX_WORDS = 3;
/** Longest word in lower case inside a name ("of", "du", "am"): a longer one ("gegen", "from") is a headline's. */
const NAME_JOINING_LETTERS = 3;
/** A url of a picture, a sound, a film or a document file, not of a page. */
const MEDIA_URL = /\.(?:jpe?g|png|gif|webp|svg|avif|bmp|mp[34]|m4a|wav|webm|mov|pdf|docx?|xlsx?|zip)(?:[?#].*)?$/iu;

/** Fewest words of a last line that is a sentence of the article, not chrome ("The ferry capsized on Tuesday morning."). */
const LAST_SENTENCE_MIN_WORDS = 4;

/** A line's words of five letters or more, in lower case. */
function longWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
}

/**
 * A short line of capitalised words, nothing else but a joining word ("The Northern Observer",
 * "Kellhaven Courier", "Rheinblatt"): a name, such as the outlet's above or below its headline.
 */
function isNameLine(u: ScrapedLine, languages: Languages): boolean {
  // "Nordic Press Agency (NPA)": the short form in brackets is part of the name.
  const text = u.text.replace(/\s*\(\p{Lu}{2,6}\)$/u, "");
  const articles = articlesOf(languages);
  const words = text.split(/\s+/).filter((w, i) => i > 0 || !articles.has(w.toLowerCase()));
  return (
    words.length > 0 &&
    words.length <= NAME_MAX_WORDS &&
    !/[\d.!?:;,()]/u.test(text) &&
    /^\p{Lu}/u.test(text) &&
    words.every((w) => /^\p{Lu}/u.test(w) || w.length <= NAME_JOINING_LETTERS)
  );
}

/** Every language's articles ("the", "la", "die"): a name may open with one, uncounted. The page's language is not known yet. */
const articlesOf = perLanguages((languages) => new Set(languages.every("citations").flatMap((c) => c.articles)));

/** `languages`: whose chrome phrases, date words and byline labels lines are read by. */
export function extractFromText(content: string, languages: Languages): Found {
  const lines = content.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
  const units = lines.map((l) => classify(l, languages, lines.length === 1));
  const warnings: string[] = [];

  const firstProse = units.findIndex((u) => u.kind === "prose");
  const tailAt = units.findIndex((u, i) => u.kind === "tail" && i > firstProse);
  const end = tailAt >= 0 ? tailAt : units.length;
  let lastProse = -1;
  for (let i = end - 1; i >= 0; i--) if (units[i]?.kind === "prose") {
    lastProse = i;
    break;
  }
  // A last paragraph of one short sentence is the article's too ("The ferry capsized on Tuesday morning.") where it
  // shares a word of five letters or more with the prose above it; "Share this story with your friends." shares none.
  const proseWords = new Set(units.slice(Math.max(0, firstProse), lastProse + 1).filter((u) => u.kind === "prose").flatMap((u) => longWords(u.text)));
  while (firstProse >= 0 && lastProse + 1 < end) {
    const next = units[lastProse + 1]!;
    if (next.kind !== "short" || next.words < LAST_SENTENCE_MIN_WORDS || !TERMINAL_END.test(next.text) || !/^\p{Lu}/u.test(next.text) || isTitleCase(next.text)) break;
    if (!longWords(next.text).some((w) => proseWords.has(w)) || copyrightOwner(next.text) !== null || /©|\bcopyright\b/iu.test(next.text)) break;
    lastProse++;
  }
  const start = firstProse >= 0 ? firstProse : 0;
  const stop = firstProse >= 0 ? lastProse : units.length - 1;

  // Title: a labelled one, else a headline the page repeats, else the headline closest above the body.
  const header = units.slice(0, start);
  let titleAt = header.findIndex((u) => u.kind === "title-label" || (u.kind === "breadcrumb" && u.value));
  let title: string | null = titleAt >= 0 ? (header[titleAt]?.value ?? null) : null;
  let outlet: string | null = null;
  // A name line beside the headline: the outlet by its shape only, so a copyright line or a domain named outranks it.
  let namedOutlet: string | null = null;
  if (!title) {
    const seen = new Map<string, number>();
    for (const [i, u] of header.entries()) {
      if (!isHeadline(u)) continue;
      const key = letterKey(cleanTitle(u.text, languages) ?? u.text);
      if (seen.has(key) && titleAt < 0) titleAt = seen.get(key) as number;
      else if (!seen.has(key)) seen.set(key, i);
    }
    // The closest headline above the body; a name there ("The Northern Observer" between headline and date) is the outlet's,
    // where a headline that is no name stands above it.
    if (titleAt < 0) for (let i = header.length - 1; i >= 0; i--) if (isHeadline(header[i] as ScrapedLine)) {
      titleAt = i;
      break;
    }
    if (titleAt >= 0 && isNameLine(header[titleAt]!, languages)) {
      const above = header.slice(0, titleAt).findLastIndex((u) => isHeadline(u) && !isNameLine(u, languages));
      if (above >= 0 && titleAt - above <= 2) {
        namedOutlet = header[titleAt]!.text;
        titleAt = above;
      }
    }
    if (titleAt >= 0) {
      const raw = (header[titleAt] as ScrapedLine).text;
      title = cleanTitle(raw, languages);
      const suffix = raw.split(/\s+[|–—-]\s+/).find((seg) => seg !== raw && DOMAIN_MENTION.test(seg) && letterKey(seg.match(DOMAIN_MENTION)?.[1] ?? "") === letterKey(seg));
      if (suffix) outlet = suffix.trim();
      // "Headline / Outlet / Date": a name right below the headline, before the date, is the outlet's.
      const below = header[titleAt + 1];
      if (below && isNameLine(below, languages) && header[titleAt + 2]?.kind === "date") namedOutlet = below.text;
    }
  }
  const titleKey = title ? letterKey(title) : null;
  const isTitleCopy = (u: ScrapedLine) => titleKey !== null && (letterKey(u.text) === titleKey || letterKey(cleanTitle(u.text, languages) ?? "") === titleKey);

  // The lede: headline-like or sentence lines directly above the first prose line.
  let bodyStart = start;
  for (let i = start - 1; i > titleAt && firstProse >= 0; i--) {
    const u = units[i] as ScrapedLine;
    if (CHROME_KINDS.has(u.kind)) continue;
    if (isTitleCopy(u) || !(u.kind === "short" || u.kind === "prose") || !(SENTENCE_END.test(u.text) || u.words >= HEADLINE_MIN_WORDS * 2)) break;
    bodyStart = i;
  }

  const body: ScrapedLine[] = [];
  const removed: string[] = [];
  for (const [i, u] of units.entries()) {
    const inBody = i >= bodyStart && i <= stop && !CHROME_KINDS.has(u.kind) && !isTitleCopy(u);
    if (inBody) {
      body.push(u);
      if (u.cut) removed.push(u.cut);
    } else removed.push(u.text);
  }

  // Dates: the first one below the title and above the body is the article's; one above the title may be the page's clock.
  const dateUnits = units.slice(0, start).map((u, i) => ({ u, i })).filter(({ u }) => u.kind === "date");
  let published = dateUnits.find(({ i }) => i > titleAt)?.u.date ?? null;
  if (!published && titleAt < 0 && dateUnits[0]) {
    published = dateUnits[0].u.date ?? null;
    warnings.push("publication date read from a line above the body with no title to place it (medium confidence)");
  }
  const byline = units.slice(0, start).find((u) => u.kind === "byline")?.value ?? null;
  const urlLabel = units.findIndex((u) => u.kind === "url-label");
  // A labelled url, else the one url line above the body: a scrape's header gives the page's address.
  // Not an image's or a file's ("https://cdn.example/images/pier.jpg").
  const headerUrls = units.slice(0, bodyStart).filter((u) => u.kind === "url" && !MEDIA_URL.test(u.value ?? u.text));
  const url = urlLabel >= 0 ? (units[urlLabel]?.value ?? (units[urlLabel + 1]?.kind === "url" ? (units[urlLabel + 1]?.value ?? null) : null)) : headerUrls.length === 1 ? (headerUrls[0]!.value ?? null) : null;
  if (!outlet) outlet = outletMentioned(units.filter((u, i) => i < bodyStart || i > stop)) ?? namedOutlet;

  return { paragraphs: rejoin(body), removed, title, byline, published, url, outlet, language: null, warnings };
}

/**
 * A copyright line names its owner: "© Example Post, 2026", "© 2026 Example Post. All rights
 * reserved.", "Copyright (c) 2024-2026 Example Post", "© Example Post 2026 - Legal notice". The
 * owner is what is left once the sign, the years and what follows a separator are taken away.
 */
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)(?:,?\s*\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:\s[-–—|]\s.*|[.,|]\s*.*)?$/iu;
/** Longest owner name taken from a copyright line; longer means the line is a sentence, not a notice. */
const MAX_OWNER_CHARS = 60;

function copyrightOwner(line: string): string | null {
  const owner = COPYRIGHT.exec(line.trim())?.[1]?.trim();
  if (!owner || owner.length > MAX_OWNER_CHARS || !/\p{L}/u.test(owner) || /rights reserved/i.test(owner)) return null;
  return owner;
}

/**
 * The outlet named in the chrome around the body: a copyright line's owner first, else a site
 * named as a domain ("follow Charter97.org"), brand-cased ones without the TLD.
 */
function outletMentioned(chrome: readonly ScrapedLine[]): string | null {
  for (const u of chrome) {
    const owner = copyrightOwner(u.text);
    if (owner) return owner;
  }
  for (const u of chrome) {
    if (u.kind === "email" || u.kind === "url" || u.kind === "url-label") continue;
    const m = DOMAIN_MENTION.exec(u.text);
    if (!m) continue;
    const domain = m[1] as string;
    const label = domain.replace(/^www\./i, "").replace(/\.[^.]+$/, "");
    return /\p{Lu}/u.test(label) ? label : domain;
  }
  return null;
}

/**
 * A line that opens with a short label and a colon ("Defiance: The clashes …", "Update: …"):
 * a caption or a subhead starts there, never the rest of a sentence broken across lines.
 */
const LABELLED_LINE = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s[\p{L}\p{M}'’-]+){0,2}:\s+\S/u;

/** Lines broken mid-sentence become one paragraph again. */
function rejoin(units: readonly ScrapedLine[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const u of units) {
    if (open && out.length && !LABELLED_LINE.test(u.text)) out[out.length - 1] += " " + u.text;
    else out.push(u.text);
    const last = out[out.length - 1] as string;
    open = !SENTENCE_END.test(last) && wordCount(last) >= REJOIN_MIN_WORDS && !isTitleCase(last);
  }
  // A paragraph followed by one starting in lower case was also broken.
  const merged: string[] = [];
  for (const p of out) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && /^\p{Ll}/u.test(p) && !SENTENCE_END.test(prev)) merged[merged.length - 1] = `${prev} ${p}`;
    else merged.push(p);
  }
  return merged;
}
