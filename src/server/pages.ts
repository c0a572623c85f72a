/** The web app's pages (src/web) on the server, at the paths the static site uses (src/web/README.md). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { renderJson, renderMarkdown } from "../report/index.js";
import type { Store } from "../store/index.js";
import { ASSETS, loadStory, queryFromParams, renderArticlePage, renderIndexPage, renderStoryPage, storyDossier } from "../web/index.js";
import { HttpError } from "./routes.js";

const HTML = "text/html; charset=utf-8";

const searchOf = (request: FastifyRequest): URLSearchParams => new URLSearchParams(request.url.split("?")[1] ?? "");

/** "ID.html" → ["ID", "html"]; anything else is not a page. */
function fileOf(name: string, kinds: readonly string[]): [string, string] {
  const m = /^([^./]+)\.([a-z]+)$/.exec(name);
  if (!m || !kinds.includes(m[2]!)) throw new HttpError(404, "no such page");
  return [m[1]!, m[2]!];
}

function found(reply: FastifyReply, type: string, body: string | null): FastifyReply {
  if (body === null) throw new HttpError(404, "no such page");
  return reply.type(type).send(body);
}

export function mountPages(app: FastifyInstance, store: Store): void {
  for (const url of ["/", "/index.html"]) {
    app.get(url, async (request, reply) => found(reply, HTML, await renderIndexPage(store, queryFromParams(searchOf(request)))));
  }
  app.get("/stories/:file", async (request, reply) => {
    const [id, kind] = fileOf((request.params as { file: string }).file, ["html", "json", "md"]);
    if (kind === "html") return found(reply, HTML, await renderStoryPage(store, id));
    const loaded = await loadStory(store, id);
    if (!loaded) throw new HttpError(404, "no such story");
    const dossier = storyDossier(loaded);
    return kind === "json" ? reply.type("application/json; charset=utf-8").send(renderJson(dossier)) : reply.type("text/markdown; charset=utf-8").send(renderMarkdown(dossier));
  });
  app.get("/articles/:file", async (request, reply) => {
    const [id] = fileOf((request.params as { file: string }).file, ["html"]);
    const storyId = searchOf(request).get("story") ?? undefined;
    return found(reply, HTML, await renderArticlePage(store, id, storyId ? { storyId } : {}));
  });
  app.get("/assets/:name", async (request, reply) => {
    const name = (request.params as { name: string }).name;
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) throw new HttpError(404, "no such file");
    return reply.type(asset.contentType).send(asset.body);
  });
}
