/**
 * The words of a search hit shown around its match, read from the opening of its text only
 * (the caller passes a bounded excerpt), so a hit costs the same whatever the article's length.
 * Words compare as the full-text index folds them: case and diacritics ignored ("Sao" finds "São").
 */

/** Characters read on either side of the match for the words shown: more than `maxWords` words of news. */
const WINDOW_CHARS = 400;

const fold = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether a letter or digit ends just before `i` (a whole code point: "𝐀ferry" is one word). */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const unit = text.charCodeAt(i - 1);
  const start = unit >= 0xdc00 && unit <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Whether a letter or digit starts at `i`. */
function wordCharAt(text: string, i: number): boolean {
  return i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Where one of the words first stands whole in `text`, or -1. */
function firstWord(text: string, words: readonly string[]): number {
  let best = -1;
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0 && (best < 0 || at < best); at = text.indexOf(w, at + 1)) {
      if (!wordCharBefore(text, at) && !wordCharAt(text, at + w.length)) {
        best = at;
        break;
      }
    }
  }
  return best;
}

/**
 * Up to `maxWords` words of `excerpt` around the first word the search names, "…" where the text
 * goes on; the opening words when the match lies beyond the excerpt or only in the title.
 * `cut`: the excerpt stops inside the text (its last word may be cut, and is dropped).
 */
export function snippetOf(excerpt: string, searchWords: readonly string[], maxWords: number, cut = false): string {
  let end = excerpt.length;
  while (cut && end > 0 && !/\s/u.test(excerpt[end - 1]!)) end--;
  // A text without spaces (Chinese, a long address) keeps its cut word: it is all there is.
  const text = excerpt.slice(0, end || excerpt.length);
  const at = matchAt(text, searchWords.map(fold).filter(Boolean));
  // The start of the word the match is in ("(São").
  let word = Math.max(0, at);
  while (word > 0 && at - word < WINDOW_CHARS && !/\s/u.test(text[word - 1]!)) word--;
  const beforeFrom = Math.max(0, word - WINDOW_CHARS);
  const afterTo = word + 2 * WINDOW_CHARS;
  // Words wholly inside the window: one cut by its edge is left out.
  const before = text.slice(beforeFrom, word).match(/\S+/gu) ?? [];
  if (beforeFrom > 0 && /\S/u.test(text[beforeFrom - 1]!)) before.shift();
  const after = text.slice(word, afterTo).match(/\S+/gu) ?? [];
  if (afterTo < text.length && /\S/u.test(text[afterTo]!)) after.pop();
  const nAfter = Math.min(after.length, maxWords - Math.min(Math.floor(maxWords / 3), before.length));
  const nBefore = Math.min(before.length, maxWords - nAfter);
  const shown = [...before.slice(before.length - nBefore), ...after.slice(0, nAfter)];
  if (!shown.length) return "";
  const earlier = nBefore < before.length || /\S/u.test(text.slice(0, beforeFrom));
  const later = nAfter < after.length || /\S/u.test(text.slice(afterTo)) || cut;
  return `${earlier ? "…" : ""}${shown.join(" ")}${later ? "…" : ""}`;
}

/**
 * Where the first of the (folded) words stands whole in the text, or -1. Lowercased first (cheap,
 * and it keeps offsets); folded only when that misses and the text has letters beyond ASCII, the
 * match then found again in the text by its count of words (folding keeps every space).
 */
function matchAt(text: string, wanted: readonly string[]): number {
  if (!wanted.length) return -1;
  // Lowercasing may lengthen a text ("İ" → "i̇"): its offsets then are not the text's.
  const lower = text.toLowerCase();
  const at = lower.length === text.length ? firstWord(lower, wanted) : -1;
  if (at >= 0 || !/[^ -~\s]/u.test(text)) return at;
  const folded = fold(text);
  const hit = firstWord(folded, wanted);
  if (hit < 0) return -1;
  const whole = folded.slice(0, hit).match(/\S+/gu)?.length ?? 0;
  const inside = hit > 0 && /\S/u.test(folded[hit - 1]!) ? 1 : 0;
  return [...text.matchAll(/\S+/gu)][whole - inside]?.index ?? -1;
}
