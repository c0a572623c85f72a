/**
 * Threads that analyse a build's stories side by side (src/build/analysisThread.ts). Each finds
 * one story's copies and runs the claims stage on it at a time; the build's thread hands them
 * stories and goes on reading the store and making pages. Only a build with the registered languages
 * uses them (a thread reads those itself); the result is the same as analysing in the build's
 * own thread. Measured on 2 cores, 10,000 articles: 0 threads 95–99 s at 0.7 GB peak, 1 thread
 * 89 s at 0.95 GB, 2 threads 79 s at 1.2 GB (docs/benchmarks.md), so builds use none unless told.
 */
import type { DossierConfig } from "../config.js";
import type { Article, StoryGroup } from "../model.js";
import type { AnalysisDone, AnalysisJob } from "./analysisThread.js";
import { MAX_BUILD_THREADS, startThreadPool } from "./threadPool.js";

/** Most threads a build starts: each loads the language knowledge and holds a story (about 0.25 GB). */
export const MAX_ANALYSIS_THREADS = MAX_BUILD_THREADS;

export interface AnalysisPool {
  /** Threads in the pool: as many stories are analysed at once. */
  readonly size: number;
  /** A story's group described and analysed from the members its analysis reads (src/build/analyseGroup.ts, describeAndAnalyse). */
  analyse(articles: readonly Article[], known: ReadonlyMap<string, string>, before?: StoryGroup): Promise<AnalysisDone>;
  /** Stops the threads; a job still waiting or running is refused with the reason. */
  close(): Promise<void>;
}

/** The pool, or the reason it could not start (threads that did start are stopped again). */
export async function startAnalysisPool(config: DossierConfig, threads: number): Promise<AnalysisPool | Error> {
  const pool = await startThreadPool<AnalysisJob, AnalysisDone>("build/analysisThread", { config }, threads, "analysis");
  if (pool instanceof Error) return pool;
  return {
    size: pool.size,
    analyse: (articles, known, before) => pool.run({ articles, known, ...(before && { before }) }),
    close: () => pool.close(),
  };
}
