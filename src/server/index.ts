/**
 * `dossier serve`: the HTTP API and the web app over one store. Reads go to the store directly;
 * ingests are built one at a time in a worker thread (src/server/ingestJobs.ts).
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from "fastify";
import type { z } from "zod";
import { openStore, type Store } from "../store/index.js";
import { inlineBuilder, workerBuilder } from "./builders.js";
import { IngestJobs } from "./ingestJobs.js";
import { openApiDocument } from "./openapi.js";
import { mountPages } from "./pages.js";
import { inlinePageMaker, type PageMaker, workerPageMaker } from "./pageMaker.js";
import { type ApiRoute, apiRoutes, HttpError, MAX_JSON_BYTES } from "./routes.js";
import { createGuard, type Guard, isLoopback, refuse, SECURITY_HEADERS } from "./security.js";

export { isLoopback } from "./security.js";

export interface ServeOptions {
  /** The store: a SQLite file, `:memory:`, or a postgres:// URL. */
  readonly db: string;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Needed on writes and notes; required when `host` is not a loopback address. */
  readonly token?: string | null;
}

export interface RunningServer {
  readonly url: string;
  readonly app: FastifyInstance;
  /** Stops taking requests, waits for queued ingests, closes the store. */
  close(): Promise<void>;
}

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const token = options.token || null;
  const loopback = isLoopback(host);
  if (!loopback && !token) throw new Error(`listening on ${host}, beyond this machine, needs a token: give --token or set DOSSIER_TOKEN`);
  const store = await openStore(options.db);
  let builder;
  let pages: PageMaker;
  try {
    builder = options.db === ":memory:" ? inlineBuilder(store) : await workerBuilder(options.db);
  } catch (err) {
    await store.close();
    throw err;
  }
  try {
    // Story pages are made off the request thread: a large story's layout takes a second.
    pages = await workerPageMaker();
  } catch (err) {
    process.stderr.write(`dossier serve: story pages are made on the request thread: the page worker did not start (${(err as Error).message})\n`);
    pages = inlinePageMaker;
  }
  const jobs = new IngestJobs(builder);
  const app = createApp(store, jobs, createGuard({ loopback, token }), token !== null, pages);
  const closeAll = async () => {
    await app.close();
    await jobs.idle();
    await builder.close();
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
  return { url: `http://${shown}:${port}`, app, close: closeAll };
}

function createApp(store: Store, jobs: IngestJobs, guard: Guard, tokenSet: boolean, pages: PageMaker): FastifyInstance {
  const app = Fastify({ bodyLimit: MAX_JSON_BYTES, logger: false });
  const routes = apiRoutes(store, jobs);
  // Uploads arrive as bytes whatever their type: ingest decodes them as `build` decodes files.
  app.removeContentTypeParser("text/plain");
  const raw = [...new Set(routes.flatMap((r) => r.rawBody?.types ?? []))];
  app.addContentTypeParser(raw, { parseAs: "buffer" }, (_request, body, done) => done(null, body));

  app.addHook("onRequest", async (request, reply) => {
    const refused = guard.checkHost(request) ?? guard.checkOrigin(request);
    if (refused) return refuse(reply, 403, refused);
  });
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
  app.setErrorHandler((err: FastifyError | HttpError, _request, reply) => {
    const status = err instanceof HttpError ? err.status : (err.statusCode ?? 500);
    return refuse(reply, status, status >= 500 && !(err instanceof HttpError) ? `internal error: ${err.message}` : err.message);
  });
  app.setNotFoundHandler((_request, reply) => refuse(reply, 404, "no such page"));

  for (const route of routes) mountRoute(app, route, guard);
  const openapi = JSON.stringify(openApiDocument(routes, tokenSet));
  app.get("/openapi.json", async (_request, reply) => reply.type("application/json; charset=utf-8").send(openapi));
  mountPages(app, store, (request) => guard.hasToken(request), pages);
  return app;
}

function mountRoute(app: FastifyInstance, route: ApiRoute, guard: Guard): void {
  app.route({
    method: route.method,
    url: route.url,
    bodyLimit: route.rawBody?.limit ?? MAX_JSON_BYTES,
    handler: async (request, reply) => {
      const trusted = guard.hasToken(request);
      if (route.guarded && !trusted) return refuse(reply, 401, "this needs the server's token: send Authorization: Bearer <token>");
      const result = await route.handle({
        params: validate(route.params, request.params, "path"),
        query: validate(route.query, request.query, "query"),
        body: route.rawBody ? request.body : validate(route.body, request.body, "body"),
        contentType: mediaType(request),
        trusted,
      });
      return reply.code(result.status ?? route.status ?? 200).send(result.body);
    },
  });
}

function validate(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return value;
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  throw new HttpError(400, parsed.error.issues.map((i) => `${[where, ...i.path].join(".")}: ${i.message}`).join("; "));
}

const mediaType = (request: FastifyRequest): string => (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
