/**
 * The tagger's weights as typed arrays behind hashed feature keys. A feature is looked up by
 * a 64-bit key (two polynomial string hashes) that composes: the key of "w-1w=" + "said" +
 * "|" + "he" is computed from the keys of its pieces, so the tagger never builds a feature's
 * string; the key equals the hash of the string the model file names, so the same weights
 * are found and the tags are the same.
 */

/** Two odd multipliers, one per 32-bit half of the key. */
const BASE_A = 0x01000193;
const BASE_B = 0x5bd1e995;

/**
 * A hashed piece of a feature is four int32 lanes in a typed array: both halves of its key and
 * each base raised to its length, so that pieces join in O(1) and no object is made per feature.
 */
export const LANES = 4;

/** Writes the piece of `text` at `at` in `out`. */
export function writePiece(text: string, out: Int32Array, at: number): void {
  let a = 0, b = 0, powA = 1, powB = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = (Math.imul(a, BASE_A) + c) | 0;
    b = (Math.imul(b, BASE_B) + c) | 0;
    powA = Math.imul(powA, BASE_A);
    powB = Math.imul(powB, BASE_B);
  }
  out[at] = a;
  out[at + 1] = b;
  out[at + 2] = powA;
  out[at + 3] = powB;
}

export function pieceOf(text: string): Int32Array {
  const out = new Int32Array(LANES);
  writePiece(text, out, 0);
  return out;
}

/** Copies the piece at `at` in `pieces` into `key`. */
export function copyPiece(key: Int32Array, pieces: Int32Array, at: number): void {
  key[0] = pieces[at]!;
  key[1] = pieces[at + 1]!;
  key[2] = pieces[at + 2]!;
  key[3] = pieces[at + 3]!;
}

/** Makes `key` (a piece) the piece of key + the piece at `at` in `pieces`. */
export function appendPiece(key: Int32Array, pieces: Int32Array, at: number): void {
  key[0] = (Math.imul(key[0]!, pieces[at + 2]!) + pieces[at]!) | 0;
  key[1] = (Math.imul(key[1]!, pieces[at + 3]!) + pieces[at + 1]!) | 0;
  key[2] = Math.imul(key[2]!, pieces[at + 2]!);
  key[3] = Math.imul(key[3]!, pieces[at + 3]!);
}

/** Slots per stored feature: at most half the table is full, so a lookup probes few slots. */
const LOAD = 2;

/** Int32s per slot: the key's two halves and the row + 1 (0 when empty), side by side so a probe reads one cache line. */
const SLOT = 3;

/** Feature key → row of weights, open addressing over a typed array; `weights` holds one row of `width` numbers per feature. */
export interface WeightTable {
  readonly slots: Int32Array;
  readonly mask: number;
  readonly weights: Float64Array;
  readonly width: number;
}

/** A well-spread slot from the key's first half (the polynomial's low bits alone are poorly mixed). */
function slotOf(a: number, mask: number): number {
  let h = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** Builds the table from the model's named weights; two names with one key would mix their weights, so that is refused. */
export function weightTable(named: Readonly<Record<string, readonly number[]>>, width: number): WeightTable {
  const names = Object.keys(named);
  let size = 1;
  while (size < names.length * LOAD) size *= 2;
  const table: WeightTable = { slots: new Int32Array(size * SLOT), mask: size - 1, weights: new Float64Array(names.length * width), width };
  names.forEach((name, row) => {
    const key = pieceOf(name);
    if (lookup(table, key) >= 0) throw new Error(`attribution tagger: feature "${name}" shares its hashed key with another`);
    let slot = slotOf(key[0]!, table.mask);
    while (table.slots[slot * SLOT + 2] !== 0) slot = (slot + 1) & table.mask;
    table.slots[slot * SLOT] = key[0]!;
    table.slots[slot * SLOT + 1] = key[1]!;
    table.slots[slot * SLOT + 2] = row + 1;
    const w = named[name]!;
    for (let k = 0; k < width; k++) table.weights[row * width + k] = w[k] ?? 0;
  });
  return table;
}

/** The row of a key's weights (a piece), or -1 when the model has no such feature. */
export function lookup(table: WeightTable, key: Int32Array): number {
  const a = key[0]!, b = key[1]!, slots = table.slots;
  let slot = slotOf(a, table.mask);
  for (;;) {
    const row = slots[slot * SLOT + 2]!;
    if (row === 0) return -1;
    if (slots[slot * SLOT] === a && slots[slot * SLOT + 1] === b) return row - 1;
    slot = (slot + 1) & table.mask;
  }
}
