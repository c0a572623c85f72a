/**
 * A story's later members (past those its analysis read) are listed in pages of their own,
 * stories/ID.members-K.html and .json, MEMBERS_PER_PAGE each, in membership order: a story's
 * own page and files stay the size of what its analysis read however large it grows, and as
 * members join at the end only the last page changes.
 */
import { articleName, type ArticleListing, type MemberPage, type Story } from "../model.js";
import { analysedIds } from "../stories/index.js";
import { esc, outLink, page, plural, seg } from "./html.js";

export const MEMBERS_PER_PAGE = 500;

/** The story's members after those its analysis read. */
export function laterIds(story: Pick<Story, "articleIds" | "analysedArticles">): readonly string[] {
  return story.articleIds.slice(analysedIds(story).length);
}

export function memberPageCount(story: Pick<Story, "articleIds" | "analysedArticles">): number {
  return Math.ceil(laterIds(story).length / MEMBERS_PER_PAGE);
}

/** The ids on page `k` (1-based). */
export function memberPageIds(story: Pick<Story, "articleIds" | "analysedArticles">, k: number): readonly string[] {
  return laterIds(story).slice((k - 1) * MEMBERS_PER_PAGE, k * MEMBERS_PER_PAGE);
}

export const memberPageName = (storyId: string, k: number, ext: "html" | "json"): string => `${storyId}.members-${k}.${ext}`;

/** "ID.members-3" → ["ID", 3]; null for any other name. */
export function parseMemberPage(name: string): [string, number] | null {
  const m = /^(.+)\.members-([1-9]\d{0,8})$/.exec(name);
  return m ? [m[1]!, Number(m[2])] : null;
}

/** "and 9,046 later members, listed, not read: 1 · 2 · …": the story page's links to its member pages. */
export function memberPageLinks(story: Pick<Story, "id" | "articleIds" | "analysedArticles">): string {
  const later = laterIds(story).length;
  if (later === 0) return "";
  const pages = memberPageCount(story);
  const links = Array.from({ length: pages }, (_, i) => {
    const from = i * MEMBERS_PER_PAGE + 1;
    const to = Math.min(later, (i + 1) * MEMBERS_PER_PAGE);
    return `<a href="${memberPageName(seg(story.id), i + 1, "html")}">${from.toLocaleString("en")}–${to.toLocaleString("en")}</a>`;
  });
  return `<p class="later-members">and ${plural(later, "later member")}, listed, not read: ${links.join(" · ")}</p>`;
}

/** Page `k` of the story's later members as JSON: their listings in membership order. */
export function memberPageOf(story: Pick<Story, "id" | "articleIds" | "analysedArticles">, k: number, listings: ReadonlyMap<string, ArticleListing>): MemberPage {
  return {
    schemaVersion: 2,
    storyId: story.id,
    page: k,
    next: k < memberPageCount(story) ? memberPageName(story.id, k + 1, "json") : null,
    listedArticles: memberPageIds(story, k).flatMap((id) => listings.get(id) ?? []),
  };
}

/** Page `k` of the story's later members as a web page: title, outlet, date and language of each, linked to its page. */
export function memberPageHtml(story: Pick<Story, "id" | "headline" | "articleIds" | "analysedArticles">, k: number, listings: ReadonlyMap<string, ArticleListing>): string {
  // Nothing on a page but its own members and whether one follows: a member joining rewrites the last page alone.
  const first = (k - 1) * MEMBERS_PER_PAGE + analysedIds(story).length + 1;
  const nav = [k > 1 ? `<a href="${memberPageName(seg(story.id), k - 1, "html")}">‹ previous</a>` : "", k < memberPageCount(story) ? `<a href="${memberPageName(seg(story.id), k + 1, "html")}">next ›</a>` : ""]
    .filter(Boolean)
    .join(" · ");
  const body = `<nav class="crumbs"><a href="../index.html">Stories</a> › <a href="${seg(story.id)}.html">${esc(story.headline)}</a> › later members, page ${k} · <a href="${memberPageName(seg(story.id), k, "json")}">JSON</a></nav>
<h1>${esc(story.headline)}: later members, page ${k}</h1>
<p>Members listed after those the story's analysis read: not read for claims, citations or copies.</p>
<ol class="article-list" start="${first}">${memberItems(story.id, memberPageIds(story, k).filter((id) => listings.has(id)), listings)}</ol>
${nav ? `<nav class="pages">${nav}</nav>` : ""}`;
  return page({ title: `${story.headline}: later members ${k}`, depth: 1, body, kind: "members-page" });
}

/** List items of these members, each linked to its article page under the story. */
export function memberItems(storyId: string, ids: readonly string[], listings: ReadonlyMap<string, ArticleListing>): string {
  return ids
    .map((id) => {
      const a = listings.get(id);
      const meta = [a?.outlet, a?.published, a?.language].filter(Boolean).map((x) => esc(String(x))).join(" · ");
      return `<li><a href="../articles/${seg(id)}.html?story=${seg(storyId)}">${esc(a ? articleName(a) : id)}</a> <small>${meta}</small> ${outLink(a?.url ?? null)}</li>`;
    })
    .join("");
}
