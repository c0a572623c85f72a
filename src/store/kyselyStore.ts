/** The Store on any Kysely database: the SQL is written once for SQLite and PostgreSQL. */
import { type Insertable, type Kysely, sql } from "kysely";
import { type Article, type ArticleListing, articleListing, type InputDocument, type LanguageCode, type Rejected, type Story } from "../model.js";
import { describeStoreError, withStoreErrors } from "./errors.js";
import { findNotes, listStoryPage, searchArticles } from "./indexQueries.js";
import { indexArticle, indexStories, memberAggregates, memberFactsOf, memberSummary, migrateIndexTables, unindexArticles, unindexStories, unlisted } from "./indexTables.js";
import { type Database, type DocumentsTable, migrate, type StoriesTable } from "./schema.js";
import { writeTransaction } from "./transactions.js";
import type { AssignmentTransaction, DocumentToAssign, MemberAggregate, SavedStoryRecord, Store, StoredArticle, StoredPage, StoryRow } from "./types.js";

type DocumentRow = DocumentsTable;

/** Stores an extraction result inside a write transaction; says whether the article is new, changed or the same. */
async function writeExtraction(
  tx: Kysely<Database>,
  id: string,
  result: { article: Article } | { error: string },
  extractorVersion: string,
): Promise<"new" | "changed" | "same"> {
  const existing = await tx.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
  if ("error" in result) {
    if (existing) {
      await unindexArticles(tx, [id]);
      await tx.deleteFrom("articles").where("id", "=", id).execute();
      await tx.deleteFrom("article_readings").where("article_id", "=", id).execute();
    }
    await tx.deleteFrom("extraction_failures").where("id", "=", id).execute();
    await tx.insertInto("extraction_failures").values({ id, extractor_version: extractorVersion, error: result.error }).execute();
    return existing ? "changed" : "same";
  }
  await tx.deleteFrom("extraction_failures").where("id", "=", id).execute();
  const json = JSON.stringify(result.article);
  if (!existing) {
    await tx.insertInto("articles").values({ id, extractor_version: extractorVersion, article: json }).execute();
    await indexArticle(tx, result.article);
    return "new";
  }
  if (existing.article === json && existing.extractor_version === extractorVersion) return "same";
  await tx.updateTable("articles").set({ extractor_version: extractorVersion, article: json }).where("id", "=", id).execute();
  // The search and list tables follow the article (src/store/indexTables.ts).
  await indexArticle(tx, result.article);
  return existing.article === json ? "same" : "changed";
}

/** A stored story's row: the JSON and the columns a paginated list reads. */
function storyValues(row: StoryRow, members: readonly MemberAggregate[]): Insertable<StoriesTable> {
  const { story } = row;
  const { first, last, languages } = memberSummary(members);
  return {
    id: story.id,
    position: row.position,
    story: JSON.stringify(story),
    article_count: story.articleIds.length,
    first_published: first,
    last_published: last,
    languages: languages.join(","),
    has_conflicts: story.claims.some((c) => c.conflicts.length > 0) ? 1 : 0,
    updated_seq: row.updatedSeq,
  };
}

/** Bytes as the drivers bind them (better-sqlite3 takes a Buffer, not any Uint8Array). */
const bytes = (data: Uint8Array): Buffer => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

