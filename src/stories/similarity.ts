/**
 * How likely two articles tell the same story, in [0, 1], from their vectors alone.
 * Within one script the stems carry most of the evidence; across scripts stems never
 * meet, so names and facts (numbers, dates) carry it. Families absent from
 * either article are left out and the rest reweighed, so a text with no numbers is not
 * punished for it.
 */
import { type ArticleVectors, cosine, type Family, type Sparse } from "./vectors.js";

export type FamilyWeights = Readonly<Record<Exclude<Family, "folds">, number>>;

/** One script (en-en, de-de, de-en): stems carry most; set on SemEval pairs (docs/benchmarks.md, History). */
export const SAME_SCRIPT: FamilyWeights = { words: 0.8, names: 0.15, facts: 0.05 };

/**
 * Two languages in one script (de-en) use the same weights, with folded word prefixes in
 * place of stems (stems of two languages rarely meet; région/region do as prefixes, and
 * Regierung/government once a dictionary translates). A same-story pair's cosine is about
 * two thirds as high across languages as within one where a dictionary translates either
 * language, half where only spellings meet, so dividing by this level puts both on one
 * scale for one join threshold; measured by bench/stories/crossLanguage.ts (docs/benchmarks.md, History).
 */
export const CROSS_LANGUAGE_LEVEL = { translated: 0.65, spelled: 0.5 } as const;

/** The cross-language level of two languages, given the languages a dictionary translates. */
export function crossLanguageLevel(a: string, b: string, translated: readonly string[]): number {
  return translated.includes(a) || translated.includes(b) ? CROSS_LANGUAGE_LEVEL.translated : CROSS_LANGUAGE_LEVEL.spelled;
}

/**
 * Two scripts (ru-en): stems never meet, so names and facts carry everything, names
 * first since numbers alone (years, small counts) recur across stories. Chosen, not
 * tuned: no labelled cross-script pair exists.
 */
export const CROSS_SCRIPT: FamilyWeights = { words: 0, names: 0.8, facts: 0.2 };

/**
 * What is left of the score when two texts share no names, and the names cosine at which
 * nothing is taken off: two earthquakes in different places are two stories however
 * alike their words. Set to keep the near-miss tests apart at no cost on the benches.
 */
const NO_SHARED_NAMES = 0.6;
const NAMES_AGREE = 0.25;

/**
 * Distinct names two texts in different scripts must share before anything else counts.
 * With one or two names a cosine is noise (an Arabic text whose only Latin word is
 * "Facebook" matched English stories on it in the clustering bench).
 */
const MIN_SHARED_NAMES_ACROSS_SCRIPTS = 3;

function sharedKeys(a: Sparse, b: Sparse): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) {
      n++;
      i++;
      j++;
    } else if (a.ids[i]! < b.ids[j]!) i++;
    else j++;
  }
  return n;
}

/** `translated`: the languages the folds were translated from (Languages.translations.languages). */
export function similarity(a: ArticleVectors, b: ArticleVectors, translated: readonly string[] = []): number {
  const sameScript = a.script === b.script;
  // Across scripts only names can say two texts are about the same people and places;
  // numbers alone (years, small counts) match unrelated stories.
  if (!sameScript && sharedKeys(a.names, b.names) < MIN_SHARED_NAMES_ACROSS_SCRIPTS) return 0;
  const sameLanguage = a.language === b.language;
  const words = sameScript && !sameLanguage ? "folds" : "words";
  const weights = sameScript ? SAME_SCRIPT : CROSS_SCRIPT;
  // The families one by one, in a fixed order (the sum's order): no keyed lookups in this hot path.
  const namesCosine = a.names.ids.length > 0 && b.names.ids.length > 0 ? cosine(a.names, b.names) : 0;
  let total = 0;
  let weight = 0;
  if (weights.words !== 0 && a[words].ids.length > 0 && b[words].ids.length > 0) {
    total += weights.words * cosine(a[words], b[words]);
    weight += weights.words;
  }
  if (weights.names !== 0 && a.names.ids.length > 0 && b.names.ids.length > 0) {
    total += weights.names * namesCosine;
    weight += weights.names;
  }
  if (weights.facts !== 0 && a.facts.ids.length > 0 && b.facts.ids.length > 0) {
    total += weights.facts * cosine(a.facts, b.facts);
    weight += weights.facts;
  }
  // Two texts that both name people and places but hardly the same ones are two stories
  // (two earthquakes, two votes), however alike their common words.
  if (a.names.ids.length > 0 && b.names.ids.length > 0) {
    total *= Math.min(1, NO_SHARED_NAMES + namesCosine / NAMES_AGREE);
  }
  // Cosines of related articles bunch near 0; the square root spreads them so the score
  // rises evenly with relatedness.
  const level = sameScript && !sameLanguage ? crossLanguageLevel(a.language, b.language, translated) : 1;
  return weight > 0 ? Math.sqrt(Math.min(1, total / weight / level)) : 0;
}
