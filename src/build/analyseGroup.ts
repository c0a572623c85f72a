/** One story's analysis, on its own: what the build's thread and the analysis threads (src/build/analysisThread.ts) both run. */
import { analyseStory, type ArticleReadings, type ReadingsCache } from "../claims/index.js";
import type { Article, Story, StoryAnalysis, StoryGroup } from "../model.js";
import type { TextLayer } from "../text/index.js";
import type { BuildContext } from "./context.js";

/** One story analysed; a failure is kept on the story with its articles, its readings empty. */
function analyseGroup(
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

/**
 * One story analysed with its members' readings as stored (JSON, by article id, those still
 * valid): they are parsed first (a damaged row throws, failing the build rather than the story),
 * and the readings made anew are returned as JSON, to be stored.
 */
export function analyseWithStoredReadings(
  ctx: Pick<BuildContext, "config" | "languages" | "log">,
  group: StoryGroup,
  articles: ReadonlyMap<string, Article>,
  stored: ReadonlyMap<string, string>,
  layers?: ReadonlyMap<string, TextLayer>,
): { story: Story; made: Array<{ articleId: string; readings: string }> } {
  const known = new Map([...stored].map(([id, json]) => [id, JSON.parse(json) as ArticleReadings]));
  const made: Array<{ articleId: string; readings: string }> = [];
  const cache: ReadingsCache = { get: (id) => known.get(id), set: (articleId, readings) => made.push({ articleId, readings: JSON.stringify(readings) }) };
  return { story: analyseGroup(ctx, group, articles, layers, cache), made };
}
