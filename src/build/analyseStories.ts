/**
 * Step 4, analyse the stories that changed: a story whose articles and copies are as stored,
 * none of whose articles was written by this build, keeps its stored analysis when it was made
 * with the same analysis key; every other story is analysed again. One story's failure does not
 * stop the others. Reads: the stored stories, the meta key ANALYSIS. Writes: the stories, ANALYSIS.
 */
import { analyseStory } from "../claims/index.js";
import type { Article, Story, StoryAnalysis, StoryGroup } from "../model.js";
import type { BuildContext } from "./context.js";

export interface Analysed {
  readonly stories: readonly Story[];
  /** Stories whose stored analysis was kept. */
  readonly kept: number;
  /** Whether anything stored changed. */
  readonly changed: boolean;
}

/** The meta key under which the store remembers what its stories' analyses were made with. */
const ANALYSIS = "analysis";

export async function analyseStories(
  ctx: BuildContext,
  groups: readonly StoryGroup[],
  articles: ReadonlyMap<string, Article>,
  written: ReadonlySet<string>,
): Promise<Analysed> {
  const { store, keys } = ctx;
  const previous = (await store.getMeta(ANALYSIS)) === keys.analysis ? new Map((await store.listStories()).map((s) => [s.id, s])) : new Map<string, Story>();
  let kept = 0;
  const stories = groups.map((group): Story => {
    const old = previous.get(group.id);
    if (old && sameGroup(old, group) && !group.articleIds.some((id) => written.has(id))) {
      kept++;
      return old;
    }
    return analyseGroup(ctx, group, articles);
  });
  const changed = await store.replaceStories(stories);
  await store.putMeta(ANALYSIS, keys.analysis);
  return { stories, kept, changed };
}

/** One story analysed; a failure is kept on the story with its articles, its readings empty. */
export function analyseGroup(ctx: BuildContext, group: StoryGroup, articles: ReadonlyMap<string, Article>): Story {
  try {
    return { ...group, ...analyseStory(group, articles, ctx.config.claims, ctx.languages) };
  } catch (err) {
    const error = `analysis failed: ${(err as Error).message}`;
    ctx.log(`story ${group.id}: ${error}`);
    return { ...group, ...EMPTY_ANALYSIS, error };
  }
}

const EMPTY_ANALYSIS: StoryAnalysis = { citations: [], origins: [], claims: [], quoteVariants: [], entities: [], timeline: [], framing: [] };

function sameGroup(story: Story, group: StoryGroup): boolean {
  const g = (s: StoryGroup): string => JSON.stringify([s.id, s.headline, s.articleIds, s.copies]);
  return g(story) === g(group);
}
