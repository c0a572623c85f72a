/**
 * A thread that analyses stories for a build (src/build/analysisPool.ts): given a story's group,
 * its articles and the readings stored for them, it returns the analysed story and the readings
 * it made. Stories are independent of each other, so threads analyse them side by side while the
 * build's own thread reads the store, finds copies and makes pages.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ArticleReadings } from "../claims/index.js";
import type { DossierConfig } from "../config.js";
import { languages } from "../lang/index.js";
import type { Article, StoryGroup } from "../model.js";
import { analyseGroup } from "./analyseGroup.js";

export interface AnalysisJob {
  readonly id: number;
  readonly group: StoryGroup;
  readonly articles: readonly Article[];
  /** Stored readings still valid, by article id, as stored (JSON). */
  readonly known: ReadonlyMap<string, string>;
}

export interface AnalysisDone {
  readonly id: number;
  readonly story: ReturnType<typeof analyseGroup>;
  /** Readings made here, as JSON, to be stored. */
  readonly made: ReadonlyArray<{ readonly articleId: string; readonly readings: string }>;
  readonly logs: readonly string[];
}

const port = parentPort!;
const ctx = { config: (workerData as { config: DossierConfig }).config, languages: languages() };
port.on("message", (job: AnalysisJob) => {
  // Stored readings are parsed before the analysis, as the build's own thread does: a damaged row fails the build, not the story.
  let known: Map<string, ArticleReadings>;
  try {
    known = new Map([...job.known].map(([id, json]) => [id, JSON.parse(json) as ArticleReadings]));
  } catch (err) {
    port.postMessage({ id: job.id, failure: (err as Error).message });
    return;
  }
  const logs: string[] = [];
  const made: Array<{ articleId: string; readings: string }> = [];
  const story = analyseGroup(
    { ...ctx, log: (line) => logs.push(line) },
    job.group,
    new Map(job.articles.map((a) => [a.id, a])),
    undefined,
    { get: (id) => known.get(id), set: (articleId, readings) => made.push({ articleId, readings: JSON.stringify(readings) }) },
  );
  const done: AnalysisDone = { id: job.id, story, made, logs };
  port.postMessage(done);
});
port.postMessage("ready");
