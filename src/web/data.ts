/**
 * What the pages read from the store, in one place: the story list and search come a page at
 * a time from the store's index tables, a story or an article by id, notes with the story.
 */
import type { Article, ArticleListing, Dossier, Story } from "../model.js";
import { analysedIds } from "../stories/index.js";
import { withStoredNotes } from "../report/notes.js";
import type { Page, SearchHit, StorySummary } from "../store/types.js";
import type { Store } from "../store/types.js";

export type { SearchHit, StorySummary };

/** What the story-list page is asked for (the search form's fields). */
export interface StoryListQuery {
  /** Full-text search over articles; the list then shows matching articles rather than stories. */
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

/** Stories (or search hits) per list page: a page stays the same size however large the store grows. */
export const ITEMS_PER_PAGE = 50;

export interface ListPage<T> {
  readonly items: readonly T[];
  readonly total: number;
  /** The total is a lower bound (search counts matches only so far). */
  readonly atLeast: boolean;
  readonly page: number;
  readonly pages: number;
}

function numbered<T>(p: Page<T>, perPage: number): ListPage<T> {
  return { items: p.items, total: p.total, atLeast: p.totalIsLowerBound === true, page: Math.floor(p.offset / perPage) + 1, pages: Math.max(1, Math.ceil(p.total / perPage)) };
}

const offsetOf = (page: number | undefined, perPage: number): number => (Math.max(1, Math.floor(page ?? 1)) - 1) * perPage;

export async function findStories(store: Store, query: StoryListQuery, perPage = ITEMS_PER_PAGE): Promise<ListPage<StorySummary>> {
  const page = await store.listStoryPage({
    offset: offsetOf(query.page, perPage),
    limit: perPage,
    order: query.sort === "articles" ? "articles" : "newest",
    ...(query.language ? { language: query.language } : {}),
    ...(query.outlet ? { outlet: query.outlet } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.conflicts ? { hasConflicts: true } : {}),
  });
  return numbered(page, perPage);
}

export async function searchArticles(store: Store, text: string, page: number | undefined, perPage = ITEMS_PER_PAGE): Promise<ListPage<SearchHit>> {
  return numbered(await store.searchArticles({ text, offset: offsetOf(page, perPage), limit: perPage }), perPage);
}

/** Every page of the unfiltered story list, newest first: what the static site writes as index-N.html. */
export async function* allStoryListPages(store: Store, perPage = ITEMS_PER_PAGE): AsyncGenerator<ListPage<StorySummary>> {
  for (let n = 1; ; n++) {
    const page = await findStories(store, { page: n }, perPage);
    yield page;
    if (n >= page.pages) return;
  }
}

export interface LoadedStory {
  /** With the analysts' notes on its claims. */
  readonly story: Story;
  /** The members its analysis read, in full; the later ones are listed on the story's member pages (src/web/memberPages.ts). */
  readonly articles: ReadonlyMap<string, Article>;
}

export async function loadStory(store: Store, storyId: string): Promise<LoadedStory | null> {
  const stored = await store.getStory(storyId);
  if (!stored) return null;
  const [story] = await withStoredNotes(store, [stored]);
  return { story: story!, articles: await loadMembers(store, stored) };
}

/** The members a story's analysis read, in full: what its own files show. */
export async function loadMembers(store: Store, story: Story): Promise<Map<string, Article>> {
  const read = await store.getArticles(analysedIds(story));
  return new Map([...read].map(([id, s]) => [id, s.article]));
}

/** The members a loaded story's page lists, as lists show them. */
export function storyMembers(loaded: LoadedStory): Map<string, ArticleListing> {
  return new Map<string, ArticleListing>(loaded.articles);
}

export interface LoadedArticle {
  readonly article: Article;
  /** The story whose readings are marked in it, when the link said which (articles carry no story id). */
  readonly story: Story | null;
}

export async function loadArticle(store: Store, articleId: string, storyId?: string): Promise<LoadedArticle | null> {
  const article = await store.getArticle(articleId);
  if (!article) return null;
  const given = storyId ? await store.getStory(storyId) : null;
  if (given?.articleIds.includes(articleId)) return { article, story: given };
  // Opened without its story (a bookmark, a search hit), or with one it is not in: read with the story it belongs to.
  const own = (await store.storiesOfArticles([articleId])).get(articleId);
  const story = own && own !== storyId ? await store.getStory(own) : null;
  return { article, story: story && story.articleIds.includes(articleId) ? story : null };
}

/** One story as a dossier of its own (the members its analysis read, its notes): stories/ID.json and .md. Its later members are in its member pages (src/web/memberPages.ts). */
export function storyDossier(loaded: LoadedStory): Dossier {
  const { story, articles } = loaded;
  return { schemaVersion: 2, articles: story.articleIds.flatMap((id) => articles.get(id) ?? []), stories: [story], rejected: [] };
}
