/**
 * Streaming grouping: each article, in arrival order, joins the most similar story or
 * starts one. What "similar" means is a StorySimilarity (src/stories/storySimilarity.ts).
 * Candidates come from an inverted index over each article's index keys whose posting
 * lists keep only the latest stories, and each story is compared through the model's
 * bounded summary (the default: a centroid), so adding an article costs the same at 10
 * or 100,000 articles. The state after n articles depends only on those n articles, in order, so
 * any batching gives the same stories.
 */
import type { StoriesConfig } from "../config.js";
import type { Languages } from "../lang/languages.js";
import type { Article } from "../model.js";
import type { Centroid } from "./centroid.js";
import { SketchSimilarity } from "./sketchSimilarity.js";
import type { StorySimilarity } from "./storySimilarity.js";
import type { ArticleVectors } from "./vectors.js";
import { PostingLists } from "./postings.js";

/** What the grouper keeps of a story that can still be a candidate. */
export interface StoryRecord<Story> {
  /** What a new article is compared with: the similarity model's merge of the members. */
  summary: Story;
  /** The published days the members span, for time proximity. */
  firstDay: number | null;
  lastDay: number | null;
}

/** An article read and its candidate stories found, before it is placed. */
export interface Placement<Item> {
  readonly item: Item;
  readonly keys: readonly number[];
  readonly day: number | null;
  readonly candidates: readonly number[];
}

/**
 * Stories are numbered in the order they were started. A story's record is dropped once no
 * posting list holds it: it can never be a candidate again, and memory then stays bounded by
 * the index, not by the number of stories. Records may also be kept elsewhere (the store) and
 * brought back on demand: prepare() names the candidates, missing() those not at hand,
 * restore() hands them back, place() decides; add() does all four when every record is at hand.
 */
export class StoryGrouper<Item = ArticleVectors, Story = Centroid> {
  readonly similarity: StorySimilarity<Item, Story>;
  private postings: PostingLists;
  private readonly records = new Map<number, StoryRecord<Story>>();
  private count = 0;
  /** Stories whose record changed since takeChanges(). */
  private readonly changed = new Set<number>();
  /** Stories that left every posting list since takeChanges(). */
  private readonly dropped = new Set<number>();
  private shared = new Float64Array(0);
  private mark = new Int32Array(0);
  private epoch = 0;
  private readonly touched: number[] = [];

  /**
   * `languages` is the knowledge articles are read with (month names, for dates as facts).
   * `similarity` represents articles, merges a story's members and scores an article
   * against a story; it keeps corpus statistics, so each grouper needs its own. The
   * sketches of src/stories/sketchSimilarity.ts serve by default.
   */
  constructor(
    private readonly config: StoriesConfig,
    languages: Languages,
    similarity?: StorySimilarity<Item, Story>,
  ) {
    // Without a model given, Item and Story are their defaults, the sketch model's types.
    this.similarity = similarity ?? (new SketchSimilarity(config, languages) as unknown as StorySimilarity<Item, Story>);
    this.postings = new PostingLists(config.postingLimit);
  }

  /** Adds an article; returns the index of the story it joined or started. Every candidate's record must be at hand. */
  add(article: Article): number {
    return this.place(this.prepare(article));
  }

  /** Reads the article (counting it in the model's statistics: once per article, in arrival order) and finds its candidates. */
  prepare(article: Article): Placement<Item> {
    const item = this.similarity.represent(article);
    const keys = this.similarity.indexKeys(item);
    return { item, keys, day: dayNumber(article.published), candidates: this.candidates(keys) };
  }

  /** Candidates whose record is not at hand. */
  missing(p: Placement<Item>): number[] {
    return p.candidates.filter((s) => !this.records.has(s));
  }

