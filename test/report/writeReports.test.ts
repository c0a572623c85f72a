import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Article, Dossier } from "../../src/model.js";
import { writeReports } from "../../src/report/index.js";
import { ROOT, tempDir } from "../helpers.js";

const article = (id: string, text: string): Article => ({
  id, path: `${id}.txt`, url: null, outlet: null, title: `Title ${id}`, byline: null, published: null, language: "en", text, removed: [], warnings: [],
});
const dossierOf = (articles: Article[]): Dossier => ({ schemaVersion: 2, articles, stories: [], rejected: [] });
const REPORTS = ["dossier.json", "dossier.md", "index.html"];
const contents = (dir: string) => REPORTS.map((f) => readFileSync(join(dir, f), "utf8"));

test("reports are written whole, with no temporary file left beside them", async () => {
  const dir = tempDir();
  const files = await writeReports(dossierOf([article("a", "The bridge reopened on Monday.")]), dir);
  assert.deepEqual(files, REPORTS.map((f) => join(dir, f)));
  assert.deepEqual(readdirSync(dir).sort(), [...REPORTS].sort());
  assert.match(contents(dir)[0]!, /The bridge reopened on Monday/);
});

test("a write that fails half-way (a full disk) leaves the previous reports intact", async () => {
  const dir = tempDir();
  await writeReports(dossierOf([article("a", "The bridge reopened on Monday.")]), dir);
  const before = contents(dir);
  // A second, much larger dossier, written by a process that may write files of at most 64 KiB
  // (`ulimit -f`): its writes fail with EFBIG part-way, as on a full disk.
  const script = `
    import { writeReports } from ${JSON.stringify(join(ROOT, "src", "report", "index.ts"))};
    const text = "Water rose along the river. ".repeat(20000);
    const article = { id: "b", path: "b.txt", url: null, outlet: null, title: "B", byline: null, published: null, language: "en", text, removed: [], warnings: [] };
    await writeReports({ schemaVersion: 2, articles: [article], stories: [], rejected: [] }, ${JSON.stringify(dir)});`;
  const r = spawnSync("bash", ["-c", 'ulimit -f 64 && exec "$0" --import tsx --input-type=module -e "$1"', process.execPath, script], { cwd: ROOT, encoding: "utf8" });
  assert.notEqual(r.status, 0, "the write must fail");
  assert.match(r.stderr, /cannot write the reports in .*(EFBIG|too large)/);
  assert.deepEqual(contents(dir), before, "the previous reports are unchanged");
  assert.deepEqual(readdirSync(dir).sort(), [...REPORTS].sort(), "the temporary files are removed");
});

test("an output folder that cannot be made is an error, not a build that never ends", { timeout: 10_000 }, async (t) => {
  const dir = tempDir();
  await writeReports(dossierOf([article("a", "The bridge reopened on Monday.")]), join(dir, "new", "nested"));
  assert.deepEqual(readdirSync(join(dir, "new", "nested")).sort(), [...REPORTS].sort(), "missing folders are made");
  writeFileSync(join(dir, "plain"), "");
  await assert.rejects(writeReports(dossierOf([article("a", "The bridge reopened on Monday.")]), join(dir, "plain")), /ENOTDIR/, "a file where the folder should be");
  // Node 20's recursive mkdir loops for good under /proc, which refuses new entries.
  if (!existsSync("/proc/self")) return t.skip("no /proc here");
  await assert.rejects(writeReports(dossierOf([article("a", "The bridge reopened on Monday.")]), "/proc/dossier-test/out"), /ENOENT|EACCES|EPERM/);
});
