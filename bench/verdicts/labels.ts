/**
 * The labelled verdict set: one JSON file per story under bench/verdicts/labels/ (ids,
 * sentence indices and hashes, fact ids, short summaries in the labeller's words; never
 * article text). The rules are in docs/verdict-labelling.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { heldOut } from "../lib/heldOut.js";
import type { VerdictDataset } from "./datasets.js";

export type GoldStatus = "corroborated" | "single-origin" | "single-source" | "conflicting";
export type Stance = "asserts" | "reports" | "denies";
export type ConflictType = "number" | "date" | "actor" | "place" | "negation";
export type Split = "tuned" | "held-out";

export interface LabelledSentence {
  readonly i: number;
  /** sentenceHash() of the sentence the label was given to. */
  readonly sha1: string;
  /** A fact id ("F3"), or "-" when the sentence is not a checkable factual claim. */
  readonly fact: string;
  readonly stance?: Stance;
  /** Where this mention's information comes from (see the guidelines). */
  readonly origin?: string;
}

export interface LabelledArticle {
  /** "A", "B", ...: the article's place in the story, and its line in the input handed to the product. */
  readonly key: string;
  readonly dataset: VerdictDataset;
  readonly item: string;
  readonly language: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  /** The news agency the dataset says the article came from, if any. */
  readonly wire: string | null;
  /** The in-scope sentences (the first SENTENCES_IN_SCOPE), all labelled. */
  readonly sentences: readonly LabelledSentence[];
  readonly sentencesTotal: number;
}

export interface GoldFact {
  readonly summary: string;
  readonly status: GoldStatus;
  readonly origins: readonly string[];
}

/** Sentence references are "<article key>:<sentence index>". */
export interface GoldConflict {
  readonly fact: string;
  readonly type: ConflictType;
  readonly a: readonly string[];
  readonly b: readonly string[];
}

export interface QuoteVariant {
  readonly fact: string;
  readonly sentences: readonly string[];
}

export interface LabelledStory {
  readonly storyId: string;
  readonly split: Split;
  readonly topic: string;
  readonly copies: readonly { readonly copy: string; readonly of: string }[];
  readonly articles: readonly LabelledArticle[];
  readonly facts: Readonly<Record<string, GoldFact>>;
  readonly conflicts: readonly GoldConflict[];
  readonly quoteVariants: readonly QuoteVariant[];
}

export const LABELS_DIR = join(import.meta.dirname, "labels");

/** The split, frozen before any labelling or measuring: bench/lib/heldOut.ts over the story id. */
export function splitOf(storyId: string): Split {
  return heldOut(storyId) ? "held-out" : "tuned";
}

export function datasetOf(story: LabelledStory): VerdictDataset {
  return story.articles[0]!.dataset;
}

export function loadStories(dir = LABELS_DIR): LabelledStory[] {
  const stories = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as LabelledStory);
  for (const s of stories) {
    if (splitOf(s.storyId) !== s.split) throw new Error(`${s.storyId}: recorded split ${s.split} differs from the rule`);
  }
  return stories;
}
