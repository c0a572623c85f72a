/**
 * Weighted, length-normalised sparse vectors per feature family, over interned keys.
 * Weights are (1 + log tf) · idf with document frequencies counted so far, so a key
 * shared by every article says little and a rare name or number says a lot.
 */
import type { Article } from "../model.js";
import { articleFeatures, type Counts, type Family, type KeyTable, type RawFeatures, type TokenIds } from "./features.js";

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
}

export type { Family };
const FAMILIES: readonly Family[] = ["words", "names", "facts"];

/**
 * Documents assumed to exist before the first real one, in none of which any key
 * appears. Without it a tiny corpus (five articles of one story) makes every shared key
 * look common and weighs nothing; 50 is the smallest prior that kept the seed story's
 * names above its stop-word-like words, and is soon outweighed in a real corpus.
 */
const PRIOR_DOCUMENTS = 50;

/** Interned keys with their document frequencies, growing as articles are observed. */
export class Vocabulary implements KeyTable {
  private readonly ids: Record<Family, Map<string, number>> = { words: new Map(), names: new Map(), facts: new Map() };
  private count = 0;
  private df = new Int32Array(1024);
  readonly tokens = new Map<string, Map<string, TokenIds>>();
  documents = 0;

  /** The features of an article, keyed by this vocabulary's ids. */
  read(article: Pick<Article, "title" | "text" | "language">): RawFeatures {
    return articleFeatures(article, this);
  }

  /** Counts one more document containing these features (each key once). */
  observe(f: RawFeatures): void {
    this.documents++;
    for (const family of FAMILIES) for (const id of f[family].keys()) this.df[id]!++;
  }

  /** observe() then vectors(): the streaming grouper's path. */
  admit(f: RawFeatures): ArticleVectors {
    this.observe(f);
    return this.vectors(f);
  }

  idf(id: number): number {
    return Math.log((this.documents + PRIOR_DOCUMENTS) / (1 + (this.df[id] ?? 0)));
  }

  /** The vectors of some features under the frequencies counted so far. */
  vectors(f: RawFeatures): ArticleVectors {
    return {
      language: f.language,
      script: f.script,
      words: this.sparse(f.words),
      names: this.sparse(f.names),
      facts: this.sparse(f.facts),
    };
  }

  get size(): number {
    return this.count;
  }

  id(family: Family, key: string): number {
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

  private sparse(counts: Counts): Sparse {
    const ids = Int32Array.from(counts.keys()).sort();
    const weights = new Float32Array(ids.length);
    let norm = 0;
    ids.forEach((id, i) => {
      const w = (1 + Math.log(counts.get(id)!)) * this.idf(id);
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { ids, weights };
  }
}

function toSparse(entries: readonly (readonly [number, number])[]): Sparse {
  let norm = 0;
  for (const [, w] of entries) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  const ids = new Int32Array(entries.length);
  const weights = new Float32Array(entries.length);
  entries.forEach(([id, w], i) => {
    ids[i] = id;
    weights[i] = w / norm;
  });
  return { ids, weights };
}

/** Cosine of two normalised sparse vectors. */
export function cosine(a: Sparse, b: Sparse): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Keeps only the `limit` heaviest keys (ties to the lower id), renormalised: a bounded sketch. */
export function truncate(v: Sparse, limit: number): Sparse {
  if (v.ids.length <= limit) return v;
  const threshold = Float32Array.from(v.weights).sort()[v.weights.length - limit]!;
  let above = 0;
  for (const w of v.weights) if (w > threshold) above++;
  let ties = limit - above;
  const entries: [number, number][] = [];
  v.ids.forEach((id, i) => {
    const w = v.weights[i]!;
    if (w > threshold || (w === threshold && ties-- > 0)) entries.push([id, w]);
  });
  return toSparse(entries);
}

