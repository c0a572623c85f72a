/** Who makes the server's story pages: a worker thread, or the server's own thread where no worker could start. */
import type { Worker } from "node:worker_threads";
import type { Article, Story } from "../model.js";
import { storyPageHtml, type StoryPageOptions } from "../web/storyPage.js";
import { startThread } from "./threads.js";

export interface PageRequest {
  /** Which request a reply answers. */
  readonly n: number;
  readonly story: Story;
  readonly articles: ReadonlyArray<readonly [string, Article]>;
  readonly options: StoryPageOptions;
}
export type PageReply = { readonly n: number; readonly html: string } | { readonly n: number; readonly error: string };

export interface PageMaker {
  make(story: Story, articles: ReadonlyMap<string, Article>, options?: StoryPageOptions): Promise<string>;
  close(): Promise<void>;
}

/** Pages made on the calling thread. */
export const inlinePageMaker: PageMaker = {
  make: (story, articles, options = {}) => storyPageHtml(story, articles, options),
  close: async () => {},
};

/** Pages made in a worker thread, in the order asked; if the thread fails, on the calling thread from then on. */
export async function workerPageMaker(): Promise<PageMaker> {
  const worker: Worker = await startThread("pageWorker");
  const waiting = new Map<number, { resolve: (html: string) => void; reject: (err: Error) => void }>();
  let next = 0;
  let failed = false;
  worker.on("message", (reply: PageReply) => {
    const w = waiting.get(reply.n);
    waiting.delete(reply.n);
    if ("html" in reply) w?.resolve(reply.html);
    else w?.reject(new Error(reply.error));
  });
  worker.on("error", (err) => {
    failed = true;
    for (const w of waiting.values()) w.reject(new Error(`page worker failed: ${err.message}`));
    waiting.clear();
  });
  return {
    make(story, articles, options = {}) {
      if (failed) return inlinePageMaker.make(story, articles, options);
      const n = next++;
      return new Promise((resolve, reject) => {
        waiting.set(n, { resolve, reject });
        worker.postMessage({ n, story, articles: [...articles], options } satisfies PageRequest);
      });
    },
    async close() {
      if (failed) return;
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      worker.postMessage("close");
      await exited;
    },
  };
}
