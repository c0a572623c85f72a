/**
 * What the pages read from the store, in one place. Today it goes through the store's
 * whole-list methods; when the store has paged listing, search and notes (the server's
 * branch), only this file changes.
 */
import { independentCount } from "../claims/independence.js";
import type { Article, Story } from "../model.js";
import type { Store } from "../store/types.js";

/** Story-list filters, as the search form and the API take them. */
export interface StoryQuery {
  /** Words that must all occur in the headline or in one of the story's articles (title or text). */
  readonly q?: string;
  readonly language?: string;
  readonly outlet?: string;
  /** "YYYY-MM-DD": stories with an article published on or after / on or before it. */
  readonly from?: string;
  readonly to?: string;
  readonly conflicts?: boolean;
  readonly sort?: "newest" | "articles";
  /** 1-based. */
  readonly page?: number;
}

/** One row of the story list: what an analyst scans before opening a story. */
export interface StorySummary {
  readonly id: string;
  readonly headline: string;
  readonly articles: number;
  readonly languages: readonly string[];
  readonly outlets: readonly string[];
  /** Reports independent of each other (copies count once). */
  readonly independent: number;
  readonly origins: number;
  readonly claims: number;
  /** Claims whose mentions disagree on a fact. */
  readonly conflicts: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
}

export interface StoryListPage {
  readonly items: readonly StorySummary[];
  readonly total: number;
  readonly page: number;
  readonly pages: number;
}

/** An analyst's decision on a claim, kept in the store by the server. */
export type NoteMark = "verified" | "false" | "unclear";
export interface AnalystNote {
  readonly claimId: string;
  readonly mark: NoteMark;
  readonly note: string;
  readonly updated: string;
}

/** Stories per list page: a page stays the same size however large the store grows. */
export const STORIES_PER_PAGE = 50;

export function summarise(story: Story, articles: ReadonlyMap<string, Article>): StorySummary {
  const own = story.articleIds.map((id) => articles.get(id)).filter((a): a is Article => a !== undefined);
  const dates = own.map((a) => a.published).filter((d): d is string => d !== null).sort();
  return {
    id: story.id,
    headline: story.headline,
    articles: story.articleIds.length,
    languages: [...new Set(own.map((a) => a.language))].sort(),
    outlets: [...new Set(own.map((a) => a.outlet).filter((o): o is string => o !== null))].sort(),
    independent: independentCount(story.articleIds, story.copies),
    origins: story.origins.length,
    claims: story.claims.length,
    conflicts: story.claims.filter((c) => c.status === "conflicting").length,
    firstPublished: dates[0] ?? null,
    lastPublished: dates.at(-1) ?? null,
  };
}

function matches(story: Story, own: readonly Article[], s: StorySummary, query: StoryQuery): boolean {
  if (query.conflicts && s.conflicts === 0) return false;
  if (query.language && !s.languages.includes(query.language)) return false;
  if (query.outlet && !s.outlets.some((o) => o.toLowerCase() === query.outlet!.toLowerCase())) return false;
  if (query.from && !own.some((a) => a.published !== null && a.published.slice(0, 10) >= query.from!)) return false;
  if (query.to && !own.some((a) => a.published !== null && a.published.slice(0, 10) <= query.to!)) return false;
  const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [story.headline, ...own.map((a) => `${a.title ?? ""}\n${a.text}`)].join("\n").toLowerCase();
  return words.every((w) => haystack.includes(w));
}

async function summariesOf(store: Store, query: StoryQuery): Promise<StorySummary[]> {
  const stories = await store.listStories();
  const articles = new Map((await store.listArticles()).map((a) => [a.id, a]));
  const found: StorySummary[] = [];
  for (const story of stories) {
    const own = story.articleIds.map((id) => articles.get(id)).filter((a): a is Article => a !== undefined);
    const s = summarise(story, articles);
    if (matches(story, own, s, query)) found.push(s);
  }
  if (query.sort === "articles") found.sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id));
  else found.sort((a, b) => (b.lastPublished ?? "").localeCompare(a.lastPublished ?? "") || a.id.localeCompare(b.id));
  return found;
}

function pageOf(found: readonly StorySummary[], n: number, perPage: number): StoryListPage {
  const pages = Math.max(1, Math.ceil(found.length / perPage));
  const page = Math.min(Math.max(1, Math.floor(n)), pages);
  return { items: found.slice((page - 1) * perPage, page * perPage), total: found.length, page, pages };
}

/** One page of the story list under the query, newest first unless asked for the largest. */
export async function findStories(store: Store, query: StoryQuery, perPage = STORIES_PER_PAGE): Promise<StoryListPage> {
  return pageOf(await summariesOf(store, query), query.page ?? 1, perPage);
}

/** Every page of the unfiltered list, newest first: what the static site writes as index-N.html. */
export async function* allStoryListPages(store: Store, perPage = STORIES_PER_PAGE): AsyncGenerator<StoryListPage> {
  const found = await summariesOf(store, {});
  const pages = Math.max(1, Math.ceil(found.length / perPage));
  for (let n = 1; n <= pages; n++) yield pageOf(found, n, perPage);
}

/** The facets the filters offer: every language and outlet in the store. */
export async function storyFacets(store: Store): Promise<{ languages: string[]; outlets: string[] }> {
  const articles = await store.listArticles();
  return {
    languages: [...new Set(articles.map((a) => a.language))].sort(),
    outlets: [...new Set(articles.map((a) => a.outlet).filter((o): o is string => o !== null))].sort(),
  };
}

export interface LoadedStory {
  readonly story: Story;
  readonly articles: ReadonlyMap<string, Article>;
}

export async function loadStory(store: Store, storyId: string): Promise<LoadedStory | null> {
  const story = (await store.listStories()).find((s) => s.id === storyId);
  if (!story) return null;
  const stored = await store.getArticles(story.articleIds);
  return { story, articles: new Map([...stored].map(([id, s]) => [id, s.article])) };
}

export interface LoadedArticle {
  readonly article: Article;
  /** The stories it belongs to (one, once grouped; none before the first build groups it). */
  readonly stories: readonly Story[];
}

export async function loadArticle(store: Store, articleId: string): Promise<LoadedArticle | null> {
  const article = (await store.getArticles([articleId])).get(articleId)?.article;
  if (!article) return null;
  return { article, stories: (await store.listStories()).filter((s) => s.articleIds.includes(articleId)) };
}

/** The analyst's notes on a story's claims, by claim id (none until the store keeps notes). */
export async function loadNotes(_store: Store, _storyId: string): Promise<ReadonlyMap<string, AnalystNote>> {
  return new Map();
}

/** The stories asked for (every story when `ids` is omitted), one at a time with their articles; an id no longer stored comes as null. */
export async function* storiesToWrite(store: Store, ids?: readonly string[]): AsyncGenerator<{ id: string; loaded: LoadedStory | null }> {
  const stories = await store.listStories();
  const byId = new Map(stories.map((s) => [s.id, s]));
  for (const id of ids ?? stories.map((s) => s.id)) {
    const story = byId.get(id);
    if (!story) {
      yield { id, loaded: null };
      continue;
    }
    const stored = await store.getArticles(story.articleIds);
    yield { id, loaded: { story, articles: new Map([...stored].map(([k, s]) => [k, s.article])) } };
  }
}
