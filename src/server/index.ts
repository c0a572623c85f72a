/**
 * `dossier serve`: the HTTP API and the web app over one store. Reads are answered by reader
 * threads, each with its own connection to the store (src/server/readers.ts); ingests are built
 * one at a time in a worker thread (src/server/ingestJobs.ts); this thread parses HTTP, guards,
 * and keeps the ingest jobs.
 */
import type { FastifyInstance } from "fastify";
import { openStore } from "../store/index.js";
import { createApp } from "./app.js";
import { inlineBuilder, workerBuilder } from "./builders.js";
import { IngestJobs } from "./ingestJobs.js";
import { inlinePageMaker, type PageMaker, workerPageMaker } from "./pageMaker.js";
import { defaultReaders, isReaderCount, MAX_READERS, type Readers, startReaders } from "./readers.js";
import { createGuard, isLoopback } from "./security.js";

export { isLoopback } from "./security.js";
export { isReaderCount, MAX_READERS } from "./readers.js";

export interface ServeOptions {
  /** The store: a SQLite file, `:memory:`, or a postgres:// URL. */
  readonly db: string;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Needed on writes and notes; required when `host` is not a loopback address. */
  readonly token?: string | null;
  /** Reader threads that answer reads (default: `defaultReaders()`); 0 answers them on the server's thread. A `:memory:` store has none. */
  readonly readers?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly app: FastifyInstance;
  /** Reader threads running now (0: the server's thread answers reads), and the requests they have answered. */
  readonly readers: () => { readonly running: number; readonly answered: number };
  /** Stops taking requests, waits for queued ingests, closes the store. */
  close(): Promise<void>;
}

export const DEFAULT_HOST = "127.0.0.1";
/** How often a closing server closes the connections that went idle, and how long it waits for busy ones. */
const CLOSE_POLL_MS = 50;
const CLOSE_GRACE_MS = 10_000;
export const DEFAULT_PORT = 8080;

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const token = options.token || null;
  const loopback = isLoopback(host);
  if (options.readers !== undefined && !isReaderCount(options.readers)) {
    throw new Error(`readers: ${options.readers} is not a number of reader threads (0 to ${MAX_READERS})`);
  }
  if (!loopback && !token) throw new Error(`listening on ${host}, beyond this machine, needs a token: give --token or set DOSSIER_TOKEN`);
  const store = await openStore(options.db);
  let builder;
  try {
    builder = options.db === ":memory:" ? inlineBuilder(store) : await workerBuilder(options.db);
  } catch (err) {
    await store.close();
    throw err;
  }
  // Opened after this thread's connection, which brings the store's tables up to date.
  const wanted = options.db === ":memory:" ? 0 : (options.readers ?? defaultReaders());
  let readers: Readers | null = null;
  if (wanted > 0) {
    try {
      readers = await startReaders(wanted, { location: options.db, loopback, token });
    } catch (err) {
      process.stderr.write(`dossier serve: reads are answered on the request thread: the reader threads did not start (${(err as Error).message})\n`);
    }
  }
  let pages: PageMaker = inlinePageMaker;
  // Story pages are made off the request thread (a large story's layout takes a second): by the readers, or by a page worker.
  if (!readers) {
    try {
      pages = await workerPageMaker();
    } catch (err) {
      process.stderr.write(`dossier serve: story pages are made on the request thread: the page worker did not start (${(err as Error).message})\n`);
    }
  }
  const jobs = new IngestJobs(builder);
  const app = createApp({ store, jobs, guard: createGuard({ loopback, token }), tokenSet: token !== null, pages, readers });
  const closeAll = async () => {
    // A connection busy when closing began is kept alive by its client once answered, and would hold the close for the
    // keep-alive timeout: idle connections are closed as they come, and any left after a grace period.
    const idle = setInterval(() => app.server.closeIdleConnections(), CLOSE_POLL_MS);
    const hard = setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS);
    try {
      await app.close();
    } finally {
      clearInterval(idle);
      clearTimeout(hard);
    }
    await jobs.idle();
    jobs.close();
    await builder.close();
    await readers?.close();
    await pages.close();
    await store.close();
  };
  try {
    await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  } catch (err) {
    await closeAll();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const shown = host.includes(":") ? `[${host}]` : host;
  return { url: `http://${shown}:${port}`, app, readers: () => ({ running: readers?.running ?? 0, answered: readers?.answered ?? 0 }), close: closeAll };
}
