/**
 * The tables the server reads instead of whole stories: one row per story (what the story list
 * filters and orders by), one per article (metadata), a full-text index of articles (FTS5 on
 * SQLite, tsvector on PostgreSQL), and the analysts' notes. The story and article rows are
 * written in the same transaction as the story or article they describe; a store made before
 * these tables existed is indexed once when it is opened.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";
import { independentCount } from "../claims/independence.js";
import { analysedIds } from "../stories/index.js";
import { wellFormed } from "../text/codePoints.js";
import type { Article, ArticleListing, Story } from "../model.js";
import type { ArticleIndexTable, Database, StoryIndexTable } from "./schema.js";
import type { MemberAggregate, MemberFacts } from "./types.js";
import { writeTransaction } from "./transactions.js";

/**
 * Bumped when what the index tables hold changes: a store indexed by an older version is indexed
 * again when opened (from 1 and 2, only the story facets are written again, read off the list rows;
 * from 1 to 3, story_index gains analysed_count; from 1 to 4, article_index gains the rest of a listing).
 * 2: story_facets; 3: facet values folded to lowercase; 4: story_index.analysed_count; 5: article_index.path, url, byline;
 * 6: story_index.members (from 5, only the column is added: a row without it is summed when its story is next written).
 */
const INDEX_VERSION = "6";
const INDEX_KEY = "index_version";

/** Characters of an article's text put in the search index: bounds one article's cost (PostgreSQL refuses a tsvector over 1 MB). */
const SEARCHED_CHARS = 100_000;

/** Rows read or written per statement: under every backend's bound-parameter limit. */
const CHUNK = 400;

