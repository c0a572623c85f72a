/**
 * Every pair of sets whose Dice similarity can reach a threshold, without comparing all pairs
 * (prefix filtering, as in Bayardo et al.'s All-Pairs and PPJoin). A story of a few hundred
 * articles has tens of thousands of sentences; comparing each with each grew as the square.
 *
 * Why it is exact: Dice(A, B) ≥ t needs an overlap o ≥ t·|A| / (2 − t). Order each set's items
 * rarest first; two sets with that overlap share an item among the first |A| − ⌈o⌉ + 1 of A
 * and the first |B| − ⌈o⌉ + 1 of B. So only sets sharing an item of those prefixes are
 * candidates; the caller still checks each candidate's real similarity. With weights (a
 * rarity per item) the same holds for the weighted Dice, prefixes cut by weight.
 */

/** A candidate pair as one number, `i * n + j` for `n` sets: exact below 2^53, so for any n below 2^26. */
export const pairOfKey = (key: number, n: number): [number, number] => [Math.floor(key / n), key % n];

/**
 * The candidate pairs [i, j], i < j, as keys `i * n + j`, ascending (the order a double loop
 * visits them), in a typed array: eight bytes a pair instead of an array each. With `groups`,
 * sets of one group (one article's sentences) are never paired: every caller discards such
 * pairs, and enumerating them made one long article quadratic. A story of many copies of one
 * text has millions of candidate pairs (every copy of each sentence with every other), and as
 * arrays they took gigabytes.
 */
export function similarPairKeys(
  sets: readonly ReadonlySet<string>[],
  threshold: number,
  groups?: readonly string[],
  weight?: (item: string) => number,
): Float64Array {
  const n = sets.length;
  const frequency = new Map<string, number>();
  for (const s of sets) for (const x of s) frequency.set(x, (frequency.get(x) ?? 0) + 1);
  // With weights, heaviest first (any global order works; the heaviest make the shortest prefixes).
  const rarestFirst = weight
    ? (a: string, b: string): number => weight(b) - weight(a) || (a < b ? -1 : a > b ? 1 : 0)
    : (a: string, b: string): number => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const index = new Map<string, number[]>();
  // seenBy[i] === j once the pair (i, j) is taken: no set of all pairs, whose size grew as the square.
  const seenBy = new Int32Array(n).fill(-1);
  let keys = new Float64Array(1024);
  let count = 0;
  sets.forEach((set, j) => {
    if (set.size === 0) return;
    const ordered = [...set].sort(rarestFirst);
    const prefix = weight ? weightedPrefix(ordered, threshold, weight) : ordered.slice(0, Math.max(set.size - Math.max(Math.ceil((threshold * set.size) / (2 - threshold) - 1e-9), 1) + 1, 1));
    for (const x of prefix) {
      const earlier = index.get(x);
      if (earlier) {
        for (const i of earlier) {
          if (seenBy[i] === j || (groups && groups[i] === groups[j])) continue;
          seenBy[i] = j;
          if (count === keys.length) {
            const grown = new Float64Array(keys.length * 2);
            grown.set(keys);
            keys = grown;
          }
          keys[count++] = i * n + j;
        }
        earlier.push(j);
      } else index.set(x, [j]);
    }
  });
  return keys.slice(0, count).sort();
}

/**
 * Weighted Dice (twice the shared weight over both totals) ≥ t needs a shared weight of at
 * least t·W/(2 − t) of a set of total weight W; a pair whose shared items all lie beyond the
 * prefix cannot reach it, so the prefix ends once the weight left after it is below that.
 */
function weightedPrefix(ordered: readonly string[], threshold: number, weight: (item: string) => number): string[] {
  let rest = ordered.reduce((sum, x) => sum + weight(x), 0);
  const needed = (threshold * rest) / (2 - threshold) - 1e-9;
  const prefix: string[] = [];
  for (const x of ordered) {
    prefix.push(x);
    rest -= weight(x);
    if (rest < needed) break;
  }
  return prefix;
}
