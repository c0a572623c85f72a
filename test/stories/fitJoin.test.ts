import assert from "node:assert/strict";
import { test } from "node:test";
import { joinRows } from "../../bench/stories/fitJoin.js";
import { JOIN_FEATURES } from "../../bench/stories/joinFeatures.js";
import { fitLogistic } from "../../bench/stories/logistic.js";
import { article, BUDGET_GERMAN, BUDGET_VOTE, DAM_GERMAN, DAM_INDEPENDENT, DAM_REPORT, DAM_REWRITE, QUAKE_ONE, QUAKE_TWO } from "./fixtures.js";

const corpus = [
  article("dam-1", DAM_REPORT),
  article("quake-1", QUAKE_ONE),
  article("budget-1", BUDGET_VOTE),
  article("dam-2", DAM_INDEPENDENT),
  article("quake-2", QUAKE_TWO),
  article("dam-3", DAM_REWRITE),
  article("budget-de", BUDGET_GERMAN, { language: "de" }),
  article("dam-de", DAM_GERMAN, { language: "de" }),
];
const gold = new Map(corpus.map((a) => [a.id, a.id.split("-")[0] === "quake" ? a.id : a.id.split("-")[0]!]));

test("join rows: each article against the gold stories before it, labelled by whether the story is its own", () => {
  const { x, y } = joinRows(corpus, gold);
  assert.equal(x.length, y.length);
  assert.ok(x.every((row) => row.length === JOIN_FEATURES.length));
  const similarity = JOIN_FEATURES.indexOf("similarity");
  const own = x.filter((_, i) => y[i] === 1).map((r) => r[similarity]!);
  const other = x.filter((_, i) => y[i] === 0).map((r) => r[similarity]!);
  // dam-2, dam-3 and dam-de join the dam story, budget-de the vote: four rows of an own story.
  assert.equal(own.length, 4);
  assert.ok(Math.min(...own) > Math.max(...other), `own ${own.join(", ")} against other ${other.join(", ")}`);
  const specific = JOIN_FEATURES.indexOf("specific");
  assert.ok(x.every((r) => r[specific]! >= 0 && r[specific]! <= 1));
});

test("the logistic fit separates labels a single feature explains", () => {
  const x = [0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9].map((v) => [v, 0.5]);
  const y = [0, 0, 0, 1, 0, 1, 1, 1];
  const { weights } = fitLogistic(x, y, 0.01);
  assert.ok(weights[0]! > 1, `weight ${weights[0]}`);
  assert.ok(Math.abs(weights[1]!) < Math.abs(weights[0]!));
});