  /** Joins the article to its best candidate at or above the join threshold, or starts a story; returns the story's index. */
  place(p: Placement<Item>): number {
    const c = this.config;
    const model = this.similarity;
    const { item, day } = p;
    let best = -1;
    let bestScore = 0;
    for (const s of p.candidates) {
      const story = this.records.get(s);
      if (!story) throw new Error(`story ${s}: its record is not at hand`);
      const score = model.score(item, story.summary) * timeFactor(day, story.firstDay, story.lastDay, c.timeWindowDays);
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    const joined = bestScore >= c.joinThreshold;
    let story: number;
    if (joined) {
      story = best;
      const state = this.records.get(story)!;
      state.summary = model.merge(state.summary, item);
      if (day !== null) {
        state.firstDay = Math.min(day, state.firstDay ?? day);
        state.lastDay = Math.max(day, state.lastDay ?? day);
      }
    } else {
      story = this.count++;
      this.records.set(story, { summary: model.merge(null, item), firstDay: day, lastDay: day });
    }
    this.changed.add(story);
    for (const k of p.keys) {
      const gone = this.postings.touch(k, story);
      if (gone < 0) continue;
      this.records.delete(gone);
      this.changed.delete(gone);
      this.dropped.add(gone);
    }
    return story;
  }

  /** Stories started so far. */
  get started(): number {
    return this.count;
  }

  /** A record of a live story, loaded back from where it was kept. */
  restore(story: number, record: StoryRecord<Story>): void {
    if (this.postings.holding(story) > 0) this.records.set(story, record);
  }

  /** Lets go of a record that is kept elsewhere and unchanged (to bound memory); false if it changed since takeChanges(). */
  release(story: number): boolean {
    if (this.changed.has(story)) return false;
    return this.records.delete(story);
  }

  /** Lets go of unchanged records, oldest first, until at most `keep` are held; returns the stories let go. */
  trim(keep: number): number[] {
    const released: number[] = [];
    for (const story of this.records.keys()) {
      if (this.records.size <= keep) break;
      if (this.release(story)) released.push(story);
    }
    return released;
  }

  /** Records held in memory. */
  get resident(): number {
    return this.records.size;
  }

  /** The records changed and the stories dropped since the last call: what a save must write and delete. */
  takeChanges(): { changed: Map<number, StoryRecord<Story>>; dropped: number[] } {
    const changed = new Map([...this.changed].map((s) => [s, this.records.get(s)!]));
    const dropped = [...this.dropped];
    this.changed.clear();
    this.dropped.clear();
    return { changed, dropped };
  }

  /** The index and story count, to be saved (the model's statistics are saved by the model). */
  saveIndex(): { postings: Int32Array; started: number } {
    return { postings: this.postings.save(), started: this.count };
  }

  /** Bytes saveIndex() writes. */
  saveIndexSize(): number {
    return this.postings.savedBytes;
  }

  /** Takes back what saveIndex() gave; records are restored on demand. */
  loadIndex(saved: { postings: Int32Array; started: number }): void {
    this.postings = PostingLists.load(saved.postings, this.config.postingLimit, 1024);
    this.count = saved.started;
    this.records.clear();
    this.changed.clear();
    this.dropped.clear();
  }

  /** Stories sharing the most weight of index keys with the article, best first, ties to the older story. */
  private candidates(keys: readonly number[]): number[] {
    // Dense sums by story index, marked per call, in place of a map per article.
    const n = this.count;
    if (this.shared.length < n) {
      const size = Math.max(n, this.shared.length * 2);
      this.shared = new Float64Array(size);
      const mark = new Int32Array(size);
      mark.set(this.mark);
      this.mark = mark;
    }
    const epoch = ++this.epoch;
    const shared = this.shared;
    const mark = this.mark;
    const touched = this.touched;
    touched.length = 0;
    for (const k of keys) {
      const list = this.postings.get(k);
      if (list.length === 0) continue;
      const idf = this.similarity.keyWeight(k);
      for (const s of list) {
        if (mark[s] !== epoch) {
          mark[s] = epoch;
          shared[s] = 0;
          touched.push(s);
        }
        shared[s]! += idf;
      }
    }
    // A bounded insertion list rather than sorting every story that shares a key.
    const limit = this.config.candidateStories;
    const top: number[] = [];
    for (const s of touched) {
      if (top.length === limit && !better(s, top[limit - 1]!, shared)) continue;
      let at = top.length < limit ? top.length : limit - 1;
      top[at] = s;
      while (at > 0 && better(top[at]!, top[at - 1]!, shared)) {
        [top[at], top[at - 1]] = [top[at - 1]!, top[at]!];
        at--;
      }
    }
    return top;
  }
}

/** More shared index weight first, then the older story. */
function better(a: number, b: number, shared: Float64Array): boolean {
  return shared[a]! > shared[b]! || (shared[a] === shared[b] && a < b);
}

/** Days since the epoch of a "YYYY-MM-DD..." date, or null. */
function dayNumber(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published.slice(0, 10));
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

/** Full weight within the window of the story's days, then halving for every further window. */
function timeFactor(day: number | null, first: number | null, last: number | null, windowDays: number): number {
  if (day === null || first === null || last === null) return 1;
  const distance = day < first ? first - day : day > last ? day - last : 0;
  const excess = distance - windowDays;
  return excess <= 0 ? 1 : 0.5 ** (excess / windowDays);
}

