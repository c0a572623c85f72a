/** `dossier worker`: one process taking jobs from the queue of a PostgreSQL store until it is stopped. */
import { openPostgresStore } from "../store/index.js";
import { openQueue, queuePool, type RunningWorker, startWorker } from "./queue.js";
import { workerTasks } from "./tasks.js";

/** Connections a worker needs at once: its liveness lock, graphile-worker's LISTEN and job queries, the assignment lock. */
const WORKER_POOL_SIZE = 4;

export interface WorkerHandle extends RunningWorker {
  /** Stops the worker and closes its connections. */
  close(): Promise<void>;
}

export async function runWorker(connectionString: string, log: (line: string) => void): Promise<WorkerHandle> {
  const store = await openPostgresStore(connectionString);
  const pool = queuePool(connectionString, WORKER_POOL_SIZE);
  try {
    await (await openQueue(pool)).release();
    const worker = await startWorker(pool, workerTasks(store, log), log);
    const done = worker.done.finally(async () => {
      await store.close();
      await pool.end();
    });
    return { ...worker, done, close: async () => (await worker.stop(), await done) };
  } catch (err) {
    await store.close();
    await pool.end();
    throw err;
  }
}
