/**
 * Research script: the sentence pairs claim alignment compares, on the TUNED part of the
 * verdict set only, each labelled same-fact or not by the gold labels. Prints how well the
 * alignment similarity separates them; with --missed, the same-fact pairs it misses (texts of
 * tuned stories only). Not a product path: bench:verdicts measures the product.
 */
import { alignmentTap } from "../../src/claims/claimClusters.js";
import { claimSentenceSimilarity, type ClaimSentence } from "../../src/claims/claimSentences.js";
import { crossLanguageSimilarity } from "../../src/claims/crossLanguage.js";
import { DatasetTexts, dataRoot } from "./datasets.js";
import { loadStories } from "./labels.js";
import { indexSentences, sentenceOfQuote } from "./match.js";
import { runStory } from "./run.js";
import { SENTENCES_IN_SCOPE, splitSentences } from "./sentences.js";

const texts = new DatasetTexts(dataRoot()!);
const showMissed = process.argv.includes("--missed");
interface Pair {
  story: string;
  a: ClaimSentence;
  b: ClaimSentence;
  same: boolean;
  sim: number;
  aKey: string;
  bKey: string;
}
const pairs: Pair[] = [];
for (const story of loadStories().filter((s) => s.split === "tuned")) {
  const units: ClaimSentence[] = [];
  alignmentTap.units = (us) => units.push(...us);
  const run = await runStory(story, texts);
  const factOf = (u: ClaimSentence): [string, string] | null => {
    const key = run.keyOfArticle.get(u.articleId);
    const article = story.articles.find((a) => a.key === key);
    if (!key || !article) return null;
    const raw = splitSentences(texts.text(article.dataset, article.item));
    const i = sentenceOfQuote(indexSentences(raw), u.sentence.text);
    if (i === null || i >= SENTENCES_IN_SCOPE) return null;
    return [article.sentences[i]?.fact ?? "-", `${key}:${i}`];
  };
  const labelled = units.map((u) => [u, factOf(u)] as const).filter((x): x is readonly [ClaimSentence, [string, string]] => x[1] !== null);
  for (let i = 0; i < labelled.length; i++)
    for (let j = i + 1; j < labelled.length; j++) {
      const [a, [fa, ka]] = labelled[i]!;
      const [b, [fb, kb]] = labelled[j]!;
      if (a.articleId === b.articleId) continue;
      pairs.push({ story: story.storyId, a, b, same: fa !== "-" && fa === fb, sim: claimSentenceSimilarity(a, b), aKey: `${ka} ${fa}`, bKey: `${kb} ${fb}` });
    }
}
alignmentTap.units = undefined;
const same = pairs.filter((p) => p.same);
console.log(`tuned pairs: ${pairs.length}, same-fact ${same.length}`);
for (const t of [0.2, 0.3, 0.4]) {
  const hit = pairs.filter((p) => p.sim >= t);
  console.log(`sim ≥ ${t}: recall ${(hit.filter((p) => p.same).length / same.length).toFixed(3)}, precision ${(hit.filter((p) => p.same).length / Math.max(hit.length, 1)).toFixed(3)} (${hit.length})`);
}
if (showMissed)
  for (const p of same.filter((x) => x.sim < 0.4))
    console.log(`\n${p.story} ${p.aKey} / ${p.bKey} sim ${p.sim.toFixed(2)} [${p.a.language}/${p.b.language}]\n  ${p.a.sentence.text}\n  ${p.b.sentence.text}\n  ${[...p.a.features].join(" ")}\n  ${[...p.b.features].join(" ")}`);

