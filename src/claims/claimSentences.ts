/** A claim sentence: one sentence of one article, with the features claims compare. */
import type { PivotSentence } from "./crossLanguage.js";
import type { FoundValue } from "./numbers.js";
import { dice } from "../text/measures.js";
import type { QuotedPhrase } from "./quotes.js";
import type { Sentence } from "../text/sentences.js";

/** One sentence of one article with what alignment reads from it. */
export interface ClaimSentence extends PivotSentence {
  readonly articleId: string;
  readonly language: string;
  readonly sentence: Sentence;
  readonly values: readonly FoundValue[];
  readonly quotes: readonly QuotedPhrase[];
  /** Language-tagged stems, entity names and values: the features sentence claimSentenceSimilarity compares. */
  readonly features: ReadonlySet<string>;
  readonly attributedTo: string | null;
  /** Where attribution words sit in the sentence (article offsets), so a summary can leave them out. */
  readonly cues: ReadonlyArray<readonly [number, number]>;
}

export function claimSentenceSimilarity(a: ClaimSentence, b: ClaimSentence): number {
  return a.language === b.language ? dice(a.features, b.features) : dice(a.neutral, b.neutral);
}
