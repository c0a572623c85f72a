/**
 * Translations into English, the pivot two languages are compared through: bilingual
 * dictionaries read at run time (Debian's FreeDict packages, GPL data, never copied into
 * the repository), handed to the stages inside the `Languages` value. Without them every
 * language translates nothing and Dossier compares languages as before (names, numbers,
 * cognates).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type DictdDictionary, readDictd, translationsOf } from "./dictd.js";

export interface Translations {
  /** Languages (ISO 639-1) with a dictionary into English. */
  readonly languages: readonly string[];
  /** English words a word of the language may mean, lower case; empty when unknown. */
  toEnglish(word: string, language: string): readonly string[];
}

export const NO_TRANSLATIONS: Translations = { languages: [], toEnglish: () => [] };

/** Where `apt-get install dict-freedict-*` puts dictionaries. */
export const DICTD_DIR = "/usr/share/dictd";

/** FreeDict's ISO 639-3 names of the languages Dossier reads, for `freedict-<xxx>-eng`. */
const FREEDICT_CODES: Readonly<Record<string, string>> = { de: "deu", fr: "fra", es: "spa", it: "ita", pl: "pol", tr: "tur", nl: "nld", pt: "por", ru: "rus" };

/** Words whose translations are remembered per language: a story's words recur. */
const CACHE_LIMIT = 200_000;

/**
 * Translations from dictionaries of each language, loaded on first use. A word is looked
 * up as written (lower case), then by its stem among the headwords' stems (French and
 * Spanish list only lemmas: "demandé" finds "demander").
 */
export function createTranslations(dictionaries: ReadonlyMap<string, () => DictdDictionary>, stem: (word: string, language: string) => string): Translations {
  const loaded = new Map<string, { dict: DictdDictionary; byStem: Map<string, string[]> | null }>();
  const cache = new Map<string, readonly string[]>();
  const open = (language: string) => {
    let d = loaded.get(language);
    if (!d) loaded.set(language, (d = { dict: dictionaries.get(language)!(), byStem: null }));
    return d;
  };
  const lookup = (word: string, language: string): string[] => {
    const d = open(language);
    const exact = d.dict.entries(word).flatMap(translationsOf);
    if (exact.length) return exact;
    if (!d.byStem) {
      d.byStem = new Map();
      for (const head of d.dict.headwords()) {
        if (head.includes(" ")) continue;
        const s = stem(head, language);
        const list = d.byStem.get(s);
        if (list) list.push(head);
        else d.byStem.set(s, [head]);
      }
    }
    return [...new Set((d.byStem.get(stem(word, language)) ?? []).flatMap((h) => d.dict.entries(h).flatMap(translationsOf)))];
  };
  return {
    languages: [...dictionaries.keys()],
    toEnglish(word, language) {
      if (!dictionaries.has(language)) return [];
      const key = `${language}:${word.toLowerCase()}`;
      let found = cache.get(key);
      if (found === undefined) {
        found = lookup(word.toLowerCase(), language);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(key, found);
      }
      return found;
    },
  };
}

/** FreeDict dictionaries into English found in `dir` (none when it is absent). */
export function freedictTranslations(dir: string, stem: (word: string, language: string) => string): Translations {
  const found = new Map<string, () => DictdDictionary>();
  for (const [code, name] of Object.entries(FREEDICT_CODES)) {
    const base = join(dir, `freedict-${name}-eng`);
    if (existsSync(`${base}.index`)) found.set(code, () => readDictd(base));
  }
  return found.size ? createTranslations(found, stem) : NO_TRANSLATIONS;
}
