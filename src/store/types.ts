/**
 * The store is the only part of Dossier that remembers. Stages never see it: the
 * pipeline reads from it, runs the stages, and writes back what changed.
 */
import type { AnalystNote, Article, ArticleListing, InputDocument, Rejected, Story } from "../model.js";

export interface StoredArticle {
  readonly article: Article;
  /** Which extractor produced it; a newer one re-extracts from the kept raw document. */
  readonly extractorVersion: string;
}

export interface PendingDocument {
  readonly seq: number;
  readonly document: InputDocument;
}

/** The grouper's saved record of a story that can still be a candidate. */
export interface SavedStoryRecord {
  readonly idx: number;
  readonly storyId: string;
  readonly firstDay: number | null;
  readonly lastDay: number | null;
  readonly summary: Uint8Array;
}

/** A stored document in arrival order as the assignment step sees it: its article, or null when the extractor refused it. */
export interface DocumentToAssign {
  readonly seq: number;
  readonly id: string;
  readonly article: Article | null;
}

/**
 * The serial assignment step's reads and writes (src/build/assignStories.ts), all inside one
 * write transaction: the grouper's state and the story memberships it decides are saved
 * together or not at all.
 */
export interface AssignmentTransaction {
  getMeta(key: string): Promise<string | null>;
  putMeta(key: string, value: string): Promise<void>;
  getState(part: string): Promise<Uint8Array | null>;
  putState(part: string, data: Uint8Array): Promise<void>;
  getStoryRecords(idxs: readonly number[]): Promise<SavedStoryRecord[]>;
  putStoryRecords(rows: readonly SavedStoryRecord[]): Promise<void>;
  deleteStoryRecords(idxs: readonly number[]): Promise<void>;
  /**
   * Documents after `afterSeq` in arrival order, at most `limit`, up to the first one this
   * extractor has not yet done (arrival order must not skip a document still being extracted).
   */
  documentsToAssign(afterSeq: number, extractorVersion: string, limit: number): Promise<DocumentToAssign[]>;
  /** Documents stored with a sequence number up to `seq`: fewer than were assigned means some were removed. */
  countDocuments(throughSeq: number): Promise<number>;
  addMembers(rows: ReadonlyArray<{ articleId: string; storyId: string; seq: number }>): Promise<void>;
  /** Puts stories on the analysis step's work list (once each). */
  queueStories(rows: ReadonlyArray<{ storyId: string; position: number }>): Promise<void>;
  /** Forgets the grouper's state and every membership, to group again from the first article. */
  clearGrouping(): Promise<void>;
}

/** One language and outlet among a story's members: how many, and their first and last dates. */
export interface MemberAggregate {
  readonly language: string;
  readonly outlet: string | null;
  readonly count: number;
  readonly first: string | null;
  readonly last: string | null;
}

/** What a story page says of all its members at a glance (Store.memberFacts). */
export interface MemberFacts {
  /** In code order. */
  readonly languages: readonly string[];
  readonly first: string | null;
  readonly last: string | null;
}

/** A story as the analysis step writes it: the story and where it sits in the dossier. */
export interface StoryRow {
  readonly story: Story;
  readonly position: number;
  /** The highest sequence number among its articles. */
  readonly updatedSeq: number;
  /** The memberships the analysis read (story_members): how many, and the sum of their sequence numbers. */
  readonly memberCount: number;
  readonly memberSeqSum: number;
  /** Its members' languages, outlets and dates, when the build has summed them (else the database sums them as the row is written). */
  readonly members?: readonly MemberAggregate[];
}

/** The meta key under which a store remembers what its stories' analyses were made with (src/build/analyseStories.ts). */
export const ANALYSIS_META = "analysis";
/** The meta key of a store's own id, made when a site is first written from it: which store a site folder was written from. */
export const STORE_ID_META = "store-id";

