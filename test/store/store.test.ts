/**
 * The Store contract, run against every backend: SQLite always, PostgreSQL when
 * DOSSIER_TEST_POSTGRES_URL names a server (CI starts one with scripts/with-postgres.sh).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import pg from "pg";
import type { Article, InputDocument, Story } from "../../src/model.js";
import { openPostgresStore, openSqliteStore, type Store } from "../../src/store/index.js";
import { tempDir } from "../helpers.js";

function doc(id: string, content: string): InputDocument {
  return { id, path: `${id}.txt`, format: "text", content, encoding: { name: "utf-8", source: "default" }, given: {}, warnings: [] };
}

function article(id: string, text: string): Article {
  return { id, path: `${id}.txt`, url: null, outlet: null, title: null, byline: null, published: null, language: "en", text, removed: [], warnings: [] };
}

function story(id: string, articleIds: string[]): Story {
  return { id, headline: id, articleIds, copies: [], citations: [], origins: [], claims: [], quoteVariants: [], entities: [], timeline: [], framing: [] };
}

interface Backend {
  readonly name: string;
  readonly skip: string | false;
  /** A new, empty store location; `open` may be called on it more than once. */
  fresh(): Promise<string>;
  open(location: string): Promise<Store>;
}

const PG_ADMIN = process.env.DOSSIER_TEST_POSTGRES_URL;
const createdDatabases: string[] = [];

const backends: Backend[] = [
  { name: "SQLite", skip: false, fresh: async () => join(tempDir(), "s.db"), open: openSqliteStore },
  {
    name: "PostgreSQL",
    skip: PG_ADMIN ? false : "DOSSIER_TEST_POSTGRES_URL is not set (run under scripts/with-postgres.sh)",
    async fresh() {
      const name = `dossier_test_${process.pid}_${createdDatabases.length}`;
      const admin = new pg.Client({ connectionString: PG_ADMIN });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      createdDatabases.push(name);
      const url = new URL(PG_ADMIN!);
      url.pathname = `/${name}`;
      return url.toString();
    },
    open: openPostgresStore,
  },
];

after(async () => {
  if (!PG_ADMIN || createdDatabases.length === 0) return;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  for (const name of createdDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.end();
});

for (const backend of backends) {
  describe(`${backend.name} store`, { skip: backend.skip }, () => {
    test("articles come back in arrival order, once each, across reopening", async () => {
      const location = await backend.fresh();
      let store = await backend.open(location);
      await store.putArticle(doc("b", "second text"), article("b", "second text"), "1");
      await store.putArticle(doc("a", "first text"), article("a", "first text"), "1");
      await store.putArticle(doc("b", "second text"), article("b", "second text"), "1");
      await store.close();
      store = await backend.open(location);
      assert.deepEqual((await store.listArticles()).map((a) => a.id), ["b", "a"]);
      assert.deepEqual((await store.listDocuments()).map((d) => d.content), ["second text", "first text"]);
      assert.deepEqual([...(await store.getArticles(["a", "zzz"])).keys()], ["a"]);
      assert.equal((await store.getArticles([])).size, 0);
      await store.close();
    });

    test("a re-extracted article replaces the old one and keeps its place", async () => {
      const store = await backend.open(await backend.fresh());
      assert.equal(await store.putArticle(doc("a", "raw"), article("a", "old text"), "1"), true, "a new article is written");
      await store.putArticle(doc("c", "raw c"), article("c", "c text"), "1");
      assert.equal(await store.putArticle(doc("a", "raw"), article("a", "old text"), "1"), false, "the same article again writes nothing");
      assert.equal(await store.putArticle(doc("a", "raw"), article("a", "new text"), "2"), true);
      assert.deepEqual((await store.listArticles()).map((a) => [a.id, a.text]), [["a", "new text"], ["c", "c text"]]);
      assert.equal((await store.getArticles(["a"])).get("a")?.extractorVersion, "2");
      await store.close();
    });

    test("replaceStories writes only when the stories changed", async () => {
      const store = await backend.open(await backend.fresh());
      assert.equal(await store.replaceStories([story("s1", ["a"]), story("s2", ["b"])]), true);
      assert.equal(await store.replaceStories([story("s1", ["a"]), story("s2", ["b"])]), false);
      assert.equal(await store.replaceStories([story("s1", ["a", "b"])]), true);
      assert.deepEqual((await store.listStories()).map((s) => s.articleIds), [["a", "b"]]);
      await store.close();
    });

    test("remembers values between openings, writing only changes", async () => {
      const location = await backend.fresh();
      let store = await backend.open(location);
      assert.equal(await store.getMeta("analysis"), null);
      await store.putMeta("analysis", "v1");
      await store.putMeta("analysis", "v1");
      await store.close();
      store = await backend.open(location);
      assert.equal(await store.getMeta("analysis"), "v1");
      await store.putMeta("analysis", "v2");
      assert.equal(await store.getMeta("analysis"), "v2");
      await store.close();
    });

    test("removes articles by id, input path or url, and nothing else", async () => {
      const store = await backend.open(await backend.fresh());
      await store.putArticle(doc("a", "raw a"), article("a", "a text"), "1");
      await store.putArticle(doc("b", "raw b"), { ...article("b", "b text"), url: "https://example.org/100%_b?x=\"1\"" }, "1");
      await store.putArticle(doc("c", "raw c"), article("c", "c text"), "1");
      await store.putArticle(doc("d", "raw d"), { ...article("d", "d text"), url: "https://example.org/100%_bb" }, "1");
      const removed = await store.removeArticles(["a", "c.txt", "https://example.org/100%_b?x=\"1\"", "https://example.org/100"]);
      assert.deepEqual([...removed.entries()], [["a", ["a"]], ["c.txt", ["c"]], ["https://example.org/100%_b?x=\"1\"", ["b"]], ["https://example.org/100", []]]);
      assert.deepEqual((await store.listArticles()).map((x) => x.id), ["d"]);
      assert.deepEqual((await store.listDocuments()).map((x) => x.id), ["d"]);
      await store.close();
    });

    test("text in any script round-trips exactly", async () => {
      const store = await backend.open(await backend.fresh());
      const text = "Мадуро — «диктатор»? 习近平 said: \"no\" \u{1F4F0}\n\nNext paragraph.";
      await store.putArticle(doc("u", text), article("u", text), "1");
      assert.equal((await store.listArticles())[0]?.text, text);
      await store.close();
    });
  });
}
