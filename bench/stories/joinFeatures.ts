/**
 * The evidence the streaming grouper could weigh when an article meets a candidate story's
 * centroid, as a short vector that a small logistic model turns into the probability that
 * the article belongs to the story. bench/stories/fitJoin.ts fits and measures it; it was
 * not carried into the grouper, since it did not help the part it was not fitted on:
 * - the cosines of the three families (stems, cross-script name keys, numbers and dates),
 *   square-rooted as in similarity.ts, and the hand-set similarity that combines them;
 * - specific agreement: how rare the rarest name, number or date the two share is, since
 *   two stories can share common words and even a country's name, but seldom a rare
 *   name or a figure;
 * - whether the two are in different languages or scripts, whose cosines run lower;
 * - how much the article says (a one-line body's cosine is noise) and how many members
 *   the story has (a centroid of many is broader than one article).
 * Everything here is a merge over the bounded sketches the grouper already holds, so it
 * costs about what one cosine costs.
 */
import type { JoinScore } from "../../src/stories/grouping.js";
import { similarity } from "../../src/stories/similarity.js";
import { type ArticleVectors, cosine, type Sparse, type Vocabulary } from "../../src/stories/vectors.js";

/** The features in model order; a JoinModel holds one weight for each. */
export const JOIN_FEATURES = [
  "similarity", "words", "names", "facts", "specific", "crossLanguage", "crossScript", "articleSize", "storySize",
] as const;

/**
 * Stem keys at which an article counts as fully sized: a body of a paragraph or more
 * reaches it (a sketch keeps at most 96). Chosen, not tuned: a few lines of news hold
 * about 30 distinct stems.
 */
const FULL_ARTICLE_STEMS = 32;
/** Members at which a story counts as large; log-scaled below it. Chosen, not tuned. */
const LARGE_STORY = 16;

export function joinFeatures(article: ArticleVectors, story: ArticleVectors, members: number, vocabulary: Vocabulary, out = new Float64Array(JOIN_FEATURES.length)): Float64Array {
  const both = (a: Sparse, b: Sparse) => (a.ids.length > 0 && b.ids.length > 0 ? Math.sqrt(cosine(a, b)) : 0);
  const sameScript = article.script === story.script;
  out[0] = similarity(article, story);
  out[1] = sameScript ? both(article.words, story.words) : 0;
  out[2] = both(article.names, story.names);
  out[3] = both(article.facts, story.facts);
  out[4] = Math.max(rarestShared(article.names, story.names, vocabulary), rarestShared(article.facts, story.facts, vocabulary)) / (vocabulary.maxIdf() || 1);
  out[5] = sameScript && article.language !== story.language ? 1 : 0;
  out[6] = sameScript ? 0 : 1;
  out[7] = Math.min(1, article.words.ids.length / FULL_ARTICLE_STEMS);
  out[8] = Math.min(1, Math.log(members) / Math.log(LARGE_STORY));
  return out;
}

/** The highest idf among the keys both vectors hold, or 0. */
function rarestShared(a: Sparse, b: Sparse, vocabulary: Vocabulary): number {
  let i = 0;
  let j = 0;
  let best = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      const idf = vocabulary.idf(x);
      if (idf > best) best = idf;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return best;
}

export interface JoinModel {
  /** Feature names in order; must equal JOIN_FEATURES, so a stale model is caught at load. */
  readonly features: readonly string[];
  readonly intercept: number;
  readonly weights: readonly number[];
  /** What it was fitted on. */
  readonly fitted: string;
}

/** The probability that the article belongs to the story: the logistic function of the weighted features. */
export function applyJoinModel(model: JoinModel, features: ArrayLike<number>): number {
  let s = model.intercept;
  for (let i = 0; i < model.weights.length; i++) s += model.weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-s));
}

/** The model as the grouper's join score. */
export function joinScore(model: JoinModel): JoinScore {
  const scratch = new Float64Array(JOIN_FEATURES.length);
  return (article, story, members, vocabulary) => applyJoinModel(model, joinFeatures(article, story, members, vocabulary, scratch));
}
