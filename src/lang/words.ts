/**
 * Word normalisation for matching, for any language (a language pack's own `words`
 * first, when it has them): Snowball stemmers from
 * @orama/stemmers and stop words from stopwords-iso, keyed by ISO 639-1 code. A language
 * with no stemmer falls back to cutting words to a prefix, which is what light stemmers
 * of inflected languages mostly do; one with no stop-word list keeps every word and
 * leaves rarity to the caller's document frequencies.
 */
import { stemmer as ar } from "@orama/stemmers/arabic";
import { stemmer as bg } from "@orama/stemmers/bulgarian";
import { stemmer as da } from "@orama/stemmers/danish";
import { stemmer as de } from "@orama/stemmers/german";
import { stemmer as el } from "@orama/stemmers/greek";
import { stemmer as en } from "@orama/stemmers/english";
import { stemmer as es } from "@orama/stemmers/spanish";
import { stemmer as fi } from "@orama/stemmers/finnish";
import { stemmer as fr } from "@orama/stemmers/french";
import { stemmer as hu } from "@orama/stemmers/hungarian";
import { stemmer as id } from "@orama/stemmers/indonesian";
import { stemmer as it } from "@orama/stemmers/italian";
import { stemmer as lt } from "@orama/stemmers/lithuanian";
import { stemmer as nl } from "@orama/stemmers/dutch";
import { stemmer as no } from "@orama/stemmers/norwegian";
import { stemmer as pt } from "@orama/stemmers/portuguese";
import { stemmer as ro } from "@orama/stemmers/romanian";
import { stemmer as ru } from "@orama/stemmers/russian";
import { stemmer as sr } from "@orama/stemmers/serbian";
import { stemmer as sv } from "@orama/stemmers/swedish";
import { stemmer as tr } from "@orama/stemmers/turkish";
import { stemmer as uk } from "@orama/stemmers/ukrainian";
import { createRequire } from "node:module";
import type { WordKnowledge } from "./types.js";

// A JSON package: require() reads it the same way under Node 20, tsx and the build.
const STOPWORDS = createRequire(import.meta.url)("stopwords-iso") as Record<string, readonly string[] | undefined>;

const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  ar, bg, da, de, el, en, es, fi, fr, hu, id, it, lt, nl, no, pt, ro, ru, sr, sv, tr, uk,
};

/**
 * Prefix kept when no stemmer exists (Polish, Czech, ...). Six letters keeps most Slavic
 * and Romance roots whole while cutting their case and person endings.
 */
const FALLBACK_PREFIX = 6;

/**
 * Stems remembered per language. Stemming is the costliest step of reading an article;
 * news vocabulary is Zipfian, so a bounded cache answers almost every word.
 */
const STEM_CACHE_LIMIT = 200_000;

const cache = new Map<string, Required<WordKnowledge>>();
const endingsCache = new WeakMap<readonly string[], Map<string, Required<WordKnowledge>>>();
const ownCache = new WeakMap<WordKnowledge, Required<WordKnowledge>>();

/**
 * Stop words and a cached stemmer for a language (lower-case words in, stems out): the
 * pack's own `words` when given, else the libraries' for the code. Stages reach it through
 * their Languages value (`languages.words(code)`), which passes the pack's own.
 */
export function wordKnowledge(language: string, own?: WordKnowledge, nameEndings: readonly string[] = []): Required<WordKnowledge> {
  if (own) {
    let known = ownCache.get(own);
    if (!known) {
      const stem = cachedStem(own.stem);
      ownCache.set(own, (known = { stopwords: own.stopwords, stem, nameStem: own.nameStem ?? stem }));
    }
    return known;
  }
  // Keyed by the language, and by the pack's own list of endings where it gives one (the same array every call).
  const byEndings = nameEndings.length ? (endingsCache.get(nameEndings) ?? endingsCache.set(nameEndings, new Map()).get(nameEndings)!) : cache;
  let known = byEndings.get(language);
  if (!known) {
    // Own keys only: a language code such as "constructor" must not find Object's members.
    const stopwords = new Set(Object.hasOwn(STOPWORDS, language) ? STOPWORDS[language] : []);
    const stemmer = Object.hasOwn(STEMMERS, language) ? STEMMERS[language] : undefined;
    const stem = cachedStem(stemmer ?? ((w: string) => w.slice(0, FALLBACK_PREFIX)));
    known = { stopwords, stem, nameStem: stemmer ? stem : withoutEnding(nameEndings) };
    byEndings.set(language, known);
  }
  return known;
}

function cachedStem(stemmer: (word: string) => string): (word: string) => string {
  const stems = new Map<string, string>();
  return (word) => {
    let s = stems.get(word);
    if (s === undefined) {
      s = stemmer(word);
      if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
      stems.set(word, s);
    }
    return s;
  };
}

/** Fewest letters a name keeps once its case ending is cut: "Kim", "Tom" are not cut. */
const MIN_NAME_STEM = 4;

/** A word without the longest of `endings` it ends in, where enough of it is left. */
function withoutEnding(endings: readonly string[]): (word: string) => string {
  const longestFirst = [...endings].sort((a, b) => b.length - a.length);
  return (word) => {
    const ending = longestFirst.find((e) => word.endsWith(e) && word.length - e.length >= MIN_NAME_STEM);
    return ending ? word.slice(0, -ending.length) : word;
  };
}