function assignmentTransaction(tx: Kysely<Database>): AssignmentTransaction {
  return {
    async getMeta(key) {
      const row = await tx.selectFrom("meta").select("value").where("key", "=", key).executeTakeFirst();
      return row?.value ?? null;
    },
    async putMeta(key, value) {
      await tx.insertInto("meta").values({ key, value }).onConflict((oc) => oc.column("key").doUpdateSet({ value })).execute();
    },
    async getState(part) {
      const row = await tx.selectFrom("grouper_state").select("data").where("part", "=", part).executeTakeFirst();
      return row ? new Uint8Array(row.data) : null;
    },
    async putState(part, data) {
      const value = bytes(data);
      await tx.insertInto("grouper_state").values({ part, data: value }).onConflict((oc) => oc.column("part").doUpdateSet({ data: value })).execute();
    },
    async getStoryRecords(idxs) {
      const out: SavedStoryRecord[] = [];
      for (let i = 0; i < idxs.length; i += 500) {
        const rows = await tx.selectFrom("grouper_stories").selectAll().where("idx", "in", idxs.slice(i, i + 500)).execute();
        for (const r of rows) {
          out.push({ idx: Number(r.idx), storyId: r.story_id, firstDay: r.first_day === null ? null : Number(r.first_day), lastDay: r.last_day === null ? null : Number(r.last_day), summary: new Uint8Array(r.summary) });
        }
      }
      return out;
    },
    async putStoryRecords(rows) {
      for (const r of rows) {
        const values = { idx: r.idx, story_id: r.storyId, first_day: r.firstDay, last_day: r.lastDay, summary: bytes(r.summary) };
        await tx.insertInto("grouper_stories").values(values).onConflict((oc) => oc.column("idx").doUpdateSet(values)).execute();
      }
    },
    async deleteStoryRecords(idxs) {
      for (let i = 0; i < idxs.length; i += 500) await tx.deleteFrom("grouper_stories").where("idx", "in", idxs.slice(i, i + 500)).execute();
    },
    async documentsToAssign(afterSeq, extractorVersion, limit) {
      const rows = await tx
        .selectFrom("documents")
        .leftJoin("articles", "articles.id", "documents.id")
        .leftJoin("extraction_failures", "extraction_failures.id", "documents.id")
        .select(["documents.seq", "documents.id", "articles.article", "articles.extractor_version", "extraction_failures.extractor_version as refused_by"])
        .where("documents.seq", ">", afterSeq)
        .orderBy("documents.seq")
        .limit(limit)
        .execute();
      const out: DocumentToAssign[] = [];
      for (const r of rows) {
        if (r.article !== null && r.extractor_version === extractorVersion) out.push({ seq: Number(r.seq), id: r.id, article: JSON.parse(r.article) as Article });
        else if (r.refused_by === extractorVersion) out.push({ seq: Number(r.seq), id: r.id, article: null });
        else break;
      }
      return out;
    },
    async countDocuments(throughSeq) {
      const row = await tx.selectFrom("documents").select((eb) => eb.fn.countAll().as("n")).where("seq", "<=", throughSeq).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async addMembers(rows) {
      for (let i = 0; i < rows.length; i += 200) {
        const values = rows.slice(i, i + 200).map((r) => ({ article_id: r.articleId, story_id: r.storyId, seq: r.seq }));
        await tx
          .insertInto("story_members")
          .values(values)
          .onConflict((oc) => oc.column("article_id").doUpdateSet((eb) => ({ story_id: eb.ref("excluded.story_id"), seq: eb.ref("excluded.seq") })))
          .execute();
      }
    },
    async queueStories(rows) {
      for (let i = 0; i < rows.length; i += 200) {
        const values = rows.slice(i, i + 200).map((r) => ({ story_id: r.storyId, position: r.position }));
        await tx
          .insertInto("story_queue")
          .values(values)
          .onConflict((oc) => oc.column("story_id").doUpdateSet((eb) => ({ position: eb.ref("excluded.position") })))
          .execute();
      }
    },
    async clearGrouping() {
      await tx.deleteFrom("grouper_state").execute();
      await tx.deleteFrom("grouper_stories").execute();
      await tx.deleteFrom("story_members").execute();
    },
  };
}

export async function openKyselyStore(db: Kysely<Database>): Promise<Store> {
  try {
    await migrate(db);
    await migrateIndexTables(db);
  } catch (err) {
    await db.destroy();
    throw describeStoreError(err);
  }
  return withStoreErrors({
    async getArticles(ids) {
      const out = new Map<string, StoredArticle>();
      // Chunked so that no backend meets its bound-parameter limit.
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await db.selectFrom("articles").selectAll().where("id", "in", ids.slice(i, i + 500)).execute();
        for (const r of rows) out.set(r.id, { article: JSON.parse(r.article) as Article, extractorVersion: r.extractor_version });
      }
      return out;
    },

    async getArticleListings(ids) {
      // Read off the article rows of the index tables, written with each article: no text is read.
      const out = new Map<string, ArticleListing>();
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await db.selectFrom("article_index").select(["id", "path", "url", "outlet", "title", "byline", "published", "language"]).where("id", "in", ids.slice(i, i + 500)).execute();
        for (const r of rows) out.set(r.id, articleListing({ ...r, path: r.path ?? "", language: r.language as LanguageCode }));
      }
      return out;
    },

    async memberFacts(articleIds: readonly string[]) {
      return memberFactsOf((await memberAggregates(db, [{ id: "", articleIds }])).get("") ?? []);
    },

    async memberAggregates(articleIds: readonly string[]) {
      return (await memberAggregates(db, [{ id: "", articleIds }])).get("") ?? [];
    },

    async storyAggregates(storyId: string) {
      const row = await db.selectFrom("story_index").select("members").where("id", "=", storyId).executeTakeFirst();
      return row?.members ? (JSON.parse(row.members) as MemberAggregate[]) : null;
    },

    async storyFacts(storyId: string) {
      const row = await db.selectFrom("story_index").select(["languages", "first_published", "last_published"]).where("id", "=", storyId).executeTakeFirst();
      return row ? { languages: unlisted(row.languages), first: row.first_published, last: row.last_published } : null;
    },

    async putArticle(doc, article, extractorVersion) {
      // Under the write lock: two builds adding documents at once take the next seq in turn (arrival order).
      return writeTransaction(db, async (tx) => {
        const known = await tx.selectFrom("documents").select("id").where("id", "=", doc.id).executeTakeFirst();
        if (!known) {
          const last = await tx.selectFrom("documents").select((eb) => eb.fn.max("seq").as("seq")).executeTakeFirst();
          const seq = Number(last?.seq ?? 0) + 1;
          await tx.insertInto("documents").values({ id: doc.id, seq, path: doc.path, document: JSON.stringify(doc) }).execute();
        }
        const json = JSON.stringify(article);
        const existing = await tx.selectFrom("articles").selectAll().where("id", "=", doc.id).executeTakeFirst();
        if (!existing) {
          await tx.insertInto("articles").values({ id: doc.id, extractor_version: extractorVersion, article: json }).execute();
          await indexArticle(tx, article);
          return true;
        }
        if (existing.article !== json || existing.extractor_version !== extractorVersion) {
          await tx
            .updateTable("articles")
            .set({ extractor_version: extractorVersion, article: json })
            .where("id", "=", doc.id)
            .execute();
          await indexArticle(tx, article);
          return true;
        }
        return !known;
      });
    },

    async putDocuments(docs) {
      if (docs.length === 0) return [];
      // Under the write lock: two builds adding documents at once take the next seq in turn (arrival order).
      return writeTransaction(db, async (tx) => {
        const known = new Set<string>();
        const ids = [...new Set(docs.map((d) => d.id))];
        for (let i = 0; i < ids.length; i += 500) {
          for (const r of await tx.selectFrom("documents").select("id").where("id", "in", ids.slice(i, i + 500)).execute()) known.add(r.id);
        }
        const last = await tx.selectFrom("documents").select((eb) => eb.fn.max("seq").as("seq")).executeTakeFirst();
        let seq = Number(last?.seq ?? 0);
        const rows: DocumentRow[] = [];
        for (const doc of docs) {
          if (known.has(doc.id)) continue;
          known.add(doc.id);
          rows.push({ id: doc.id, seq: ++seq, path: doc.path, document: JSON.stringify(doc) });
        }
        for (let i = 0; i < rows.length; i += 100) await tx.insertInto("documents").values(rows.slice(i, i + 100)).execute();
        return rows.map((r) => r.id);
      });
    },

    async pendingDocuments(extractorVersion, afterSeq, limit) {
      const rows = await db
        .selectFrom("documents")
        .leftJoin("articles", "articles.id", "documents.id")
        .leftJoin("extraction_failures", "extraction_failures.id", "documents.id")
        .select(["documents.seq", "documents.document"])
        .where("documents.seq", ">", afterSeq)
        .where((eb) => eb.or([eb("articles.extractor_version", "is", null), eb("articles.extractor_version", "!=", extractorVersion)]))
        .where((eb) => eb.or([eb("extraction_failures.extractor_version", "is", null), eb("extraction_failures.extractor_version", "!=", extractorVersion)]))
        .orderBy("documents.seq")
        .limit(limit)
        .execute();
      return rows.map((r) => ({ seq: Number(r.seq), document: JSON.parse(r.document) as InputDocument }));
    },

    async putExtractions(rows, extractorVersion) {
      if (rows.length === 0) return [];
      return writeTransaction(db, async (tx) => {
        const out: Array<"new" | "changed" | "same"> = [];
        for (const { id, result } of rows) out.push(await writeExtraction(tx, id, result, extractorVersion));
        return out;
      });
    },

    async extractionFailures(ids, extractorVersion) {
      const out = new Map<string, Rejected>();
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await db
          .selectFrom("extraction_failures")
          .innerJoin("documents", "documents.id", "extraction_failures.id")
          .select(["extraction_failures.id", "documents.path", "extraction_failures.error"])
          .where("extraction_failures.id", "in", ids.slice(i, i + 500))
          .where("extraction_failures.extractor_version", "=", extractorVersion)
          .execute();
        for (const r of rows) out.set(r.id, { path: r.path, error: r.error });
      }
      return out;
    },

    async listExtractionFailures(limit) {
      const rows = await db
        .selectFrom("extraction_failures")
        .innerJoin("documents", "documents.id", "extraction_failures.id")
        .select(["documents.path", "extraction_failures.error"])
        .orderBy("documents.seq")
        .limit(limit)
        .execute();
      return rows.map((r) => ({ path: r.path, error: r.error }));
    },

    async getDocuments(ids) {
      const out = new Map<string, InputDocument>();
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await db.selectFrom("documents").select(["id", "document"]).where("id", "in", ids.slice(i, i + 500)).execute();
        for (const r of rows) out.set(r.id, JSON.parse(r.document) as InputDocument);
      }
      return out;
    },

    async listDocuments() {
      const rows = await db.selectFrom("documents").select("document").orderBy("seq").execute();
      return rows.map((r) => JSON.parse(r.document) as InputDocument);
    },

    async countArticles() {
      const row = await db.selectFrom("articles").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async listArticles() {
      const rows = await db
        .selectFrom("articles")
        .innerJoin("documents", "documents.id", "articles.id")
        .select("articles.article")
        .orderBy("documents.seq")
        .execute();
      return rows.map((r) => JSON.parse(r.article) as Article);
    },

    async articlesAfter(afterSeq, limit) {
      const rows = await db
        .selectFrom("articles")
        .innerJoin("documents", "documents.id", "articles.id")
        .select(["documents.seq", "articles.article"])
        .where("documents.seq", ">", afterSeq)
        .orderBy("documents.seq")
        .limit(limit)
        .execute();
      return rows.map((r) => ({ seq: Number(r.seq), article: JSON.parse(r.article) as Article }));
    },

    async storiesOfArticles(ids) {
      const out = new Map<string, string>();
      for (let i = 0; i < ids.length; i += 500) {
        for (const r of await db.selectFrom("story_members").select(["article_id", "story_id"]).where("article_id", "in", ids.slice(i, i + 500)).execute()) out.set(r.article_id, r.story_id);
      }
      return out;
    },

    async listStories() {
      const rows = await db.selectFrom("stories").select("story").orderBy("position").execute();
      return rows.map((r) => JSON.parse(r.story) as Story);
    },

    async replaceStories(stories) {
      const current = await db.selectFrom("stories").select(["id", "story"]).orderBy("position").execute();
      const next = stories.map((s) => ({ id: s.id, story: JSON.stringify(s) }));
      const same = current.length === next.length && current.every((r, i) => r.id === next[i]!.id && r.story === next[i]!.story);
      if (same) return false;
      await writeTransaction(db, async (tx) => {
        await tx.deleteFrom("stories").execute();
        await unindexStories(tx);
        await tx.deleteFrom("story_pages").execute();
        if (next.length > 0) {
          for (let i = 0; i < next.length; i += 200) {
            await tx
              .insertInto("stories")
              .values(next.slice(i, i + 200).map((s, j) => ({ ...s, position: i + j })))
              .execute();
            await indexStories(tx, stories.slice(i, i + 200));
          }
        }
      });
      return true;
    },

    async removeArticles(keys) {
      const removed = new Map<string, string[]>();
      for (const key of keys) {
        const byIdOrPath = await db.selectFrom("documents").select("id").where((eb) => eb.or([eb("id", "=", key), eb("path", "=", key)])).execute();
        // The url sits inside the article JSON: a LIKE narrows, the parsed record decides.
        const pattern = `%${JSON.stringify(key).slice(1, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const byUrl = await db
          .selectFrom("articles")
          .select(["id", "article"])
          .where(sql<boolean>`article like ${pattern} escape '\\'`)
          .execute();
        const ids = [
          ...new Set([...byIdOrPath.map((r) => r.id), ...byUrl.filter((r) => (JSON.parse(r.article) as Article).url === key).map((r) => r.id)]),
        ];
        if (ids.length > 0) {
          await writeTransaction(db, async (tx) => {
            await unindexArticles(tx, ids);
            await tx.deleteFrom("articles").where("id", "in", ids).execute();
            await tx.deleteFrom("extraction_failures").where("id", "in", ids).execute();
            await tx.deleteFrom("article_readings").where("article_id", "in", ids).execute();
            await tx.deleteFrom("documents").where("id", "in", ids).execute();
          });
        }
        removed.set(key, ids);
      }
      return removed;
    },

    async assign(work) {
      return writeTransaction(db, (tx) => work(assignmentTransaction(tx)));
    },

    async queuedStories(limit, after) {
      let query = db.selectFrom("story_queue").select(["story_id", "position"]);
      if (after !== undefined) {
        query = query.where((eb) => eb.or([eb("position", ">", after.position), eb.and([eb("position", "=", after.position), eb("story_id", ">", after.storyId)])]));
      }
      const rows = await query.orderBy("position").orderBy("story_id").limit(limit).execute();
      return rows.map((r) => ({ storyId: r.story_id, position: Number(r.position) }));
    },

    async queueAllStories() {
      await writeTransaction(db, async (tx) => {
        await tx
          .insertInto("story_queue")
          .columns(["story_id", "position"])
          // "where true": SQLite cannot otherwise tell the upsert's "on conflict" from a join's "on".
          .expression((eb) => eb.selectFrom("stories").select(["id", "position"]).where(sql<boolean>`true`))
          .onConflict((oc) => oc.column("story_id").doNothing())
          .execute();
      });
    },

    async storyMembers(storyId) {
      const rows = await db.selectFrom("story_members").select(["article_id", "seq"]).where("story_id", "=", storyId).orderBy("seq").execute();
      return rows.map((r) => ({ articleId: r.article_id, seq: Number(r.seq) }));
    },

    async getStories(ids) {
      const out = new Map<string, Story>();
      for (let i = 0; i < ids.length; i += 500) {
        for (const r of await db.selectFrom("stories").select(["id", "story"]).where("id", "in", ids.slice(i, i + 500)).execute()) {
          out.set(r.id, JSON.parse(r.story) as Story);
        }
      }
      return out;
    },

    async putStories(rows) {
      if (rows.length === 0) return [];
      return writeTransaction(db, async (tx) => {
        const written: StoryRow[] = [];
        // The members' languages, outlets and dates: as the build summed them, else summed up by the database.
        const aggregates = new Map(rows.flatMap((r) => (r.members ? [[r.story.id, r.members] as const] : [])));
        for (const [id, sums] of await memberAggregates(tx, rows.filter((r) => !r.members).map((r) => r.story))) aggregates.set(id, sums);
        for (const row of rows) {
          // Checked inside the write transaction: writes take turns (one writer on SQLite, the write lock on PostgreSQL).
          const queued = await tx.selectFrom("story_queue").select("story_id").where("story_id", "=", row.story.id).executeTakeFirst();
          const members = await tx
            .selectFrom("story_members")
            .select((eb) => [eb.fn.countAll<number | string>().as("count"), eb.fn.max<number | string | null>("seq").as("max"), eb.fn.sum<number | string | null>("seq").as("sum")])
            .where("story_id", "=", row.story.id)
            .executeTakeFirstOrThrow();
          const same = Number(members.count) === row.memberCount && Number(members.max ?? 0) === row.updatedSeq && Number(members.sum ?? 0) === row.memberSeqSum;
          if (!queued || !same) continue;
          const values = storyValues(row, aggregates.get(row.story.id) ?? []);
          await tx.insertInto("stories").values(values).onConflict((oc) => oc.column("id").doUpdateSet(values)).execute();
          await tx.deleteFrom("story_queue").where("story_id", "=", row.story.id).execute();
          written.push(row);
        }
        await indexStories(tx, written.map((r) => r.story), aggregates);
        return written.map((r) => r.story.id);
      });
    },

    async orphanStories() {
      const stored = await db
        .selectFrom("stories")
        .select("id")
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom("story_members").select("article_id").whereRef("story_members.story_id", "=", "stories.id"))))
        .execute();
      const queued = await db
        .selectFrom("story_queue")
        .select("story_id as id")
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom("story_members").select("article_id").whereRef("story_members.story_id", "=", "story_queue.story_id"))))
        .execute();
      return [...new Set([...stored, ...queued].map((r) => r.id))];
    },

    async deleteStories(ids) {
      if (ids.length === 0) return;
      await writeTransaction(db, async (tx) => {
        for (let i = 0; i < ids.length; i += 500) {
          await tx.deleteFrom("stories").where("id", "in", ids.slice(i, i + 500)).execute();
          await unindexStories(tx, ids.slice(i, i + 500));
          await tx.deleteFrom("story_pages").where("story_id", "in", ids.slice(i, i + 500)).execute();
          await tx.deleteFrom("story_queue").where("story_id", "in", ids.slice(i, i + 500)).execute();
        }
      });
    },

    async getMeta(key) {
      const row = await db.selectFrom("meta").select("value").where("key", "=", key).executeTakeFirst();
      return row?.value ?? null;
    },

    async putMeta(key, value) {
      await writeTransaction(db, async (tx) => {
        const current = await tx.selectFrom("meta").select("value").where("key", "=", key).executeTakeFirst();
        if (!current) await tx.insertInto("meta").values({ key, value }).execute();
        else if (current.value !== value) await tx.updateTable("meta").set({ value }).where("key", "=", key).execute();
      });
    },

    listStoryPage: (query) => listStoryPage(db, query),

    async getStory(id) {
      const row = await db.selectFrom("stories").select("story").where("id", "=", id).executeTakeFirst();
      return row ? (JSON.parse(row.story) as Story) : null;
    },

    async getArticle(id) {
      const row = await db.selectFrom("articles").select("article").where("id", "=", id).executeTakeFirst();
      return row ? (JSON.parse(row.article) as Article) : null;
    },

    searchArticles: (query) => searchArticles(db, query),

    async getArticleReadings(ids) {
      const readings = new Map<string, { key: string; readings: string }>();
      for (let i = 0; i < ids.length; i += 500) {
        for (const r of await db.selectFrom("article_readings").selectAll().where("article_id", "in", ids.slice(i, i + 500)).execute()) {
          readings.set(r.article_id, { key: r.key, readings: r.readings });
        }
      }
      return readings;
    },

    async putArticleReadings(rows) {
      if (rows.length === 0) return;
      await writeTransaction(db, async (tx) => {
        for (let i = 0; i < rows.length; i += 200) {
          const chunk = rows.slice(i, i + 200);
          await tx.deleteFrom("article_readings").where("article_id", "in", chunk.map((r) => r.articleId)).execute();
          await tx.insertInto("article_readings").values(chunk.map((r) => ({ article_id: r.articleId, key: r.key, readings: r.readings }))).execute();
        }
      });
    },

    async getStoryPages(ids) {
      const pages = new Map<string, StoredPage>();
      for (let i = 0; i < ids.length; i += 500) {
        for (const r of await db.selectFrom("story_pages").selectAll().where("story_id", "in", ids.slice(i, i + 500)).execute()) {
          pages.set(r.story_id, { digest: r.digest, page: new Uint8Array(r.page) });
        }
      }
      return pages;
    },

    async putStoryPages(rows) {
      if (rows.length === 0) return;
      await writeTransaction(db, async (tx) => {
        for (let i = 0; i < rows.length; i += 100) {
          const chunk = rows.slice(i, i + 100);
          await tx.deleteFrom("story_pages").where("story_id", "in", chunk.map((r) => r.storyId)).execute();
          await tx.insertInto("story_pages").values(chunk.map((r) => ({ story_id: r.storyId, digest: r.digest, page: r.page }))).execute();
        }
      });
    },

    async putNote(note) {
      await writeTransaction(db, async (tx) => {
        await tx.deleteFrom("notes").where("claim_id", "=", note.claimId).execute();
        await tx
          .insertInto("notes")
          .values({
            claim_id: note.claimId,
            story_id: note.storyId,
            summary: note.summary,
            mentions: JSON.stringify(note.mentions),
            verdict: note.verdict,
            text: note.text,
            updated_at: note.updatedAt,
          })
          .execute();
      });
    },

    findNotes: (claimIds, storyIds) => findNotes(db, claimIds, storyIds),

    async close() {
      await db.destroy();
    },
  });
}