export const isPostgres = (db: Kysely<Database>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

export async function migrateIndexTables(db: Kysely<Database>): Promise<void> {
  const postgres = isPostgres(db);
  await writeTransaction(db, async (tx) => {
    await tx.schema
      .createTable("story_index")
      .ifNotExists()
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("headline", "text", (c) => c.notNull())
      .addColumn("article_count", "integer", (c) => c.notNull())
      .addColumn("independent_count", "integer", (c) => c.notNull())
      .addColumn("claim_count", "integer", (c) => c.notNull())
      .addColumn("conflict_count", "integer", (c) => c.notNull())
      .addColumn("first_published", "text")
      .addColumn("last_published", "text")
      .addColumn("languages", "text", (c) => c.notNull())
      .addColumn("outlets", "text", (c) => c.notNull())
      .addColumn("outlet_count", "integer", (c) => c.notNull())
      .addColumn("analysed_count", "integer")
      .addColumn("members", "text")
      .execute();
    // In the lists' own order (newest first, missing dates last, then by id), so that a page is read off
    // an index rather than sorted; the dates after the key let a date filter skip rows without reading them.
    // SQLite puts nulls last in a descending index already; PostgreSQL is told so.
    const nullsLast = postgres ? " nulls last" : "";
    await tx.schema.dropIndex("story_index_newest").ifExists().execute();
    await tx.schema.dropIndex("story_index_largest").ifExists().execute();
    await sql.raw(`create index if not exists story_index_latest on story_index (last_published desc${nullsLast}, id, first_published)`).execute(tx);
    await sql.raw(`create index if not exists story_index_most on story_index (article_count desc, last_published desc${nullsLast}, id)`).execute(tx);
    // Counting a filter reads an index, not the list: dates overlapping a range, and stories with conflicts.
    await tx.schema.createIndex("story_index_dates").ifNotExists().on("story_index").columns(["last_published", "first_published"]).execute();
    await tx.schema.createIndex("story_index_conflicts").ifNotExists().on("story_index").column("conflict_count").execute();
    await tx.schema
      .createTable("story_facets")
      .ifNotExists()
      .addColumn("story_id", "text", (c) => c.notNull())
      .addColumn("facet", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("story_facets_key", ["facet", "value", "story_id"])
      .execute();
    await tx.schema.createIndex("story_facets_story").ifNotExists().on("story_facets").column("story_id").execute();
    await tx.schema
      .createTable("article_index")
      .ifNotExists()
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("title", "text")
      .addColumn("outlet", "text")
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("published", "text")
      .addColumn("path", "text")
      .addColumn("url", "text")
      .addColumn("byline", "text")
      .execute();
    await tx.schema
      .createTable("notes")
      .ifNotExists()
      .addColumn("claim_id", "text", (c) => c.primaryKey())
      .addColumn("story_id", "text", (c) => c.notNull())
      .addColumn("summary", "text", (c) => c.notNull())
      .addColumn("mentions", "text", (c) => c.notNull())
      .addColumn("verdict", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await tx.schema.createIndex("notes_story").ifNotExists().on("notes").column("story_id").execute();
    await tx.schema
      .createTable("story_pages")
      .ifNotExists()
      .addColumn("story_id", "text", (c) => c.primaryKey())
      .addColumn("digest", "text", (c) => c.notNull())
      .addColumn("page", sql.raw(postgres ? "bytea" : "blob"), (c) => c.notNull())
      .execute();
    if (postgres) {
      await sql`create table if not exists article_search (id text primary key, doc tsvector not null)`.execute(tx);
      await sql`create index if not exists article_search_doc on article_search using gin (doc)`.execute(tx);
    } else {
      // Its rowid is the article's rowid: a match joins back to the article without a lookup by text id.
      await sql`create virtual table if not exists article_search using fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(tx);
    }
  });
  const indexed = await db.selectFrom("meta").select("value").where("key", "=", INDEX_KEY).executeTakeFirst();
  if (indexed?.value === INDEX_VERSION) return;
  const old = ["1", "2", "3", "4", "5"].includes(indexed?.value ?? "");
  // Tables made by an older version (also one stopped before it recorded its index version) lack later
  // columns, which `create table if not exists` does not add: a list row's analysed_count (null: every
  // member read), and the rest of an article row's listing.
  await addMissingColumns(db);
  // Article rows written before they held a whole listing are written again from the articles.
  if (old && indexed?.value !== "5") await rewriteArticleRows(db);
  // A store indexed by version 1 lacks only the facets, one of version 2 has them in their own case (3 folds it):
  // they are read off its list rows, not made again from every article.
  if (indexed?.value === "1" || indexed?.value === "2") await facetsFromListRows(db);
  else if (!old) await indexEverything(db);
  await writeTransaction(db, async (tx) => {
    await tx.deleteFrom("meta").where("key", "=", INDEX_KEY).execute();
    await tx.insertInto("meta").values({ key: INDEX_KEY, value: INDEX_VERSION }).execute();
  });
}

/** Adds the columns later versions gave the index tables where they are missing, under the write lock: two processes opening an old store add them once. */
async function addMissingColumns(db: Kysely<Database>): Promise<void> {
  await writeTransaction(db, async (tx) => {
    const tables = await tx.introspection.getTables();
    const has = (table: string, column: string): boolean => tables.find((t) => t.name === table)?.columns.some((c) => c.name === column) ?? false;
    if (!has("story_index", "analysed_count")) await tx.schema.alterTable("story_index").addColumn("analysed_count", "integer").execute();
    if (!has("story_index", "members")) await tx.schema.alterTable("story_index").addColumn("members", "text").execute();
    for (const name of ["path", "url", "byline"]) if (!has("article_index", name)) await tx.schema.alterTable("article_index").addColumn(name, "text").execute();
  });
}

/**
 * Writes every article's row again from the article (the step to version 5: the rest of its listing,
 * and its texts well formed), a chunk per transaction, each read under the write lock: a build that
 * writes articles meanwhile, or another process that finished the step first, is never undone.
 */
async function rewriteArticleRows(db: Kysely<Database>): Promise<void> {
  let after = "";
  for (let done = false; !done; ) {
    await writeTransaction(db, async (tx) => {
      const indexed = await tx.selectFrom("meta").select("value").where("key", "=", INDEX_KEY).executeTakeFirst();
      const rows = indexed?.value === INDEX_VERSION ? [] : await tx.selectFrom("articles").select(["id", "article"]).where("id", ">", after).orderBy("id").limit(CHUNK).execute();
      if (rows.length === 0) return void (done = true);
      for (const r of rows) {
        const { id, ...row } = articleRow(JSON.parse(r.article) as Article);
        await tx.updateTable("article_index").set(row).where("id", "=", id).execute();
      }
      after = rows[rows.length - 1]!.id;
    });
  }
}

/** Writes the facets of every list row again, a chunk per transaction: the step from index version 1 or 2 to 3. */
async function facetsFromListRows(db: Kysely<Database>): Promise<void> {
  let after = "";
  for (;;) {
    const rows = await db.selectFrom("story_index").select(["id", "languages", "outlets"]).where("id", ">", after).orderBy("id").limit(CHUNK).execute();
    if (rows.length === 0) break;
    await writeTransaction(db, async (tx) => {
      await tx.deleteFrom("story_facets").where("story_id", "in", rows.map((r) => r.id)).execute();
      await writeFacets(tx, rows);
    });
    after = rows[rows.length - 1]!.id;
  }
}

/** Indexes a store's existing articles and stories, a chunk per transaction (a store written before the index tables). */
async function indexEverything(db: Kysely<Database>): Promise<void> {
  let after = "";
  for (;;) {
    const rows = await db.selectFrom("articles").select(["id", "article"]).where("id", ">", after).orderBy("id").limit(CHUNK).execute();
    if (rows.length === 0) break;
    await writeTransaction(db, async (tx) => {
      for (const r of rows) await indexArticle(tx, JSON.parse(r.article) as Article);
    });
    after = rows[rows.length - 1]!.id;
  }
  await writeTransaction(db, (tx) => unindexStories(tx));
  let position = -1;
  for (;;) {
    const rows = await db.selectFrom("stories").select(["position", "story"]).where("position", ">", position).orderBy("position").limit(CHUNK).execute();
    if (rows.length === 0) break;
    await writeTransaction(db, (tx) => indexStories(tx, rows.map((r) => JSON.parse(r.story) as Story)));
    position = rows[rows.length - 1]!.position;
  }
}

/** Writes (or rewrites) an article's metadata row and search entry; its row in `articles` must already be written. */
export async function indexArticle(tx: Kysely<Database>, article: Article): Promise<void> {
  await unindexArticles(tx, [article.id]);
  await tx.insertInto("article_index").values(articleRow(article)).execute();
  const body = article.text.slice(0, SEARCHED_CHARS);
  const title = article.title ?? "";
  if (isPostgres(tx)) {
    await sql`insert into article_search (id, doc) values (${article.id}, to_tsvector('simple', ${title} || ' ' || ${body}))`.execute(tx);
  } else {
    await sql`insert into article_search (rowid, title, body) select rowid, ${title}, ${body} from articles where id = ${article.id}`.execute(tx);
  }
}

/** Removes articles' metadata rows and search entries; called before their rows in `articles` are deleted. */
export async function unindexArticles(tx: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    await tx.deleteFrom("article_index").where("id", "in", chunk).execute();
    if (isPostgres(tx)) await sql`delete from article_search where id in (${sql.join(chunk)})`.execute(tx);
    else await sql`delete from article_search where rowid in (select rowid from articles where id in (${sql.join(chunk)}))`.execute(tx);
  }
}

/**
 * Writes the list rows of these stories: their members' languages, outlets and dates are summed
 * up by the database (memberAggregates), so no member's row is read here.
 */
export async function indexStories(tx: Kysely<Database>, stories: readonly Story[], summed?: ReadonlyMap<string, readonly MemberAggregate[]>): Promise<void> {
  for (let i = 0; i < stories.length; i += CHUNK) {
    const chunk = stories.slice(i, i + CHUNK);
    const aggregates = summed ?? (await memberAggregates(tx, chunk));
    const rows = chunk.map((s) => storyRow(s, aggregates.get(s.id) ?? []));
    await unindexStories(tx, rows.map((r) => r.id));
    await tx.insertInto("story_index").values(rows).execute();
    await writeFacets(tx, rows);
  }
}

/** The facet rows of list rows: each language and outlet, as `facetValue` spells it. */
async function writeFacets(tx: Kysely<Database>, rows: ReadonlyArray<Pick<StoryIndexTable, "id" | "languages" | "outlets">>): Promise<void> {
  const facets = rows.flatMap((r) => [
    ...unlisted(r.languages).map((value) => ({ story_id: r.id, facet: "language", value: facetValue(value) })),
    ...unlisted(r.outlets).map((value) => ({ story_id: r.id, facet: "outlet", value: facetValue(value) })),
  ]);
  // A value twice in one story after folding ("Reuters" and "REUTERS") is one row.
  const unique = [...new Map(facets.map((f) => [`${f.story_id}\n${f.facet}\n${f.value}`, f])).values()];
  // Three values a row: a chunk's rows stay under every backend's bound-parameter limit.
  for (let j = 0; j < unique.length; j += CHUNK) await tx.insertInto("story_facets").values(unique.slice(j, j + CHUNK)).execute();
}

/** Removes stories' list rows (all of them when `ids` is omitted). */
export async function unindexStories(tx: Kysely<Database>, ids?: readonly string[]): Promise<void> {
  if (!ids) {
    await tx.deleteFrom("story_index").execute();
    await tx.deleteFrom("story_facets").execute();
    return;
  }
  for (let i = 0; i < ids.length; i += CHUNK) {
    await tx.deleteFrom("story_index").where("id", "in", ids.slice(i, i + CHUNK)).execute();
    await tx.deleteFrom("story_facets").where("story_id", "in", ids.slice(i, i + CHUNK)).execute();
  }
}

/** An article's row: its listing, each text well formed (a store may hold half of a surrogate pair, written before extraction mended it, which the databases would store each its own way). */
function articleRow(a: Article): ArticleIndexTable {
  const text = (s: string | null): string | null => (s === null ? null : wellFormed(s));
  return { id: a.id, title: text(a.title), outlet: text(a.outlet), language: a.language, published: a.published, path: text(a.path), url: text(a.url), byline: text(a.byline) };
}


/**
 * What the lists show of these stories' members, summed up by the database from their article
 * rows (no member's row comes back): per story, one row a language and outlet. Dates compare as
 * the model sorts them (code points; PostgreSQL is told not to use the locale's order).
 */
export async function memberAggregates(db: Kysely<Database>, stories: ReadonlyArray<Pick<Story, "id" | "articleIds">>): Promise<Map<string, MemberAggregate[]>> {
  const out = new Map<string, MemberAggregate[]>();
  const published = isPostgres(db) ? sql<string | null>`published collate "C"` : sql<string | null>`published`;
  for (const story of stories) {
    const byKey = new Map<string, MemberAggregate>();
    const ids = [...new Set(story.articleIds)];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await db
        .selectFrom("article_index")
        .select((eb) => ["language", "outlet", eb.fn.countAll<number | string>().as("count"), eb.fn.min(published).as("first"), eb.fn.max(published).as("last")])
        .where("id", "in", ids.slice(i, i + CHUNK))
        .groupBy(["language", "outlet"])
        .execute();
      for (const r of rows) {
        const key = JSON.stringify([r.language, r.outlet]);
        const had = byKey.get(key);
        byKey.set(key, {
          language: r.language,
          outlet: r.outlet,
          count: Number(r.count) + (had?.count ?? 0),
          first: earlier(had?.first ?? null, r.first),
          last: later(had?.last ?? null, r.last),
        });
      }
    }
    out.set(story.id, [...byKey.values()]);
  }
  return out;
}

/** The earlier and the later of two dates, either missing. */
const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

/** A story's members' first and last dates, and its languages, most articles first (ties in code order). */
export function memberSummary(members: readonly MemberAggregate[]): { first: string | null; last: string | null; languages: string[] } {
  const dates = members.flatMap((m) => [m.first, m.last]).filter((d): d is string => !!d).sort();
  const count = new Map<string, number>();
  for (const m of members) count.set(m.language, (count.get(m.language) ?? 0) + m.count);
  return { first: dates[0] ?? null, last: dates.at(-1) ?? null, languages: [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : a > b ? 1 : 0)) };
}

/** What a story page says of all its members, from their sums: languages in code order, first and last dates. */
export function memberFactsOf(members: readonly MemberAggregate[]): MemberFacts {
  const { first, last, languages } = memberSummary(members);
  return { languages: [...languages].sort(), first, last };
}

/**
 * The same sums as memberAggregates, made from listings in hand (a story whose members were all
 * read), added to sums kept before (a story members joined): one row a language and outlet.
 */
export function addToAggregates(kept: readonly MemberAggregate[], members: ReadonlyArray<Pick<ArticleListing, "language" | "outlet" | "published">>): MemberAggregate[] {
  const byKey = new Map(kept.map((m) => [JSON.stringify([m.language, m.outlet]), m]));
  for (const a of members) {
    // As the article's row holds it (articleRow): the database's sums read that.
    const outlet = a.outlet === null ? null : wellFormed(a.outlet);
    const key = JSON.stringify([a.language, outlet]);
    const had = byKey.get(key);
    byKey.set(key, { language: a.language, outlet, count: (had?.count ?? 0) + 1, first: earlier(had?.first ?? null, a.published), last: later(had?.last ?? null, a.published) });
  }
  return [...byKey.values()];
}

function storyRow(story: Story, members: readonly MemberAggregate[]): StoryIndexTable {
  const { first, last } = memberSummary(members);
  const languages = [...new Set(members.map((m) => m.language))].sort();
  const outlets = [...new Set(members.map((m) => m.outlet).filter((o): o is string => !!o).map(oneLine))].sort();
  return {
    id: story.id,
    headline: story.headline,
    article_count: story.articleIds.length,
    independent_count: independentCount(analysedIds(story), story.copies),
    analysed_count: story.analysedArticles ?? null,
    claim_count: story.claims.length,
    conflict_count: story.claims.filter((c) => c.conflicts.length > 0).length,
    first_published: first,
    last_published: last,
    languages: listed(languages),
    outlets: listed(outlets),
    outlet_count: outlets.length,
    members: JSON.stringify(members),
  };
}

/** Values between newlines, as the story list shows them. */
export const listed = (values: readonly string[]): string => `\n${values.join("\n")}\n`;
export const unlisted = (list: string): string[] => list.split("\n").filter(Boolean);
/** An outlet's name on one line, as stored and as asked for. */
const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();
/** A facet as stored and as asked for: one line, composed, lowercase ("reuters" finds "Reuters", as the list's LIKE did). */
export const facetValue = (s: string): string => oneLine(s).normalize("NFC").toLowerCase();
