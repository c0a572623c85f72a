/** Starts a worker thread on one of the package's modules, from the built .js or, under tsx (tests, `npm run`), the .ts source. */
import { Worker } from "node:worker_threads";

/** `name`: the module's path from src/ without extension ("server/buildWorker"). Resolves once the worker posts its first message. */
export async function startThread(name: string, workerData?: unknown): Promise<Worker> {
  const worker = import.meta.url.endsWith(".ts")
    ? // Run from the TypeScript sources: the worker registers tsx's loader before it imports the .ts file.
      new Worker(`import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(new URL(`./${name}.ts`, import.meta.url).href)}); })`, {
        eval: true,
        workerData,
      })
    : new Worker(new URL(`./${name}.js`, import.meta.url), { workerData });
  await new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the ${name} thread ended before it was ready (exit code ${code})`)));
  });
  return worker;
}

/** `count` threads on one module, all or none: when one cannot start, those that did are stopped and its reason is thrown. */
export async function startThreads(name: string, workerData: unknown, count: number): Promise<Worker[]> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => startThread(name, workerData)));
  const workers = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const refused = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (refused) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw refused.reason instanceof Error ? refused.reason : new Error(String(refused.reason));
  }
  return workers;
}
