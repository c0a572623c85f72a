/** The story list: filters and full-text search (under the server), counts per story, pages. */
import type { Store } from "../store/types.js";
import { findStories, searchArticles, type ListPage, type SearchHit, type StoryListQuery, type StorySummary } from "./data.js";
import { esc, independentReports, page, plural, seg } from "./html.js";

export interface IndexPageOptions {
  /** A page of the static site: no search form (nothing answers it on disk), pages are index-N.html files. */
  readonly static?: boolean;
}

/** The static site's file for list page N. */
export const indexFileName = (n: number): string => (n <= 1 ? "index.html" : `index-${n}.html`);

export async function renderIndexPage(store: Store, query: StoryListQuery = {}, options: IndexPageOptions = {}): Promise<string> {
  if (query.q) return searchPageHtml(await searchArticles(store, query.q, query.page), query);
  return indexPageHtml(await findStories(store, query), query, options);
}

export function indexPageHtml(list: ListPage<StorySummary>, query: StoryListQuery, options: IndexPageOptions): string {
  const form = options.static ? `<p class="hint">Search and filters come with the server: <code>dossier serve</code>.</p>` : searchForm(query);
  const body = `<h1>Stories</h1>
${form}
<p class="count">${plural(list.total, "story", "stories")}${list.pages > 1 ? `, page ${list.page} of ${list.pages}` : ""}</p>
${list.items.length === 0 ? `<p class="empty">No story matches.</p>` : `<ol class="stories">${list.items.map(storyRow).join("\n")}</ol>`}
${pager(list, query, options)}`;
  return page({ title: "Stories", depth: 0, body, kind: "index-page" });
}

function searchPageHtml(hits: ListPage<SearchHit>, query: StoryListQuery): string {
  const rows = hits.items.map(
    (h) => `<li class="hit"><a class="headline" href="articles/${seg(h.articleId)}.html">${esc(h.title ?? "Untitled article")}</a>
<div class="meta">${[h.outlet, h.published, h.language].filter(Boolean).map((x) => esc(String(x))).join(" · ")}</div><p class="snippet">${esc(h.snippet)}</p></li>`,
  );
  const body = `<h1>Search</h1>
${searchForm(query)}
<p class="count">${hits.atLeast ? "at least " : ""}${plural(hits.total, "article")} match “${esc(query.q ?? "")}”</p>
${rows.length === 0 ? `<p class="empty">No article matches.</p>` : `<ol class="hits">${rows.join("\n")}</ol>`}
${pager(hits, query, {})}`;
  return page({ title: `“${query.q}”`, depth: 0, body, kind: "index-page search-page" });
}

function storyRow(s: StorySummary): string {
  // Days, however precisely each end was given: "2025-10-31", not "2025-10-31 – 2025-10-31T21:32".
  const [first, last] = [s.firstPublished?.slice(0, 10), s.lastPublished?.slice(0, 10)];
  const dates = first ? (!last || first === last ? first : `${first} – ${last}`) : "undated";
  const figures = [plural(s.articles, "article"), plural(s.languages.length, "language"), independentReports(s.independentReports, s.analysedArticles), plural(s.outlets, "outlet")].map(
    (f) => `<span>${f}</span>`,
  );
  figures.push(`<span class="${s.conflicts > 0 ? "conflicts" : ""}">${plural(s.conflicts, "conflict")}</span>`);
  return `<li class="story-row"><a class="headline" href="stories/${seg(s.id)}.html">${esc(s.headline)}</a>
<div class="figures">${figures.join(" · ")}</div>
<div class="meta">${esc(dates)} · ${s.languages.map(esc).join(", ")} · ${plural(s.claims, "claim")}</div></li>`;
}

/** The search box searches article texts; the filters narrow the story list. */
function searchForm(q: StoryListQuery): string {
  const option = (value: string, label: string) => `<option value="${value}"${value === (q.sort ?? "newest") ? " selected" : ""}>${label}</option>`;
  return `<form class="search" action="index.html" method="get" role="search">
<input type="search" name="q" value="${esc(q.q ?? "")}" placeholder="Search article texts" aria-label="Search">
<input name="language" value="${esc(q.language ?? "")}" placeholder="language (en)" aria-label="Language" size="8">
<input name="outlet" value="${esc(q.outlet ?? "")}" placeholder="outlet" aria-label="Outlet" size="14">
<label>from <input type="date" name="from" value="${esc(q.from ?? "")}"></label>
<label>to <input type="date" name="to" value="${esc(q.to ?? "")}"></label>
<label><input type="checkbox" name="conflicts" value="1"${q.conflicts ? " checked" : ""}> has conflicts</label>
<select name="sort" aria-label="Order">${option("newest", "newest first")}${option("articles", "most articles")}</select>
<button type="submit">Go</button>
</form>`;
}

/** Links to the other pages: index-N.html in the static site, the same query with page=N under the server. */
function pager(list: ListPage<unknown>, query: StoryListQuery, options: IndexPageOptions): string {
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

/** The list query from URL search parameters (what the server hands over from `/index.html?…`); malformed fields are left out. */
export function queryFromParams(params: URLSearchParams): StoryListQuery {
  const text = (k: string): string | undefined => params.get(k)?.trim().slice(0, 500) || undefined;
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
    page: Number.isInteger(page) && page >= 1 && page <= 1_000_000 ? page : 1,
  };
}
