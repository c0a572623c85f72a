/** Story pages made in the server's worker thread are the pages the server's own thread makes. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildDossier } from "../../src/pipeline.js";
import { inlinePageMaker, workerPageMaker } from "../../src/server/pageMaker.js";
import { openSqliteStore } from "../../src/store/index.js";
import { loadStory } from "../../src/web/data.js";
import { DEMO } from "../helpers.js";

test("a page made in the worker thread equals the page made inline, for every story of the demo", async () => {
  const store = await openSqliteStore(":memory:");
  await buildDossier([DEMO], { store });
  const maker = await workerPageMaker();
  try {
    const ids = (await store.listStoryPage({ offset: 0, limit: 50, order: "newest" })).items.map((s) => s.id);
    assert.ok(ids.length > 1, "the demo has several stories");
    for (const id of ids) {
      const { story, articles } = (await loadStory(store, id))!;
      const [inThread, inWorker] = await Promise.all([inlinePageMaker.make(story, articles), maker.make(story, articles)]);
      assert.match(inWorker, /<table class="matrix">|No claims found/);
      assert.equal(inWorker, inThread, id);
    }
  } finally {
    await maker.close();
    await store.close();
  }
});

test("closing the page worker answers the pages asked before it, and later pages are made inline", async () => {
  const store = await openSqliteStore(":memory:");
  await buildDossier([DEMO], { store });
  const maker = await workerPageMaker();
  try {
    const [first] = (await store.listStoryPage({ offset: 0, limit: 1, order: "newest" })).items;
    const { story, articles } = (await loadStory(store, first!.id))!;
    const expected = await inlinePageMaker.make(story, articles);
    const pending = maker.make(story, articles);
    const closed = maker.close();
    assert.equal(await pending, expected, "asked before close: answered by the worker");
    await closed;
    assert.equal(await maker.make(story, articles), expected, "after close: made inline");
    await maker.close();
  } finally {
    await store.close();
  }
});
