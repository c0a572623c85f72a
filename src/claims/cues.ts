/**
 * Cue phrases with a gap: " … " in a cue stands for a few words of one clause between its parts,
 * as German puts a time or an object between a verb and what it governs ("bestritt …, dass"
 * reads "bestritt am Donnerstag, dass"; "wies … zurück" reads "wies die Vorwürfe zurück").
 */

/** Most characters a cue's gap spans. */
const MAX_GAP_CHARS = 40;
/** What a gap never spans: the end of a sentence or of a clause that is no part of the cue. */
const GAP_BREAK = /[.!?;:]/u;

/** A cue as its parts, lower case: one part, or two around a gap. */
export function cueParts(cue: string): readonly string[] {
  return cue.toLowerCase().split(/\s*…\s*/u).filter((part) => part.length > 0);
}

/**
 * Where the cue ends if it starts at `at` of a lower-case text, else -1. A part after a gap must
 * follow within MAX_GAP_CHARS, with no sentence or clause end between; one that begins with a
 * letter begins a word.
 */
export function cueEndAt(low: string, at: number, parts: readonly string[]): number {
  const [head, ...rest] = parts;
  if (!head || !low.startsWith(head, at)) return -1;
  let end = at + head.length;
  for (const part of rest) {
    const window = low.slice(end, end + MAX_GAP_CHARS + part.length);
    let found = -1;
    for (let k = window.indexOf(part); k >= 0; k = window.indexOf(part, k + 1)) {
      if (GAP_BREAK.test(window.slice(0, k))) break;
      if (/^\p{L}/u.test(part) && k > 0 && /[\p{L}\p{N}]/u.test(window[k - 1]!)) continue;
      found = k;
      break;
    }
    if (found < 0) return -1;
    end += found + part.length;
  }
  return end;
}
