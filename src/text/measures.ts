/**
 * The measures stages compare texts by, in one place: set overlaps (Dice, containment),
 * the cosine of sparse weighted vectors and the idf that weighs their keys.
 */

/** Dice overlap of two sets: twice the shared items over both sizes; 0 when either is empty. */
export function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Share of `a`'s items found in `b`; 0 when `a` is empty. */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / a.size;
}

/** A sparse vector: key ids ascending, and their weights. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float32Array;
}

/** Cosine of two normalised sparse vectors: the dot product over their shared ids. */
export function cosine(a: SparseVector, b: SparseVector): number {
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

/**
 * Inverse document frequency of a key held by `df` of `documents` documents, with
 * `priorDocuments` assumed seen in which no key appears, so that a small batch weighs its
 * keys as a large one would.
 */
export function idf(documents: number, df: number, priorDocuments: number): number {
  return Math.log((documents + priorDocuments) / (1 + df));
}

/** A count's weight, 1 + log tf: the tenth mention adds less than the second. */
export function logTf(count: number): number {
  return 1 + Math.log(count);
}
