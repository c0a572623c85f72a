/** The value of a number token of the one word grammar (src/text/scanner.ts). */

/** "5,000" and "5.000" → 5000; "7,5" and "7.5" → 7.5; spaces inside numbers as thousand separators. */
export function normaliseNumber(token: string): number | null {
  const groups = token.split(/[.,\u00a0 ]/);
  const thousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
  const text = thousands ? groups.join("") : groups.length === 2 ? `${groups[0]}.${groups[1]}` : groups.join("");
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
