/**
 * Tables, written with Kysely's schema builder so that one definition serves SQLite and
 * PostgreSQL. Records are kept as JSON text: the dossier JSON shapes are the contract,
 * and the columns beside them are only what queries select by.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";
import { writeTransaction } from "./transactions.js";

export interface DocumentsTable {
  id: string;
  seq: number;
  path: string;
  /** The InputDocument as JSON, content included: nothing the user handed in is lost. */
  document: string;
}

export interface ArticlesTable {
  id: string;
  extractor_version: string;
  article: string;
}

export interface StoriesTable {
  id: string;
  position: number;
  story: string;
  // What a paginated list of stories shows and sorts by, beside the story JSON (added after version 1: null in older rows).
  article_count: number | null;
  first_published: string | null;
  last_published: string | null;
  /** The members' languages, comma-separated, most articles first. */
  languages: string | null;
  has_conflicts: number | null;
  /** The highest sequence number among the story's articles when it was last written: what changed lately sorts first. */
  updated_seq: number | null;
}

/** Which story each assigned article is in: written with the grouper's state, in one transaction. */
export interface StoryMembersTable {
  article_id: string;
  story_id: string;
  seq: number;
}

/** Stories whose members changed since their analysis was written: the analysis step's work list. */
export interface StoryQueueTable {
  story_id: string;
  /** The story's place in the dossier: the order stories were started. */
  position: number;
}

/** The grouper's state that is one piece per store: the model's statistics, the posting lists. */
export interface GrouperStateTable {
  part: string;
  data: Uint8Array;
}

/** The grouper's record of each story that can still be a candidate; deleted when it cannot. */
export interface GrouperStoriesTable {
  idx: number;
  story_id: string;
  first_day: number | null;
  last_day: number | null;
  summary: Uint8Array;
}

/** A document the extractor refused, so that it is not tried again by the same extractor (and is reported again when given again). */
export interface ExtractionFailuresTable {
  id: string;
  extractor_version: string;
  error: string;
}

/** What the claims stage read in one article alone (src/claims ArticleReadings, as JSON), under a key of what it was read with: a story analysed again reads its earlier members' from here. */
export interface ArticleReadingsTable {
  article_id: string;
  key: string;
  readings: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  documents: DocumentsTable;
  articles: ArticlesTable;
  stories: StoriesTable;
  meta: MetaTable;
  extraction_failures: ExtractionFailuresTable;
  story_members: StoryMembersTable;
  story_queue: StoryQueueTable;
  grouper_state: GrouperStateTable;
  grouper_stories: GrouperStoriesTable;
  story_index: StoryIndexTable;
  story_facets: StoryFacetsTable;
  article_index: ArticleIndexTable;
  notes: NotesTable;
  story_pages: StoryPagesTable;
  article_readings: ArticleReadingsTable;
}

/** A story's row in the story list: what it is filtered and ordered by (src/store/indexTables.ts keeps it in step). */
export interface StoryIndexTable {
  id: string;
  headline: string;
  article_count: number;
  /** Among the members the analysis read: all of them, unless `analysed_count` says how many. */
  independent_count: number;
  /** Set when the analysis read only the first this many members (Story.analysedArticles). */
  analysed_count: number | null;
  claim_count: number;
  conflict_count: number;
  first_published: string | null;
  last_published: string | null;
  /** Language codes between newlines ("\nen\nru\n"), so that one LIKE finds a language. */
  languages: string;
  /** Outlet names the same way. */
  outlets: string;
  outlet_count: number;
  /**
   * Its members' languages, outlets and dates (MemberAggregate[] as JSON), so that a story members
   * join adds theirs rather than summing every member again; null in a row written before it was kept.
   */
  members: string | null;
}

/** What a story is filtered by, a row a value: its languages and outlets, found by index rather than by scanning the list. */
export interface StoryFacetsTable {
  story_id: string;
  /** "language" or "outlet". */
  facet: string;
  value: string;
}

/** An article's metadata, for story rows and search hits without parsing the article JSON. */
export interface ArticleIndexTable {
  id: string;
  title: string | null;
  outlet: string | null;
  language: string;
  published: string | null;
  /** With the four above, an article as lists show it (ArticleListing): a listing reads this row, not the article's text. */
  path: string | null;
  url: string | null;
  byline: string | null;
}

/** A story's web page as made when the story was written (src/web/storedPages.ts): gzip of the HTML, under the digest of what it shows. */
export interface StoryPagesTable {
  story_id: string;
  digest: string;
  page: Uint8Array;
}

export interface NotesTable {
  claim_id: string;
  story_id: string;
  summary: string;
  /** The note's mentions as JSON. */
  mentions: string;
  verdict: string;
  text: string;
  updated_at: string;
}

