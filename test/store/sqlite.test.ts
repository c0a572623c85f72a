import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import type { Article, InputDocument, Story } from "../../src/model.js";
import { openSqliteStore } from "../../src/store/index.js";
import { tempDir } from "../helpers.js";

function doc(id: string, content: string): InputDocument {
  return { id, path: `${id}.txt`, format: "text", content, encoding: { name: "utf-8", source: "default" }, given: {}, warnings: [] };
}

function article(id: string, text: string): Article {
  return { id, path: `${id}.txt`, url: null, outlet: null, title: null, byline: null, published: null, language: "en", text, removed: [], warnings: [] };
}

function story(id: string, articleIds: string[]): Story {
  return { id, headline: id, articleIds, copies: [], citations: [], origins: [], claims: [], entities: [], timeline: [], framing: [] };
}

test("articles come back in arrival order, once each, across reopening", async () => {
  const file = join(tempDir(), "s.db");
  let store = await openSqliteStore(file);
  await store.putArticle(doc("b", "second text"), article("b", "second text"), "1");
  await store.putArticle(doc("a", "first text"), article("a", "first text"), "1");
  await store.putArticle(doc("b", "second text"), article("b", "second text"), "1");
  await store.close();
  store = await openSqliteStore(file);
  assert.deepEqual((await store.listArticles()).map((a) => a.id), ["b", "a"]);
  assert.deepEqual((await store.listDocuments()).map((d) => d.content), ["second text", "first text"]);
  const known = await store.getArticles(["a", "zzz"]);
  assert.deepEqual([...known.keys()], ["a"]);
  await store.close();
});

test("a re-extracted article replaces the old one and keeps its place", async () => {
  const store = await openSqliteStore(":memory:");
  await store.putArticle(doc("a", "raw"), article("a", "old text"), "1");
  await store.putArticle(doc("c", "raw c"), article("c", "c text"), "1");
  await store.putArticle(doc("a", "raw"), article("a", "new text"), "2");
  const list = await store.listArticles();
  assert.deepEqual(list.map((a) => [a.id, a.text]), [["a", "new text"], ["c", "c text"]]);
  assert.equal((await store.getArticles(["a"])).get("a")?.extractorVersion, "2");
  await store.close();
});

test("replaceStories writes only when the stories changed", async () => {
  const store = await openSqliteStore(":memory:");
  assert.equal(await store.replaceStories([story("s1", ["a"]), story("s2", ["b"])]), true);
  assert.equal(await store.replaceStories([story("s1", ["a"]), story("s2", ["b"])]), false);
  assert.equal(await store.replaceStories([story("s1", ["a", "b"])]), true);
  assert.deepEqual((await store.listStories()).map((s) => s.articleIds), [["a", "b"]]);
  await store.close();
});
