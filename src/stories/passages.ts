/**
 * The parts of an article copy detection compares: body sentences, without the short
 * lines around them (menus, bylines, "Related posts", credits), so that page chrome
 * left in or taken out by extraction changes nothing.
 */
import { nameKey } from "../lang/names.js";
import { wordKnowledge } from "../lang/words.js";
import { normaliseNumber } from "./features.js";

/** A paragraph with fewer words than this is chrome or a heading, not reporting. */
const MIN_BODY_WORDS = 8;

/**
 * Sentences kept for alignment, which compares every sentence of one text with every one of
 * the other: a bound on that cost per pair. Above any news article (the longest FNC-1 body
 * has 162); two 10 MB texts took minutes without it.
 */
const MAX_ALIGNED_SENTENCES = 600;

/** Splits after sentence punctuation followed by a space and a capital, quote or digit. */
const SENTENCE_BREAK = /(?<=[.!?…])["»”’]?\s+(?=["«“„]?[\p{Lu}\d])/u;
const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*|\d+(?:[.,]\d+)*/gu;

export interface Passage {
  /** Lower-cased words of the body, in order: for shingles and verbatim tests. */
  readonly words: readonly string[];
  /** Per body sentence: its content stems (same-language alignment). */
  readonly stems: readonly ReadonlySet<string>[];
  /** Per body sentence: its name keys and numbers (cross-language alignment). */
  readonly anchors: readonly ReadonlySet<string>[];
  /** All stems and all anchors of the body: a cheap first test before aligning sentences. */
  readonly allStems: ReadonlySet<string>;
  readonly allAnchors: ReadonlySet<string>;
}

export function passage(text: string, language: string): Passage {
  const { stopwords, stem } = wordKnowledge(language);
  const words: string[] = [];
  const stems: Set<string>[] = [];
  const anchors: Set<string>[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const tokens = paragraph.match(WORD) ?? [];
    if (tokens.length < MIN_BODY_WORDS) continue;
    for (const t of tokens) words.push(t.toLowerCase());
    for (const sentence of paragraph.split(SENTENCE_BREAK)) {
      const s = new Set<string>();
      const a = new Set<string>();
      let first = true;
      for (const t of sentence.match(WORD) ?? []) {
        const lower = t.toLowerCase();
        if (/^\d/.test(t)) {
          const n = normaliseNumber(t);
          if (n !== null) {
            s.add(`#${n}`);
            a.add(`#${n}`);
          }
        } else if (lower.length >= 3 && !stopwords.has(lower)) {
          const stemmed = stem(lower);
          s.add(stemmed);
          if (!first && /^\p{Lu}/u.test(t)) {
            const key = nameKey(stemmed);
            if (key) a.add(key);
          }
        }
        first = false;
      }
      if (s.size > 0 && stems.length < MAX_ALIGNED_SENTENCES) {
        stems.push(s);
        anchors.push(a);
      }
    }
  }
  const union = (sets: readonly Set<string>[]) => new Set(sets.flatMap((x) => [...x]));
  return { words, stems, anchors, allStems: union(stems), allAnchors: union(anchors) };
}
