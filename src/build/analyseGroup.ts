/** One story's analysis, on its own: what the build's thread and the analysis threads (src/build/analysisThread.ts) both run. */
import { analyseStory, type ArticleReadings, type ReadingsCache } from "../claims/index.js";
import type { Article, Story, StoryAnalysis, StoryGroup } from "../model.js";
import { describeStory } from "../stories/index.js";
import { readTexts, type TextLayer } from "../text/index.js";
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
  return analyseWithParsedReadings(ctx, group, articles, parseReadings(stored), layers);
}

/** Stored readings (JSON, by article id) parsed: a damaged row throws. */
function parseReadings(stored: ReadonlyMap<string, string>): Map<string, ArticleReadings> {
  return new Map([...stored].map(([id, json]) => [id, JSON.parse(json) as ArticleReadings]));
}

function analyseWithParsedReadings(
  ctx: Pick<BuildContext, "config" | "languages" | "log">,
  group: StoryGroup,
  articles: ReadonlyMap<string, Article>,
  known: ReadonlyMap<string, ArticleReadings>,
  layers?: ReadonlyMap<string, TextLayer>,
): { story: Story; made: Array<{ articleId: string; readings: string }> } {
  const made: Array<{ articleId: string; readings: string }> = [];
  const cache: ReadingsCache = { get: (id) => known.get(id), set: (articleId, readings) => made.push({ articleId, readings: JSON.stringify(readings) }) };
  return { story: analyseGroup(ctx, group, articles, layers, cache), made };
}

/**
 * What an analysis thread does with a story's members (those its analysis reads, in order): their
 * texts read once, its group described (copies found, headline chosen), and the group analysed
 * with the readings stored for them (JSON, by article id) — unless the group is `before`'s, the
 * stored story's analysed group made by this code, whose analysis then stands (story null). The
 * build's thread does the same in src/build/analyseStories.ts (analyseFirst) with the texts read
 * once for both; here the build's thread reads no text at all. Stored readings are parsed only
 * for a story analysed again: a damaged row throws there.
 */
export function describeAndAnalyse(
  ctx: Pick<BuildContext, "config" | "languages" | "log">,
  articles: readonly Article[],
  stored: ReadonlyMap<string, string>,
  before?: StoryGroup,
): { story: Story | null; made: Array<{ articleId: string; readings: string }> } {
  const layers = readTexts(articles, ctx.languages);
  const group = describeStory(articles, ctx.languages, layers, before && { articleIds: before.articleIds, copies: before.copies });
  // A story whose group stands keeps its analysis without its readings being read, as in the build's thread: a damaged
  // stored reading fails only a story analysed again, with or without threads.
  if (before !== undefined && sameGroup(before, group)) return { story: null, made: [] };
  const byId = new Map(articles.map((a) => [a.id, a]));
  return analyseWithParsedReadings(ctx, group, byId, parseReadings(stored), new Map(articles.map((a, i) => [a.id, layers[i]!])));
}

/** Whether two groups are the same analysed group: members read, headline and copies. */
export function sameGroup(a: StoryGroup, b: StoryGroup): boolean {
  const g = (s: StoryGroup): string => JSON.stringify([s.id, s.headline, s.articleIds, s.copies]);
  return g(a) === g(b);
}
