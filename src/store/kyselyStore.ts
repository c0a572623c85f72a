/** The Store on any Kysely database: the SQL is written once for SQLite and PostgreSQL. */
import { type Kysely, sql } from "kysely";
import type { Article, InputDocument, Rejected, Story } from "../model.js";
import { describeStoreError, withStoreErrors } from "./errors.js";
import { type Database, type DocumentsTable, migrate } from "./schema.js";
import { writeTransaction } from "./transactions.js";
import type { Store, StoredArticle } from "./types.js";

type DocumentRow = DocumentsTable;

export async function openKyselyStore(db: Kysely<Database>): Promise<Store> {
  try {
    await migrate(db);
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
          return true;
        }
        if (existing.article !== json || existing.extractor_version !== extractorVersion) {
          await tx
            .updateTable("articles")
            .set({ extractor_version: extractorVersion, article: json })
            .where("id", "=", doc.id)
            .execute();
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

    async putExtraction(id, result, extractorVersion) {
      return writeTransaction(db, async (tx) => {
        const existing = await tx.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
        if ("error" in result) {
          if (existing) await tx.deleteFrom("articles").where("id", "=", id).execute();
          await tx.deleteFrom("extraction_failures").where("id", "=", id).execute();
          await tx.insertInto("extraction_failures").values({ id, extractor_version: extractorVersion, error: result.error }).execute();
          return existing ? "changed" : "same";
        }
        await tx.deleteFrom("extraction_failures").where("id", "=", id).execute();
        const json = JSON.stringify(result.article);
        if (!existing) {
          await tx.insertInto("articles").values({ id, extractor_version: extractorVersion, article: json }).execute();
          return "new";
        }
        if (existing.article === json && existing.extractor_version === extractorVersion) return "same";
        await tx.updateTable("articles").set({ extractor_version: extractorVersion, article: json }).where("id", "=", id).execute();
        return existing.article === json ? "same" : "changed";
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
        if (next.length > 0) {
          for (let i = 0; i < next.length; i += 200) {
            await tx
              .insertInto("stories")
              .values(next.slice(i, i + 200).map((s, j) => ({ ...s, position: i + j })))
              .execute();
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
            await tx.deleteFrom("articles").where("id", "in", ids).execute();
            await tx.deleteFrom("extraction_failures").where("id", "in", ids).execute();
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

    async close() {
      await db.destroy();
    },
  });
}
