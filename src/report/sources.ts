/** How many sources stand behind a claim: the count that decides corroboration, shown in every report. */
import { independentCount } from "../claims/independence.js";
import type { Claim, Story } from "../model.js";

/** "3 articles, 2 independent": the count that decides corroboration. */
export function sourcesOf(claim: Claim, story: Story): string {
  const ids = [...new Set(claim.mentions.map((m) => m.articleId))];
  return `${ids.length} article${ids.length === 1 ? "" : "s"}, ${independentCount(ids, story.copies)} independent`;
}