export interface Store {
  /** Articles already known, by document id. */
  getArticles(ids: readonly string[]): Promise<Map<string, StoredArticle>>;
  /** Articles already known, by document id, as lists show them: their texts are neither read nor sent (the database drops them). */
  getArticleListings(ids: readonly string[]): Promise<Map<string, ArticleListing>>;
  /** These articles' languages and first and last dates, summed up by the database: none of them is read. */
  memberFacts(articleIds: readonly string[]): Promise<MemberFacts>;
  /** The same of a stored story's members, as its list row keeps them (one row read); null when no such story is listed. */
  storyFacts(storyId: string): Promise<MemberFacts | null>;
  /** These articles' languages, outlets and dates, summed up by the database (one row a language and outlet). */
  memberAggregates(articleIds: readonly string[]): Promise<MemberAggregate[]>;
  /** The same sums of a stored story's members, as its list row keeps them; null when the row has none (no such story, or a row written before they were kept). */
  storyAggregates(storyId: string): Promise<MemberAggregate[] | null>;
  /** Keeps the input (so it can be re-extracted later) and its article. Idempotent; returns whether anything was written. */
  putArticle(doc: InputDocument, article: Article, extractorVersion: string): Promise<boolean>;
  /**
   * Keeps input documents not stored yet, each taking the next sequence number (arrival
   * order) in the order given. Returns the ids it stored; known ids are left as they are.
   */
  putDocuments(docs: readonly InputDocument[]): Promise<string[]>;
  /**
   * Stored documents after sequence number `afterSeq`, in arrival order, at most `limit`,
   * that this extractor has neither extracted nor refused: what an extraction step still owes.
   */
  pendingDocuments(extractorVersion: string, afterSeq: number, limit: number): Promise<PendingDocument[]>;
  /**
   * Keeps what the extractor made of stored documents, in one transaction (one commit, not one
   * per document): each one's article, or the reason it was refused. Per document, in order:
   * "new" for a first article, "changed" when the article differs from the stored one, "same"
   * otherwise (a refusal is "same" unless it replaces an article).
   */
  putExtractions(rows: ReadonlyArray<{ id: string; result: { article: Article } | { error: string } }>, extractorVersion: string): Promise<Array<"new" | "changed" | "same">>;
  /** Of these documents, those this extractor refused: their input path and the reason. */
  extractionFailures(ids: readonly string[], extractorVersion: string): Promise<Map<string, Rejected>>;
  /** The stored documents the extractor refused (each one's latest refusal), in the order they came, up to `limit`: what the whole store's report lists as rejected. */
  listExtractionFailures(limit: number): Promise<Rejected[]>;
  /** Input documents kept, by id: what a worker on any machine extracts from. */
  getDocuments(ids: readonly string[]): Promise<Map<string, InputDocument>>;
  /** Every input document kept, in arrival order: what a newer extractor re-reads. */
  listDocuments(): Promise<InputDocument[]>;
  /** How many articles are stored. */
  countArticles(): Promise<number>;
  /** Every article, in arrival order. */
  listArticles(): Promise<Article[]>;
  /** Articles in arrival order after the document of sequence number `afterSeq`, at most `limit`: the store read a page at a time. */
  articlesAfter(afterSeq: number, limit: number): Promise<Array<{ readonly seq: number; readonly article: Article }>>;
  /** The story each of these articles belongs to, for those grouped. */
  storiesOfArticles(ids: readonly string[]): Promise<Map<string, string>>;
  listStories(): Promise<Story[]>;
  /** Replaces the stories; writes nothing when they are unchanged. Returns whether anything changed. */
  replaceStories(stories: readonly Story[]): Promise<boolean>;
  /**
   * Forgets stored articles and the inputs they came from, each matched by document id, input
   * path or article url. Returns, per key, the ids it removed (empty when nothing matched).
   * Stories are not touched: the next build regroups what is left.
   */
  removeArticles(keys: readonly string[]): Promise<Map<string, string[]>>;
  /** Runs the assignment step's work in one write transaction (one assigner at a time, whatever the backend). */
  assign<T>(work: (tx: AssignmentTransaction) => Promise<T>): Promise<T>;
  /** Stories waiting for analysis, in dossier order (position, then id), at most `limit`; those after `after` when given (to page through the list). */
  queuedStories(limit: number, after?: { position: number; storyId: string }): Promise<Array<{ storyId: string; position: number }>>;
  /** Puts every stored story on the work list (when the analysis key changed). */
  queueAllStories(): Promise<void>;
  /** A story's article ids in arrival order. */
  storyMembers(storyId: string): Promise<Array<{ articleId: string; seq: number }>>;
  /** Stored stories by id. */
  getStories(ids: readonly string[]): Promise<Map<string, Story>>;
  /**
   * Writes analysed stories (insert or replace, list columns included) and takes them off the
   * work list, in one transaction. A row is not written when its story is no longer on the work
   * list (another process wrote it since) or its memberships are no longer those the analysis
   * read (an assignment or a removal changed them since: it stays queued). Returns the ids written.
   */
  putStories(rows: readonly StoryRow[]): Promise<string[]>;
  /** Stored stories no article is assigned to any more (after grouping again), and queued stories without members. */
  orphanStories(): Promise<string[]>;
  /** Deletes stories (and takes them off the work list). */
  deleteStories(ids: readonly string[]): Promise<void>;
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
  /** The claims stage's stored readings of these articles (opaque JSON, src/claims ArticleReadings) with the key each was made under. */
  getArticleReadings(ids: readonly string[]): Promise<Map<string, { readonly key: string; readonly readings: string }>>;
  /** Keeps articles' readings, replacing older ones of the same articles. */
  putArticleReadings(rows: ReadonlyArray<{ readonly articleId: string; readonly key: string; readonly readings: string }>): Promise<void>;
  /** Stored story pages (gzip of the HTML) with the digest of what each shows, by story id. */
  getStoryPages(ids: readonly string[]): Promise<Map<string, StoredPage>>;
  /** Keeps story pages, replacing older ones of the same stories. */
  putStoryPages(rows: ReadonlyArray<{ readonly storyId: string } & StoredPage>): Promise<void>;
  /** Sets the analyst's note on a claim (replacing an earlier one); notes outlive rebuilds. */
  putNote(note: AnalystNote): Promise<void>;
  /** Notes on these claims, or written on claims of these stories (whose claims a rebuild may have re-formed). */
  findNotes(claimIds: readonly string[], storyIds: readonly string[]): Promise<AnalystNote[]>;
  close(): Promise<void>;
}

export interface StoredPage {
  readonly digest: string;
  readonly page: Uint8Array;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Matches in all; for search, counted up to a bound (then `totalIsLowerBound`). */
  readonly total: number;
  readonly totalIsLowerBound?: boolean;
  /** Search only: best match first, or, when more match than are ranked, the latest stored first. */
  readonly order?: "relevance" | "latest";
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
  /** Independent of each other among the members the analysis read. */
  readonly independentReports: number;
  /** How many members the analysis read, when it read only the first ones (Story.analysedArticles); else null. */
  readonly analysedArticles: number | null;
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
