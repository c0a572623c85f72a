/**
 * The Store contract, run against every backend: SQLite always, PostgreSQL when
 * DOSSIER_TEST_POSTGRES_URL names a server (CI starts one with scripts/with-postgres.sh).
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { Article, InputDocument, Story } from "../../src/model.js";
import { backends, dropCreatedDatabases } from "./backends.js";

function doc(id: string, content: string): InputDocument {
  return { id, path: `${id}.txt`, format: "text", content, encoding: { name: "utf-8", source: "default" }, given: {}, warnings: [] };
}

function article(id: string, text: string): Article {
  return { id, path: `${id}.txt`, url: null, outlet: null, title: null, byline: null, published: null, language: "en", text, removed: [], warnings: [] };
}

function story(id: string, articleIds: string[]): Story {
  return { id, headline: id, articleIds, copies: [], citations: [], origins: [], claims: [], quoteVariants: [], entities: [], timeline: [], framing: [] };
}

after(dropCreatedDatabases);

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

    test("articles are listed without their texts, removed blocks and warnings", async () => {
      const store = await backend.open(await backend.fresh());
      const full: Article = { ...article("a", "the body"), title: "A title", outlet: "Outlet", published: "2026-03-01", url: "https://example.test/a", removed: ["menu"], warnings: ["w"] };
      await store.putArticle(doc("a", "raw"), full, "1");
      const { text: _t, removed: _r, warnings: _w, ...listing } = full;
      assert.deepEqual(Object.fromEntries(await store.getArticleListings(["a", "zzz"])), { a: listing });
      assert.equal((await store.getArticleListings([])).size, 0);
      // Stored by a version that kept half of a surrogate pair: listed alike on every backend, the half replaced.
      const cut: Article = { ...article("b", "other body"), title: "Cut \ud83c" };
      await store.putArticle(doc("b", "raw b"), cut, "1");
      assert.deepEqual((await store.getArticleListings(["a", "b"])).get("b")?.title, "Cut \ufffd");
      // What a story page says of members it does not list: summed up by the database.
      await store.putArticle(doc("c", "raw c"), { ...article("c", "third"), language: "ru", published: "2026-02-27T10:00" }, "1");
      await store.putArticle(doc("d", "raw d"), { ...article("d", "fourth"), published: "2026-03-01T09:30" }, "1");
      assert.deepEqual(await store.memberFacts(["a", "b", "c", "d", "zzz"]), { languages: ["en", "ru"], first: "2026-02-27T10:00", last: "2026-03-01T09:30" });
      assert.deepEqual(await store.memberFacts(["b"]), { languages: ["en"], first: null, last: null });
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
