/** The stories stage: articles → story groups with their copies. */
import { createHash } from "node:crypto";
import type { StoriesConfig } from "../config.js";
import type { Languages } from "../lang/languages.js";
import type { Article, CopyLink, Story, StoryGroup } from "../model.js";
import { readText, type TextLayer } from "../text/index.js";
import { findCopies, type KnownCopies } from "./copies.js";
import { StoryGrouper } from "./grouping.js";

export { StoryGrouper, type StoryRecord, type Placement } from "./grouping.js";
export { findCopies, type KnownCopies } from "./copies.js";
export { scorePairs, type PairScore, type TextPair } from "./pairs.js";
export { type ArticleText, type SavedSimilarity, type StorySimilarity } from "./storySimilarity.js";
export { SketchSimilarity } from "./sketchSimilarity.js";
export { PairModelSimilarity } from "./pairSimilarity.js";

/** Groups articles given in arrival order. The same order gives the same stories. `languages`: where month names come from. */
export function groupStories(articles: readonly Article[], config: StoriesConfig, languages: Languages): StoryGroup[] {
  const grouper = new StoryGrouper(config, languages);
  const groups: Article[][] = [];
  for (const a of articles) (groups[grouper.add(a)] ??= []).push(a);
  return groups.map((members) => describeStory(members, languages));
}

/** The members a story's analysis read (`Story.analysedArticles`): the first ones, or all. */
export function analysedIds(story: Pick<Story, "articleIds" | "analysedArticles">): readonly string[] {
  return story.analysedArticles === undefined ? story.articleIds : story.articleIds.slice(0, story.analysedArticles);
}

/** A story's id: its first article never changes as the story grows, so neither does the id. */
export function storyId(firstArticleId: string): string {
  return createHash("sha256").update(firstArticleId).digest("hex").slice(0, 12);
}

/**
 * A story's group from its members in arrival order: its id, headline and copies. `layers`:
 * the members' texts read (src/text), in the same order, when the caller has read them to
 * hand on to the claims stage too. `known`: the story's group as made before by this code,
 * whose copy links among its members then stand (src/stories/copies.ts).
 */
export function describeStory(
  members: readonly Article[],
  languages: Languages,
  layers: readonly TextLayer[] = members.map((a) => readText(a, languages)),
  known?: KnownCopies,
): StoryGroup {
  const copies = findCopies(members, languages, layers, known);
  return { id: storyId(members[0]!.id), headline: chooseHeadline(members, layers, copies), articleIds: members.map((a) => a.id), copies };
}

/**
 * The title most articles share; among equals, an original's title over its copies',
 * then the earliest published, then the earliest to arrive. A story with no titles is
 * named by the first sentence of its first article.
 */
function chooseHeadline(members: readonly Article[], layers: readonly TextLayer[], copies: readonly CopyLink[]): string {
  const titled = members.filter((a) => a.title?.trim());
  if (titled.length === 0) return (layers[0]!.sentences[0]?.text ?? "").slice(0, 140);
  const count = new Map<string, number>();
  for (const a of titled) count.set(a.title!, (count.get(a.title!) ?? 0) + 1);
  const copied = new Set(copies.flatMap((c) => (c.original ? c.articleIds.filter((id) => id !== c.original) : [])));
  const rank = (a: Article) => [-count.get(a.title!)!, copied.has(a.id) ? 1 : 0, a.published ? 0 : 1, a.published ?? ""] as const;
  const best = titled.reduce((x, y) => (compare(rank(y), rank(x)) < 0 ? y : x));
  return best.title!.trim();
}

function compare(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}
