/**
 * Author names as pages write them → the names alone: "By Jane Doe – World Editor",
 * "Zeige alle Beiträge von Jane Doe", "Jane Doe am 21. April 2020, 13:36 Uhr" → "Jane Doe".
 * Comment headers ("Jane says") and values that only name the site are not bylines.
 */
import { type Languages, perLanguages } from "../lang/languages.js";
import { findDate, findShortYearDate } from "./dates.js";
import { namesSite } from "./title.js";
import { escapeRegExp } from "../regexp.js";

/** How bylines are labelled in every language given, compiled once per Languages value. */
const labelsOf = perLanguages((languages) => {
  const prefixes = languages.every("boilerplate").flatMap((b) => b.bylinePrefixes ?? []);
  const labelWords = [...new Set(languages.every("bylines").flatMap((b) => b.labels))].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  const commentWords = [...new Set(languages.every("bylines").flatMap((b) => b.commentVerbs))].map(escapeRegExp).join("|");
  return {
    prefixes,
    /** A label before the name: followed by a colon or a space, or glued to the name's capital ("AuthorJane Doe"). */
    LABEL: new RegExp(`^(?:${labelWords})(?:\\s*:\\s*|\\s+|(?=\\p{Lu})|$)`, "iu"),
    /** "Jane says", "Jane sagt:": the header of a reader's comment. */
    COMMENT: new RegExp(`\\s(?:${commentWords})\\s*:?$`, "iu"),
  };
});
/** What may stand between a name and the date cut off after it: "am", "on", "le", "|", "Stand:". */
const BEFORE_DATE = /(?:[\s,|·•–—-]+|\s+\p{Ll}{1,4}|\s+\p{L}+:)+$/u;
/** Longer than this is a sentence or a bio, not a byline. */
const MAX_BYLINE_CHARS = 80;
/** A byline has at most this many words before a role or date follows. */
const MAX_NAME_WORDS = 10;
/** Form labels of a comment box ("Name *", "Name (required)") are not names. */
const FORM_LABEL = /^[\p{L}-]+\s*(?:\*|\(\p{Ll}+\))$/u;

/** `s` without a leading label; a glued label counts only in mixed case ("AuthorJane"), not in a capitalised name ("BYRON"). */
function withoutLabel(s: string, LABEL: RegExp): string {
  const m = LABEL.exec(s);
  if (!m) return s;
  const glued = m[0].length < s.length && !/[\s:]$/.test(m[0]);
  return glued && !/\p{Ll}$/u.test(m[0]) ? s : s.slice(m[0].length);
}

export function cleanByline(raw: string | null | undefined, languages: Languages): string | null {
  if (!raw) return null;
  const { prefixes, LABEL, COMMENT } = labelsOf(languages);
  let s = raw.replace(/\s+/g, " ").trim();
  if (COMMENT.test(s) || FORM_LABEL.test(s)) return null;
  for (let i = 0; i < 3; i++) {
    const before = s;
    for (const re of prefixes) s = s.replace(re, "");
    s = withoutLabel(s, LABEL).replace(/^[\s:|,–—-]+/, "");
    if (s === before) break;
  }
  // A date after the name ("Jane Doe am 21. April 2020", "Jane Doe, 01.12.2021"): the name ends before it.
  const date = findDate(s, languages) ?? findShortYearDate(s, languages);
  // "Veröffentlicht am 8. Februar 2022 von Jana Beispiel", "Posted on May 3, 2021 by Jane Doe": the name follows the date.
  const after = date ? s.slice(date.end).replace(/^[\s,|-]*(?:(?:\p{Ll}{1,5}\s+)?\d{1,2}[:.]\d{2}\s*(?:uhr|[ap]\.?m\.?)?)?[\s,|-]*/iu, "") : "";
  if (date && LABEL.test(after)) s = withoutLabel(after, LABEL);
  else if (date && date.start > 0) s = s.slice(0, date.start).replace(BEFORE_DATE, "");
  // A role, date or outlet after a dash, pipe or bullet: "Jane Doe – World Editor".
  s = s.split(/\s+[–—|•·»]\s+|\s+-\s+/)[0] ?? s;
  s = s.replace(/^[\s:,|»«-]+|[\s:,|»«-]+$/g, "");
  // "Veröffentlicht am", "Posted on": a label whose date went elsewhere; names do not end in a small lowercase word.
  if (/\s\p{Ll}{1,4}$/u.test(s)) return null;
  if (!s || s.length > MAX_BYLINE_CHARS || s.split(" ").length > MAX_NAME_WORDS) return null;
  if (/^https?:|@|^www\./.test(s) || !/\p{L}/u.test(s)) return null;
  return s;
}

/**
 * First usable byline among candidates, names joined as the page gives them. A value that
 * only names the site (its og:site_name or domain) gives way to a person's name later in the
 * list; it is kept when nothing else names an author (sites do sign their own pages).
 */
export function chooseByline(
  candidates: readonly string[],
  languages: Languages,
  sites: readonly string[] = [],
  nearHeadline: readonly string[] = [],
): string | null {
  let site: string | null = null;
  for (const c of candidates) {
    const b = cleanByline(c, languages);
    if (!b) continue;
    if (sites.length && namesSite(b, sites)) site ??= b;
    else return b;
  }
  return site ?? visibleByline(nearHeadline, languages);
}

/** Lines under a headline that may be its byline: the dateline's neighbours. */
const BYLINE_REACH = 6;

/** A line under the headline that introduces a name with a label ("By Jane Doe | 12/10/2020", "Von Jana Beispiel"). */
function visibleByline(lines: readonly string[], languages: Languages): string | null {
  const { prefixes, LABEL } = labelsOf(languages);
  for (const line of lines.slice(0, BYLINE_REACH)) {
    const labelled = LABEL.test(line) || prefixes.some((re) => re.test(line));
    const b = labelled ? cleanByline(line, languages) : null;
    if (b && /^\p{Lu}/u.test(b)) return b;
  }
  return null;
}
