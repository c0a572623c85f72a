/** Who runs the server's builds: a worker thread on a store file or URL, or the server's own thread on a store only it holds. */
import { createReadStream } from "node:fs";
import type { InputSource } from "../ingest/index.js";
import type { Rejected } from "../model.js";
import { buildDossier } from "../pipeline.js";
import type { Store } from "../store/index.js";
import { startThread } from "../threads.js";

/** An upload: its bytes, or (JSON lines, of any size) the file it was spooled to, read line by line. */
export type UploadSource = { readonly path: string; readonly bytes: Uint8Array } | { readonly path: string; readonly file: string };

export interface BuildRequest {
  readonly sources: readonly UploadSource[];
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
    const inputs: InputSource[] = request.sources.map((s) => ("file" in s ? { path: s.path, stream: createReadStream(s.file) } : s));
    const summary = await buildDossier(inputs, { store });
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
