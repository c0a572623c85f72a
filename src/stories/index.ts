/** The stories stage: articles → story groups with their copies. */
import { createHash } from "node:crypto";
import type { StoriesConfig } from "../config.js";
import type { Article, StoryGroup } from "../model.js";
import { findCopies } from "./copies.js";
import { StoryGrouper } from "./grouping.js";

export { StoryGrouper } from "./grouping.js";
export { findCopies } from "./copies.js";

/** Groups articles given in arrival order. The same order gives the same stories. */
export function groupStories(articles: readonly Article[], config: StoriesConfig): StoryGroup[] {
  const grouper = new StoryGrouper(config);
  for (const a of articles) grouper.add(a);
  const byId = new Map(articles.map((a) => [a.id, a]));
  return grouper.groups().map((ids) => {
    const members = ids.map((id) => byId.get(id)!);
    return {
      id: createHash("sha256").update(ids[0]!).digest("hex").slice(0, 12),
      headline: chooseHeadline(members),
      articleIds: ids,
      copies: findCopies(members),
    };
  });
}

/** The most common title wins; ties go to the earliest-arriving article's title. */
function chooseHeadline(members: readonly Article[]): string {
  const titles = members.map((a) => a.title).filter((t): t is string => !!t);
  if (titles.length === 0) return members[0]!.text.split(/(?<=[.!?])\s/)[0]!.slice(0, 140);
  const counts = new Map<string, number>();
  for (const t of titles) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
}
