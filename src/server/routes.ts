/** The API's routes as data: each names its schemas once, and both the server and /openapi.json read them. */
import type { z } from "zod";
import { checkStore } from "../pipeline.js";
import type { Claim } from "../model.js";
import { noteMentionsOf, withStoredNotes } from "../report/notes.js";
import type { Store } from "../store/index.js";
import { VERSION } from "../version.js";
import * as s from "./apiSchemas.js";
import { type IngestJob, type IngestJobs, MAX_STREAMED_BYTES, SpoolFailed, SpoolFull, UploadTooLarge } from "./ingestJobs.js";

export interface RouteInput {
  readonly params: unknown;
  readonly query: unknown;
  readonly body: unknown;
  readonly contentType: string;
  /** Whether the request carries the token (or none is set): notes are shown only then. */
  readonly trusted: boolean;
}

export interface RouteResult {
  readonly status?: number;
  readonly body: unknown;
}

export interface ApiRoute {
  readonly method: "GET" | "POST" | "PUT";
  /** Fastify's path syntax (`:id`). */
  readonly url: string;
  readonly summary: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  /** A JSON body, validated. */
  readonly body?: z.ZodType;
  /**
   * A raw body: its media types and the largest size accepted, read whole; those of `streamed`
   * are handed over as the request's stream (the handler bounds what it reads), up to `streamedLimit`.
   */
  readonly rawBody?: { readonly types: readonly string[]; readonly limit: number; readonly streamed?: readonly string[]; readonly streamedLimit?: number };
  /** Needs the token when one is set. */
  readonly guarded?: boolean;
  readonly response: z.ZodType;
  readonly status?: number;
  handle(input: RouteInput): Promise<RouteResult>;
}

/** A thrown error with the HTTP status it answers with. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The largest upload read whole (a page, a text): the size limit `build` has for one input file. JSON lines are streamed. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** A JSON body (a note, claims to check). */
export const MAX_JSON_BYTES = 64 * 1024;

/** Media types of an upload, by how it is read. */
const UPLOAD_TYPES: Readonly<Record<string, string>> = {
  "text/html": "upload.html",
  "application/xhtml+xml": "upload.html",
  "text/plain": "upload.txt",
  "application/x-ndjson": "upload.jsonl",
  "application/jsonl": "upload.jsonl",
  "application/gzip": "upload.html.gz",
};

/** Upload types read as they arrive, line by line (JSON lines, the bulk format): any size, each line within the article limit. */
const STREAMED_TYPES: readonly string[] = ["application/x-ndjson", "application/jsonl"];

/** Every route of the API: the reads, then the writes. */
export const apiRoutes = (store: Store, jobs: IngestJobs): ApiRoute[] => [...readRoutes(store), ...writeRoutes(store, jobs)];

/**
 * Routes that only read the store: any connection to it answers them alike, so the server may
 * answer them in a reader thread (src/server/readers.ts). A claim check reads too.
 */
export function readRoutes(store: Store): ApiRoute[] {
  return [
    {
      method: "GET",
      url: "/api/health",
      summary: "The server is up; the store answers.",
      response: s.healthSchema,
      async handle() {
        const page = await store.listStoryPage({ offset: 0, limit: 1, order: "newest" });
        return { body: { status: "ok", version: VERSION, stories: page.total } };
      },
    },
    {
      method: "GET",
      url: "/api/stories",
      summary: "A page of stories, newest or largest first, filtered by language, outlet, dates and conflicts.",
      query: s.storyListQuery,
      response: s.storyPageSchema,
      async handle({ query }) {
        const q = query as z.infer<typeof s.storyListQuery>;
        return { body: await store.listStoryPage({ ...q, hasConflicts: q.conflicts }) };
      },
    },
    {
      method: "GET",
      url: "/api/stories/:id",
      summary: "One story as in the dossier JSON, with the analysts' notes on its claims (when the request may see notes).",
      params: s.idParams,
      response: s.storySchema,
      async handle({ params, trusted }) {
        const story = await store.getStory((params as { id: string }).id);
        if (!story) throw new HttpError(404, "no such story");
        return { body: trusted ? (await withStoredNotes(store, [story]))[0] : story };
      },
    },
    {
      method: "GET",
      url: "/api/articles/:id",
      summary: "One article: clean text, metadata, what was removed as boilerplate.",
      params: s.idParams,
      response: s.articleSchema,
      async handle({ params }) {
        const article = await store.getArticle((params as { id: string }).id);
        if (!article) throw new HttpError(404, "no such article");
        return { body: article };
      },
    },
    {
      method: "GET",
      url: "/api/search",
      summary: "Full-text search over articles' titles and texts: best match first, or the latest stored first when more than 1,000 match.",
      query: s.searchQuery,
      response: s.searchPageSchema,
      async handle({ query }) {
        const q = query as z.infer<typeof s.searchQuery>;
        return { body: await store.searchArticles({ text: q.q, offset: q.offset, limit: q.limit }) };
      },
    },
    {
      method: "POST",
      url: "/api/check",
      summary: "Which stored articles assert, deny or only report each claim, and a verdict (as `dossier check`).",
      body: s.checkBody,
      response: s.checkResponse,
      async handle({ body }) {
        const results = await checkStore((body as z.infer<typeof s.checkBody>).claims, { store });
        return { body: { results: results.map((r) => ({ ...r, articles: r.articles.slice(0, s.MAX_CHECKED_ARTICLES) })) } };
      },
    },
    {
      method: "GET",
      url: "/api/stories/:id/notes",
      summary: "The analysts' notes on a story's claims.",
      params: s.idParams,
      guarded: true,
      response: s.notesResponse,
      async handle({ params }) {
        const story = await store.getStory((params as { id: string }).id);
        if (!story) throw new HttpError(404, "no such story");
        const [noted] = await withStoredNotes(store, [story]);
        return { body: { notes: noted!.claims.flatMap((c) => (c.note ? [c.note] : [])) } };
      },
    },
  ];
}

