/**
 * Step 3, assign articles to stories: serial, in arrival order (the grouper's state after n
 * articles depends only on those n, in order). Reads: every stored article, in arrival order.
 * Writes: nothing yet; the groups are handed to step 4.
 */
import type { Article, StoryGroup } from "../model.js";
import { groupStories } from "../stories/index.js";
import type { BuildContext } from "./context.js";

export interface Assigned {
  /** Every story, in the order stories were started. */
  readonly groups: readonly StoryGroup[];
  /** The stored articles, in arrival order. */
  readonly articles: readonly Article[];
}

export async function assignStories(ctx: BuildContext): Promise<Assigned> {
  const articles = await ctx.store.listArticles();
  return { groups: groupStories(articles, ctx.config.stories, ctx.languages), articles };
}
