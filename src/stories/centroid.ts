/**
 * A story's centroid: the sum of its members' vectors, family by family, kept to a
 * bounded number of heaviest keys. Comparing a new article with the centroid asks
 * "is it about what this story is about", where comparing with one member only asks
 * "is it like one of them", which lets a story drift by chaining.
 * Sums are sorted typed arrays, not maps: a hundred thousand stories must fit in memory.
 */
import { type ArticleVectors, type Family, heaviest, type Sparse, truncate } from "./vectors.js";

const FAMILIES: readonly Family[] = ["words", "names", "facts", "folds"];

/** Keys kept in the running sums, as a multiple of the compared size: room for keys to climb into the top. */
const SUM_HEADROOM = 2;

export class Centroid {
  /** Unnormalised sums; null while the story has one member, whose vectors serve as they are. */
  private sums: Record<Family, Sparse> | null = null;
  private current: ArticleVectors;

  constructor(
    first: ArticleVectors,
    private readonly limits: Readonly<Record<Family, number>>,
  ) {
    this.current = first;
  }

  add(v: ArticleVectors): void {
    const sums = this.sums ?? { words: this.current.words, names: this.current.names, facts: this.current.facts, folds: this.current.folds };
    for (const family of FAMILIES) sums[family] = truncateRaw(addSparse(sums[family], v[family]), SUM_HEADROOM * this.limits[family]);
    this.sums = sums;
    this.current = {
      language: this.current.language,
      script: this.current.script,
      words: compared(sums.words, this.limits.words),
      names: compared(sums.names, this.limits.names),
      facts: compared(sums.facts, this.limits.facts),
      folds: compared(sums.folds, this.limits.folds),
    };
  }

  vectors(): ArticleVectors {
    return this.current;
  }
}

// Scratch for the intermediate sums and normalised weights: only what a centroid keeps is allocated.
let scratchIds = new Int32Array(1024);
let scratchSums = new Float32Array(1024);
let scratchNormalised = new Float32Array(1024);

/** a + b, in scratch arrays valid until the next call. */
function addSparse(a: Sparse, b: Sparse): Sparse {
  if (scratchIds.length < a.ids.length + b.ids.length) {
    scratchIds = new Int32Array((a.ids.length + b.ids.length) * 2);
    scratchSums = new Float32Array(scratchIds.length);
  }
  const ids = scratchIds;
  const weights = scratchSums;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    ids[n] = Math.min(x, y);
    weights[n++] = (x <= y ? a.weights[i++]! : 0) + (y <= x ? b.weights[j++]! : 0);
  }
  return { ids: ids.subarray(0, n), weights: weights.subarray(0, n) };
}

/** The heaviest `limit` keys without renormalising (the sums must stay sums), in arrays of their own. */
function truncateRaw(v: Sparse, limit: number): Sparse {
  return v.ids.length <= limit ? { ids: v.ids.slice(), weights: v.weights.slice() } : heaviest(v, limit);
}

/** The sums normalised, then cut to the `limit` heaviest and renormalised: what articles are compared with. */
function compared(sums: Sparse, limit: number): Sparse {
  let norm = 0;
  for (const w of sums.weights) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  if (scratchNormalised.length < sums.weights.length) scratchNormalised = new Float32Array(sums.weights.length * 2);
  const weights = scratchNormalised.subarray(0, sums.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = sums.weights[i]! / norm;
  // The ids are shared with the sums, which are never changed in place.
  return sums.ids.length <= limit ? { ids: sums.ids, weights: weights.slice() } : truncate({ ids: sums.ids, weights }, limit);
}
