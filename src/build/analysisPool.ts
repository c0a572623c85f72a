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

/** Most threads a build starts: each loads the language knowledge and holds a story (about 0.25 GB). */
export const MAX_ANALYSIS_THREADS = 16;

export interface AnalysisPool {
  /** Threads in the pool: as many stories are analysed at once. */
  readonly size: number;
  analyse(group: StoryGroup, articles: readonly Article[], known: ReadonlyMap<string, string>): Promise<{ story: Story; made: AnalysisDone["made"]; logs: readonly string[] }>;
  /** Stops the threads; a job still waiting or running is refused with the reason. */
  close(): Promise<void>;
}

/** The pool, or the reason it could not start (threads that did start are stopped again). */
export async function startAnalysisPool(config: DossierConfig, threads: number): Promise<AnalysisPool | Error> {
  const started = await Promise.allSettled(Array.from({ length: threads }, () => startThread("build/analysisThread", { config })));
  const workers = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const refused = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (refused) {
    await Promise.all(workers.map((w) => w.terminate()));
    return refused.reason instanceof Error ? refused.reason : new Error(String(refused.reason));
  }
  const idle: Worker[] = [...workers];
  const waiting: Array<{ resolve: (w: Worker) => void; reject: (e: Error) => void }> = [];
  const pending = new Map<number, { resolve: (d: AnalysisDone) => void; reject: (e: Error) => void; worker: Worker }>();
  let next = 0;
  let failed: Error | null = null;
  const release = (w: Worker): void => {
    const wake = waiting.shift();
    if (wake) wake.resolve(w);
    else idle.push(w);
  };
  // A failure refuses every job in hand and every job to come: the build stops with the reason rather than waiting for ever.
  const stop = (err: Error): void => {
    failed ??= err;
    for (const [id, job] of pending) {
      pending.delete(id);
      job.reject(failed);
    }
    for (const wake of waiting.splice(0)) wake.reject(failed);
  };
  for (const w of workers) {
    w.on("message", (done: AnalysisDone | { id: number; failure: string }) => {
      const job = pending.get(done.id);
      if (!job) return;
      pending.delete(done.id);
      release(w);
      if ("failure" in done) job.reject(new Error(done.failure));
      else job.resolve(done);
    });
    w.on("error", stop);
    w.on("messageerror", stop);
    w.on("exit", (code) => stop(new Error(`an analysis thread ended (exit code ${code})`)));
  }
  return {
    size: threads,
    async analyse(group, articles, known) {
      if (failed) throw failed;
      const worker = idle.pop() ?? (await new Promise<Worker>((resolve, reject) => waiting.push({ resolve, reject })));
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
      stop(new Error("the analysis threads were stopped"));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
