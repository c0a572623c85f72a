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
