/**
 * Incremental by construction: the grouper's state lives in the store, and the same inputs
 * give the same stories however they are batched: in one build, in many small builds, in
 * another split, in chunks of two articles with no story record kept in memory (every
 * candidate read back from the store), and after removing an article.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { clusterSet } from "../../bench/stories/clusters.js";
import { assignStories, type AssignBounds } from "../../src/build/assignStories.js";
import { buildContext } from "../../src/build/context.js";
import { extractDocuments } from "../../src/build/extractDocuments.js";
import { storeInputs } from "../../src/build/storeInputs.js";
import type { InputSource } from "../../src/ingest/index.js";
import { buildAndReadDossier, buildDossier, readDossier } from "../../src/pipeline.js";
import { openSqliteStore, type Store } from "../../src/store/index.js";
import { DEMO, SEEDS, SEEDS_MISSING, tempDir } from "../helpers.js";

const demoFiles = readdirSync(join(DEMO, "hollen-dam")).sort().map((f) => join(DEMO, "hollen-dam", f));

/** The stories of a store as their article ids, in story order (from the analysis work list: nothing is analysed here). */
async function storiesOf(store: Store): Promise<string[][]> {
  const queued = await store.queuedStories(1_000_000);
  return Promise.all(queued.map(async (q) => (await store.storyMembers(q.storyId)).map((m) => m.articleId)));
}

/** Stores, extracts and assigns each batch in turn (no analysis), on a new store; returns the stories. */
async function assignInBatches(batches: readonly (readonly InputSource[])[], bounds?: AssignBounds): Promise<string[][]> {
  const store = await openSqliteStore(join(tempDir(), "s.db"));
  try {
    const ctx = buildContext(store);
    for (const batch of batches) {
      await storeInputs(ctx, batch);
      await extractDocuments(ctx);
      await assignStories(ctx, bounds);
    }
    return await storiesOf(store);
  } finally {
    await store.close();
  }
}

/** JSON lines of the labelled clustering set's first `n` articles (FNC-1 and SemEval texts), as in-memory inputs of `size` lines each. */
function clusteringInputs(n: number, size: number): InputSource[] | null {
  const set = clusterSet();
  if (!set) return null;
  const lines = set.articles.slice(0, n).map((a) => JSON.stringify({ title: a.title, text: a.text, language: a.language, published: a.published }));
  const out: InputSource[] = [];
  for (let i = 0; i < lines.length; i += size) out.push({ path: `part-${i}.jsonl`, bytes: new TextEncoder().encode(lines.slice(i, i + size).join("\n")) });
  return out;
}

describe("the same stories however the inputs are batched", () => {
  it("the demo corpus: one build, one build per file, and builds of two files give the same dossier", async () => {
    const whole = await buildAndReadDossier(demoFiles);
    for (const split of [demoFiles.map((f) => [f]), [demoFiles.slice(0, 2), demoFiles.slice(2, 4), demoFiles.slice(4)]]) {
      const store = await openSqliteStore(join(tempDir(), "d.db"));
      try {
        for (const files of split) await buildDossier(files, { store });
        assert.deepEqual((await readDossier(store)).stories, whole.stories);
      } finally {
        await store.close();
      }
    }
  });

  it("the seed scrapes: one build and one build per file", { skip: SEEDS_MISSING }, async () => {
    const files = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
    const whole = await assignInBatches([files]);
    assert.deepEqual(await assignInBatches(files.map((f) => [f])), whole);
  });

  const inputs = clusteringInputs(600, 50);
  it("600 articles of the clustering set: one batch, batches of 50, another split, and chunks of 2 with every record read back", { skip: inputs ? false : "the clustering set's data is absent" }, async () => {
    const all = inputs!;
    const whole = await assignInBatches([all]);
    assert.ok(whole.length > 50 && whole.some((s) => s.length > 3), "the set has stories to group");
    assert.deepEqual(await assignInBatches(all.map((i) => [i])), whole, "one build per 50 articles");
    assert.deepEqual(await assignInBatches([all.slice(0, 1), all.slice(1, 7), all.slice(7)]), whole, "50, 300 and 250");
    assert.deepEqual(await assignInBatches([all], { minChunk: 2, residentRecords: 0 }), whole, "state saved every 2 articles, records read back");
  });
});

describe("only what changed is analysed and written", () => {
  it("a new article's story is analysed again; the other story is not read", async () => {
    const store = await openSqliteStore(join(tempDir(), "d.db"));
    try {
      const first = await buildDossier(demoFiles.slice(0, 5), { store });
      assert.equal(first.storiesChanged.length, 2);
      const before = await readDossier(store);
      const later = await buildDossier(demoFiles, { store });
      // The German article joins the dam story; the football story is left as it was.
      const dam = before.stories.find((s) => s.articleIds.length > 1)!;
      assert.deepEqual(later.storiesChanged, [dam.id]);
      assert.equal(later.assigned, 1);
      const again = await buildDossier(demoFiles, { store });
      assert.deepEqual([again.assigned, again.storiesChanged.length, again.storiesRemoved.length], [0, 0, 0]);
    } finally {
      await store.close();
    }
  });

  it("after an article is removed, the stories are those of a build without it", async () => {
    const store = await openSqliteStore(join(tempDir(), "d.db"));
    try {
      await buildDossier(demoFiles, { store });
      const gone = demoFiles[2]!;
      const removed = await store.removeArticles([gone]);
      assert.equal(removed.get(gone)!.length, 1);
      const summary = await buildDossier([], { store });
      assert.ok(summary.assigned > 0, "grouped again from the first article");
      const without = await buildAndReadDossier(demoFiles.filter((f) => f !== gone));
      assert.deepEqual((await readDossier(store)).stories, without.stories);
    } finally {
      await store.close();
    }
  });
});
