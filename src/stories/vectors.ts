/**
 * Weighted, length-normalised sparse vectors per feature family, over interned keys.
 * Weights are (1 + log tf) · idf with document frequencies counted so far, so a key
 * shared by every article says little and a rare name or number says a lot.
 */
import type { Languages } from "../lang/languages.js";
import type { Article } from "../model.js";
import { articleFeatures, type Counts, type Family, type KeyTable, type RawFeatures, readArticle } from "./features.js";
import type { Accumulator, TokenTable } from "./tokens.js";
import { cosine, idf, logTf } from "../text/measures.js";

export { cosine };

export interface Sparse {
  /** Interned key ids, ascending. */
  readonly ids: Int32Array;
  readonly weights: Float32Array;
}

export interface ArticleVectors {
  readonly language: string;
  readonly script: string;
  readonly words: Sparse;
  readonly names: Sparse;
  readonly facts: Sparse;
  readonly folds: Sparse;
}

export type { Family };
const FAMILIES: readonly Family[] = ["words", "names", "facts", "folds"];

/**
 * Documents assumed to exist before the first real one, in none of which any key
 * appears. Without it a tiny corpus (five articles of one story) makes every shared key
 * look common and weighs nothing; 50 is the smallest prior that kept the seed story's
 * names above its stop-word-like words, and is soon outweighed in a real corpus.
 */
export const PRIOR_DOCUMENTS = 50;

/** A family's seed for hashed ids: the same string in two families gets two ids. */
const FAMILY_SEEDS: Readonly<Record<Family, number>> = { words: 0x811c9dc5, names: 0x01000193, facts: 0x050c5d1f, folds: 0x2f63a7b1 };

/**
 * Keys with their document frequencies, growing as articles are observed. Ids are either
 * interned (a map from strings, growing with the vocabulary) or, with `hashBits`, a hash of
 * the key into a fixed space of 2^hashBits ids: the state is then the same size at 100 or
 * a million articles, and can be saved and loaded as it is (statistics()), at the price of
 * rare keys sharing an id.
 */
export class Vocabulary implements KeyTable {
  private readonly ids: Record<Family, Map<string, number>> = { words: new Map(), names: new Map(), facts: new Map(), folds: new Map() };
  private count = 0;
  private df: Int32Array;
  private readonly mask: number;
  readonly tokens = new Map<string, TokenTable>();
  readonly dates = new Map<number, number>();
  documents = 0;

  /** `stemLength`: longest stem kept as a words key (KeyTable.stemLength); none keeps whole stems. */
  constructor(
    readonly languages: Languages,
    readonly stemLength?: number,
    hashBits?: number,
  ) {
    this.mask = hashBits ? (1 << hashBits) - 1 : 0;
    this.df = new Int32Array(hashBits ? 1 << hashBits : 1024);
  }

  /** The document count and frequencies, to be saved; only for hashed ids (interned ids would need their strings too). */
  statistics(): Int32Array {
    if (!this.mask) throw new Error("only a vocabulary of hashed ids can be saved");
    const out = new Int32Array(this.df.length + 1);
    out[0] = this.documents;
    out.set(this.df, 1);
    return out;
  }

  /** Takes back what statistics() gave (same hashBits). */
  restore(statistics: Int32Array): void {
    if (statistics.length !== this.df.length + 1) throw new Error(`saved statistics hold ${statistics.length - 1} ids, not ${this.df.length}`);
    this.documents = statistics[0]!;
    this.df.set(statistics.subarray(1));
  }

  /** The features of an article, keyed by this vocabulary's ids. */
  read(article: Pick<Article, "title" | "text" | "language">): RawFeatures {
    return articleFeatures(article, this);
  }

  /** Counts one more document containing these features (each key once). */
  observe(f: RawFeatures): void {
    this.documents++;
    for (const family of FAMILIES) for (const id of f[family].ids) this.df[id]!++;
  }

  /** observe() then vectors(): the streaming grouper's path. */
  admit(f: RawFeatures): ArticleVectors {
    this.observe(f);
    return this.vectors(f);
  }

