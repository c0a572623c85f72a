/**
 * The fitted pair model of `dossier similarity` (models/story-pairs.json) and applying it
 * to a feature vector: score = 1 / (1 + e^-(intercept + Σ weight · feature)), over the
 * features of src/stories/pairFeatures.ts, fitted to SemEval-2022 task 8's Overall mapped
 * to [0, 1] (1 "very similar" → 1, 4 "very dissimilar" → 0) by bench/stories/fitPairs.ts.
 */
import { readModel } from "../modelFiles.js";
import { PAIR_FEATURES } from "./pairFeatures.js";

export interface PairModel {
  /** Feature names in order; must equal PAIR_FEATURES, so a stale model is caught at load. */
  readonly features: readonly string[];
  readonly intercept: number;
  readonly weights: readonly number[];
  /** What it was fitted on, and its out-of-fold Pearson there. */
  readonly fitted: string;
}

/** The model's score of one feature vector: the logistic function of the weighted sum, in (0, 1). */
export function applyPairModel(model: PairModel, features: readonly number[]): number {
  if (model.features.length !== PAIR_FEATURES.length || model.features.some((f, i) => f !== PAIR_FEATURES[i])) {
    throw new Error(`pair model features [${model.features.join(", ")}] differ from [${PAIR_FEATURES.join(", ")}]: refit with bench/stories/fitPairs.ts`);
  }
  let s = model.intercept;
  for (let i = 0; i < features.length; i++) s += model.weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-s));
}

/** The shipped model, read once. */
export const PAIR_MODEL: PairModel = readModel<PairModel>("story-pairs.json");
