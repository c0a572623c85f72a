/** A worker thread that makes story pages (the matrix, the graph's layout), so that a large story's first page never stalls the server's requests. */
import { parentPort } from "node:worker_threads";
import { storyPageHtml } from "../web/storyPage.js";
import type { PageReply, PageRequest } from "./pageMaker.js";

const port = parentPort!;
/** Pages being made: "close" waits for them, so that every request asked before it is answered. */
const making = new Set<Promise<void>>();
port.on("message", (message: PageRequest | "close") => {
  if (message === "close") {
    void Promise.allSettled([...making]).then(() => port.close());
    return;
  }
  const made: Promise<void> = storyPageHtml(message.story, new Map(message.articles), message.options)
    .then(
      (html): void => port.postMessage({ n: message.n, html } satisfies PageReply),
      (err: unknown): void => port.postMessage({ n: message.n, error: err instanceof Error ? err.message : String(err) } satisfies PageReply),
    )
    .finally(() => making.delete(made));
  making.add(made);
});
port.postMessage({ ready: true });
