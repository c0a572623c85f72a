/**
 * Translations told by what their words mean: each content word of a sentence read as its
 * English meanings (the bilingual dictionaries of src/lang/translations.ts; an English word as
 * itself), names by their cross-script keys and numbers by their values. Two sentences match
 * by the share of the words of both that the other has a meaning of. Where names and numbers
 * are too few to align two texts (sentences that name nothing: "no toxic gases escaped during
 * the fire"), their meanings still are.
 */
import { type Languages, perLanguage } from "../lang/languages.js";
import type { TextLayer } from "../text/index.js";

/** Words shorter than this carry no topic. */
const MIN_CONTENT_WORD = 3;
/** English meanings of a word read, the dictionary's first: enough for the sense news uses, few enough not to match everything. */
const MEANINGS_PER_WORD = 12;
/** A sentence needs this many words read to be aligned. */
const MIN_SENTENCE_WORDS = 4;

/** A sentence as meanings: per word, its keys; and every key of the sentence. */
export interface MeaningSentence {
  readonly words: readonly (readonly string[])[];
  readonly keys: ReadonlySet<string>;
}

/** Words whose meanings are remembered per language at most (news vocabulary is Zipfian); forgetting changes no result. */
const MEANING_CACHE_LIMIT = 100_000;
const meaningCache = perLanguage(() => new Map<string, readonly string[]>());

/** A word's meaning keys ("M:" and an English stem): looked up once per language and word. */
function meaningKeys(word: string, language: string, languages: Languages): readonly string[] {
  const cache = meaningCache(language, languages);
  let keys = cache.get(word);
  if (keys) return keys;
  const english = languages.words("en");
  let meanings = languages.translations.toEnglish(word, language);
  // A compound the dictionary lacks means what its parts mean ("Umweltministeriums": environment, ministry).
  if (meanings.length === 0) meanings = languages.translations.partsToEnglish(word, language);
  keys = [...new Set(meanings.slice(0, MEANINGS_PER_WORD).filter((m) => m.length >= MIN_CONTENT_WORD && !english.stopwords.has(m)).map((m) => `M:${english.stem(m)}`))];
  if (cache.size >= MEANING_CACHE_LIMIT) cache.clear();
  cache.set(word, keys);
  return keys;
}

/** Whether a language's words can be read as English meanings here: English, or a language with a dictionary installed. */
export function readableByMeaning(language: string, languages: Languages): boolean {
  return language === "en" || languages.translations.languages.includes(language);
}

/** The sentences `indices` of a text read into meanings (those with too few words read are left out). */
function meaningSentences(layer: TextLayer, indices: readonly number[], languages: Languages): MeaningSentence[] {
  const out: MeaningSentence[] = [];
  for (const k of indices) {
    const words: string[][] = [];
    for (const t of layer.sentenceTokens[k] ?? []) {
      if (t.value !== null) {
        words.push([`#${t.value}`]);
        continue;
      }
      if (t.kind !== "word" || t.lower.length < MIN_CONTENT_WORD || t.stop) continue;
      const keys = new Set<string>();
      // A capital opening a clause says nothing; elsewhere it marks a name, spelt alike in any script.
      if (t.capitalised && !t.clauseStart && t.nameKey) keys.add(`N:${t.nameKey}`);
      if (layer.language === "en") keys.add(`M:${t.stem}`);
      else for (const k of meaningKeys(t.lower, layer.language, languages)) keys.add(k);
      if (keys.size > 0) words.push([...keys]);
    }
    if (words.length >= MIN_SENTENCE_WORDS) out.push({ words, keys: new Set(words.flat()) });
  }
  return out;
}

/** Share of both sentences' words that the other has a key of, in [0, 1]. */
export function meaningMatch(a: MeaningSentence, b: MeaningSentence): number {
  let covered = 0;
  for (const w of a.words) if (w.some((k) => b.keys.has(k))) covered++;
  for (const w of b.words) if (w.some((k) => a.keys.has(k))) covered++;
  return covered / (a.words.length + b.words.length);
}

/** A text read into meanings: its sentences, and its distinct words as one sentence (how much of a text another has at all). */
export interface MeaningText {
  readonly sentences: readonly MeaningSentence[];
  readonly whole: MeaningSentence;
}

/** The sentences `indices` of a text read into meanings, and as a whole. */
export function meaningText(layer: TextLayer, indices: readonly number[], languages: Languages): MeaningText {
  const sentences = meaningSentences(layer, indices, languages);
  const distinct = new Map<string, readonly string[]>();
  for (const s of sentences) for (const w of s.words) distinct.set(w.join(" "), w);
  const words = [...distinct.values()];
  return { sentences, whole: { words, keys: new Set(words.flat()) } };
}
