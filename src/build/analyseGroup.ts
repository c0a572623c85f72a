/** One story's analysis, on its own: what the build's thread and the analysis threads (src/build/analysisThread.ts) both run. */
import { analyseStory, type ReadingsCache } from "../claims/index.js";
import type { Article, Story, StoryAnalysis, StoryGroup } from "../model.js";
import type { TextLayer } from "../text/index.js";
import type { BuildContext } from "./context.js";

/** One story analysed; a failure is kept on the story with its articles, its readings empty. */
export function analyseGroup(
  ctx: Pick<BuildContext, "config" | "languages" | "log">,
  group: StoryGroup,
  articles: ReadonlyMap<string, Article>,
  layers?: ReadonlyMap<string, TextLayer>,
  cache?: ReadingsCache,
): Story {
  try {
    return { ...group, ...analyseStory(group, articles, ctx.config.claims, ctx.languages, layers, cache) };
  } catch (err) {
    const error = `analysis failed: ${(err as Error).message}`;
    ctx.log(`story ${group.id}: ${error}`);
    return { ...group, ...EMPTY_ANALYSIS, error };
  }
}

const EMPTY_ANALYSIS: StoryAnalysis = { citations: [], origins: [], claims: [], quoteVariants: [], entities: [], timeline: [], framing: [] };

