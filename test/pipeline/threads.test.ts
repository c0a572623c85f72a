/** Stories analysed in threads side by side are the stories analysed in the build's own thread. */
import assert from "node:assert/strict";
import { article } from "../claims/fixtures.js";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { startAnalysisPool } from "../../src/build/analysisPool.js";
import { defaultConfig } from "../../src/config.js";
import { buildAndReadDossier } from "../../src/pipeline.js";
import { openSqliteStore } from "../../src/store/index.js";
import { DEMO, SEEDS, tempDir } from "../helpers.js";

const files = (dir: string): string[] => readdirSync(dir).sort().map((f) => join(dir, f));

describe("analysis threads", () => {
  it("give the demo corpus's stories exactly, and keep their readings for the next build", async () => {
    const inputs = files(join(DEMO, "hollen-dam"));
    const alone = await buildAndReadDossier(inputs, { threads: 0 });
    const db = join(tempDir(), "t.db");
    const store = await openSqliteStore(db);
    try {
      const log: string[] = [];
      const threaded = await buildAndReadDossier(inputs, { store, threads: 2, log: (l) => log.push(l) });
      assert.ok(threaded.stories.length >= 2);
      assert.ok(log.includes("analysing stories in 2 thread(s)"), log.join("\n"));
      assert.deepEqual(threaded.stories, alone.stories);
      // The readings the threads made were stored: a build with other claims settings reads them instead of reading the articles again.
      const stored = await store.getArticleReadings(threaded.articles.map((a) => a.id));
      assert.equal(stored.size, threaded.articles.length);
    } finally {
      await store.close();
    }
  });

  it("give the seed scrapes' stories exactly", async (t) => {
    if (!existsSync(SEEDS)) return t.skip(`${SEEDS} is absent`);
    const inputs = files(SEEDS);
    const log: string[] = [];
    const threaded = await buildAndReadDossier(inputs, { threads: 3, log: (l) => log.push(l) });
    assert.deepEqual(threaded.stories, (await buildAndReadDossier(inputs, { threads: 0 })).stories);
    // Threads start for more than one story to analyse; one story is analysed in the build's thread.
    assert.equal(log.includes("analysing stories in 3 thread(s)"), threaded.stories.length > 1);
  });
});

describe("extraction threads", () => {
  it("give the same articles and stories as the build's own thread, for a corpus of several batches", async () => {
    // The demo texts, each given again with its own closing line: 270 documents, more than a batch (256).
    const texts = files(join(DEMO, "hollen-dam")).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(f, "utf8"));
    const lines = Array.from({ length: 270 }, (_, i) => JSON.stringify({ text: `${texts[i % texts.length]}\n\nCorrection ${i + 1}: an earlier version of this article misspelled a name.` }));
    const corpus = join(tempDir(), "corpus.jsonl");
    writeFileSync(corpus, lines.join("\n") + "\n");
    const log: string[] = [];
    const threaded = await buildAndReadDossier([corpus], { threads: 2, log: (l) => log.push(l) });
    assert.ok(log.includes("extracting in 2 thread(s)"), log.join("\n"));
    const alone = await buildAndReadDossier([corpus], { threads: 0 });
    assert.equal(threaded.articles.length, 270);
    assert.deepEqual(threaded.articles, alone.articles);
    assert.deepEqual(threaded.stories, alone.stories);
  });
});

describe("an analysis thread that fails", () => {
  it("refuses its job and every later one with the reason, and the pool still closes (no build waits for ever)", async () => {
    const pool = await startAnalysisPool(defaultConfig, 1);
    assert.ok(!(pool instanceof Error), String(pool));
    // A damaged stored reading of a story analysed again: the job is refused, the thread lives on.
    await assert.rejects(pool.analyse([article("a", "The Hollen council approved the flood barrier plan on Tuesday.")], new Map([["a", "{not json"]])), /JSON/);
    // Articles that are not a list throw outside the analysis: the thread dies, and the pool says so.
    await assert.rejects(pool.analyse(null as never, new Map()));
    await assert.rejects(pool.analyse([], new Map()), /analysis thread|not iterable|null/);
    await pool.close();
  });
});
