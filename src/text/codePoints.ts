/**
 * Reading a text a character at a time, as Unicode patterns do: a character outside the Basic
 * Multilingual Plane (𝐀, 𠀀) is two UTF-16 units, read as one. For the scans that stand in for
 * patterns where a pattern would cost more than the text (src/claims/framing.ts, entities.ts).
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
