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
import { idf } from "../../src/text/measures.js";
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
  for (const b of bodies.values()) for (const s of new Set(stanceStems(b, "en", languages()))) df.set(s, (df.get(s) ?? 0) + 1);
  const weight = (s: string): number => idf(bodies.size, df.get(s) ?? 0, 1) + 1;
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
  const known = languages();
  return scorePredicted(pairs.filter((p) => keep(p.bodyId)), (p) => stanceOf(p.headline, bodies.get(p.bodyId)!, "en", known, { weight, relatedThreshold, agreeThreshold }).stance);
}

/**
 * FNC-1 through the product's path: the bodies built into a store by `buildDossier` (as a user's
 * JSON lines), the headlines checked as claims by `checkStore` (what `dossier check --claims`
 * runs). A body the store does not hold, or a headline it finds no bearing on, reads "unrelated".
 */
export async function scoreFncThroughCheck(root: string, subsets: ReadonlyArray<readonly [string, (bodyId: number) => boolean]>): Promise<Array<[string, FncScores]>> {
  const { bodies, pairs } = loadFnc(root);
  const { buildDossier, checkStore } = await import("../../src/pipeline.js");
  const { openSqliteStore } = await import("../../src/store/index.js");
  const store = await openSqliteStore(":memory:");
  try {
    const lines = [...bodies].map(([id, text]) => JSON.stringify({ text, url: `https://fnc1.invalid/body/${id}` })).join("\n");
    await buildDossier([{ path: "fnc1-bodies.jsonl", bytes: new TextEncoder().encode(lines) }], { store });
    const bodyOf = new Map((await store.listArticles()).map((a) => [a.id, Number(a.url!.split("/").pop())]));
    const headlines = [...new Set(pairs.map((p) => p.headline))];
    const results = await checkStore(headlines.map((claim, i) => ({ id: String(i), claim })), { store });
    const read = new Map<string, Stance>();
    const back = { asserts: "agree", denies: "disagree", reports: "discuss" } as const;
    for (const r of results) for (const a of r.articles) read.set(`${r.claim}\u0000${bodyOf.get(a.articleId)}`, back[a.stance]);
    return subsets.map(([name, keep]) => [name, scorePredicted(pairs.filter((p) => keep(p.bodyId)), (p) => read.get(`${p.headline}\u0000${p.bodyId}`) ?? "unrelated")]);
  } finally {
    await store.close();
  }
}

/** The competition's score, related accuracy, per-class F1 and confusion of a reading of the pairs. */
function scorePredicted(pairs: FncData["pairs"], predict: (p: FncData["pairs"][number]) => Stance): FncScores {
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  let score = 0, best = 0, relatedRight = 0;
  for (const p of pairs) {
    const stance = predict(p);
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
  return { pairs: pairs.length, score: score / best, relatedAccuracy: relatedRight / pairs.length, f1, confusion };
}
