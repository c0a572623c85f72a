/**
 * `dossier check` across languages: a claim typed in one language read against an article in
 * another. The stance reading compares stems, which two languages do not share; here each word
 * becomes the pivot keys of src/claims/crossLanguage.ts (its English senses from the installed
 * dictionaries, the first letters of its spelling in ASCII), and the article's sentence that
 * shares most of them with the claim is its best. Such a sentence says the article bears on the
 * claim, not whether it states it in its own voice: it is read as reporting it, or as denying it
 * where the sentence holds a denial of its language. Candidates are found by the names and numbers
 * the claim and the article share, spelled alike in any script.
 */
import { cueHits } from "../claims/stanceFeatures.js";
import { crossLanguageSimilarity, type PivotSentence, pivotKeysOf, pivotWords } from "../claims/crossLanguage.js";
import type { Languages } from "../lang/languages.js";
import { wordKey } from "../lang/spelling.js";
import { readText, readTokens, type Token } from "../text/index.js";

/** Fewest words of the claim (names, numbers and words) a sentence must cover for its coverage alone to count. */
const MIN_COVERED = 4;

/** What a sentence holding every word of the claim reads as (above ACROSS_THRESHOLD, below any sentence that matches it closely). */
const COVERAGE_WEIGHT = 0.5;

/**
 * Whether a sentence covers all of a claim of MIN_COVERED words or more (each of its numbers and
 * words has a key in the sentence): COVERAGE_WEIGHT if so, else 0.
 */
function coverage(claim: PivotSentence, sentence: PivotSentence): number {
  const size = claim.neutral.size + claim.pivots.length;
  if (size < MIN_COVERED) return 0;
  let found = 0;
  for (const k of claim.neutral) if (sentence.pivotKeys.has(k)) found++;
  for (const keys of claim.pivots) if (keys.some((k) => sentence.pivotKeys.has(k))) found++;
  return found === size ? COVERAGE_WEIGHT : 0;
}

/**
 * Share of words a sentence in another language must share with the claim to bear on it. Set on
 * the verdict set's tuned part (bench/verdicts: sentences on a fact checked as claims against the
 * story's articles in another language): at 0.4 every sentence found was on the same fact.
 */
export const ACROSS_THRESHOLD = 0.4;

/** Letters of a name's ASCII spelling that find it in another script: "Мадуро" and "Maduro" both "madu". */
const NAME_KEY_LETTERS = 4;

/** A capitalised word or a number of a text: what finds an article in another language for a claim. */
const NAME_OR_NUMBER = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{M}]+|\p{N}+(?:[.,]\p{N}+)?)/gu;

/** The keys of a text's names and numbers, spelled alike in any script ("madu", "#14"). */
export function nameKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const [w] of text.matchAll(NAME_OR_NUMBER)) {
    if (/^\p{N}/u.test(w)) keys.add(`#${w.replace(",", ".")}`);
    else {
      const key = wordKey(w.toLowerCase()).replace(/[^a-z0-9]/g, "");
      if (key.length >= NAME_KEY_LETTERS) keys.add(key.slice(0, NAME_KEY_LETTERS));
    }
  }
  return keys;
}

/** What a sentence (or a claim) offers another language: its numbers and its words' pivot keys. */
export function pivotSentence(tokens: readonly Token[], language: string, languages: Languages): PivotSentence {
  // Every number is a number here, a year too ("2000 Soldaten" counts; a claim's "2,000" meets it): the pivots read no year apart.
  const neutral = new Set(tokens.flatMap((t) => (t.value === null ? [] : [`V:${t.value}`])));
  // Names are read from their capitals where only names have them; where every noun has one (German), a name may be read as a compound.
  const nounCapitals = languages.pack(language)?.entities?.nounDeterminers !== undefined;
  // Each such word stands for a name of its own here: only whether a word is a name is read (its parts are not translated).
  const pivots = pivotWords(tokens, language, languages, (t) => (t.capitalised && !t.clauseStart && !nounCapitals ? t.lower : null), undefined, neutral);
  return { language, neutral, pivots, pivotKeys: pivotKeysOf(neutral, pivots) };
}

export function claimPivots(claim: string, language: string, languages: Languages): PivotSentence {
  return pivotSentence(readTokens(claim, language, languages), language, languages);
}

export interface AcrossReading {
  /** Share of the claim's and the sentence's words that the other has a key of (src/claims/crossLanguage.ts), in [0, 1]. */
  readonly similarity: number;
  /** The sentence's pivot keys. */
  readonly keys: ReadonlySet<string>;
  readonly start: number;
  readonly text: string;
  /** The sentence holds a denial or a refutation of its language ("опроверг", "denied that"). */
  readonly denies: boolean;
  /** The sentence has a key of every word and number of the claim (coverage). */
  readonly covers: boolean;
}

/** An article's sentence as another language compares it: read once per article, however many claims meet it. */
export interface AcrossSentence {
  readonly start: number;
  readonly text: string;
  readonly pivots: PivotSentence;
}

export function readAcross(article: { readonly text: string; readonly language: string }, languages: Languages): AcrossSentence[] {
  const layer = readText(article, languages);
  return layer.sentences.map((s, k) => ({ start: s.start, text: s.text, pivots: pivotSentence(layer.sentenceTokens[k]!, article.language, languages) }));
}

/** The article's sentence that shares most of the claim's words across languages, and whether it denies. */
export function bestAcross(claim: PivotSentence, sentences: readonly AcrossSentence[], language: string, languages: Languages): AcrossReading | null {
  let best: { similarity: number; sentence: AcrossSentence; covered: number } | null = null;
  for (const sentence of sentences) {
    // A long sentence holding the whole claim bears on it as much as a short one ("Bocelli sang zu Ostern im leeren
    // Mailänder Dom WZ Online … Andrea Bocelli hat …", a headline run into the text): what it covers of the claim counts too.
    const covered = coverage(claim, sentence.pivots);
    const similarity = Math.max(crossLanguageSimilarity(claim, sentence.pivots), covered);
    if (!best || similarity > best.similarity) best = { similarity, sentence, covered };
  }
  if (!best) return null;
  const { similarity, sentence, covered } = best;
  const stance = languages.pack(language)?.stance;
  const denies = cueHits(sentence.text, [...(stance?.denials ?? []), ...(stance?.refuting ?? [])]) > 0;
  return { similarity, keys: sentence.pivots.pivotKeys, start: sentence.start, text: sentence.text, denies, covers: covered > 0 };
}

/**
 * The pivot keys of what a claim says beyond its names: its words in lower case (and its first,
 * unless a capitalised word follows it: "Aliens landed …", not "Ilse Marrow resigned"), and its numbers.
 */
export function claimWordKeys(claim: string, language: string, languages: Languages): ReadonlySet<string> {
  const tokens = readTokens(claim, language, languages);
  const plain = tokens.filter((t, i) => t.kind === "word" && (!t.capitalised || (t.clauseStart && !tokens[i + 1]?.capitalised)));
  return new Set([...pivotWords(plain, language, languages).flat(), ...tokens.flatMap((t) => (t.value === null ? [] : [`V:${t.value}`]))]);
}
