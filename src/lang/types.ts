/**
 * Per-language knowledge, one file per kind under `src/lang/<code>/`, composed in that
 * folder's `index.ts` and registered in `src/lang/index.ts`. Adding a language is adding
 * a folder; no stage names a language.
 *
 * Each kind of knowledge belongs to the stage that reads it; its interface is here so
 * that language folders depend on nothing but this file.
 */

/** Extract: phrases that mark page chrome rather than article text. */
export interface BoilerplateKnowledge {
  /** Lines or blocks that are chrome on their own ("Related posts", "Leave a Comment"). */
  readonly blockPatterns: readonly RegExp[];
  /** Headings after which the rest of the page is chrome ("You may also like"). */
  readonly tailMarkers: readonly RegExp[];
}

/** Extract and claims: how dates are written. */
export interface DateKnowledge {
  /** Month names and abbreviations (any grammatical case) → month 1-12. */
  readonly months: ReadonlyMap<string, number>;
}

/** Claims: how an article says where a statement comes from. */
export interface CitationKnowledge {
  readonly cues: readonly RegExp[];
}

/** Claims: numbers written as words. */
export interface NumberKnowledge {
  readonly words: ReadonlyMap<string, number>;
}

/** Claims: loaded words an outlet may choose. */
export interface FramingKnowledge {
  readonly loadedTerms: readonly string[];
}

/** Stories: word normalisation for matching. */
export interface WordKnowledge {
  readonly stopwords: ReadonlySet<string>;
  readonly stem: (word: string) => string;
}

export interface LanguagePack {
  readonly code: string;
  readonly name: string;
  readonly boilerplate?: BoilerplateKnowledge;
  readonly dates?: DateKnowledge;
  readonly citations?: CitationKnowledge;
  readonly numbers?: NumberKnowledge;
  readonly framing?: FramingKnowledge;
  readonly words?: WordKnowledge;
}
