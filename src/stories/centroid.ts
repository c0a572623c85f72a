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

  /** The centroid as bytes: its sums (or its one member's vectors), from which decode() rebuilds the same centroid. */
  encode(): Uint8Array {
    const kept = this.sums ?? this.current;
    const head = new TextEncoder().encode(JSON.stringify([this.current.language, this.current.script, this.sums ? 0 : 1]));
    const headWords = Math.ceil(head.length / 4);
    let words = 1 + headWords;
    for (const family of FAMILIES) words += 1 + 2 * kept[family].ids.length;
    const out = new Int32Array(words);
    out[0] = head.length;
    new Uint8Array(out.buffer).set(head, 4);
    let at = 1 + headWords;
    for (const family of FAMILIES) {
      const { ids, weights } = kept[family];
      out[at++] = ids.length;
      out.set(ids, at);
      new Float32Array(out.buffer, (at + ids.length) * 4, weights.length).set(weights);
      at += 2 * ids.length;
    }
    return new Uint8Array(out.buffer);
  }

  static decode(data: Uint8Array, limits: Readonly<Record<Family, number>>): Centroid {
    const bytes = data.byteOffset % 4 === 0 ? data : data.slice();
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
    const headLength = words[0]!;
    const [language, script, single] = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headLength))) as [string, string, number];
    let at = 1 + Math.ceil(headLength / 4);
    const kept = {} as Record<Family, Sparse>;
    for (const family of FAMILIES) {
      const n = words[at++]!;
      const ids = words.slice(at, at + n);
      const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset + (at + n) * 4, bytes.byteOffset + (at + 2 * n) * 4));
      kept[family] = { ids, weights };
      at += 2 * n;
    }
    const vectors = { language, script, ...kept };
    const centroid = new Centroid(vectors, limits);
    if (!single) {
      centroid.sums = kept;
      centroid.current = {
        language,
        script,
        words: compared(kept.words, limits.words),
        names: compared(kept.names, limits.names),
        facts: compared(kept.facts, limits.facts),
        folds: compared(kept.folds, limits.folds),
      };
    }
    return centroid;
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
