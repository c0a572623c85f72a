/** A reader thread (src/server/readers.ts): its own connection to the store, and the app's routes that only read, answered whole. */
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../store/index.js";
import { createApp } from "./app.js";
import { inlinePageMaker } from "./pageMaker.js";
import { answerHeaders, type ReaderAnswer, type ReaderData, type ReaderMessage } from "./readers.js";
import { createGuard } from "./security.js";

const port = parentPort!;
const data = workerData as ReaderData;
const store = await openStore(data.location);
// Story pages not yet made by a build are made on this thread: it is already off the server's.
const app = createApp({ store, jobs: null, guard: createGuard({ loopback: data.loopback, token: data.token }), tokenSet: data.token !== null, pages: inlinePageMaker, readers: null });
await app.ready();
/** Requests being answered: "close" waits for them. */
const answering = new Set<Promise<void>>();

async function answer(n: number, request: Extract<ReaderMessage, { n: number }>["request"]): Promise<void> {
  try {
    const response = await app.inject({ method: request.method as "GET", url: request.url, headers: request.headers, ...(request.body === undefined ? {} : { payload: request.body }) });
    // A copy the thread owns: the reply's buffer may be a slice of a shared pool, which must not be transferred.
    const body = new Uint8Array(response.rawPayload);
    port.postMessage({ n, reply: { status: response.statusCode, headers: answerHeaders(response.headers), body } } satisfies ReaderAnswer, [body.buffer]);
  } catch (err) {
    port.postMessage({ n, error: err instanceof Error ? err.message : String(err) } satisfies ReaderAnswer);
  }
}

port.on("message", (message: ReaderMessage) => {
  if (message === "close") {
    void Promise.allSettled([...answering])
      .then(() => app.close())
      .then(() => store.close())
      .finally(() => port.close());
    return;
  }
  const answered: Promise<void> = answer(message.n, message.request).finally(() => answering.delete(answered));
  answering.add(answered);
});
port.postMessage({ ready: true });
