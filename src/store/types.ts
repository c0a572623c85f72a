/**
 * The store is the only part of Dossier that remembers. Stages never see it: the
 * pipeline reads from it, runs the stages, and writes back what changed.
 */
import type { AnalystNote, Article, InputDocument, Story } from "../model.js";

export interface StoredArticle {
  readonly article: Article;
  /** Which extractor produced it; a newer one re-extracts from the kept raw document. */
  readonly extractorVersion: string;
}

export interface Store {
  /** Articles already known, by document id. */
  getArticles(ids: readonly string[]): Promise<Map<string, StoredArticle>>;
  /** Keeps the input (so it can be re-extracted later) and its article. Idempotent; returns whether anything was written. */
  putArticle(doc: InputDocument, article: Article, extractorVersion: string): Promise<boolean>;
  /** Every input document kept, in arrival order: what a newer extractor re-reads. */
  listDocuments(): Promise<InputDocument[]>;
  /** Every article, in arrival order. */
  listArticles(): Promise<Article[]>;
  listStories(): Promise<Story[]>;
  /** Replaces the stories; writes nothing when they are unchanged. Returns whether anything changed. */
  replaceStories(stories: readonly Story[]): Promise<boolean>;
  /**
   * Forgets stored articles and the inputs they came from, each matched by document id, input
   * path or article url. Returns, per key, the ids it removed (empty when nothing matched).
   * Stories are not touched: the next build regroups what is left.
   */
  removeArticles(keys: readonly string[]): Promise<Map<string, string[]>>;
  /** A value the pipeline remembers between builds (e.g. what the stored analyses were made with), or null. */
  getMeta(key: string): Promise<string | null>;
  /** Sets a remembered value; writes nothing when it is already that. */
  putMeta(key: string, value: string): Promise<void>;
  /** One page of story summaries, filtered and ordered in the store: never every story at once. */
  listStoryPage(query: StoryQuery): Promise<Page<StorySummary>>;
  getStory(id: string): Promise<Story | null>;
  getArticle(id: string): Promise<Article | null>;
  /** Full-text search over articles' titles and texts (SQLite FTS5, PostgreSQL tsvector), best match first. */
  searchArticles(query: SearchQuery): Promise<Page<SearchHit>>;
  /** Sets the analyst's note on a claim (replacing an earlier one); notes outlive rebuilds. */
  putNote(note: AnalystNote): Promise<void>;
  /** Notes on these claims, or written on claims of these stories (whose claims a rebuild may have re-formed). */
  findNotes(claimIds: readonly string[], storyIds: readonly string[]): Promise<AnalystNote[]>;
  close(): Promise<void>;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Matches in all; for search, counted up to a bound (then `totalIsLowerBound`). */
  readonly total: number;
  readonly totalIsLowerBound?: boolean;
  readonly offset: number;
  readonly limit: number;
}

export interface StoryQuery {
  readonly offset: number;
  readonly limit: number;
  readonly order: "newest" | "articles";
  readonly language?: string;
  readonly outlet?: string;
  /** Stories with an article published on or after this day (YYYY-MM-DD). */
  readonly from?: string;
  /** Stories with an article published on or before this day (YYYY-MM-DD). */
  readonly to?: string;
  readonly hasConflicts?: boolean;
}

/** What a story list shows of a story, kept in its own table in step with the stories. */
export interface StorySummary {
  readonly id: string;
  readonly headline: string;
  readonly articles: number;
  readonly independentReports: number;
  readonly languages: readonly string[];
  readonly outlets: number;
  readonly claims: number;
  readonly conflicts: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
}

export interface SearchQuery {
  readonly text: string;
  readonly offset: number;
  readonly limit: number;
}

export interface SearchHit {
  readonly articleId: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly language: string;
  /** Words around the match, as plain text. */
  readonly snippet: string;
}
