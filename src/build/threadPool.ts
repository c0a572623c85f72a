/**
 * Threads of one kind that do a build's independent jobs side by side (stories analysed,
 * documents extracted): each takes one job at a time, and the build's thread hands them out and
 * goes on with its own work. A job's result is what the build's own thread would have made.
 */
import type { Worker } from "node:worker_threads";
import { startThreads } from "../threads.js";

/** Most threads a build starts of one kind: each loads the language knowledge and holds its job (a story: about 0.25 GB). */
export const MAX_BUILD_THREADS = 16;

/** A build's thread count as asked for, bounded: a whole number from 0 to MAX_BUILD_THREADS (0 for anything else). */
export const boundedThreads = (threads: number): number => (Number.isFinite(threads) ? Math.max(0, Math.min(MAX_BUILD_THREADS, Math.floor(threads))) : 0);

export interface ThreadPool<Job, Done> {
  /** Threads in the pool: as many jobs run at once. */
  readonly size: number;
  run(job: Job): Promise<Done>;
  /** Stops the threads; a job still waiting or running is refused with the reason. */
  close(): Promise<void>;
}

/** What a pool's thread is sent and answers (src/build/analysisThread.ts, extractionThread.ts). */
export type JobMessage<Job> = { readonly id: number; readonly job: Job };
export type DoneMessage<Done> = { readonly id: number; readonly done: Done } | { readonly id: number; readonly failure: string };

/**
 * The pool of `threads` threads running module `name` (see startThread), or the reason it could
 * not start (threads that did start are stopped again). `what` names the threads in errors ("analysis").
 */
export async function startThreadPool<Job, Done>(name: string, workerData: unknown, threads: number, what: string): Promise<ThreadPool<Job, Done> | Error> {
  let workers: Worker[];
  try {
    workers = await startThreads(name, workerData, threads);
  } catch (err) {
    return err as Error;
  }
  const idle: Worker[] = [...workers];
  const waiting: Array<{ resolve: (w: Worker) => void; reject: (e: Error) => void }> = [];
  const pending = new Map<number, { resolve: (d: Done) => void; reject: (e: Error) => void }>();
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
    w.on("message", (message: DoneMessage<Done>) => {
      const job = pending.get(message.id);
      if (!job) return;
      pending.delete(message.id);
      release(w);
      if ("failure" in message) job.reject(new Error(message.failure));
      else job.resolve(message.done);
    });
    w.on("error", stop);
    w.on("messageerror", stop);
    w.on("exit", (code) => stop(new Error(`${/^[aeiou]/i.test(what) ? "an" : "a"} ${what} thread ended (exit code ${code})`)));
  }
  return {
    size: threads,
    async run(job) {
      if (failed) throw failed;
      const worker = idle.pop() ?? (await new Promise<Worker>((resolve, reject) => waiting.push({ resolve, reject })));
      const id = next++;
      return new Promise<Done>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, job } satisfies JobMessage<Job>);
      });
    },
    async close() {
      for (const w of workers) w.removeAllListeners("exit");
      stop(new Error(`the ${what} threads were stopped`));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
