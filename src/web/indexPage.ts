/** The story list: search and filters (under the server), counts per story, pages. */
import type { Store } from "../store/types.js";
import { findStories, storyFacets, type StoryListPage, type StoryQuery, type StorySummary } from "./data.js";
import { esc, page, plural, seg } from "./html.js";

export interface IndexPageOptions {
  /** A page of the static site: no search form (nothing answers it on disk), pages are index-N.html files. */
  readonly static?: boolean;
}

/** The static site's file for list page N. */
export const indexFileName = (n: number): string => (n <= 1 ? "index.html" : `index-${n}.html`);

export async function renderIndexPage(store: Store, query: StoryQuery = {}, options: IndexPageOptions = {}): Promise<string> {
  const list = await findStories(store, query);
  return indexPageHtml(list, query, options, options.static ? null : await storyFacets(store));
}

/** The list page for one page of results; `facets` null for the static site, which has no search form. */
export function indexPageHtml(list: StoryListPage, query: StoryQuery, options: IndexPageOptions, facets: { languages: string[]; outlets: string[] } | null): string {
  const form = facets ? searchForm(query, facets) : `<p class="hint">Search and filters come with the server: <code>dossier serve</code>.</p>`;
  const body = `<h1>Stories</h1>
${form}
<p class="count">${plural(list.total, "story", "stories")}${list.pages > 1 ? `, page ${list.page} of ${list.pages}` : ""}</p>
${list.items.length === 0 ? `<p class="empty">No story matches.</p>` : `<ol class="stories">${list.items.map(storyRow).join("\n")}</ol>`}
${pager(list, query, options)}`;
  return page({ title: query.q ? `“${query.q}”` : "Stories", depth: 0, body, kind: "index-page" });
}

function storyRow(s: StorySummary): string {
  const dates = s.firstPublished ? (s.firstPublished === s.lastPublished ? s.firstPublished : `${s.firstPublished} – ${s.lastPublished}`) : "undated";
  const figures = [
    plural(s.articles, "article"),
    plural(s.languages.length, "language"),
    plural(s.independent, "independent report"),
    plural(s.origins, "origin"),
  ].map((f) => `<span>${f}</span>`);
  figures.push(`<span class="${s.conflicts > 0 ? "conflicts" : ""}">${plural(s.conflicts, "conflict")}</span>`);
  return `<li class="story-row"><a class="headline" href="stories/${seg(s.id)}.html">${esc(s.headline)}</a>
<div class="figures">${figures.join(" · ")}</div>
<div class="meta">${esc(dates)} · ${s.languages.map(esc).join(", ")} · ${esc(s.outlets.slice(0, 6).join(", "))}${s.outlets.length > 6 ? ` and ${s.outlets.length - 6} more` : ""}</div></li>`;
}

function searchForm(q: StoryQuery, facets: { languages: string[]; outlets: string[] }): string {
  const option = (value: string, label: string, current: string | undefined) =>
    `<option value="${esc(value)}"${value === (current ?? "") ? " selected" : ""}>${esc(label)}</option>`;
  return `<form class="search" action="index.html" method="get" role="search">
<input type="search" name="q" value="${esc(q.q ?? "")}" placeholder="Search stories and articles" aria-label="Search">
<select name="language" aria-label="Language">${option("", "any language", q.language)}${facets.languages.map((l) => option(l, l, q.language)).join("")}</select>
<select name="outlet" aria-label="Outlet">${option("", "any outlet", q.outlet)}${facets.outlets.map((o) => option(o, o, q.outlet)).join("")}</select>
<label>from <input type="date" name="from" value="${esc(q.from ?? "")}"></label>
<label>to <input type="date" name="to" value="${esc(q.to ?? "")}"></label>
<label><input type="checkbox" name="conflicts" value="1"${q.conflicts ? " checked" : ""}> has conflicts</label>
<select name="sort" aria-label="Order">${option("newest", "newest first", q.sort)}${option("articles", "most articles", q.sort)}</select>
<button type="submit">Search</button>
</form>`;
}

/** Links to the other pages: index-N.html in the static site, the same query with page=N under the server. */
function pager(list: StoryListPage, query: StoryQuery, options: IndexPageOptions): string {
  if (list.pages <= 1) return "";
  const href = (n: number): string => {
    if (options.static) return indexFileName(n);
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...query, page: n })) if (v !== undefined && v !== "" && v !== false) params.set(k, v === true ? "1" : String(v));
    return `index.html?${params.toString()}`;
  };
  const links: string[] = [];
  if (list.page > 1) links.push(`<a rel="prev" href="${esc(href(list.page - 1))}">← previous</a>`);
  links.push(`<span>page ${list.page} of ${list.pages}</span>`);
  if (list.page < list.pages) links.push(`<a rel="next" href="${esc(href(list.page + 1))}">next →</a>`);
  return `<nav class="pager">${links.join(" ")}</nav>`;
}

/** The story-list query from URL search parameters (what the server hands over from `/index.html?…`). */
export function queryFromParams(params: URLSearchParams): StoryQuery {
  const text = (k: string): string | undefined => params.get(k)?.trim() || undefined;
  const date = (k: string): string | undefined => (/^\d{4}-\d{2}-\d{2}$/.test(text(k) ?? "") ? text(k) : undefined);
  const page = Number(text("page"));
  return {
    q: text("q"),
    language: text("language"),
    outlet: text("outlet"),
    from: date("from"),
    to: date("to"),
    conflicts: params.get("conflicts") === "1" || params.get("conflicts") === "true",
    sort: text("sort") === "articles" ? "articles" : "newest",
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}
