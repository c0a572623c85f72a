/** The Store on any Kysely database: the SQL is written once for SQLite and PostgreSQL. */
import { type Kysely, sql } from "kysely";
import type { Article, InputDocument, Story } from "../model.js";
import { describeStoreError, withStoreErrors } from "./errors.js";
import { findNotes, listStoryPage, searchArticles } from "./indexQueries.js";
import { indexArticle, indexStories, migrateIndexTables, unindexArticles, unindexStories } from "./indexTables.js";
import { type Database, migrate } from "./schema.js";
import { writeTransaction } from "./transactions.js";
import type { Store, StoredArticle } from "./types.js";

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

    async listDocuments() {
      const rows = await db.selectFrom("documents").select("document").orderBy("seq").execute();
      return rows.map((r) => JSON.parse(r.document) as InputDocument);
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
            await tx.deleteFrom("documents").where("id", "in", ids).execute();
          });
        }
        removed.set(key, ids);
      }
      return removed;
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
