/**
 * Tables, written with Kysely's schema builder so that one definition serves SQLite and
 * PostgreSQL. Records are kept as JSON text: the dossier JSON shapes are the contract,
 * and the columns beside them are only what queries select by.
 */
import type { Kysely } from "kysely";
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
  story_index: StoryIndexTable;
  article_index: ArticleIndexTable;
  notes: NotesTable;
}

/** A story's row in the story list: what it is filtered and ordered by (src/store/indexTables.ts keeps it in step). */
export interface StoryIndexTable {
  id: string;
  headline: string;
  article_count: number;
  independent_count: number;
  claim_count: number;
  conflict_count: number;
  first_published: string | null;
  last_published: string | null;
  /** Language codes between newlines ("\nen\nru\n"), so that one LIKE finds a language. */
  languages: string;
  /** Outlet names the same way. */
  outlets: string;
  outlet_count: number;
}

/** An article's metadata, for story rows and search hits without parsing the article JSON. */
export interface ArticleIndexTable {
  id: string;
  title: string | null;
  outlet: string | null;
  language: string;
  published: string | null;
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
    const current = await tx.selectFrom("meta").select("value").where("key", "=", "schema_version").executeTakeFirst();
    if (!current) {
      await tx.insertInto("meta").values({ key: "schema_version", value: SCHEMA_VERSION }).execute();
    } else if (current.value !== SCHEMA_VERSION) {
      throw new Error(`store schema version ${current.value} is not ${SCHEMA_VERSION}; use a new store file`);
    }
  });
}
