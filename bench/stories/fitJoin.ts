/**
 * Fits a join model for the grouper (bench/stories/joinFeatures.ts) on one part of the clustering
 * set (bench/stories/clusters.ts) and confirms it on the other: FNC-1 bodies and
 * SemEval articles are different sources, languages and kinds of story, so a model that
 * helps the part it was not fitted on learnt something about news, not about one set.
 *
 * Rows are teacher-forced: articles arrive in the set's order and are compared with the
 * gold stories so far (their centroids, as the grouper keeps them), the
 * CANDIDATES most similar by the hand-set score; the label says whether the story is the
 * article's own. The threshold on the probability is then chosen by B-cubed F1 of the
 * real grouper on the fitting part, and folded into the intercept.
 *
 *   node --import tsx bench/stories/fitJoin.ts                          # every feature
 *   node --import tsx bench/stories/fitJoin.ts similarity,words,names   # only these (the rest held at 0)
 *
 * Nothing is written: no fitted join model helped the part it was not fitted on (see the
 * "Stories and copies" section of docs/benchmarks.md), so the grouper keeps its hand-set
 * similarity and this stays a measurement.
 */
import { fileURLToPath } from "node:url";
import { defaultConfig, type StoriesConfig } from "../../src/config.js";
import type { Article } from "../../src/model.js";
import { Centroid } from "../../src/stories/centroid.js";
import { StoryGrouper } from "../../src/stories/grouping.js";
import { similarity } from "../../src/stories/similarity.js";
import { Vocabulary } from "../../src/stories/vectors.js";
import { clusterSet } from "./clusters.js";
import { JOIN_FEATURES, joinFeatures, type JoinModel, joinScore } from "./joinFeatures.js";
import { fitLogistic } from "./logistic.js";
import { bcubed } from "./metrics.js";
import { languages } from "../../src/lang/index.js";

/** Gold stories compared with each article while collecting rows, as the grouper's candidateStories. */
const CANDIDATES = 8;
/** Ridge on the weights: the features lie in [0, 1] and the rows number thousands, so 1 only stops a weight running off on a rare flag. */
const RIDGE = 1;
/** Probabilities tried as the join threshold on the fitting part. */
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

export interface Rows {
  readonly x: Float64Array[];
  readonly y: number[];
}

/** Teacher-forced rows: each article against the most similar gold stories before it. */
export function joinRows(articles: readonly Article[], gold: ReadonlyMap<string, string>, config: StoriesConfig = defaultConfig.stories): Rows {
  const limits = { words: config.sketchWords, names: config.sketchNames, facts: config.sketchFacts, folds: config.sketchFolds };
  const vocabulary = new Vocabulary(languages(), config.stemLength);
  const stories = new Map<string, { centroid: Centroid; members: number }>();
  const x: Float64Array[] = [];
  const y: number[] = [];
  for (const a of articles) {
    const v = vocabulary.sketch(a, limits);
    const own = gold.get(a.id)!;
    const ranked = [...stories].map(([id, s]) => ({ id, s, score: similarity(v, s.centroid.vectors()) })).filter((c) => c.score > 0);
    ranked.sort((p, q) => q.score - p.score);
    for (const c of ranked.slice(0, CANDIDATES)) {
      x.push(joinFeatures(v, c.s.centroid.vectors(), c.s.members, vocabulary));
      y.push(c.id === own ? 1 : 0);
    }
    const story = stories.get(own);
    if (story) {
      story.centroid.add(v);
      story.members++;
    } else stories.set(own, { centroid: new Centroid(v, limits), members: 1 });
  }
  return { x, y };
}

/** B-cubed of the streaming grouper on these articles, with the model's join score or (none given) the hand-set similarity. */
export function groupingF1(articles: readonly Article[], gold: ReadonlyMap<string, string>, model?: JoinModel, config: StoriesConfig = defaultConfig.stories): { p: number; r: number; f1: number } {
  const grouper = new StoryGrouper(config, languages(), model ? joinScore(model) : undefined);
  for (const a of articles) grouper.add(a);
  const predicted = new Map<string, string>();
  grouper.groups().forEach((ids, i) => ids.forEach((id) => predicted.set(id, String(i))));
  return bcubed(new Map(articles.map((a) => [a.id, gold.get(a.id)!])), predicted);
}

/** Fits on the rows, then picks the threshold by the grouper's F1 on the fitting articles and folds it into the intercept. */
export function fitJoin(rows: Rows, articles: readonly Article[], gold: ReadonlyMap<string, string>, fitted: string): JoinModel {
  const { intercept, weights } = fitLogistic(rows.x, rows.y, RIDGE);
  // Probability t becomes the grouper's join threshold J by shifting the log-odds: p ≥ t ⇔ p' ≥ J.
  const logit = (p: number) => Math.log(p / (1 - p));
  const at = (t: number): JoinModel => ({ features: [...JOIN_FEATURES], intercept: intercept - logit(t) + logit(defaultConfig.stories.joinThreshold), weights, fitted });
  let best = at(0.5);
  let bestF1 = -1;
  for (const t of THRESHOLDS) {
    const f1 = groupingF1(articles, gold, at(t)).f1;
    if (f1 > bestF1) [best, bestF1] = [at(t), f1];
  }
  return best;
}

const f3 = (x: number) => x.toFixed(3);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const set = clusterSet();
  if (!set) throw new Error("fnc1 or semeval not found");
  const parts = { "FNC-1": set.articles.filter((a) => a.id.startsWith("fnc-")), SemEval: set.articles.filter((a) => a.id.startsWith("se-")) };
  const show = (m: { p: number; r: number; f1: number }) => `P ${f3(m.p)} R ${f3(m.r)} F1 ${f3(m.f1)}`;
  for (const [name, articles] of Object.entries(parts)) console.log(`hand-set similarity on ${name}: ${show(groupingF1(articles, set.gold))}`);
  console.log(`hand-set similarity on all: ${show(groupingF1(set.articles, set.gold))}`);
  const keep = process.argv[2]?.split(",");
  for (const [name, articles] of Object.entries(parts)) {
    const rows = joinRows(articles, set.gold);
    if (keep) for (const r of rows.x) JOIN_FEATURES.forEach((f, i) => { if (!keep.includes(f)) r[i] = 0; });
    const model = fitJoin(rows, articles, set.gold, name);
    console.log(`\nfitted on ${name} (${rows.x.length} rows, ${rows.y.filter((v) => v === 1).length} positive): intercept ${f3(model.intercept)}; ${JOIN_FEATURES.map((f, i) => `${f} ${f3(model.weights[i]!)}`).join(", ")}`);
    for (const [other, test] of Object.entries(parts)) console.log(`  on ${other}${other === name ? " (fitting part)" : ""}: ${show(groupingF1(test, set.gold, model))}`);
    console.log(`  on all: ${show(groupingF1(set.articles, set.gold, model))}`);
  }
}
