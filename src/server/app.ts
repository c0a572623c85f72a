/**
 * The server's Fastify app: the API's routes, /openapi.json and the web app's pages over one
 * store. The server's thread mounts all of them; a reader thread (src/server/readers.ts) mounts
 * the reads alone, and the server's thread hands it the requests for those.
 */
import type { Socket } from "node:net";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Store } from "../store/index.js";
import type { IngestJobs } from "./ingestJobs.js";
import { openApiDocument } from "./openapi.js";
import { mountPages } from "./pages.js";
import type { PageMaker } from "./pageMaker.js";
import type { Readers } from "./readers.js";
import { type ApiRoute, apiRoutes, HttpError, MAX_JSON_BYTES, readRoutes } from "./routes.js";
import { type Guard, refuse, SECURITY_HEADERS } from "./security.js";

export interface AppParts {
  readonly store: Store;
  /** The server's ingest jobs; null in a reader thread, which mounts the routes that only read. */
  readonly jobs: IngestJobs | null;
  readonly guard: Guard;
  /** Whether a token is set (the OpenAPI document then describes it). */
  readonly tokenSet: boolean;
  readonly pages: PageMaker;
  /** Reader threads that answer the routes that only read; null answers them here. */
  readonly readers: Readers | null;
}

/** A route's Fastify config: `reader` marks a route any connection to the store answers alike. */
export interface RouteConfig {
  readonly reader?: boolean;
}

/** The largest body a reader thread takes: a JSON body within `MAX_JSON_BYTES`, written again, fits. */
const READER_BODY_LIMIT = 512 * MAX_JSON_BYTES;

/**
 * A request Node's HTTP parser refuses before any route sees it, answered as Fastify does (408 for
 * a timeout, 431 for oversized headers, else 400), but saying why where a client can mend it: a URL
 * holding raw characters that must be percent-encoded, as a script or `curl` sends a search typed
 * in Cyrillic ("?q=Дамба"), where a browser encodes it.
 */
function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === "ECONNRESET" || socket.destroyed) return;
  const [status, message] =
    err.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "Client Timeout"]
      : err.code === "HPE_HEADER_OVERFLOW"
        ? [431, "Exceeded maximum allowed HTTP header size"]
        : err.code === "HPE_INVALID_URL"
          ? [400, "The URL holds characters that must be percent-encoded (spaces, or letters outside ASCII such as Cyrillic): encode them, e.g. curl -G --data-urlencode 'q=Дамба' http://HOST/api/search"]
          : [400, "Client Error"];
  const body = JSON.stringify({ error: STATUS_TEXT[status], message, statusCode: status });
  if (socket.writable) socket.write(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`);
  socket.destroy(err);
}

const STATUS_TEXT: Record<number, string> = { 400: "Bad Request", 408: "Request Timeout", 431: "Request Header Fields Too Large" };

export function createApp(parts: AppParts): FastifyInstance {
  const { store, jobs, guard, readers } = parts;
  // A reader is given bodies this thread has already taken within its limits, written again as JSON, which may be
  // longer than the bytes sent ("1e300" is 301 digits): a reader's own limit only bounds that.
  const bodyLimit = jobs ? MAX_JSON_BYTES : READER_BODY_LIMIT;
  const app = Fastify({ bodyLimit, logger: false, clientErrorHandler });
  const reads = readRoutes(store);
  const routes = jobs ? apiRoutes(store, jobs) : reads;
  const readUrls = new Set(reads.map((r) => `${r.method} ${r.url}`));
  // Uploads arrive as bytes whatever their type: ingest decodes them as `build` decodes files.
  app.removeContentTypeParser("text/plain");
  const streamed = new Set(routes.flatMap((r) => r.rawBody?.streamed ?? []));
  const raw = [...new Set(routes.flatMap((r) => r.rawBody?.types ?? []))].filter((t) => !streamed.has(t));
  if (raw.length) app.addContentTypeParser(raw, { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  // Read by the route as it arrives (JSON lines): the request's stream itself, bounded by the route.
  if (streamed.size) app.addContentTypeParser([...streamed], (_request, payload, done) => done(null, payload));

  app.addHook("onRequest", async (request, reply) => {
    const refused = guard.checkHost(request) ?? guard.checkOrigin(request);
    if (refused) return refuse(reply, 403, refused);
  });
  if (readers) {
    // After routing and the body's parsing: a read goes to a reader thread whole, and its answer is sent as it is.
    app.addHook("preHandler", async (request, reply) => {
      if (!(request.routeOptions.config as RouteConfig).reader || !forwardable(request)) return;
      const answer = await readers.answer({
        // A HEAD is answered as its GET, whose length the reply then gives without the body.
        method: request.method === "HEAD" ? "GET" : request.method,
        url: request.url,
        headers: request.headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
      });
      // No reader could answer (every reader thread ended): this thread answers.
      if (!answer) return;
      return reply.code(answer.status).headers(answer.headers).send(Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength));
    });
  }
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
  app.setErrorHandler((err: FastifyError | HttpError, _request, reply) => {
    const status = err instanceof HttpError ? err.status : (err.statusCode ?? 500);
    return refuse(reply, status, status >= 500 && !(err instanceof HttpError) ? `internal error: ${err.message}` : err.message);
  });
  app.setNotFoundHandler((_request, reply) => refuse(reply, 404, "no such page"));

  for (const route of routes) mountRoute(app, route, guard, readUrls.has(`${route.method} ${route.url}`), bodyLimit);
  const openapi = JSON.stringify(openApiDocument(jobs ? routes : [], parts.tokenSet));
  app.get("/openapi.json", async (_request, reply) => reply.type("application/json; charset=utf-8").send(openapi));
  mountPages(app, store, (request) => guard.hasToken(request), parts.pages);
  return app;
}

/**
 * Whether a reader answers this request as this thread routed it: its URL is one a parser leaves
 * as it is (no "..", backslash or fragment: the reader's `inject` would resolve them to another
 * path), and its body, if any, is JSON (an upload's bytes go to no read).
 */
function forwardable(request: FastifyRequest): boolean {
  if (request.body !== undefined && (Buffer.isBuffer(request.body) || typeof request.body !== "object")) return false;
  try {
    const parsed = new URL(request.url, "http://reader.invalid");
    return parsed.pathname + parsed.search === request.url;
  } catch {
    return false;
  }
}

function mountRoute(app: FastifyInstance, route: ApiRoute, guard: Guard, reader: boolean, jsonLimit: number): void {
  app.route({
    method: route.method,
    url: route.url,
    bodyLimit: route.rawBody?.limit ?? jsonLimit,
    config: { reader } satisfies RouteConfig,
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
