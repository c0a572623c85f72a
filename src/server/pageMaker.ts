/** Who makes the server's story pages: a worker thread, or the server's own thread where no worker could start. */
import type { Worker } from "node:worker_threads";
import type { ArticleListing, Story } from "../model.js";
import { storyPageHtml, type StoryPageOptions } from "../web/storyPage.js";
import { startThread } from "../threads.js";

export interface PageRequest {
  /** Which request a reply answers. */
  readonly n: number;
  readonly story: Story;
  readonly articles: ReadonlyArray<readonly [string, ArticleListing]>;
  readonly options: StoryPageOptions;
}
export type PageReply = { readonly n: number; readonly html: string } | { readonly n: number; readonly error: string };

export interface PageMaker {
  make(story: Story, articles: ReadonlyMap<string, ArticleListing>, options?: StoryPageOptions): Promise<string>;
  close(): Promise<void>;
}

/** Pages made on the calling thread. */
export const inlinePageMaker: PageMaker = {
  make: (story, articles, options = {}) => storyPageHtml(story, articles, options),
  close: async () => {},
};

/**
 * Pages made in a worker thread, in the order asked. If the thread fails or ends, what it was
 * making is refused with the reason and later pages are made on the calling thread; after
 * `close`, too.
 */
export async function workerPageMaker(): Promise<PageMaker> {
  const worker: Worker = await startThread("server/pageWorker");
  const waiting = new Map<number, { resolve: (html: string) => void; reject: (err: Error) => void }>();
  let next = 0;
  let ended = false;
  let closing = false;
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  const refuseWaiting = (reason: string): void => {
    for (const w of waiting.values()) w.reject(new Error(reason));
    waiting.clear();
  };
  worker.on("message", (reply: PageReply) => {
    const w = waiting.get(reply.n);
    waiting.delete(reply.n);
    if ("html" in reply) w?.resolve(reply.html);
    else w?.reject(new Error(reply.error));
  });
  worker.on("error", (err) => {
    ended = true;
    refuseWaiting(`page worker failed: ${err.message}`);
  });
  worker.on("exit", (code) => {
    ended = true;
    refuseWaiting(`page worker ended (exit code ${code})`);
  });
  return {
    make(story, articles, options = {}) {
      if (ended || closing) return inlinePageMaker.make(story, articles, options);
      const n = next++;
      return new Promise((resolve, reject) => {
        waiting.set(n, { resolve, reject });
        worker.postMessage({ n, story, articles: [...articles], options } satisfies PageRequest);
      });
    },
    async close() {
      if (!ended && !closing) {
        closing = true;
        // The worker answers every page asked before "close", then ends.
        worker.postMessage("close");
      }
      await exited;
    },
  };
}
