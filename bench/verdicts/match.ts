/**
 * Maps a system claim mention (an exact quote of the product's cleaned article text) back
 * to the bench's own sentences of the raw dataset text. Both sides are compared with
 * whitespace collapsed; a quote found verbatim goes to the sentence it overlaps most, and a
 * quote the cleaning changed (repaired characters, dropped chrome) to the sentence sharing
 * most of its words, if enough of them.
 */
import { normaliseSpace } from "./sentences.js";

/** A reworded quote still maps when this share of its words is in one sentence. */
const MIN_WORD_SHARE = 0.6;

export interface SentenceIndex {
  readonly text: string;
  /** [start, end) of each sentence in `text`. */
  readonly spans: readonly (readonly [number, number])[];
  readonly words: readonly Set<string>[];
}

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Where the quote is found in the index's text from `from` on, for the next search; -1 when it is not found verbatim. */
export function placeOfQuote(index: SentenceIndex, quote: string, from = 0): number {
  return index.text.indexOf(normaliseSpace(quote), from);
}

/**
 * The sentence of a quote whose words before it in the product's text are known: they tell
 * "Figueroa said" in "Melezia Figueroa said …" from a later sentence's "Figueroa said". Null
 * when the quote with those words is not found verbatim exactly once (the cleaning changed
 * them, or they repeat): the caller places it by the quote alone.
 */
export function sentenceOfPlacedQuote(index: SentenceIndex, before: string, quote: string): number | null {
  const q = normaliseSpace(quote);
  const withBefore = normaliseSpace(`${before}${quote}`);
  const at = index.text.indexOf(withBefore);
  if (!q || at < 0 || index.text.indexOf(withBefore, at + 1) >= 0) return null;
  return sentenceOver(index, at + withBefore.length - q.length, q.length);
}

/** The sentence that overlaps [at, at + length) of the index's text most. */
function sentenceOver(index: SentenceIndex, at: number, length: number): number | null {
  let best = -1;
  let bestOverlap = 0;
  index.spans.forEach(([s, e], i) => {
    const overlap = Math.min(e, at + length) - Math.max(s, at);
    if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
  });
  return best >= 0 ? best : null;
}

/** Lays the sentences end to end, one space apart, as the normalised raw text. */
export function indexSentences(sentences: readonly string[]): SentenceIndex {
  const spans: [number, number][] = [];
  let text = "";
  for (const s of sentences) {
    if (text) text += " ";
    spans.push([text.length, text.length + s.length]);
    text += s;
  }
  return { text, spans, words: sentences.map((s) => new Set(wordsOf(s))) };
}

/**
 * The sentence index the quote belongs to, or null when it cannot be placed. `from`: search
 * the text from there, so a quote repeated in a text ("the source said") goes to its next place.
 */
export function sentenceOfQuote(index: SentenceIndex, quote: string, from = 0): number | null {
  const q = normaliseSpace(quote);
  if (!q) return null;
  const at = index.text.indexOf(q, from) >= 0 ? index.text.indexOf(q, from) : index.text.indexOf(q);
  if (at >= 0) return sentenceOver(index, at, q.length);
  const qw = wordsOf(q);
  if (!qw.length) return null;
  let best: number | null = null;
  let bestShare = 0;
  index.words.forEach((ws, i) => {
    const share = qw.filter((w) => ws.has(w)).length / qw.length;
    if (share > bestShare) [best, bestShare] = [i, share];
  });
  return bestShare >= MIN_WORD_SHARE ? best : null;
}
