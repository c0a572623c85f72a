/**
 * Two builds on one store at once (two cron jobs, two users of one server) both finish, and
 * every article is stored once, in one arrival order.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import type { Article, InputDocument } from "../../src/model.js";
import { openStore, type Store } from "../../src/store/index.js";
import { ROOT, tempDir } from "../helpers.js";
import { backends, dropCreatedDatabases } from "./backends.js";

after(dropCreatedDatabases);

const TOWNS = ["Hollen", "Lindvik", "Orvel", "Tarn", "Kestria", "Brask", "Velm", "Odra"];

/** A folder of `count` distinct short reports, plus one file every batch shares. */
function batch(name: string, count: number): string {
  const dir = join(tempDir(), name);
  mkdirSync(dir);
  for (let i = 0; i < count; i++) {
    const town = TOWNS[i % TOWNS.length];
    writeFileSync(
      join(dir, `${name}-${i}.txt`),
      `The river in ${town} rose ${i + 10} centimetres overnight, batch ${name} report ${i} says, and the council of ${town} closed two bridges on Monday.\n\nEngineers from ${town} will inspect the embankment again on Tuesday, the council said.`,
    );
  }
  writeFileSync(join(dir, "shared.txt"), "Storm warnings were issued for the whole coast on Monday as wind speeds of 120 km/h were forecast by the weather service.");
  return dir;
}

/** Runs `dossier build` as its own process; resolves with its exit code and stderr. */
function build(folder: string, db: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli", "main.ts"), "build", folder, "--db", db, "--out", join(folder, "out")], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

const PER_BATCH = 40;

for (const backend of backends) {
  describe(`${backend.name}: two builds at once`, { skip: backend.skip }, () => {
    test("two processes building into one new store both finish, every article stored once", async () => {
      const db = await backend.fresh();
      const [a, b] = await Promise.all([build(batch("a", PER_BATCH), db), build(batch("b", PER_BATCH), db)]);
      assert.equal(a.code, 0, a.stderr);
      assert.equal(b.code, 0, b.stderr);
      const store = await openStore(db);
      try {
        const ids = (await store.listDocuments()).map((d) => d.id);
        assert.equal(ids.length, 2 * PER_BATCH + 1, "both batches, and the shared file once");
        assert.equal(new Set(ids).size, ids.length);
        const articles = await store.listArticles();
        assert.deepEqual(articles.map((x) => x.id), ids, "one article per document, in arrival order");
      } finally {
        await store.close();
      }
    });
  });
}

const postgres = backends.find((b) => b.name === "PostgreSQL")!;

const doc = (id: string): InputDocument => ({ id, path: `${id}.txt`, format: "text", content: id, encoding: { name: "utf-8", source: "default" }, given: {}, warnings: [] });
const article = (id: string): Article => ({ id, path: `${id}.txt`, url: null, outlet: null, title: null, byline: null, published: null, language: "en", text: id, removed: [], warnings: [] });

// Two stores in one process: on SQLite a waiting writer would block the one thread the other needs, so this is PostgreSQL only.
describe("PostgreSQL: two stores in one process", { skip: postgres.skip }, () => {
  test("open a new database at once and write the same and different documents at once", async () => {
    const location = await postgres.fresh();
    const opened = await Promise.allSettled([postgres.open(location), postgres.open(location)]);
    const stores = opened.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    try {
      for (const o of opened) if (o.status === "rejected") throw o.reason;
      const [one, two] = stores as [Store, Store];
      const ids = Array.from({ length: 30 }, (_, i) => `d${i}`);
      const puts = await Promise.all(ids.flatMap((id, i) => [one.putArticle(doc(id), article(id), "1"), two.putArticle(doc(i % 2 ? id : `e${i}`), article(i % 2 ? id : `e${i}`), "1")]));
      assert.equal(puts.filter(Boolean).length, 45, "each of the 45 distinct documents is written by exactly one of the two");
      const stored = (await one.listDocuments()).map((d) => d.id);
      assert.equal(stored.length, 45);
      assert.equal(new Set(stored).size, 45);
      await Promise.all([one.putMeta("k", "v1"), two.putMeta("k", "v2")]);
      assert.match((await one.getMeta("k")) ?? "", /^v[12]$/);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
