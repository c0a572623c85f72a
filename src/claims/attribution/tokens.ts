/** Tokens of a sentence with their offsets in the article, shared by the cue rules and the learned tagger. */
import { escapeRegExp } from "../../regexp.js";

export interface AttributionToken {
  readonly raw: string;
  readonly low: string;
  readonly start: number;
  readonly end: number;
}

/** Words (with inner hyphens, apostrophes, dots: "U.S", "RBC-Ukraine"), "U.S." or "Mr." whole, or one punctuation mark. */
export function tokenPattern(titles: readonly string[]): RegExp {
  const title = titles.length ? `(?:${titles.map(escapeRegExp).join("|")})\\.|` : "";
  return new RegExp(`(?:\\p{Lu}\\.){2,}|${title}[\\p{L}\\p{N}]+(?:[-'’.&][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]`, "gu");
}

export function tokenise(text: string, offset: number, pattern: RegExp): AttributionToken[] {
  return [...text.matchAll(pattern)].map((m) => ({ raw: m[0], low: m[0].toLowerCase(), start: offset + m.index, end: offset + m.index + m[0].length }));
}
