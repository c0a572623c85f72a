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

interface StoryState<Story> {
  readonly articleIds: string[];
  /**
   * What a new article is compared with: the similarity model's merge of the members.
   * Dropped once no posting list holds the story: it can never be a candidate again, and
   * memory then stays bounded by the index, not by the number of stories.
   */
  summary: Story | null;
  /** Posting lists holding the story. */
  postings: number;
  /** The published days the members span, for time proximity. */
  firstDay: number | null;
  lastDay: number | null;
}

export class StoryGrouper<Item = ArticleVectors, Story = Centroid> {
  private readonly similarity: StorySimilarity<Item, Story>;
  private readonly stories: StoryState<Story>[] = [];
  private readonly postings = new Map<number, number[]>();
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
  }

  /** Adds an article; returns the index of the story it joined or started. */
  add(article: Article): number {
    const c = this.config;
    const model = this.similarity;
    const item = model.represent(article);
    const keys = model.indexKeys(item);
    const day = dayNumber(article.published);

    let best = -1;
    let bestScore = 0;
    for (const s of this.candidates(keys)) {
      const story = this.stories[s]!;
      const score = model.score(item, story.summary!) * timeFactor(day, story.firstDay, story.lastDay, c.timeWindowDays);
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    const joined = bestScore >= c.joinThreshold;
    const story = joined ? best : this.stories.push({ articleIds: [], firstDay: day, lastDay: day, summary: model.merge(null, item), postings: 0 }) - 1;
    const state = this.stories[story]!;
    if (joined) state.summary = model.merge(state.summary, item);
    state.articleIds.push(article.id);
    if (day !== null) {
      state.firstDay = Math.min(day, state.firstDay ?? day);
      state.lastDay = Math.max(day, state.lastDay ?? day);
    }
    for (const k of keys) {
      let list = this.postings.get(k);
      if (!list) this.postings.set(k, (list = []));
      if (list[list.length - 1] === story) continue;
      const at = list.indexOf(story);
      if (at >= 0) list.splice(at, 1);
      else {
        state.postings++;
        if (list.length >= c.postingLimit) this.unlist(list.shift()!);
      }
      list.push(story);
    }
    return story;
  }

  private unlist(story: number): void {
    const state = this.stories[story]!;
    if (--state.postings === 0) state.summary = null;
  }

  /** The stories so far, each as its article ids in arrival order. */
  groups(): string[][] {
    return this.stories.map((s) => [...s.articleIds]);
  }

  /** Stories sharing the most weight of index keys with the article, best first, ties to the older story. */
  private candidates(keys: readonly number[]): number[] {
    // Dense sums by story index, marked per call, in place of a map per article.
    const n = this.stories.length;
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
      if (!list) continue;
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