/** Routes that write, or read the server's own state (its ingest jobs): answered on the server's thread. */
export function writeRoutes(store: Store, jobs: IngestJobs): ApiRoute[] {
  return [
    {
      method: "PUT",
      url: "/api/claims/:id/note",
      summary: "Marks a claim verified, false or unclear, with a note; kept in the store through rebuilds.",
      params: s.idParams,
      body: s.noteBody,
      guarded: true,
      response: s.noteSchema,
      async handle({ params, body }) {
        const claimId = (params as { id: string }).id;
        const claim = await findClaim(store, claimId);
        const b = body as z.infer<typeof s.noteBody>;
        const note = { claimId, storyId: claim.storyId, summary: claim.claim.summary, mentions: noteMentionsOf(claim.claim), verdict: b.verdict, text: b.text, updatedAt: new Date().toISOString() };
        await store.putNote(note);
        return { body: note };
      },
    },
    {
      method: "POST",
      url: "/api/ingest",
      summary:
        "Adds articles: one HTML page, one text, or JSON lines (as `build` reads .jsonl: line by line, each line one article within the size limit, the upload up to 2 GiB); a result per item, as `build` gives. 202 while queued (without `wait`), 422 when no item could be stored.",
      query: s.ingestQuery,
      rawBody: { types: Object.keys(UPLOAD_TYPES), limit: MAX_UPLOAD_BYTES, streamed: STREAMED_TYPES, streamedLimit: MAX_STREAMED_BYTES },
      guarded: true,
      response: s.jobSchema,
      async handle({ query, body, contentType }) {
        const q = query as z.infer<typeof s.ingestQuery>;
        const fallback = UPLOAD_TYPES[contentType];
        if (!fallback) throw new HttpError(415, `send one of ${Object.keys(UPLOAD_TYPES).join(", ")}`);
        const extension = fallback.slice(fallback.indexOf("."));
        const name = q.name ? `${q.name.replace(/\.[^.]*$/, "")}${extension}` : fallback;
        const job = body instanceof Uint8Array ? jobs.submit(name, body) : await submitStreamed(jobs, name, body as AsyncIterable<Uint8Array>);
        if (!job) throw new HttpError(503, "too many uploads are waiting to be built; try again shortly");
        // Nothing of the upload could be stored (an empty file, binary, no valid line): 422, with each item's reason.
        const refused = (j: typeof job): boolean => j.state === "done" && j.items.every((i) => i.status === "rejected");
        if (refused(job)) return { status: 422, body: job };
        if (!q.wait) return { status: 202, body: job };
        const done = await jobs.wait(job);
        return refused(done) ? { status: 422, body: done } : { body: done };
      },
    },
    {
      method: "GET",
      url: "/api/jobs/:id",
      summary: "An ingest's state and per-item result.",
      params: s.idParams,
      guarded: true,
      response: s.jobSchema,
      async handle({ params }) {
        const job = jobs.get((params as { id: string }).id);
        if (!job) throw new HttpError(404, "no such job (finished jobs are kept for the last 1,000 uploads)");
        return { body: job };
      },
    },
  ];
}

/** A streamed upload queued; its limit and a client that went away answered as HTTP errors. */
async function submitStreamed(jobs: IngestJobs, name: string, stream: AsyncIterable<Uint8Array>): Promise<IngestJob | null> {
  try {
    return await jobs.submitStream(name, stream);
  } catch (err) {
    if (err instanceof UploadTooLarge) throw new HttpError(413, err.message);
    if (err instanceof SpoolFull) throw new HttpError(503, err.message);
    if (err instanceof SpoolFailed) throw new HttpError(500, err.message);
    throw new HttpError(400, `the upload could not be read to its end: ${(err as Error).message}`);
  }
}

/** The claim with this id, found in its story (claim ids are `<story id>-c<n>`, src/claims/verdicts.ts). */
async function findClaim(store: Store, claimId: string): Promise<{ storyId: string; claim: Claim }> {
  const cut = claimId.lastIndexOf("-c");
  const story = cut > 0 ? await store.getStory(claimId.slice(0, cut)) : null;
  const claim = story?.claims.find((c) => c.id === claimId);
  if (!story || !claim) throw new HttpError(404, "no such claim");
  return { storyId: story.id, claim };
}