export const SCHEMA_VERSION = "1";

/** Every table of a Dossier store: a database holding other tables and not all of these is another program's. */
export const TABLES: ReadonlyArray<keyof Database> = ["documents", "articles", "stories", "meta"];

/** Creates what is missing, in one write transaction: two builds opening a new store at once create it once. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx.schema
      .createTable("documents")
      .ifNotExists()
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("seq", "integer", (c) => c.notNull().unique())
      .addColumn("path", "text", (c) => c.notNull())
      .addColumn("document", "text", (c) => c.notNull())
      .execute();
    await tx.schema
      .createTable("articles")
      .ifNotExists()
      .addColumn("id", "text", (c) => c.primaryKey().references("documents.id"))
      .addColumn("extractor_version", "text", (c) => c.notNull())
      .addColumn("article", "text", (c) => c.notNull())
      .execute();
    await tx.schema
      .createTable("stories")
      .ifNotExists()
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("story", "text", (c) => c.notNull())
      .execute();
    await tx.schema
      .createTable("meta")
      .ifNotExists()
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();
    // Added after version 1: created where missing, so older stores keep working.
    await tx.schema
      .createTable("extraction_failures")
      .ifNotExists()
      .addColumn("id", "text", (c) => c.primaryKey().references("documents.id"))
      .addColumn("extractor_version", "text", (c) => c.notNull())
      .addColumn("error", "text", (c) => c.notNull())
      .execute();
    await createGroupingTables(tx);
    await tx.schema
      .createTable("article_readings")
      .ifNotExists()
      .addColumn("article_id", "text", (c) => c.primaryKey())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("readings", "text", (c) => c.notNull())
      .execute();
    await addStoryListColumns(tx);
    const current = await tx.selectFrom("meta").select("value").where("key", "=", "schema_version").executeTakeFirst();
    if (!current) {
      await tx.insertInto("meta").values({ key: "schema_version", value: SCHEMA_VERSION }).execute();
    } else if (current.value !== SCHEMA_VERSION) {
      throw new Error(`store schema version ${current.value} is not ${SCHEMA_VERSION}; use a new store file`);
    }
  });
}

/** Tables of incremental grouping and analysis (added after version 1: created where missing). */
async function createGroupingTables(tx: Kysely<Database>): Promise<void> {
  const binary = tx.getExecutor().adapter instanceof PostgresAdapter ? "bytea" : "blob";
  await tx.schema
    .createTable("story_members")
    .ifNotExists()
    .addColumn("article_id", "text", (c) => c.primaryKey())
    .addColumn("story_id", "text", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .execute();
  await tx.schema.createIndex("story_members_story").ifNotExists().on("story_members").columns(["story_id", "seq"]).execute();
  await tx.schema
    .createTable("story_queue")
    .ifNotExists()
    .addColumn("story_id", "text", (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await tx.schema
    .createTable("grouper_state")
    .ifNotExists()
    .addColumn("part", "text", (c) => c.primaryKey())
    .addColumn("data", sql.raw(binary), (c) => c.notNull())
    .execute();
  await tx.schema
    .createTable("grouper_stories")
    .ifNotExists()
    .addColumn("idx", "integer", (c) => c.primaryKey())
    .addColumn("story_id", "text", (c) => c.notNull())
    .addColumn("first_day", "integer")
    .addColumn("last_day", "integer")
    .addColumn("summary", sql.raw(binary), (c) => c.notNull())
    .execute();
}

const STORY_LIST_COLUMNS = [
  ["article_count", "integer"],
  ["first_published", "text"],
  ["last_published", "text"],
  ["languages", "text"],
  ["has_conflicts", "integer"],
  ["updated_seq", "integer"],
] as const;

/** Columns of the stories table added after version 1, added to an older store where missing. */
async function addStoryListColumns(tx: Kysely<Database>): Promise<void> {
  const postgres = tx.getExecutor().adapter instanceof PostgresAdapter;
  const existing = postgres
    ? (await sql<{ name: string }>`select column_name as name from information_schema.columns where table_name = 'stories' and table_schema = current_schema()`.execute(tx)).rows
    : (await sql<{ name: string }>`select name from pragma_table_info('stories')`.execute(tx)).rows;
  const have = new Set(existing.map((r) => r.name));
  for (const [name, type] of STORY_LIST_COLUMNS) if (!have.has(name)) await tx.schema.alterTable("stories").addColumn(name, type).execute();
  await tx.schema.createIndex("stories_updated").ifNotExists().on("stories").column("updated_seq").execute();
}
