import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { InputSource } from "../../src/ingest/index.js";
import type { Dossier } from "../../src/model.js";
import { buildAndReadDossier } from "../../src/pipeline.js";
import { openSqliteStore } from "../../src/store/index.js";
import { ANALYSIS, startAnalysis } from "../../src/build/analyseStories.js";
import { buildContext } from "../../src/build/context.js";
import { DEMO, tempDir } from "../helpers.js";

const demo = (name: string): string => join(DEMO, "hollen-dam", name);
const ALL = ["01-kestria-herald.html", "02-northern-wire.html", "03-baltic-ledger.txt", "04-vestnik.txt", "05-agencies.jsonl", "06-alpenkurier.html"].map(demo);

async function build(db: string, inputs: readonly InputSource[]): Promise<{ dossier: Dossier; log: string[] }> {
  const log: string[] = [];
  const store = await openSqliteStore(db);
  try {
    return { dossier: await buildAndReadDossier(inputs, { store, log: (l) => log.push(l) }), log };
  } finally {
    await store.close();
  }
}

describe("incremental builds", () => {
  it("redoes only the work new articles need, and ends where one build of everything ends", async () => {
    const dir = tempDir();
    const whole = await build(join(dir, "whole.db"), ALL);
    const db = join(dir, "steps.db");
    await build(db, ALL.slice(0, 4));
    // The agencies file adds a dam article and the football report; the Alpenkurier page then one more.
    await build(db, ALL.slice(0, 5));
    const last = await build(db, ALL);
    assert.deepEqual(last.dossier.stories, whole.dossier.stories);
    assert.match(last.log.join("\n"), /1 new, 6 already extracted/, "articles extracted before are not extracted again");
    // A rebuild with nothing new keeps every analysis and extracts nothing.
    const again = await build(db, ALL);
    assert.match(again.log.join("\n"), /0 new, 7 already extracted/);
    assert.match(again.log.join("\n"), /assigned 0 article\(s\)/);
    assert.match(again.log.join("\n"), /analysed 0 stories, removed 0 \(unchanged\)/);
    assert.deepEqual(again.dossier.stories, whole.dossier.stories);
  });

  it("keeps the analysis of a story no new article joins", async () => {
    const dir = tempDir();
    const db = join(dir, "d.db");
    await build(db, ALL.slice(0, 5));
    const later = await build(db, ALL.slice(0, 6));
    // The German article joins the dam story; the football story is left as it was.
    assert.match(later.log.join("\n"), /analysed 1 story, removed 0/);
    const whole = await build(join(dir, "whole.db"), ALL);
    assert.deepEqual(later.dossier.stories, whole.dossier.stories);
  });
});

describe("a change of analysis key", () => {
  it("analyses every story again, also in the build after one killed right after it began the work list", async () => {
    const dir = tempDir();
    const db = join(dir, "d.db");
    await build(db, ALL);
    // A build of other code starts the work list and is killed: the new key is stored, no story is analysed yet.
    const store = await openSqliteStore(db);
    try {
      await store.putMeta(ANALYSIS, "an older version");
      const ctx = buildContext(store);
      assert.equal(await startAnalysis(ctx), false, "stored analyses are not kept under a new key");
      assert.equal(await store.getMeta(ANALYSIS), ctx.keys.analysis);
    } finally {
      await store.close();
    }
    // The next build finds the work list begun under its own key: it keeps no stored analysis, whatever its group.
    const next = await build(db, ALL);
    assert.match(next.log.join("\n"), /analysed 2 stories, removed 0/);
    const after = await build(db, ALL);
    assert.match(after.log.join("\n"), /analysed 0 stories, removed 0 \(unchanged\)/, "once the work list is done, stored analyses are kept again");
  });

  it("lists in the whole store's dossier the pages the extractor refused in an earlier build, until one is read", async () => {
    const db = join(tempDir(), "rejections.db");
    const banner = `<html><body><div class="wrap"><p>We use cookies and similar technologies to improve your experience, to show you personalised content and ads, and to analyse our traffic. By clicking Accept all you agree to this.</p><button>Accept all</button></div></body></html>`;
    const page = { path: "consent.html", bytes: new TextEncoder().encode(banner) };
    const first = await build(db, [page]);
    assert.deepEqual(first.dossier.rejected.map((r) => r.path), ["consent.html"]);
    // A later build of other inputs: the refused page is still the store's, and still listed, once.
    const later = await build(db, [demo("01-kestria-herald.html")]);
    assert.deepEqual(later.dossier.rejected.map((r) => r.path), ["consent.html"]);
    assert.match(later.dossier.rejected[0]!.error, /cookie or consent notice/);
    const again = await build(db, [page]);
    assert.deepEqual(again.dossier.rejected.map((r) => r.path), ["consent.html"]);
  });
});
