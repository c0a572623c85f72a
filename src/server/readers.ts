/**
 * Reader threads: each opens its own connection to the store and answers the requests that only
 * read it (story lists, stories, pages, search, claim checks), whole, so that the server's thread
 * only parses HTTP and passes bytes. better-sqlite3 runs each statement on the calling thread: on
 * one thread, a request that reads a large story or searches many articles holds every request
 * behind it; with readers, it holds one reader while the others answer.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { startThreads } from "../threads.js";

/** What a reader thread is given to answer: the request as the server's thread received and parsed it. */
export interface ForwardedRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** A JSON body, as text. */
  readonly body?: string;
}

export interface ForwardedReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[]>>;
  readonly body: Uint8Array;
}

/** What a reader thread needs to open the store and answer as the server would. */
export interface ReaderData {
  readonly location: string;
  readonly loopback: boolean;
  readonly token: string | null;
}

export type ReaderMessage = { readonly n: number; readonly request: ForwardedRequest } | "close";
export type ReaderAnswer = { readonly n: number; readonly reply: ForwardedReply } | { readonly n: number; readonly error: string };

export interface Readers {
  /** The reply of the least busy reader; null when no reader thread is left to answer (the caller answers). */
  answer(request: ForwardedRequest): Promise<ForwardedReply | null>;
  /** How many reader threads are running. */
  readonly running: number;
  /** How many requests reader threads have answered. */
  readonly answered: number;
  /** Answers what was asked, then ends the threads. */
  close(): Promise<void>;
}

/** Reader threads by default: one per core, at least two (a long read then holds one of them) and at most four. */
export const defaultReaders = (): number => Math.min(4, Math.max(2, availableParallelism()));

/**
 * The most reader threads: each has its own connection to the store (on PostgreSQL a pool of up
 * to 4, src/store/postgres.ts), code and kept pages (about 60-90 MB each, measured).
 */
export const MAX_READERS = 8;

/** Whether `n` is a number of reader threads a server may run: 0 (reads on the request thread) to `MAX_READERS`. */
export const isReaderCount = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= MAX_READERS;

/** How long a read may take in a reader before the request is answered 503. */
const READER_DEADLINE_MS = 120_000;
const LATE: ForwardedReply = {
  status: 503,
  headers: { "content-type": "application/json; charset=utf-8" },
  body: new TextEncoder().encode(JSON.stringify({ error: "the read took too long; try again shortly" })),
};

/** Headers of a reader's reply that belong to its own connection, not to the answer. */
const HOP_HEADERS = new Set(["connection", "content-length", "date", "keep-alive", "transfer-encoding"]);
/** Headers of a request that describe the body as received: the forwarded body is written again. */
const REQUEST_HOP_HEADERS = new Set(["connection", "content-length", "keep-alive", "transfer-encoding", "expect"]);

interface Reader {
  readonly worker: Worker;
  readonly waiting: Map<number, (reply: ForwardedReply | null) => void>;
  alive: boolean;
}

/** Starts `count` reader threads on the store at `data.location`; resolves once all of them have opened it. */
export async function startReaders(count: number, data: ReaderData): Promise<Readers> {
  if (!(count >= 1 && isReaderCount(count))) throw new Error(`readers: ${count} is not a number of reader threads (1 to ${MAX_READERS})`);
  const readers: Reader[] = (await startThreads("server/readerWorker", data, count)).map(reader);
  let sequence = 0;
  let answered = 0;
  return {
    get running() {
      return readers.filter((r) => r.alive).length;
    },
    get answered() {
      return answered;
    },
    answer(request) {
      // The least busy reader. Among the equally busy, the one this path falls to, so that the same story goes to the
      // same reader while the server is not busy, and meets the page that reader keeps in memory (src/server/pages.ts).
      const start = pathHash(request.url) % readers.length;
      let best: Reader | null = null;
      for (let i = 0; i < readers.length; i++) {
        const r = readers[(start + i) % readers.length]!;
        if (r.alive && (!best || r.waiting.size < best.waiting.size)) best = r;
      }
      if (!best) return Promise.resolve(null);
      const n = sequence++;
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !REQUEST_HOP_HEADERS.has(name)));
      const chosen = best;
      return new Promise((resolve) => {
        // A reader that does not answer in time (stuck, or a read far beyond any measured) is answered for: 503, retry later.
        const late = setTimeout(() => {
          chosen.waiting.delete(n);
          resolve(LATE);
        }, READER_DEADLINE_MS);
        chosen.waiting.set(n, (reply) => {
          clearTimeout(late);
          if (reply) answered++;
          resolve(reply);
        });
        chosen.worker.postMessage({ n, request: { ...request, headers } } satisfies ReaderMessage);
      });
    },
    async close() {
      await Promise.all(
        readers.map(async (r) => {
          if (!r.alive) return;
          const exited = new Promise((resolve) => r.worker.once("exit", resolve));
          r.worker.postMessage("close" satisfies ReaderMessage);
          await exited;
        }),
      );
    },
  };
}

/** A hash of a URL's path (FNV-1a over its UTF-16 units), the query left out. */
function pathHash(url: string): number {
  const end = url.indexOf("?");
  let h = 0x811c9dc5;
  for (let i = 0, n = end < 0 ? url.length : end; i < n; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function reader(worker: Worker): Reader {
  const r: Reader = { worker, waiting: new Map(), alive: true };
  // A reader that fails or ends leaves its requests to the server's thread (answered null), and gets no more.
  const end = (): void => {
    r.alive = false;
    for (const resolve of r.waiting.values()) resolve(null);
    r.waiting.clear();
  };
  worker.on("message", (message: ReaderAnswer) => {
    const resolve = r.waiting.get(message.n);
    r.waiting.delete(message.n);
    resolve?.("reply" in message ? message.reply : null);
  });
  worker.on("error", end);
  worker.on("exit", end);
  return r;
}

/** A reply's headers without those of the reader's own connection. */
export function answerHeaders(headers: Readonly<Record<string, unknown>>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (HOP_HEADERS.has(name) || value === undefined) continue;
    kept[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return kept;
}
