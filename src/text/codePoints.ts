/**
 * Reading a text a character at a time, as Unicode patterns do: a character outside the Basic
 * Multilingual Plane (𝐀, 𠀀) is two UTF-16 units, read as one. For the scans that stand in for
 * patterns where a pattern would cost more than the text (src/claims/framing.ts, entities.ts,
 * verdicts.ts): characters before and at a place, and the items a scan looks up at each place.
 */

const isHigh = (unit: string | undefined): boolean => unit !== undefined && unit >= "\ud800" && unit <= "\udbff";
const isLow = (unit: string | undefined): boolean => unit !== undefined && unit >= "\udc00" && unit <= "\udfff";

/** How many units the character ending at `i` takes, if it lies at or after `from` and `kind` (a one-character pattern) matches it; 0 otherwise. */
export function charBefore(text: string, i: number, kind: RegExp, from = 0): number {
  if (i <= from) return 0;
  const pair = i - 2 >= from && isLow(text[i - 1]) && isHigh(text[i - 2]);
  return kind.test(text.slice(pair ? i - 2 : i - 1, i)) ? (pair ? 2 : 1) : 0;
}

/** How many units the character starting at `i` takes, if `kind` (a one-character pattern) matches it; 0 otherwise. */
export function charAt(text: string, i: number, kind: RegExp): number {
  if (i >= text.length) return 0;
  const pair = isHigh(text[i]) && isLow(text[i + 1]);
  return kind.test(text.slice(i, pair ? i + 2 : i + 1)) ? (pair ? 2 : 1) : 0;
}

const ONE_LETTER = /^\p{L}$/u;

/** Whether a letter (a whole code point) starts at `i`. */
export const letterAt = (text: string, i: number): boolean => charAt(text, i, ONE_LETTER) > 0;

/** Whether a letter (a whole code point) ends at `i`: `i` is not at a word's start. */
export const letterBefore = (text: string, i: number): boolean => charBefore(text, i, ONE_LETTER) > 0;

/**
 * What a scan looks up at each place: the items by the first unit of their key, in the order
 * given (the scans take the first that fits); items with an empty key are left out.
 */
export function byFirstUnit<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const first = keyOf(item)[0];
    if (first === undefined) continue;
    const list = out.get(first);
    if (list) list.push(item);
    else out.set(first, [item]);
  }
  return out;
}

/** Half of a surrogate pair standing alone (a UTF-16 text cut inside a character, or an escape "\ud83d"). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text with every lone surrogate replaced by U+FFFD, as a UTF-8 decoder would: no Unicode
 * text holds one, and JSON holding its escape is refused by databases (PostgreSQL's json).
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