// Candidate measures, with rarity read among the story's sentences (as the product can).
const byStory = new Map<string, Pair[]>();
for (const p of pairs) byStory.set(p.story, [...(byStory.get(p.story) ?? []), p]);
type Row = { p: Pair; x: number[] };
const rows: Row[] = [];
for (const list of byStory.values()) {
  const units = [...new Set(list.flatMap((p) => [p.a, p.b]))];
  const df = new Map<string, number>();
  for (const u of units) for (const f of u.features) df.set(f, (df.get(f) ?? 0) + 1);
  const w = (f: string): number => Math.log((units.length + 1) / (df.get(f) ?? 1));
  for (const p of list) {
    let shared = 0, ta = 0, tb = 0, names = 0, vals = 0, stems = 0, rare = 0;
    for (const f of p.a.features) ta += w(f);
    for (const f of p.b.features) tb += w(f);
    for (const f of p.a.features) if (p.b.features.has(f)) {
      shared += w(f);
      if (f.startsWith("E:")) names++;
      else if (f.startsWith("V:")) vals++;
      else stems++;
      if ((df.get(f) ?? 0) <= 3) rare++;
    }
    const wd = ta + tb ? (2 * shared) / (ta + tb) : 0;
    const wc = Math.min(ta, tb) ? shared / Math.min(ta, tb) : 0;
    rows.push({ p, x: [p.sim, wd, wc, Math.min(names, 3) / 3, Math.min(vals, 2) / 2, Math.min(stems, 5) / 5, Math.min(rare, 4) / 4, p.a.language === p.b.language ? 0 : 1] });
  }
}
const NAMES = ["dice", "wdice", "wcont", "names", "values", "stems", "rare", "cross"];
function fit(train: Row[], cols: number[]): number[] {
  const wts = new Array(cols.length + 1).fill(0);
  const pos = train.filter((r) => r.p.same).length, neg = train.length - pos;
  for (let it = 0; it < 2000; it++) {
    const g = new Array(wts.length).fill(0);
    for (const r of train) {
      const z = wts[0] + cols.reduce((s, c, k) => s + wts[k + 1] * r.x[c]!, 0);
      const e = 1 / (1 + Math.exp(-z)) - (r.p.same ? 1 : 0);
      const cw = r.p.same ? neg / pos : 1;
      g[0] += e * cw;
      cols.forEach((c, k) => (g[k + 1] += e * cw * r.x[c]!));
    }
    for (let k = 0; k < wts.length; k++) wts[k] -= (0.5 * g[k]) / train.length + 0.001 * (k ? wts[k] : 0);
  }
  return wts;
}
const score = (wts: number[], cols: number[], r: Row): number => 1 / (1 + Math.exp(-(wts[0]! + cols.reduce((s, c, k) => s + wts[k + 1]! * r.x[c]!, 0))));
function report(name: string, scored: Array<[number, boolean]>): void {
  scored.sort((a, b) => b[0] - a[0]);
  const total = scored.filter((s) => s[1]).length;
  let tp = 0, auc = 0, fp = 0;
  const at: string[] = [];
  const marks = new Set([50, 100, 150, 200, 300]);
  scored.forEach(([, y], k) => {
    if (y) tp++; else { fp++; auc += tp; }
    if (marks.has(k + 1)) at.push(`top${k + 1}: P ${(tp / (k + 1)).toFixed(2)} R ${(tp / total).toFixed(2)}`);
  });
  console.log(`${name.padEnd(28)} AUC ${(auc / (tp * fp)).toFixed(3)}  ${at.join("  ")}`);
}
for (let c = 0; c < NAMES.length; c++) report(NAMES[c]!, rows.map((r) => [r.x[c]!, r.p.same]));
const stories = [...byStory.keys()];
for (const cols of [[0, 1, 2], [1, 2, 3, 4, 6], [0, 1, 2, 3, 4, 5, 6, 7]]) {
  // Out of fold by story: each story scored by a model fitted on the others' folds.
  const scored: Array<[number, boolean]> = [];
  for (let f = 0; f < 4; f++) {
    const test = rows.filter((r) => stories.indexOf(r.p.story) % 4 === f);
    const wts = fit(rows.filter((r) => stories.indexOf(r.p.story) % 4 !== f), cols);
    for (const r of test) scored.push([score(wts, cols, r), r.p.same]);
  }
  report(`lr ${cols.map((c) => NAMES[c]).join("+")}`, scored);
  console.log("  weights (all):", fit(rows, cols).map((x) => x.toFixed(2)).join(" "));
}
for (const c of [1, 2]) for (const t of [0.12, 0.15, 0.18, 0.2, 0.22, 0.25]) {
  const hit = rows.filter((r) => (r.x[c] ?? 0) >= t);
  const tp = hit.filter((r) => r.p.same).length;
  console.log(`${NAMES[c]} ≥ ${t}: R ${(tp / same.length).toFixed(3)} P ${(tp / Math.max(hit.length, 1)).toFixed(3)} (${hit.length})`);
}

// Across languages: the product's measure (crossLanguageSimilarity, rarity from pivot keys) on pairs of two languages.
const crossRows: Array<[number, boolean]> = [];
for (const list of byStory.values()) {
  const units = [...new Set(list.flatMap((p) => [p.a, p.b]))];
  const frequency = new Map<string, number>();
  for (const u of units) for (const k of u.pivotKeys) frequency.set(k, (frequency.get(k) ?? 0) + 1);
  const idfOf = (keys: readonly string[]): number => Math.log(1 + units.length / Math.min(...keys.map((k) => frequency.get(k) ?? 1)));
  for (const p of list) if (p.a.language !== p.b.language) crossRows.push([crossLanguageSimilarity(p.a, p.b, idfOf), p.same]);
}
report("cross-language measure", crossRows);
for (const t of [0.12, 0.15, 0.17, 0.2, 0.25]) {
  const hit = crossRows.filter((r) => r[0] >= t);
  const tp = hit.filter((r) => r[1]).length;
  console.log(`cross ≥ ${t}: R ${(tp / crossRows.filter((r) => r[1]).length).toFixed(3)} P ${(tp / Math.max(hit.length, 1)).toFixed(3)} (${hit.length})`);
}
// --false: the same-language pairs the alignment similarity ranks highest that the labels call different facts.
if (process.argv.includes("--false"))
  for (const p of pairs.filter((x) => !x.same && x.a.language === x.b.language).sort((x, y) => y.sim - x.sim).slice(0, 30))
    console.log(`\n${p.story} ${p.aKey} / ${p.bKey} sim ${p.sim.toFixed(2)}\n  ${p.a.sentence.text}\n  ${p.b.sentence.text}`);
