/**
 * A story's centroid: the sum of its members' vectors, family by family, kept to a
 * bounded number of heaviest keys. Comparing a new article with the centroid asks
 * "is it about what this story is about", where comparing with one member only asks
 * "is it like one of them", which lets a story drift by chaining.
 * Sums are sorted typed arrays, not maps: a hundred thousand stories must fit in memory.
 */
import { type ArticleVectors, type Family, type Sparse, truncate } from "./vectors.js";

const FAMILIES: readonly Family[] = ["words", "names", "facts"];

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
    const sums = this.sums ?? { words: this.current.words, names: this.current.names, facts: this.current.facts };
    for (const family of FAMILIES) sums[family] = truncateRaw(addSparse(sums[family], v[family]), SUM_HEADROOM * this.limits[family]);
    this.sums = sums;
    this.current = {
      language: this.current.language,
      script: this.current.script,
      words: truncate(normalise(sums.words), this.limits.words),
      names: truncate(normalise(sums.names), this.limits.names),
      facts: truncate(normalise(sums.facts), this.limits.facts),
    };
  }

  vectors(): ArticleVectors {
    return this.current;
  }
}

function addSparse(a: Sparse, b: Sparse): Sparse {
  const ids: number[] = [];
  const weights: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    ids.push(Math.min(x, y));
    weights.push((x <= y ? a.weights[i++]! : 0) + (y <= x ? b.weights[j++]! : 0));
  }
  return { ids: Int32Array.from(ids), weights: Float32Array.from(weights) };
}

function normalise(v: Sparse): Sparse {
  let norm = 0;
  for (const w of v.weights) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  return { ids: v.ids, weights: v.weights.map((w) => w / norm) };
}

/** The heaviest `limit` keys without renormalising (the sums must stay sums). */
function truncateRaw(v: Sparse, limit: number): Sparse {
  if (v.ids.length <= limit) return v;
  const kept = truncate(v, limit);
  const keep = new Set(kept.ids);
  const ids: number[] = [];
  const weights: number[] = [];
  v.ids.forEach((id, i) => {
    if (!keep.has(id)) return;
    ids.push(id);
    weights.push(v.weights[i]!);
  });
  return { ids: Int32Array.from(ids), weights: Float32Array.from(weights) };
}
