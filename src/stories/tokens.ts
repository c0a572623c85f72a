/**
 * The grouper's per-language token table: a written token mapped to what it contributes,
 * looked up by comparing characters in place, so the scanner's tokens (src/text/scanner.ts)
 * need no string. A token's string is made only the first time it is seen (then stemmed,
 * checked against stop words, keyed as a name); news vocabulary is Zipfian, so that is rare
 * once a corpus is under way. Also the dense per-article sums the grouper counts keys in.
 */

const EMPTY = 0;
/** Slots per entry at most, before the slot array doubles. */
const MAX_LOAD = 0.5;
const INITIAL_SLOTS = 1 << 12;

/**
 * An entry's fields, side by side in one record so that a lookup touches few cache
 * lines: its hash, where its characters are in the pool and how many, then what it
 * contributes (three values whose meaning is the caller's) and its script index.
 */
const HASH = 0;
const START = 1;
const LENGTH = 2;
const A = 3;
const B = 4;
const C = 5;
const SCRIPT = 6;
const D = 7;
const STRIDE = 8;

/**
 * Written tokens → what they contribute, in typed arrays. `find` returns an entry for a
 * token given as a stretch of some text with its hash, or -1; `insert` adds one.
 * A word's values are (stem id or -1, name key id or -1, month number or 0), and its
 * folded-prefix id or -1 (src/stories/features.ts).
 */
export class TokenTable {
  private slots = new Int32Array(INITIAL_SLOTS);
  private records = new Int32Array((INITIAL_SLOTS / 2) * STRIDE);
  /**
   * Each entry's characters, copied into one pool: comparing in place touches no string
   * object, and a token cut from an article does not keep the whole article alive.
   */
  private pool = new Uint16Array(INITIAL_SLOTS * 4);
  private poolUsed = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  a(e: number): number {
    return this.records[e * STRIDE + A]!;
  }

  b(e: number): number {
    return this.records[e * STRIDE + B]!;
  }

  c(e: number): number {
    return this.records[e * STRIDE + C]!;
  }

  script(e: number): number {
    return this.records[e * STRIDE + SCRIPT]!;
  }

  /** A fourth value whose meaning is the caller's (a word's folded-prefix id, or -1). */
  d(e: number): number {
    return this.records[e * STRIDE + D]!;
  }

  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const records = this.records;
    const length = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at]!;
      if (slot === EMPTY) return -1;
      const r = (slot - 1) * STRIDE;
      if (records[r + HASH] !== hash || records[r + LENGTH] !== length) continue;
      const pool = this.pool;
      const from = records[r + START]! - start;
      let i = start;
      while (i < end && pool[from + i] === text.charCodeAt(i)) i++;
      if (i === end) return slot - 1;
    }
  }

  insert(key: string, hash: number, a: number, b: number, c: number, script: number, d = -1): number {
    const e = this.count++;
    if ((e + 1) * STRIDE > this.records.length) {
      const grown = new Int32Array(this.records.length * 2);
      grown.set(this.records);
      this.records = grown;
    }
    if (e + 1 > this.slots.length * MAX_LOAD) this.growSlots();
    if (this.poolUsed + key.length > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + key.length));
      grown.set(this.pool);
      this.pool = grown;
    }
    for (let i = 0; i < key.length; i++) this.pool[this.poolUsed + i] = key.charCodeAt(i);
    const r = e * STRIDE;
    this.records[r + HASH] = hash;
    this.records[r + START] = this.poolUsed;
    this.records[r + LENGTH] = key.length;
    this.records[r + A] = a;
    this.records[r + B] = b;
    this.records[r + C] = c;
    this.records[r + SCRIPT] = script;
    this.records[r + D] = d;
    this.poolUsed += key.length;
    this.place(e);
    return e;
  }

  clear(): void {
    this.slots.fill(EMPTY);
    this.count = 0;
    this.poolUsed = 0;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let at = this.records[e * STRIDE + HASH]! & mask;
    while (this.slots[at] !== EMPTY) at = (at + 1) & mask;
    this.slots[at] = e + 1;
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.count; e++) this.place(e);
  }
}

/** Dense per-key sums for one article, reset by `take` or `clear`: no map per article. Weights must be positive (a zero sum marks an untouched key). */
export class Accumulator {
  private sums = new Float64Array(1024);
  private touched = new Int32Array(256);
  private n = 0;

  add(id: number, weight: number): void {
    if (id >= this.sums.length) {
      let size = this.sums.length * 2;
      while (size <= id) size *= 2;
      const grown = new Float64Array(size);
      grown.set(this.sums);
      this.sums = grown;
    }
    if (this.sums[id] === 0) {
      if (this.n === this.touched.length) {
        const grown = new Int32Array(this.n * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.n++] = id;
    }
    this.sums[id]! += weight;
  }

  /** The keys summed so far, sorted ascending in place: valid until the next add or clear. */
  sortedIds(): Int32Array {
    return this.touched.subarray(0, this.n).sort();
  }

  sum(id: number): number {
    return this.sums[id]!;
  }

  clear(): void {
    for (let i = 0; i < this.n; i++) this.sums[this.touched[i]!] = 0;
    this.n = 0;
  }

  /** The sums so far, keys ascending; empties the accumulator. */
  take(): { ids: Int32Array; counts: Float64Array } {
    const ids = this.touched.slice(0, this.n).sort();
    const counts = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      counts[i] = this.sums[ids[i]!]!;
      this.sums[ids[i]!] = 0;
    }
    this.n = 0;
    return { ids, counts };
  }
}
