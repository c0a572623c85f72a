/**
 * A thread that analyses stories for a build (src/build/analysisPool.ts): given the articles a
 * story's analysis reads, the readings stored for them and the stored story's group, it reads
 * their texts, describes the group (copies, headline) and returns the analysed story and the
 * readings it made, or null when the group is the stored one (its analysis stands). Stories are
 * independent of each other, so threads analyse them side by side while the build's own thread
 * reads the store and makes pages.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DossierConfig } from "../config.js";
import { languages } from "../lang/index.js";
import type { Article, Story, StoryGroup } from "../model.js";
import { describeAndAnalyse } from "./analyseGroup.js";
import type { DoneMessage, JobMessage } from "./threadPool.js";

export interface AnalysisJob {
  /** The members the story's analysis reads, in order. */
  readonly articles: readonly Article[];
  /** Stored readings still valid, by article id, as stored (JSON). */
  readonly known: ReadonlyMap<string, string>;
  /** The stored story's analysed group (members read, headline, copies), when this code made it. */
  readonly before?: StoryGroup;
}

export interface AnalysisDone {
  /** Null: the group is `before`, and the stored analysis stands. */
  readonly story: Story | null;
  /** Readings made here, as JSON, to be stored. */
  readonly made: ReadonlyArray<{ readonly articleId: string; readonly readings: string }>;
  readonly logs: readonly string[];
}

const port = parentPort!;
const ctx = { config: (workerData as { config: DossierConfig }).config, languages: languages() };
port.on("message", ({ id, job }: JobMessage<AnalysisJob>) => {
  const logs: string[] = [];
  const articles = [...job.articles];
  let analysed: ReturnType<typeof describeAndAnalyse>;
  try {
    analysed = describeAndAnalyse({ ...ctx, log: (line) => logs.push(line) }, articles, job.known, job.before);
  } catch (err) {
    // A damaged stored reading: the build fails, as in its own thread (a story's own failure is kept on the story).
    port.postMessage({ id, failure: (err as Error).message } satisfies DoneMessage<AnalysisDone>);
    return;
  }
  port.postMessage({ id, done: { ...analysed, logs } } satisfies DoneMessage<AnalysisDone>);
});
port.postMessage("ready");
