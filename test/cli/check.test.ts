/** `dossier check`: the stored articles bearing on a typed claim, each with its reading, quote and origin. */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import type { CheckResult } from "../../src/check/index.js";
import { runCli, SEEDS, SEEDS_MISSING, tempDir } from "../helpers.js";

describe("dossier check", { skip: SEEDS_MISSING ? `${SEEDS_MISSING}: check not tried on the seeds` : false }, () => {
  const dir = tempDir();
  const db = join(dir, "s.db");
  before(() => {
    assert.equal(runCli(["build", SEEDS, "--db", db, "--out", join(dir, "out")]).code, 0);
  });

  it("finds the articles on a claim, with a quote from each, an origin and a verdict line", () => {
    const r = runCli(["check", "Maduro asked Russia for 14 missile systems and repairs of Su-30 jets", "--db", db, "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout) as CheckResult;
    const withFourteen = result.articles.filter((a) => /\b14\b/.test(a.quote));
    assert.ok(withFourteen.length >= 3, "the three articles giving the 14 quote it");
    assert.ok(withFourteen.every((a) => /Washington Post/.test(a.origin)), "each traced to the Post's report");
    assert.match(result.verdict, /by \d+ articles? from \d+ origins?/);
    assert.equal(result.articles.length, result.counts.asserts + result.counts.denies + result.counts.reports);
    // An untitled article (004) is shown by its file name, not by a bare id.
    const text = runCli(["check", "Maduro asked Russia for 14 missile systems and repairs of Su-30 jets", "--db", db]).stdout;
    assert.doesNotMatch(text, /^- \w+\s+[0-9a-f]{16}\b/m, text);
    assert.match(text, /^- \w+\s+004_[0-9a-f]+\.txt/m, text);
  });

  it("says so when nothing stored bears on the claim", () => {
    const r = runCli(["check", "Penguins opened a bakery in Lisbon", "--db", db]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Verdict: no stored article bears on this claim/);
  });

  it("checks many claims from JSON lines, one JSON line out per claim, and rejects a bad line", () => {
    const file = join(dir, "claims.jsonl");
    writeFileSync(file, [JSON.stringify({ id: "m", claim: "Maduro wrote to Putin asking for military help" }), "{not json", JSON.stringify({ id: "p", claim: "Penguins opened a bakery in Lisbon" })].join("\n"));
    const r = runCli(["check", "--claims", file, "--db", db]);
    assert.equal(r.code, 1, "a bad line is reported");
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as CheckResult);
    assert.deepEqual(lines.map((l) => l.id), ["m", "p"]);
    assert.ok(lines[0]!.articles.length >= 3);
    assert.equal(lines[1]!.articles.length, 0);
  });

  it("names a line without an id by its line, apart from a given id, and takes a claim's language", () => {
    const file = join(dir, "claims-ids.jsonl");
    writeFileSync(file, [JSON.stringify({ id: "2", claim: "Penguins opened a bakery in Lisbon" }), JSON.stringify({ claim: "Penguins opened a bakery in Porto", language: "en" })].join("\n"));
    const r = runCli(["check", "--claims", file, "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as CheckResult).id), ["2", "line 2"]);
    writeFileSync(file, JSON.stringify({ claim: "Penguins opened a bakery", language: "English" }));
    const bad = runCli(["check", "--claims", file, "--db", db]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /language code/);
  });
});
