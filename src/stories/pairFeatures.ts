/**
 * The evidence `dossier similarity` weighs for one pair of texts, as a short vector of
 * numbers that a small fitted logistic model (models/story-pairs.json) combines:
 * - the three families of the grouper (src/stories/features.ts): stems, cross-script
 *   name keys, numbers and dates;
 * - folded spellings (any-ascii, lower case, letters and digits only): 5-letter word
 *   prefixes, which meet across languages of one script where stems cannot
 *   (Explosion/explosion, Millionen/million, Minister/minister) and across inflections a
 *   stemmer misses (Polish, Turkish, Arabic). Not the grouper's `folds` family: that one
 *   holds content words translated into English where a dictionary knows them; these are
 *   every word's own spelling, and the model weighs the two apart;
 * - the length ratio, since a cosine understates how alike a short text and a long one
 *   are (a brief, a cut scrape);
 * - whether the two languages differ, alone and with character 4-grams of the folded
 *   text, since across languages the folded spellings are most of the evidence there is
 *   (the 4-grams also meet where prefixes do not: Präsident/president share "iden").
 * Families tried and left out are listed in docs/benchmarks.md.
 * Document frequencies come from every text of the batch, as for the grouper.
 */
import type { RawFeatures } from "./features.js";
import { foldedKey, foldedPrefix } from "../text/keys.js";
import { idf, logTf } from "../text/measures.js";
import { Scanner } from "../text/scanner.js";
// The Vocabulary's prior: documents assumed seen in which no key appears, so that a batch of one pair weighs its keys as a large batch would.
import { type ArticleVectors, cosine, PRIOR_DOCUMENTS } from "./vectors.js";

/** The features in model order; models/story-pairs.json holds one weight for each. */
export const PAIR_FEATURES = [
  "words", "names", "facts", "prefixes", "lengthRatio", "crossLanguage", "crossLanguageChars",
] as const;

/**
 * Words of a text read for the folded families: the same bound as the grouper's
 * MAX_WORDS (news says what happened first; it keeps every feature within the range the
 * model was fitted on, since the SemEval texts are cut at about 1,100 characters).
 */
const MAX_FOLDED_WORDS = 300;
/** Character n-gram length: long enough to carry a word's stem, short enough to meet across spellings. */
const GRAM = 4;
/** Folded words shorter than this give no prefix key: they are mostly function words. */
const MIN_PREFIX_WORD = 4;

const scanner = new Scanner();

/** A text as read for scoring pairs: its grouper features plus its folded spellings. */
export interface PairText {
  readonly raw: RawFeatures;
  readonly grams: ReadonlyMap<string, number>;
  readonly prefixes: ReadonlyMap<string, number>;
  readonly words: number;
}

export function foldedBags(text: string): { grams: Map<string, number>; prefixes: Map<string, number>; words: number } {
  const folded: string[] = [];
  // The words of the one word grammar (src/text/scanner.ts); numbers are the facts family's.
  scanner.reset(text);
  while (folded.length < MAX_FOLDED_WORDS && scanner.next()) {
    if (!scanner.word) continue;
    const f = foldedKey(text.slice(scanner.start, scanner.end));
    if (f) folded.push(f);
  }
  const grams = new Map<string, number>();
  const line = ` ${folded.join(" ")} `;
  for (let i = 0; i + GRAM <= line.length; i++) bump(grams, line.slice(i, i + GRAM));
  const prefixes = new Map<string, number>();
  for (const w of folded) if (w.length >= MIN_PREFIX_WORD) bump(prefixes, foldedPrefix(w));
  return { grams, prefixes, words: folded.length };
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** Document frequencies of folded keys over a batch, and (1 + log tf) · idf cosines under them. */
export class FoldedFrequencies {
  private readonly df = new Map<string, number>();
  private documents = 0;

  observe(bag: ReadonlyMap<string, number>): void {
    this.documents++;
    for (const k of bag.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let dot = 0;
    for (const [k, c] of small) {
      const d = large.get(k);
      if (d !== undefined) dot += this.weight(k, c) * this.weight(k, d);
    }
    const norm = this.norm(a) * this.norm(b);
    return norm > 0 ? dot / norm : 0;
  }

  private weight(k: string, count: number): number {
    return logTf(count) * idf(this.documents, this.df.get(k) ?? 0, PRIOR_DOCUMENTS);
  }

  private norm(bag: ReadonlyMap<string, number>): number {
    let n = 0;
    for (const [k, c] of bag) n += this.weight(k, c) ** 2;
    return Math.sqrt(n);
  }
}

/**
 * The feature vector of a pair, in PAIR_FEATURES order. Cosines enter as square roots:
 * those of related texts bunch near 0, and the root makes them rise evenly with relatedness.
 */
export function pairFeatures(
  a: PairText, b: PairText, va: ArticleVectors, vb: ArticleVectors, grams: FoldedFrequencies, prefixes: FoldedFrequencies,
): number[] {
  const root = (x: number) => Math.sqrt(Math.max(0, x));
  const cross = a.raw.language === b.raw.language ? 0 : 1;
  const longer = Math.max(a.words, b.words);
  return [
    // Across languages stems never meet: words are compared by their folded prefixes, translated into English where a dictionary can (src/stories/features.ts).
    root(cross === 1 ? cosine(va.folds, vb.folds) : cosine(va.words, vb.words)),
    root(cosine(va.names, vb.names)),
    root(cosine(va.facts, vb.facts)),
    root(prefixes.cosine(a.prefixes, b.prefixes)),
    longer > 0 ? Math.min(a.words, b.words) / longer : 0,
    cross,
    cross === 1 ? root(grams.cosine(a.grams, b.grams)) : 0,
  ];
}

