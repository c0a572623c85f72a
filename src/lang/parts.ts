/**
 * The kinds of knowledge a language pack may provide, and which of them a pack has. A pack
 * declares a part by having its field, so what a language lacks is read off its pack.
 */
import type { LanguagePack } from "./types.js";

/** Every kind of knowledge, in the order the stages read them; docs/adding-a-language.md says what each is for. */
export const KNOWLEDGE_KINDS = [
  "boilerplate", "sentences", "dates", "bylines", "citations", "numbers", "framing", "time", "entities", "stance", "words", "compounds", "attributionTagger",
] as const;

export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

/** The parts a pack provides, in KNOWLEDGE_KINDS order. */
export function partsOf(pack: LanguagePack): KnowledgeKind[] {
  return KNOWLEDGE_KINDS.filter((kind) => pack[kind] !== undefined);
}

/**
 * Kinds a language does well without: its stems and stop words come from src/lang/words.ts
 * (Snowball stemmers, stopwords-iso) unless the pack brings its own, and its attributions
 * from the cue rules alone unless it has a learned tagger; only languages that write compounds as
 * one word have compounds to split. Not gaps, then.
 */
export const OPTIONAL_KINDS: readonly KnowledgeKind[] = ["words", "compounds", "attributionTagger"];

/** The parts a pack lacks, in KNOWLEDGE_KINDS order; optional kinds are not gaps. */
export function gapsOf(pack: LanguagePack): KnowledgeKind[] {
  return KNOWLEDGE_KINDS.filter((kind) => pack[kind] === undefined && !OPTIONAL_KINDS.includes(kind));
}
