/** A literal string as a regular-expression source: every character that means something there is escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Words or phrases as one case-insensitive pattern matching any of them as whole words (a phrase's spaces any run of space); null for none. */
export function wholeWords(phrases: readonly string[]): RegExp | null {
  return phrases.length ? new RegExp(`(?<![\\p{L}])(?:${phrases.map((c) => escapeRegExp(c).replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`, "iu") : null;
}
