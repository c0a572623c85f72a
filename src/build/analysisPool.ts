/**
 * Threads that analyse a build's stories side by side (src/build/analysisThread.ts). Each runs
 * the claims stage on one story at a time; the build's thread hands them stories and goes on
 * reading the store, finding copies and making pages. Only a build with the registered languages
 * uses them (a thread reads those itself); the result is the same as analysing in the build's
 * own thread. Measured on 2 cores, 10,000 articles: 0 threads 95–99 s at 0.7 GB peak, 1 thread
 * 89 s at 0.95 GB, 2 threads 79 s at 1.2 GB (docs/benchmarks.md), so builds use none unless told.
 */
import type { Worker } from "node:worker_threads";
import type { DossierConfig } from "../config.js";
import type { Article, Story, StoryGroup } from "../model.js";
import { startThread } from "../threads.js";
import type { AnalysisDone, AnalysisJob } from "./analysisThread.js";

export interface AnalysisPool {
  /** Threads in the pool: as many stories are analysed at once. */
  readonly size: number;
  analyse(group: StoryGroup, articles: readonly Article[], known: ReadonlyMap<string, string>): Promise<{ story: Story; made: AnalysisDone["made"]; logs: readonly string[] }>;
  close(): Promise<void>;
}

export async function startAnalysisPool(config: DossierConfig, threads: number): Promise<AnalysisPool> {
  const workers = await Promise.all(Array.from({ length: threads }, () => startThread("build/analysisThread", { config })));
  const idle: Worker[] = [...workers];
  const waiting: Array<(w: Worker) => void> = [];
  const pending = new Map<number, { resolve: (d: AnalysisDone) => void; reject: (e: Error) => void; worker: Worker }>();
  let next = 0;
  let failed: Error | null = null;
  const release = (w: Worker): void => {
    const wake = waiting.shift();
    if (wake) wake(w);
    else idle.push(w);
  };
  for (const w of workers) {
    w.on("message", (done: AnalysisDone) => {
      const job = pending.get(done.id);
      if (!job) return;
      pending.delete(done.id);
      release(w);
      job.resolve(done);
    });
    // A thread that dies takes its job with it: the build fails with the reason rather than waiting for ever.
    const fail = (err: Error): void => {
      failed ??= err;
      for (const [id, job] of pending) {
        if (job.worker !== w) continue;
        pending.delete(id);
        job.reject(err);
      }
    };
    w.on("error", fail);
    w.on("exit", (code) => fail(new Error(`an analysis thread ended (exit code ${code})`)));
  }
  return {
    size: threads,
    async analyse(group, articles, known) {
      if (failed) throw failed;
      const worker = idle.pop() ?? (await new Promise<Worker>((resolve) => waiting.push(resolve)));
      const id = next++;
      const job: AnalysisJob = { id, group, articles, known };
      const done = await new Promise<AnalysisDone>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker });
        worker.postMessage(job);
      });
      return { story: done.story, made: done.made, logs: done.logs };
    },
    async close() {
      for (const w of workers) w.removeAllListeners("exit");
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
