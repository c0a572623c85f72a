/** The web app's pages (src/web) on the server, at the URLs the static site uses (src/web/README.md). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Story } from "../model.js";
import { renderMarkdown } from "../report/index.js";
import { withStoredNotes } from "../report/notes.js";
import type { MemberFacts, Store } from "../store/index.js";
import { analysedIds } from "../stories/index.js";
import { ASSETS, loadMembers, queryFromParams, renderArticlePage, renderIndexPage, storyDossier } from "../web/index.js";
import { storyPageDigest, unpackPage } from "../web/storedPages.js";
import { memberPageHtml, memberPageIds, memberPageCount, memberPageOf, parseMemberPage } from "../web/memberPages.js";
import { pageFacts } from "../web/storyPage.js";
import type { RouteConfig } from "./app.js";
import type { PageMaker } from "./pageMaker.js";

const NOT_FOUND = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title><link rel="stylesheet" href="/assets/dossier.css"></head>
<body><h1>Not found</h1><p><a href="/">Stories</a></p></body></html>
`;

const html = (reply: FastifyReply, body: string | null): FastifyReply =>
  body === null ? reply.code(404).type("text/html; charset=utf-8").send(NOT_FOUND) : reply.type("text/html; charset=utf-8").send(body);

const searchOf = (request: FastifyRequest): URLSearchParams => new URLSearchParams(request.url.split("?")[1] ?? "");

/** Story pages kept made in memory: laying out a story's graph and matrix costs far more than reading it. */
const KEPT_PAGES = 500;

/**
 * Made story pages by story id, each under the digest of the story and its notes as stored
 * (src/web/storedPages.ts): from memory; else from the store, where the build that analysed the
 * story put its page; else made here (off this thread when `maker` is a worker's) and kept in
 * memory. The server never writes pages to the store: a write waits for the build's write lock,
 * and a request must not. A page is made again when a rebuild or a note changes what it shows,
 * and once however many ask.
 */
function storyPages(store: Store, maker: PageMaker): (id: string) => Promise<string | null> {
  const kept = new Map<string, { digest: string; page: Promise<string | null> }>();
  return async (id) => {
    const stored = await store.getStory(id);
    if (!stored) return null;
    const [story] = await withStoredNotes(store, [stored]);
    const members = await pageFacts(store, story!);
    const digest = storyPageDigest(story!, members);
    const known = kept.get(id);
    kept.delete(id);
    const entry = known?.digest === digest ? known : { digest, page: pageOf(store, maker, story!, digest, members) };
    kept.set(id, entry);
    if (kept.size > KEPT_PAGES) kept.delete(kept.keys().next().value!);
    return entry.page.catch((err: unknown) => {
      kept.delete(id);
      throw err;
    });
  };
}

/** A story's page: the one in the store when it shows this digest (and reads), else made. */
async function pageOf(store: Store, maker: PageMaker, story: Story, digest: string, members: MemberFacts | undefined): Promise<string> {
  const stored = (await store.getStoryPages([story.id])).get(story.id);
  if (stored?.digest === digest) {
    try {
      return unpackPage(stored.page);
    } catch {
      // A damaged stored page is made again below.
    }
  }
  // A page lists the members its analysis read, by title, outlet and date: their texts are not read; the later ones are counted, on pages of their own.
  return maker.make(story, await store.getArticleListings(analysedIds(story)), members ? { members } : {});
}

/** "ID.html" → ["ID", "html"]. */
function fileOf(name: string): [string, string] {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, "html"];
}

/**
 * `trusted` says whether a request may see analysts' notes in a story's JSON and Markdown
 * (the API's rule); the story page shows them to whoever can reach the server.
 */
export function mountPages(app: FastifyInstance, store: Store, trusted: (request: FastifyRequest) => boolean, maker: PageMaker): void {
  const storyPage = storyPages(store, maker);
  // Pages read the store alone: a reader thread may answer them (src/server/app.ts).
  const reads = { config: { reader: true } satisfies RouteConfig };
  for (const url of ["/", "/index.html"]) {
    app.get(url, reads, async (request, reply) => html(reply, await renderIndexPage(store, queryFromParams(searchOf(request)))));
  }
  app.get("/stories/:file", reads, async (request, reply) => {
    const [id, kind] = fileOf((request.params as { file: string }).file);
    const members = parseMemberPage(id);
    if (members) {
      // A page of the story's later members: listed from the store, a page at a time.
      const [storyId, k] = members;
      const story = await store.getStory(storyId);
      if (!story || k > memberPageCount(story) || (kind !== "html" && kind !== "json")) return html(reply, null);
      const listings = await store.getArticleListings(memberPageIds(story, k));
      if (kind === "json") return reply.type("application/json; charset=utf-8").send(`${JSON.stringify(memberPageOf(story, k, listings), null, 2)}\n`);
      return html(reply, memberPageHtml(story, k, listings));
    }
    if (kind === "html") return html(reply, await storyPage(id));
    const story = await store.getStory(id);
    if (!story || (kind !== "json" && kind !== "md")) return html(reply, null);
    const [noted] = trusted(request) ? await withStoredNotes(store, [story]) : [story];
    if (kind === "json") return reply.type("application/json; charset=utf-8").send(`${JSON.stringify(noted, null, 2)}\n`);
    // As the static site's stories/ID.md: the members the analysis read in full, the later ones listed.
    return reply.type("text/markdown; charset=utf-8").send(renderMarkdown(storyDossier({ story: noted!, articles: await loadMembers(store, story) })));
  });
  app.get("/articles/:file", reads, async (request, reply) => {
    const [id] = fileOf((request.params as { file: string }).file);
    const storyId = searchOf(request).get("story");
    return html(reply, await renderArticlePage(store, id, storyId ? { storyId } : {}));
  });
  app.get("/assets/:name", async (request, reply) => {
    const asset = ASSETS[(request.params as { name: string }).name];
    if (!asset) return html(reply, null);
    return reply.type(asset.contentType).header("cache-control", "no-cache").send(asset.body);
  });
}
