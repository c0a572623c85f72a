/** Keys under which two spellings of one heading, title or name compare equal. */

/** Lower case, letters and digits only: "Breaking — News!" and "breaking news" share the key "breakingnews". */
export function letterKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
