/**
 * A thread that analyses stories for a build (src/build/analysisPool.ts): given a story's group,
 * its articles and the readings stored for them, it returns the analysed story and the readings
 * it made. Stories are independent of each other, so threads analyse them side by side while the
 * build's own thread reads the store, finds copies and makes pages.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DossierConfig } from "../config.js";
import { languages } from "../lang/index.js";
import type { Article, Story, StoryGroup } from "../model.js";
import { analyseWithStoredReadings } from "./analyseGroup.js";
import type { DoneMessage, JobMessage } from "./threadPool.js";

export interface AnalysisJob {
  readonly group: StoryGroup;
  readonly articles: readonly Article[];
  /** Stored readings still valid, by article id, as stored (JSON). */
  readonly known: ReadonlyMap<string, string>;
}

export interface AnalysisDone {
  readonly story: Story;
  /** Readings made here, as JSON, to be stored. */
  readonly made: ReadonlyArray<{ readonly articleId: string; readonly readings: string }>;
  readonly logs: readonly string[];
}

const port = parentPort!;
const ctx = { config: (workerData as { config: DossierConfig }).config, languages: languages() };
port.on("message", ({ id, job }: JobMessage<AnalysisJob>) => {
  const logs: string[] = [];
  const articles = new Map(job.articles.map((a) => [a.id, a]));
  let analysed: ReturnType<typeof analyseWithStoredReadings>;
  try {
    analysed = analyseWithStoredReadings({ ...ctx, log: (line) => logs.push(line) }, job.group, articles, job.known);
  } catch (err) {
    // A damaged stored reading: the build fails, as in its own thread (a story's own failure is kept on the story).
    port.postMessage({ id, failure: (err as Error).message } satisfies DoneMessage<AnalysisDone>);
    return;
  }
  port.postMessage({ id, done: { ...analysed, logs } } satisfies DoneMessage<AnalysisDone>);
});
port.postMessage("ready");
