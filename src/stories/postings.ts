/**
 * The grouper's inverted index: per key, the latest stories holding it, oldest first, at most
 * a limit of them. Kept in typed arrays (an offset and a length per key, lists in one pool)
 * rather than a map of arrays: two million keys cost tens of megabytes, not hundreds, and
 * the whole index is saved and loaded as one block of integers.
 */

/** List capacities grow by doubling from this; freed blocks are reused by lists of their size. */
const FIRST_CAPACITY = 2;

export class PostingLists {
  private offsets: Int32Array;
  private lengths: Uint8Array;
  private capacities: Uint8Array;
  private pool = new Int32Array(1 << 16);
  private used = 0;
  private readonly free = new Map<number, number[]>();
  /** Integers save() writes: two per non-empty list and one per entry. */
  private words = 0;
  /** Lists holding each story: a story in none can never be a candidate again. */
  private readonly held = new Map<number, number>();

  constructor(
    private readonly limit: number,
    keys = 1024,
  ) {
    if (limit > 255) throw new Error("a posting list holds at most 255 stories");
    this.offsets = new Int32Array(keys);
    this.lengths = new Uint8Array(keys);
    this.capacities = new Uint8Array(keys);
  }

  /** The stories under a key, oldest first: valid until the next change. */
  get(key: number): Int32Array {
    if (key >= this.lengths.length) return EMPTY;
    return this.pool.subarray(this.offsets[key]!, this.offsets[key]! + this.lengths[key]!);
  }

  /** How many lists hold the story (0: it is no candidate any more). */
  holding(story: number): number {
    return this.held.get(story) ?? 0;
  }

  /** Bytes save() writes. */
  get savedBytes(): number {
    return this.words * 4;
  }

  /** Stories held by some list. */
  get liveStories(): number {
    return this.held.size;
  }

  /**
   * Puts the story last under the key (moving it there if it is listed already). When the list
   * is full its oldest story is dropped: returned when that leaves it in no list, else -1.
   */
  touch(key: number, story: number): number {
    this.ensureKey(key);
    const n = this.lengths[key]!;
    let at = this.offsets[key]!;
    const pool = this.pool;
    if (n > 0 && pool[at + n - 1] === story) return -1;
    for (let i = 0; i < n; i++) {
      if (pool[at + i] !== story) continue;
      pool.copyWithin(at + i, at + i + 1, at + n);
      pool[at + n - 1] = story;
      return -1;
    }
    this.held.set(story, this.holding(story) + 1);
    let dropped = -1;
    if (n >= this.limit) {
      const oldest = pool[at]!;
      pool.copyWithin(at, at + 1, at + n);
      pool[at + n - 1] = story;
      const left = this.holding(oldest) - 1;
      if (left === 0) {
        this.held.delete(oldest);
        dropped = oldest;
      } else this.held.set(oldest, left);
      return dropped;
    }
    if (n === this.capacities[key]) at = this.grow(key);
    this.words += n === 0 ? 3 : 1;
    this.pool[at + n] = story;
    this.lengths[key] = n + 1;
    return dropped;
  }

  /** Every list as [key, length, stories...] in key order. */
  save(): Int32Array {
    let size = 0;
    for (let k = 0; k < this.lengths.length; k++) if (this.lengths[k]) size += 2 + this.lengths[k]!;
    const out = new Int32Array(size);
    let at = 0;
    for (let k = 0; k < this.lengths.length; k++) {
      const n = this.lengths[k]!;
      if (!n) continue;
      out[at++] = k;
      out[at++] = n;
      out.set(this.get(k), at);
      at += n;
    }
    return out;
  }

  static load(saved: Int32Array, limit: number, keys: number): PostingLists {
    const lists = new PostingLists(limit, keys);
    for (let at = 0; at < saved.length; ) {
      const key = saved[at++]!;
      const n = saved[at++]!;
      lists.ensureKey(key);
      let offset = lists.offsets[key]!;
      while (lists.capacities[key]! < n) offset = lists.grow(key);
      lists.pool.set(saved.subarray(at, at + n), offset);
      lists.lengths[key] = n;
      lists.words += 2 + n;
      for (let i = 0; i < n; i++) lists.held.set(saved[at + i]!, lists.holding(saved[at + i]!) + 1);
      at += n;
    }
    return lists;
  }

  private ensureKey(key: number): void {
    if (key < this.lengths.length) return;
    let size = this.lengths.length * 2;
    while (size <= key) size *= 2;
    const offsets = new Int32Array(size);
    offsets.set(this.offsets);
    const lengths = new Uint8Array(size);
    lengths.set(this.lengths);
    const capacities = new Uint8Array(size);
    capacities.set(this.capacities);
    [this.offsets, this.lengths, this.capacities] = [offsets, lengths, capacities];
  }

  /** Moves the key's list to a block of twice its capacity; returns the new offset. */
  private grow(key: number): number {
    const old = this.capacities[key]!;
    const capacity = old === 0 ? FIRST_CAPACITY : Math.min(old * 2, this.limit);
    const offset = this.allocate(capacity);
    this.pool.copyWithin(offset, this.offsets[key]!, this.offsets[key]! + this.lengths[key]!);
    if (old > 0) {
      let list = this.free.get(old);
      if (!list) this.free.set(old, (list = []));
      list.push(this.offsets[key]!);
    }
    this.offsets[key] = offset;
    this.capacities[key] = capacity;
    return offset;
  }

  private allocate(capacity: number): number {
    const reused = this.free.get(capacity)?.pop();
    if (reused !== undefined) return reused;
    if (this.used + capacity > this.pool.length) {
      const grown = new Int32Array(Math.max(this.pool.length * 2, this.used + capacity));
      grown.set(this.pool.subarray(0, this.used));
      this.pool = grown;
    }
    this.used += capacity;
    return this.used - capacity;
  }
}

const EMPTY = new Int32Array(0);
