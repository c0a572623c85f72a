/**
 * kill -9 a build (or a worker) at a random point, build again: nothing lost, nothing
 * doubled, and the dossier equal to that of one clean build of the same inputs. The kill
 * points come from a seeded random printed with each case (DOSSIER_CRASH_SEED=… replays
 * them; DOSSIER_CRASH_KILLS=… sets how many per backend).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { openStore } from "../../src/store/index.js";
import { tempDir } from "../helpers.js";
import { backends, dropCreatedDatabases } from "../store/backends.js";
import { crashCorpus, crashSeed, runToEnd, seededRandom, startCli } from "./harness.js";

after(dropCreatedDatabases);

const KILLS = Number(process.env.DOSSIER_CRASH_KILLS ?? 2);
const seed = crashSeed();
const random = seededRandom(seed);

const corpus = crashCorpus();
let reference: { json: string; ms: number; lines: number; documents: number };

before(async () => {
  const out = join(tempDir(), "out");
  const r = await runToEnd(["build", corpus, "--db", join(tempDir(), "ref.db"), "--out", out]);
  assert.equal(r.code, 0, r.stderr);
  const json = readFileSync(join(out, "dossier.json"), "utf8");
  reference = { json, ms: r.ms, lines: r.stderr.split("\n").length - 1, documents: (JSON.parse(json) as { articles: unknown[] }).articles.length };
});

/** Kills a running CLI at a random moment: after a random share of a clean build's time, or at a random progress line. */
async function killSomewhere(args: readonly string[], point: number): Promise<string> {
  const running = startCli(args);
  let where: string;
  if (point % 2 === 0) {
    const ms = Math.floor(random() * reference.ms);
    await new Promise((r) => setTimeout(r, ms));
    where = `after ${ms} ms`;
  } else {
    const line = 1 + Math.floor(random() * reference.lines);
    const extra = Math.floor(random() * 300);
    await running.line(line);
    await new Promise((r) => setTimeout(r, extra));
    where = `${extra} ms after progress line ${line}`;
  }
  running.child.kill("SIGKILL");
  const ended = await running.done;
  return `${where} (${ended.signal ? "killed" : `had ended with ${ended.code}`}; lines: ${running.lines.length})`;
}

/** Every input stored once with its article, and the dossier equal to the clean build's. */
async function assertWhole(db: string, out: string, context: string): Promise<void> {
  assert.equal(readFileSync(join(out, "dossier.json"), "utf8"), reference.json, `dossier differs from a clean build: ${context}`);
  const store = await openStore(db);
  try {
    const ids = (await store.listDocuments()).map((d) => d.id);
    assert.equal(ids.length, reference.documents, `every input stored once: ${context}`);
    assert.equal(new Set(ids).size, ids.length, `no input stored twice: ${context}`);
    assert.deepEqual((await store.listArticles()).map((a) => a.id), ids, `one article per input, in arrival order: ${context}`);
  } finally {
    await store.close();
  }
}

for (const backend of backends) {
  // On PostgreSQL the build runs with two worker processes: the kill lands in the queue's work too.
  const workers = backend.name === "PostgreSQL" ? ["--workers", "2"] : [];
  describe(`${backend.name}: kill -9 a build, build again`, { skip: backend.skip }, () => {
    for (let point = 0; point < KILLS; point++) {
      test(`kill point ${point} (seed ${seed})`, async () => {
        const db = await backend.fresh();
        const out = join(tempDir(), "out");
        const args = ["build", corpus, "--db", db, "--out", out, ...workers];
        const where = await killSomewhere(args, point);
        const again = await runToEnd(args);
        const context = `seed ${seed}, point ${point}, killed ${where}`;
        assert.equal(again.code, 0, `${context}\n${again.stderr}`);
        await assertWhole(db, out, context);
      });
    }
  });
}

const postgres = backends.find((b) => b.name === "PostgreSQL")!;

describe("PostgreSQL: kill -9 a worker while a build waits on it", { skip: postgres.skip }, () => {
  test(`the build finishes on the workers left, equal to a clean build (seed ${seed})`, async () => {
    const db = await postgres.fresh();
    const out = join(tempDir(), "out");
    // The build starts no worker of its own: the jobs go to the ones started here, as on other machines.
    const build = startCli(["build", corpus, "--db", db, "--out", out, "--workers", "0"]);
    const doomed = startCli(["worker", "--db", db]);
    const kept = startCli(["worker", "--db", db]);
    const ms = Math.floor(random() * reference.ms);
    await new Promise((r) => setTimeout(r, ms));
    doomed.child.kill("SIGKILL");
    await doomed.done;
    const ended = await build.done;
    kept.child.kill("SIGTERM");
    await kept.done;
    const context = `seed ${seed}, worker killed after ${ms} ms`;
    assert.equal(ended.code, 0, `${context}\n${ended.stderr}`);
    await assertWhole(db, out, context);
  });
});
