import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article } from "../../src/model.js";
import type { ClusterSet } from "../../bench/stories/clusters.js";
import { extractSet } from "../../bench/stories/extracted.js";

const stub = (id: string, language: string): Article => ({
  id, path: id, url: null, outlet: null, title: null, byline: null, published: null, language, text: "", removed: [], warnings: [],
});

test("the clustering set as the product reads it: ingest repairs mojibake, extract rejects what is no article, ids stay the set's", async () => {
  const body = "The harbour authority closed the northern pier on Tuesday after a crane collapsed during a storm, officials said.";
  // UTF-8 of "café" read as windows-1252, as scrapes often hold it.
  const garbled = `${body} The cafÃ© next to the pier stayed shut.`;
  const raw = new Map([["a", body], ["b", garbled], ["c", "Share this"]]);
  const set: ClusterSet = { articles: [stub("a", "en"), stub("b", "en"), stub("c", "en")], gold: new Map(), raw, sources: "" };
  const out = await extractSet(set);
  assert.deepEqual(out.articles.map((a) => a.id), ["a", "b"]);
  assert.match(out.articles[1]!.text, /café/);
  assert.deepEqual([...out.rejected.keys()], ["c"]);
  assert.equal(out.languageChanged, 0);
});
