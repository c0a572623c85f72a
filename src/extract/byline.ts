/** Author names as pages write them → the names alone ("By Jane Doe – World Editor" → "Jane Doe"). */
import { allLanguagePacks } from "../lang/index.js";

const prefixes = allLanguagePacks().flatMap((p) => p.boilerplate?.bylinePrefixes ?? []);
/** Longer than this is a sentence or a bio, not a byline. */
const MAX_BYLINE_CHARS = 80;
/** A byline has at most this many words before a role or date follows. */
const MAX_NAME_WORDS = 10;

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/g, " ").trim();
  for (const re of prefixes) s = s.replace(re, "");
  // A role, date or outlet after a dash, pipe or bullet: "Jane Doe – World Editor".
  s = s.split(/\s+[–—|•·]\s+|\s+-\s+/)[0] ?? s;
  s = s.replace(/^[\s:,-]+|[\s:,|-]+$/g, "");
  if (!s || s.length > MAX_BYLINE_CHARS || s.split(" ").length > MAX_NAME_WORDS) return null;
  if (/^https?:|@/.test(s) || !/\p{L}/u.test(s)) return null;
  return s;
}

/** First usable byline among candidates, names joined as the page gives them. */
export function chooseByline(candidates: readonly string[]): string | null {
  for (const c of candidates) {
    const b = cleanByline(c);
    if (b) return b;
  }
  return null;
}
