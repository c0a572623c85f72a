/** Keys under which two spellings of one heading, title, name or word compare equal. */
import anyAscii from "any-ascii";

/** Lower case, letters and digits only: "Breaking — News!" and "breaking news" share the key "breakingnews". */
export function letterKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Romanised (any-ascii), lower case, a-z and 0-9 only: "Région" → "region", "Мадуро" → "maduro". */
export function foldedKey(s: string): string {
  return anyAscii(s).toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Letters of a folded word kept as its cognate key: 5 keeps Regierung apart from Region. */
export const FOLDED_PREFIX = 5;

/** A folded word's cognate key, met across languages of one script where stems are not (explosion / Explosion). */
export function foldedPrefix(folded: string): string {
  return folded.slice(0, FOLDED_PREFIX);
}
