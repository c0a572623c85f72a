/**
 * `watch FOLDER`: files are built once their writes have settled, each change once; partial
 * names and links out of the folder are left alone; the loop wakes on a change event.
 */
import assert from "node:assert/strict";
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { openSqliteStore } from "../../src/store/index.js";
import type { BatchChanges } from "../../src/watch/changes.js";
import { folderWatch, watchFolder } from "../../src/watch/folder.js";
import { defaultWatchPolicy, type WatchPolicy } from "../../src/watch/policy.js";
import { DEMO, tempDir } from "../helpers.js";

const demo = (name: string): string => join(DEMO, "hollen-dam", name);
/** Settled at the second look whatever the time between: the tests count looks, not milliseconds. */
const policy: WatchPolicy = { ...defaultWatchPolicy, settleMs: 0 };

describe("watch FOLDER", () => {
  it("builds settled new files, a changed file again, and nothing twice", async () => {
    const dir = tempDir();
    const store = await openSqliteStore(":memory:");
    try {
      const watch = folderWatch(dir, { store, policy, log: () => {} });
      copyFileSync(demo("01-kestria-herald.html"), join(dir, "a.html"));
      mkdirSync(join(dir, "inner"));
      copyFileSync(demo("02-northern-wire.html"), join(dir, "inner", "b.html"));
      writeFileSync(join(dir, "c.html.part"), readFileSync(demo("06-alpenkurier.html")));
      writeFileSync(join(dir, ".hidden.txt"), "not read");
      symlinkSync("/etc/hostname", join(dir, "outside.txt"));
      assert.equal(await watch.look(), null, "first sight: waiting to settle");
      assert.ok(watch.settling());
      const first = await watch.look();
      assert.ok(first);
      assert.equal(first.inputs, 2);
      assert.equal(first.articlesAdded, 2);
      assert.ok(first.stories.every((s) => s.kind === "new"));
      assert.deepEqual((await store.listArticles()).map((a) => a.path).sort(), [join(dir, "a.html"), join(dir, "inner", "b.html")]);
      assert.equal(await watch.look(), null, "nothing changed");

      // A write in two steps: not read between them.
      const text = readFileSync(demo("03-baltic-ledger.txt"), "utf8");
      writeFileSync(join(dir, "d.txt"), text.slice(0, 200));
      assert.equal(await watch.look(), null);
      appendFileSync(join(dir, "d.txt"), text.slice(200));
      assert.equal(await watch.look(), null, "it changed since it was seen: still settling");
      const second = (await watch.look())!;
      assert.equal(second.articlesAdded, 1);
      assert.equal(second.stories.length, 1);
      assert.equal(second.stories[0]!.kind, "updated", "the ledger joins the dam story");
      const stored = (await store.listArticles()).filter((a) => a.path === join(dir, "d.txt"));
      assert.equal(stored.length, 1, "the half-written file was never stored");
      assert.ok(stored[0]!.text.length > 400, "read whole, not the first 200 characters");
    } finally {
      await store.close();
    }
  });

  it("reports a file it cannot use with its reason and goes on", async () => {
    const dir = tempDir();
    const store = await openSqliteStore(":memory:");
    try {
      const watch = folderWatch(dir, { store, policy, log: () => {} });
      writeFileSync(join(dir, "empty.txt"), "");
      copyFileSync(demo("01-kestria-herald.html"), join(dir, "a.html"));
      await watch.look();
      const changes = (await watch.look())!;
      assert.equal(changes.articlesAdded, 1);
      assert.deepEqual(changes.rejected.map((r) => [r.path, r.error]), [[join(dir, "empty.txt"), "empty file"]]);
    } finally {
      await store.close();
    }
  });

  it("wakes on a change event and stops when aborted", async () => {
    const dir = tempDir();
    const store = await openSqliteStore(":memory:");
    const stop = new AbortController();
    // Only an event can wake it within the test: the interval is far longer than the test runs.
    const slow: WatchPolicy = { ...defaultWatchPolicy, settleMs: 50, folderIntervalMs: 10 * 60 * 1000 };
    try {
      const batches: BatchChanges[] = [];
      const done = new Promise<void>((resolve) => {
        const running = watchFolder(dir, { store, policy: slow, log: () => {}, signal: stop.signal, onBatch: (c) => { batches.push(c); stop.abort(); } });
        void running.then(resolve);
      });
      await new Promise((r) => setTimeout(r, 300));
      copyFileSync(demo("01-kestria-herald.html"), join(dir, "a.html"));
      await done;
      assert.equal(batches.length, 1);
      assert.equal(batches[0]!.articlesAdded, 1);
    } finally {
      stop.abort();
      await store.close();
    }
  });
});
