/**
 * The linear model that weighs the stance features (src/claims/stanceFeatures.ts): logistic
 * regression for "is the text about the statement". Weights are learned by bench/claims/stanceTrain.ts on the FNC-1 tuning half and kept in
 * models/stance-relatedness.json; rerun that script after changing a feature.
 */
import { readModel } from "../modelFiles.js";

export interface LinearModel {
  /** Per-feature mean and spread of the training pairs: features are standardised before weighing. */
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  /** One row of weights and one bias per class (a single row for a yes/no model). */
  readonly weights: ReadonlyArray<readonly number[]>;
  readonly bias: readonly number[];
}

/** The relatedness features plus bent copies of the overlap shares (the first `BENT` features): the evidence is not linear in them. */
const BENT = 6;

export function expandRelatedness(features: readonly number[]): number[] {
  const shares = features.slice(0, BENT);
  return [...features, ...shares.map((x) => x * x), ...shares.map((x) => Math.sqrt(Math.max(0, x)))];
}

/** Class scores (log-odds up to a constant) of a standardised feature vector. */
export function linearScores(model: LinearModel, features: readonly number[]): number[] {
  return model.weights.map((row, k) => row.reduce((s, w, i) => s + w * ((features[i]! - model.mean[i]!) / model.scale[i]!), model.bias[k]!));
}

/** The relatedness model (models/stance-relatedness.json), read once. */
export const RELATED_MODEL: LinearModel = readModel<LinearModel>("stance-relatedness.json");

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
