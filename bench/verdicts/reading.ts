/**
 * The reading labels of the verdict set: per story, entity mentions, citations and framing
 * terms of the in-scope sentences (bench/verdicts/reading/, one file per story, named as its
 * fact file). Names, short source phrases, cue words and terms only; never article text.
 * The rules are in docs/verdict-labelling.md, "Reading labels".
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitOf, type Split } from "./labels.js";

export type GoldEntityType = "person" | "organization" | "place" | "other";

export interface GoldMention {
  readonly i: number;
  /** The mention exactly as written in sentence i. */
  readonly surface: string;
  /** Entity id, shared by the story's mentions of one entity. */
  readonly entity: string;
}

export interface GoldCitation {
  readonly i: number;
  /** A name or short noun phrase in sentence i (or a pronoun, with `refersTo`). */
  readonly source: string;
  readonly cue: string;
  /** Where the cited words first appeared, when the text says so. */
  readonly via: string | null;
  /** The name a pronoun source stands for. */
  readonly refersTo?: string;
}

export interface GoldTerm {
  readonly i: number;
  readonly term: string;
}

export interface ReadingArticle {
  readonly key: string;
  readonly mentions: readonly GoldMention[];
  readonly citations: readonly GoldCitation[];
  readonly framing: readonly GoldTerm[];
}

export interface ReadingStory {
  readonly storyId: string;
  readonly split: Split;
  readonly entities: Readonly<Record<string, { readonly type: GoldEntityType; readonly name: string }>>;
  readonly articles: readonly ReadingArticle[];
}

export const READING_DIR = join(import.meta.dirname, "reading");

/** Reading labels by story id; refuses a file whose split differs from the frozen rule. */
export function loadReading(dir = READING_DIR): Map<string, ReadingStory> {
  const out = new Map<string, ReadingStory>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const s = JSON.parse(readFileSync(join(dir, f), "utf8")) as ReadingStory;
    if (splitOf(s.storyId) !== s.split) throw new Error(`${s.storyId}: recorded split ${s.split} differs from the rule`);
    out.set(s.storyId, s);
  }
  return out;
}