  /**
   * read(), admit(), then each family truncated to its limit, as the streaming grouper
   * needs them; the same numbers, through scratch arrays instead of one array per step.
   */
  sketch(article: Pick<Article, "title" | "text" | "language">, limits: Readonly<Record<Family, number>>): ArticleVectors {
    const { script, reading } = readArticle(article, this);
    const families = [reading.words, reading.names, reading.facts, reading.folds] as const;
    const ids = families.map((f) => f.sortedIds());
    this.documents++;
    for (const family of ids) for (const id of family) this.df[id]!++;
    const [words, names, facts, folds] = FAMILIES.map((family, i) => this.sketchFamily(families[i]!, ids[i]!, limits[family]));
    return { language: article.language, script, words: words!, names: names!, facts: facts!, folds: folds! };
  }

  private sketchFamily(sums: Accumulator, ids: Int32Array, limit: number): Sparse {
    if (sketchWeights.length < ids.length) sketchWeights = new Float32Array(ids.length * 2);
    const full = this.weigh(ids, (i) => sums.sum(ids[i]!), sketchWeights.subarray(0, ids.length));
    const kept = ids.length <= limit ? { ids: ids.slice(), weights: full.weights.slice() } : truncate(full, limit);
    sums.clear();
    return kept;
  }

  /** The idf of a key no document has held yet: the most any key can weigh now. */
  maxIdf(): number {
    return Math.log(this.documents + PRIOR_DOCUMENTS);
  }

  idf(id: number): number {
    return idf(this.documents, this.df[id] ?? 0, PRIOR_DOCUMENTS);
  }

  /** The vectors of some features under the frequencies counted so far. */
  vectors(f: RawFeatures): ArticleVectors {
    return {
      language: f.language,
      script: f.script,
      words: this.sparse(f.words),
      names: this.sparse(f.names),
      facts: this.sparse(f.facts),
      folds: this.sparse(f.folds),
    };
  }

  get size(): number {
    return this.count;
  }

  id(family: Family, key: string): number {
    if (this.mask) return hashKey(FAMILY_SEEDS[family], key) & this.mask;
    const ids = this.ids[family];
    let id = ids.get(key);
    if (id === undefined) {
      id = this.count++;
      ids.set(key, id);
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  private sparse(c: Counts): Sparse {
    return this.weigh(c.ids, (i) => c.counts[i]!, new Float32Array(c.ids.length));
  }

  /** (1 + log tf) · idf, normalised, into `weights`. */
  private weigh(ids: Int32Array, count: (i: number) => number, weights: Float32Array): Sparse {
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      const w = logTf(count(i)) * this.idf(ids[i]!);
      weights[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { ids, weights };
  }
}

/** FNV-1a over the key's UTF-16 units, from a family's seed. */
function hashKey(seed: number, key: string): number {
  let h = seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

// The full weights of the family being sketched, before truncation.
let sketchWeights = new Float32Array(1024);

/** Keeps only the `limit` heaviest keys (ties to the lower id), renormalised: a bounded sketch. */
export function truncate(v: Sparse, limit: number): Sparse {
  if (v.ids.length <= limit) return v;
  const kept = heaviest(v, limit);
  let norm = 0;
  for (const w of kept.weights) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < kept.weights.length; i++) kept.weights[i]! /= norm;
  return kept;
}

// Reused by every call: truncating allocates only its result.
let sortScratch = new Float32Array(1024);

/** The `limit` heaviest keys of v, ties to the lower id, weights as they are (v has more than `limit`). */
export function heaviest(v: Sparse, limit: number): Sparse {
  if (sortScratch.length < v.weights.length) sortScratch = new Float32Array(v.weights.length * 2);
  const scratch = sortScratch.subarray(0, v.weights.length);
  scratch.set(v.weights);
  const threshold = select(scratch, v.weights.length - limit);
  let above = 0;
  for (const w of v.weights) if (w > threshold) above++;
  let ties = limit - above;
  const ids = new Int32Array(limit);
  const weights = new Float32Array(limit);
  let n = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const w = v.weights[i]!;
    if (w > threshold || (w === threshold && ties-- > 0)) {
      ids[n] = v.ids[i]!;
      weights[n++] = w;
    }
  }
  return n === limit ? { ids, weights } : { ids: ids.slice(0, n), weights: weights.slice(0, n) };
}

/** The k-th smallest value of a (k from 0), as a[k] would be after sorting; reorders a. Quickselect, Hoare partition. */
export function select(a: Float32Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const x = a[lo]!;
    const y = a[(lo + hi) >> 1]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
