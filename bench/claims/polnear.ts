/**
 * PolNeAR attribution: Source spans found by the claims stage's attribution finder against
 * the annotated Source spans, exact and overlap P/R/F1. Each .ann file is one annotator's
 * reading of a text; a text read by two annotators is scored against both.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findAttributions } from "../../src/claims/attribution/rules.js";
import { splitSentences } from "../../src/text/sentences.js";

export interface SpanScores {
  readonly documents: number;
  readonly gold: number;
  readonly predicted: number;
  readonly exact: Prf;
  readonly overlap: Prf;
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

export type Range = readonly [number, number];

/** Source spans of every attribution relation in a brat file (a split span counts from its first to last piece). */
export function goldSources(ann: string): Range[] {
  const spans = new Map<string, Range>();
  const relations: string[] = [];
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (!id || !body) continue;
    if (id.startsWith("T")) {
      const [type, ...rest] = body.split(" ");
      if (type !== "Source") continue;
      const nums = rest.join(" ").split(";").flatMap((p) => p.trim().split(" ").map(Number));
      spans.set(id, [Math.min(...nums), Math.max(...nums)]);
    } else if (id.startsWith("E")) {
      const src = body.split(" ").find((a) => a.startsWith("Source:"));
      if (src) relations.push(src.slice("Source:".length));
    }
  }
  return relations.map((r) => spans.get(r)).filter((r): r is Range => !!r);
}

export function predictSources(text: string): Range[] {
  return splitSentences(text).flatMap((s) => findAttributions(s.text, s.start, "en").map((a) => [a.source.start, a.source.end] as const));
}

export function prf(matched: number, predicted: number, gold: number): Prf {
  const p = predicted ? matched / predicted : 0;
  const r = gold ? matched / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** One-to-one greedy matching in text order. */
export function countMatches(gold: readonly Range[], pred: readonly Range[], same: (g: Range, p: Range) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, j) => !used.has(j) && same(g, p));
    if (i >= 0) {
      used.add(i);
      n++;
    }
  }
  return n;
}

export function scorePolnear(root: string, split: "dev" | "train"): SpanScores {
  const annDir = join(root, split, "attributions");
  const textDir = join(root, split, "text");
  const texts = new Set(readdirSync(textDir));
  let gold = 0, predicted = 0, exact = 0, overlap = 0, documents = 0;
  const cache = new Map<string, Range[]>();
  for (const file of readdirSync(annDir).sort()) {
    const textName = file.replace(/_[0-9a-f]+\.ann$/, ".txt");
    if (!texts.has(textName)) continue;
    const text = readFileSync(join(textDir, textName), "utf8");
    const g = goldSources(readFileSync(join(annDir, file), "utf8"));
    const p = cache.get(textName) ?? predictSources(text);
    cache.set(textName, p);
    documents++;
    gold += g.length;
    predicted += p.length;
    exact += countMatches(g, p, (a, b) => a[0] === b[0] && a[1] === b[1]);
    overlap += countMatches(g, p, (a, b) => a[0] < b[1] && b[0] < a[1]);
  }
  return { documents, gold, predicted, exact: prf(exact, predicted, gold), overlap: prf(overlap, predicted, gold) };
}
