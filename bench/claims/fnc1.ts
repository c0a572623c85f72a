/**
 * FNC-1 stance: the claims stage's stance reading (src/claims/stance.ts) on headline/body
 * pairs, scored the competition's way (0.25 for related/unrelated right, +0.75 for the right
 * one of agree/disagree/discuss) as a share of the best possible score, with per-class F1.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Stance, stanceOf } from "../../src/claims/stance.js";
import { stanceStems } from "../../src/claims/stanceFeatures.js";
import { defaultConfig } from "../../src/config.js";
import { parseCsv } from "../lib/csv.js";
import { languages } from "../../src/lang/index.js";

const LABELS: readonly Stance[] = ["agree", "disagree", "discuss", "unrelated"];

export interface FncScores {
  readonly pairs: number;
  readonly score: number;
  readonly relatedAccuracy: number;
  readonly f1: Readonly<Record<Stance, number>>;
  readonly confusion: ReadonlyArray<readonly number[]>;
}

export interface FncData {
  readonly bodies: ReadonlyMap<number, string>;
  readonly pairs: ReadonlyArray<{ readonly headline: string; readonly bodyId: number; readonly gold: Stance }>;
  /** Rarity of a stem among the bodies (inverse document frequency). */
  readonly weight: (stem: string) => number;
}

export function loadFnc(root: string): FncData {
  const bodies = new Map(parseCsv(readFileSync(join(root, "bodies.csv"), "utf8")).slice(1).map(([id, body]) => [Number(id), body!]));
  const pairs = parseCsv(readFileSync(join(root, "stances.csv"), "utf8")).slice(1).map(([h, id, s]) => ({ headline: h!, bodyId: Number(id), gold: s as Stance }));
  // Rarity from the bodies (no labels): a word every body has says nothing about which headline a body answers.
  const df = new Map<string, number>();
  for (const b of bodies.values()) for (const s of new Set(stanceStems(b, "en"))) df.set(s, (df.get(s) ?? 0) + 1);
  const weight = (s: string): number => Math.log((bodies.size + 1) / ((df.get(s) ?? 0) + 1)) + 1;
  return { bodies, pairs, weight };
}

/** The tuning half: everything learned or chosen for stance is chosen on these bodies only. */
export const isTuning = (bodyId: number): boolean => bodyId % 4 === 0;

/** `keep` picks the body IDs scored (all when omitted), so a held-out half can be reported apart from the half looked at. */
export function scoreFnc(
  root: string | FncData,
  keep: (bodyId: number) => boolean = () => true,
  thresholds = { relatedThreshold: defaultConfig.claims.stanceRelated, agreeThreshold: defaultConfig.claims.stanceAgree },
): FncScores {
  const { bodies, pairs, weight } = typeof root === "string" ? loadFnc(root) : root;
  const { relatedThreshold, agreeThreshold } = thresholds;
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  let score = 0, best = 0, relatedRight = 0, n = 0;
  for (const p of pairs) {
    if (!keep(p.bodyId)) continue;
    const { stance } = stanceOf(p.headline, bodies.get(p.bodyId)!, "en", languages(), { weight, relatedThreshold, agreeThreshold });
    n++;
    confusion[LABELS.indexOf(p.gold)]![LABELS.indexOf(stance)]!++;
    const goldRelated = p.gold !== "unrelated";
    best += goldRelated ? 1 : 0.25;
    if (goldRelated === (stance !== "unrelated")) {
      score += 0.25;
      relatedRight++;
    }
    if (goldRelated && stance === p.gold) score += 0.75;
  }
  const f1 = Object.fromEntries(LABELS.map((l, i) => {
    const tp = confusion[i]![i]!;
    const predicted = confusion.reduce((s, row) => s + row[i]!, 0);
    const gold = confusion[i]!.reduce((s, x) => s + x, 0);
    const p = predicted ? tp / predicted : 0, r = gold ? tp / gold : 0;
    return [l, p + r ? (2 * p * r) / (p + r) : 0];
  })) as Record<Stance, number>;
  return { pairs: n, score: score / best, relatedAccuracy: relatedRight / n, f1, confusion };
}
