import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dice } from "../../src/text/measures.js";
import { pairOfKey, similarPairKeys } from "../../src/claims/similarPairs.js";

/** The candidate pairs as [i, j], in the order of their keys. */
const similarPairs = (sets: readonly ReadonlySet<string>[], threshold: number, groups?: readonly string[], weight?: (item: string) => number): Array<[number, number]> =>
  [...similarPairKeys(sets, threshold, groups, weight)].map((key) => pairOfKey(key, sets.length));

/** A fixed pseudo-random sequence, so the sets are the same on every run. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe("similar pairs by prefix filtering", () => {
  it("finds every pair a double loop finds at or above the threshold, in the same order", () => {
    const next = random(7);
    // Sentence-like sets: a few common words shared by many, and rarer ones.
    const sets = Array.from({ length: 300 }, () => new Set(Array.from({ length: 3 + Math.floor(next() * 12) }, () => `w${Math.floor(next() ** 2 * 60)}`)));
    for (const threshold of [0.2, 0.4, 0.5, 0.8]) {
      const expected: Array<[number, number]> = [];
      for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) if (dice(sets[i]!, sets[j]!) >= threshold) expected.push([i, j]);
      const found = similarPairs(sets, threshold).filter(([i, j]) => dice(sets[i]!, sets[j]!) >= threshold);
      assert.deepEqual(found, expected, `threshold ${threshold}`);
      assert.ok(expected.length > 0, "the sets hold similar pairs to find");
    }
  });

  it("finds every pair whose weighted Dice reaches the threshold, with weights per item", () => {
    const next = random(11);
    const sets = Array.from({ length: 300 }, () => new Set(Array.from({ length: 3 + Math.floor(next() * 12) }, () => `w${Math.floor(next() ** 2 * 60)}`)));
    const weight = (x: string): number => 0.2 + (Number(x.slice(1)) % 7) / 3;
    const weighted = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
      let shared = 0, total = 0;
      for (const x of a) {
        total += weight(x);
        if (b.has(x)) shared += weight(x);
      }
      for (const x of b) total += weight(x);
      return (2 * shared) / total;
    };
    for (const threshold of [0.2, 0.4, 0.6]) {
      const expected: Array<[number, number]> = [];
      for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) if (weighted(sets[i]!, sets[j]!) >= threshold) expected.push([i, j]);
      const found = similarPairs(sets, threshold, undefined, weight).filter(([i, j]) => weighted(sets[i]!, sets[j]!) >= threshold);
      assert.deepEqual(found, expected, `threshold ${threshold}`);
      assert.ok(expected.length > 0, "the sets hold similar pairs to find");
    }
  });

  it("offers fewer candidates than all pairs", () => {
    const sets = Array.from({ length: 200 }, (_, i) => new Set([`a${i}`, `b${i}`, `c${i % 10}`, "common"]));
    assert.ok(similarPairs(sets, 0.5).length < (200 * 199) / 2 / 4);
  });
});
