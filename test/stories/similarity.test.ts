import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runCli, tempDir } from "../helpers.js";
import { BUDGET_VOTE, DAM_INDEPENDENT, DAM_REPORT, DAM_TRANSLATION, QUAKE_ONE, QUAKE_TWO } from "./fixtures.js";

test("dossier similarity scores same-story pairs above different-story pairs", () => {
  const pairs = [
    { id: "same-en", text1: DAM_REPORT, text2: DAM_INDEPENDENT },
    { id: "same-ru", text1: DAM_REPORT, text2: DAM_TRANSLATION },
    { id: "quakes", text1: QUAKE_ONE, text2: QUAKE_TWO },
    { id: "vote", text1: DAM_REPORT, text2: BUDGET_VOTE },
  ];
  const file = join(tempDir(), "pairs.jsonl");
  writeFileSync(file, pairs.map((p) => JSON.stringify(p)).join("\n"));
  const r = runCli(["similarity", "--pairs", file]);
  assert.equal(r.code, 0, r.stderr);
  const scores = new Map(r.stdout.trim().split("\n").map((l) => {
    const { id, score } = JSON.parse(l) as { id: string; score: number };
    assert.ok(score >= 0 && score <= 1);
    return [id, score] as const;
  }));
  assert.equal(scores.size, 4);
  for (const same of ["same-en", "same-ru"]) for (const other of ["quakes", "vote"]) assert.ok(scores.get(same)! > scores.get(other)!, `${same} > ${other}`);
});
