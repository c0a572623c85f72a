/**
 * Workers on PostgreSQL give the dossier of a single-process SQLite build of the same inputs,
 * in one build and when the inputs come in two builds; on SQLite `--workers` is refused.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { runCli, tempDir } from "../helpers.js";
import { crashCorpus, runToEnd } from "../crash/harness.js";
import { backends, dropCreatedDatabases } from "../store/backends.js";

after(dropCreatedDatabases);

const postgres = backends.find((b) => b.name === "PostgreSQL")!;

const dossierOf = (out: string): string => readFileSync(join(out, "dossier.json"), "utf8");

describe("workers", () => {
  test("--workers on a SQLite store is refused with a reason (exit 2)", () => {
    const r = runCli(["build", crashCorpus(), "--db", join(tempDir(), "s.db"), "--workers", "2", "--out", join(tempDir(), "out")]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--workers needs a PostgreSQL store/);
  });

  test("PostgreSQL with 2 workers gives the stories of one SQLite process, in one build and in two", { skip: postgres.skip }, async () => {
    const corpus = crashCorpus();
    const sqliteOut = join(tempDir(), "out");
    const single = await runToEnd(["build", corpus, "--db", join(tempDir(), "s.db"), "--out", sqliteOut]);
    assert.equal(single.code, 0, single.stderr);

    const once = join(tempDir(), "out");
    const r = await runToEnd(["build", corpus, "--db", await postgres.fresh(), "--out", once, "--workers", "2"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /on 2 worker\(s\)/);
    assert.equal(dossierOf(once), dossierOf(sqliteOut));

    // The generated reports in a second build: stories are assigned in arrival order whatever the batches.
    const db = await postgres.fresh();
    const later = join(tempDir(), "later");
    mkdirSync(later);
    renameSync(join(corpus, "gen"), join(later, "gen"));
    const twice = join(tempDir(), "out");
    const first = await runToEnd(["build", corpus, "--db", db, "--out", twice, "--workers", "2"]);
    assert.equal(first.code, 0, first.stderr);
    renameSync(join(later, "gen"), join(corpus, "gen"));
    const second = await runToEnd(["build", corpus, "--db", db, "--out", twice, "--workers", "1"]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(dossierOf(twice), dossierOf(sqliteOut));
  });
});
