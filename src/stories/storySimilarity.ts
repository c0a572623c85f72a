/**
 * "Same story" as one swappable idea: how an article is represented, how a story's members
 * are merged into what a newcomer is compared with, and how the two are scored. The
 * streaming grouper (src/stories/grouping.ts) is generic over it; a new model (a bilingual
 * lexicon, a local embedding model) is one new file implementing it.
 *
 * Shipped implementations:
 * - SketchSimilarity (src/stories/sketchSimilarity.ts): bounded sketches of stems, names,
 *   numbers and folded prefixes, story centroids, the hand-set score. The grouper's default.
 * - PairModelSimilarity (src/stories/pairSimilarity.ts): the fitted logistic pair model
 *   behind `dossier similarity`, usable by the grouper too.
 */
import type { Article } from "../model.js";

/** What a similarity model reads of an article. */
export type ArticleText = Pick<Article, "title" | "text" | "language">;

export interface StorySimilarity<Item, Story> {
  /**
   * Reads an article. It also counts the article in whatever corpus statistics the model
   * keeps (document frequencies), so call it once per article, in arrival order.
   */
  represent(article: ArticleText): Item;
  /** A story with one more member; `story` null starts one. May update `story` in place and return it. */
  merge(story: Story | null, member: Item): Story;
  /** How likely the article tells the story, in [0, 1]: the grouper joins at its `joinThreshold`. */
  score(article: Item, story: Story): number;
  /** Keys under which the grouper's inverted index finds candidate stories for the article. */
  indexKeys(article: Item): readonly number[];
  /** How much sharing a key says (rarer keys more), for ranking candidates. */
  keyWeight(key: number): number;
}

/**
 * A model whose state can live in the store: its corpus statistics (a fixed size, saved
 * whole) and each story's summary (saved per story). Loading what was saved gives a model
 * that scores exactly as the one that saved it.
 */
export interface SavedSimilarity<Story> {
  saveStatistics(): Uint8Array;
  loadStatistics(data: Uint8Array): void;
  encodeStory(story: Story): Uint8Array;
  decodeStory(data: Uint8Array): Story;
}
