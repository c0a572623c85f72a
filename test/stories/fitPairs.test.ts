import assert from "node:assert/strict";
import { test } from "node:test";
import { fit, foldsByArticle } from "../../bench/stories/fitPairs.js";
import { PAIR_FEATURES } from "../../src/stories/pairFeatures.js";
import { applyPairModel } from "../../src/stories/pairScore.js";

test("folds keep every article on one side: pairs sharing an article share a fold", () => {
  const ids = ["1_2", "2_3", "4_5", "6_7", "3_8", "9_10", "11_12", "13_14", "15_16", "17_18", "19_20", "21_22", "5_23"];
  const folds = foldsByArticle(ids);
  const foldOf = new Map<string, number>();
  ids.forEach((id, i) => {
    for (const article of id.split("_")) {
      if (foldOf.has(article)) assert.equal(foldOf.get(article), folds[i], `article ${article}`);
      foldOf.set(article, folds[i]!);
    }
  });
  assert.ok(new Set(folds).size > 1, "unrelated pairs spread over folds");
});

test("the logistic fit recovers the weights of fractional targets made from a known model", () => {
  const truth = [3, 0, 0, 1, -1, 0, 0];
  const x: number[][] = [];
  const y: number[] = [];
  let s = 7;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let n = 0; n < 400; n++) {
    const row = PAIR_FEATURES.map(() => next());
    x.push(row);
    y.push(1 / (1 + Math.exp(-(-1 + row.reduce((acc, v, k) => acc + v * truth[k]!, 0)))));
  }
  const model = fit(x, y, 0.001, "synthetic");
  assert.ok(Math.abs(model.intercept + 1) < 0.05, `intercept ${model.intercept}`);
  model.weights.forEach((w, k) => assert.ok(Math.abs(w - truth[k]!) < 0.05, `${PAIR_FEATURES[k]}: ${w}`));
  assert.ok(Math.abs(applyPairModel(model, x[0]!) - y[0]!) < 0.01);
});
