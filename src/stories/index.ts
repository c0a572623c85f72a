/** The stories stage: articles → story groups with their copies. */
import { createHash } from "node:crypto";
import type { StoriesConfig } from "../config.js";
import type { Languages } from "../lang/languages.js";
import type { Article, CopyLink, StoryGroup } from "../model.js";
import { readText, type TextLayer } from "../text/index.js";
import { findCopies } from "./copies.js";
import { StoryGrouper } from "./grouping.js";

export { StoryGrouper } from "./grouping.js";
export { findCopies } from "./copies.js";
export { scorePairs, type PairScore, type TextPair } from "./pairs.js";
export { type ArticleText, type StorySimilarity } from "./storySimilarity.js";
export { SketchSimilarity } from "./sketchSimilarity.js";
export { PairModelSimilarity } from "./pairSimilarity.js";

/** Groups articles given in arrival order. The same order gives the same stories. `languages`: where month names come from. */
export function groupStories(articles: readonly Article[], config: StoriesConfig, languages: Languages): StoryGroup[] {
  const grouper = new StoryGrouper(config, languages);
  for (const a of articles) grouper.add(a);
  const byId = new Map(articles.map((a) => [a.id, a]));
  return grouper.groups().map((ids) => {
    const members = ids.map((id) => byId.get(id)!);
    // Each member's text read once, for copy detection and the headline.
    const layers = members.map((a) => readText(a.text, a.language));
    const copies = findCopies(members, layers);
    return {
      // The first article never changes as a story grows, so neither does the id.
      id: createHash("sha256").update(ids[0]!).digest("hex").slice(0, 12),
      headline: chooseHeadline(members, layers, copies),
      articleIds: ids,
      copies,
    };
  });
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
