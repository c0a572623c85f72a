/** Who runs the server's builds: a worker thread on a store file or URL, or the server's own thread on a store only it holds. */
import type { Rejected } from "../model.js";
import { buildDossier } from "../pipeline.js";
import type { Store } from "../store/index.js";
import { startThread } from "../threads.js";

export interface BuildRequest {
  readonly sources: ReadonlyArray<{ readonly path: string; readonly bytes: Uint8Array }>;
}
export type BuildReply = { readonly rejected: readonly Rejected[]; readonly stories: number } | { readonly error: string };

export interface Builder {
  /** One build at a time: the caller waits for one before starting the next. */
  build(request: BuildRequest): Promise<BuildReply>;
  close(): Promise<void>;
}

/** One build on `store`, answered as the ingest API reports it: the rejections and the stories in the store after it. */
export async function buildAndReply(store: Store, request: BuildRequest): Promise<BuildReply> {
  try {
    const summary = await buildDossier(request.sources, { store });
    const stories = (await store.listStoryPage({ offset: 0, limit: 1, order: "newest" })).total;
    return { rejected: summary.rejected, stories };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** Builds on the server's own thread: for a store no other connection can open (`:memory:`). */
export function inlineBuilder(store: Store): Builder {
  return {
    build: (request) => buildAndReply(store, request),
    close: async () => {},
  };
}

/** Builds in a worker thread with its own connection to the store at `location`. */
export async function workerBuilder(location: string): Promise<Builder> {
  const worker = await startThread("server/buildWorker", { location });
  let waiting: ((reply: BuildReply) => void) | null = null;
  let failure: Error | null = null;
  worker.on("message", (reply: BuildReply) => {
    const w = waiting;
    waiting = null;
    w?.(reply);
  });
  worker.on("error", (err) => {
    failure = err;
    const w = waiting;
    waiting = null;
    w?.({ error: `build worker failed: ${err.message}` });
  });
  return {
    build(request) {
      if (failure) return Promise.resolve({ error: `build worker failed: ${failure.message}` });
      return new Promise((resolve) => {
        waiting = resolve;
        worker.postMessage(request);
      });
    },
    async close() {
      if (failure) return;
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      worker.postMessage("close");
      await exited;
    },
  };
}
