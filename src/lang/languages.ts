/**
 * `Languages`: the value stages are handed to reach per-language knowledge, built from
 * packs (src/lang/index.ts builds it from the registry). Stages import this file, never
 * the registry, so a test can hand them fewer languages or packs of its own.
 */
import type { KnowledgeKind } from "./parts.js";
import { NO_TRANSLATIONS, type Translations } from "./translations.js";
import type { AttributionTaggerModel, LanguagePack, WordKnowledge } from "./types.js";
import { wordKnowledge } from "./words.js";

export type * from "./types.js";

/** A set of language packs, as the stages read them. Caches built from it are kept per value. */
export interface Languages {
  /** The languages' codes, in registration order. */
  readonly codes: readonly string[];
  /** The pack for a language, or undefined when these languages hold no knowledge of it. */
  pack(code: string): LanguagePack | undefined;
  /** Every pack, for stages that must look for cues in any language (pages mix them). */
  all(): readonly LanguagePack[];
  /** One kind of knowledge of one language, or undefined when it lacks it. */
  knowledge<K extends KnowledgeKind>(kind: K, code: string): LanguagePack[K] | undefined;
  /** One kind of knowledge of every pack that has it, in registration order. */
  every<K extends KnowledgeKind>(kind: K): NonNullable<LanguagePack[K]>[];
  /** Stop words and a cached stemmer for any language code: the pack's own words, else the libraries' (src/lang/words.ts). */
  /** A language's words: stop words, stems and the stems names are keyed by (always given here). */
  words(code: string): Required<WordKnowledge>;
  /** A language's learned attribution tagger, loaded on first use, or null when it has none. */
  attributionTagger(code: string): AttributionTaggerModel | null;
  /** Bilingual dictionaries into English, the pivot across languages (none unless given). */
  readonly translations: Translations;
}

/** Languages of the given packs, tried in their order. */
export function languagesOf(packs: readonly LanguagePack[], translations: Translations = NO_TRANSLATIONS): Languages {
  const byCode: ReadonlyMap<string, LanguagePack> = new Map(packs.map((p) => [p.code, p]));
  const all = [...byCode.values()];
  const taggers = new Map<string, AttributionTaggerModel | null>();
  return {
    codes: [...byCode.keys()],
    translations,
    pack: (code) => byCode.get(code),
    all: () => all,
    knowledge: (kind, code) => byCode.get(code)?.[kind],
    every: (kind) => all.flatMap((p) => (p[kind] === undefined ? [] : [p[kind]!])),
    words: (code) => wordKnowledge(code, byCode.get(code)?.words, byCode.get(code)?.entities?.nameEndings),
    attributionTagger(code) {
      if (!taggers.has(code)) taggers.set(code, byCode.get(code)?.attributionTagger?.() ?? null);
      return taggers.get(code)!;
    },
  };
}

/**
 * A function of a Languages value, computed once per value: what a stage compiles from the
 * packs (joined patterns, sets) is kept as long as the value is, and never shared with another.
 */
export function perLanguages<T>(build: (languages: Languages) => T): (languages: Languages) => T {
  const cache = new WeakMap<Languages, T>();
  return (languages) => {
    let value = cache.get(languages);
    if (value === undefined) cache.set(languages, (value = build(languages)));
    return value;
  };
}

/** The same, per language of a Languages value: what a stage compiles from one language's knowledge, once. */
export function perLanguage<T>(build: (language: string, languages: Languages) => T): (language: string, languages: Languages) => T {
  const cacheOf = perLanguages(() => new Map<string, T>());
  return (language, languages) => {
    const cache = cacheOf(languages);
    if (cache.has(language)) return cache.get(language)!;
    const value = build(language, languages);
    cache.set(language, value);
    return value;
  };
}
