/** How the reports count a story's members. */
import { independentCount } from "../claims/independence.js";
import type { Story } from "../model.js";
import { analysedIds } from "../stories/index.js";

/**
 * "9,296, 41 independent of each other among the first 250 read": a story's members
 * and how many independent reports its analysis found among those it read.
 */
export function membersLine(story: Pick<Story, "articleIds" | "analysedArticles" | "copies">): string {
  const read = analysedIds(story);
  const independent = independentCount(read, story.copies);
  const n = (x: number): string => x.toLocaleString("en-US");
  if (read.length === story.articleIds.length) return `${n(story.articleIds.length)}, ${n(independent)} independent of each other`;
  return `${n(story.articleIds.length)}, ${n(independent)} independent of each other among the first ${n(read.length)} read; the later ones are listed, not read`;
}
