/**
 * Sentence alignment: how much of one text is the other's sentences, reworded, in the
 * same order. Each sentence of one text is matched to its most similar sentence of the
 * other; the longest run of matches in increasing order on both sides is the alignment.
 * A rewrite or a translation keeps the order of its source's facts; two independent
 * reports of one story share facts but tell them in their own order.
 */
import { dice } from "../text/measures.js";

export interface Alignment {
  /** Sentences aligned in order. */
  readonly aligned: number;
  /** Sentences of each text that could take part (non-empty feature sets). */
  readonly sizesA: number;
  readonly sizesB: number;
}

export function align(a: readonly ReadonlySet<string>[], b: readonly ReadonlySet<string>[], minMatch: number): Alignment {
  return alignBy(
    a.filter((s) => s.size > 0),
    b.filter((s) => s.size > 0),
    dice,
    minMatch,
  );
}

/**
 * The alignment of two texts' sentences (all taking part), each matched by `score` at `minMatch`
 * or more. With `needed`, the reading stops (aligned 0) once fewer sentences of `a` are left than
 * it would take to reach that many matches.
 */
export function alignBy<T>(a: readonly T[], b: readonly T[], score: (x: T, y: T) => number, minMatch: number, needed = 0): Alignment {
  const matches: number[] = [];
  for (const [k, s] of a.entries()) {
    if (matches.length + (a.length - k) < needed) return { aligned: 0, sizesA: a.length, sizesB: b.length };
    let best = -1;
    let bestScore = minMatch;
    b.forEach((t, j) => {
      const d = score(s, t);
      if (d >= bestScore && (d > bestScore || best < 0)) [best, bestScore] = [j, d];
    });
    if (best >= 0) matches.push(best);
  }
  return { aligned: longestIncreasing(matches), sizesA: a.length, sizesB: b.length };
}

/** Length of the longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(xs: readonly number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
