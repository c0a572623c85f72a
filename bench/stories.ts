/**
 * `npm run bench:stories`: the stories stage against the issue's goals.
 * 1. SemEval-2022 task 8 pairs: Pearson of our score vs -Overall, overall and per
 *    language pair: the fitted pair model out-of-fold (bench/stories/fitPairs.ts) and
 *    in-sample, the grouper's hand-set similarity, and a plain TF-IDF cosine baseline.
 * 2. Clustering: B-cubed P/R/F1 on a labelled set built from FNC-1 and SemEval texts
 *    (bench/stories/clusters.ts says how), on the raw texts and on what ingest and
 *    extract make of them (bench/stories/clustering.ts).
 * 3. Translations found as copies: SemEval-2022's machine translations beside their originals
 *    (bench/stories/translations.ts).
 * 4. Throughput of the streaming grouper at 10k and 100k synthetic articles
 *    (bench/stories/throughput.ts); set STORIES_BENCH_SIZES=10000 for a quick run.
 * STORIES_BENCH_ONLY=translations,throughput runs only the sections named.
 */
import { pairScore } from "../src/stories/pairs.js";
import { tfidfCosines } from "./stories/baseline.js";
import { clusteringBench } from "./stories/clustering.js";
import { fncData, semevalPairs } from "./stories/datasets.js";
import { crossValidate } from "./stories/fitPairs.js";
import { pearson } from "./stories/metrics.js";
import { measureThroughput } from "./stories/throughput.js";
import { translationsBench } from "./stories/translations.js";
import { HELD_OUT_FROZEN, heldOut } from "./lib/heldOut.js";

const f3 = (x: number) => (Number.isNaN(x) ? "  -  " : x.toFixed(3));

async function similarityBench(): Promise<void> {
  const pairs = semevalPairs();
  if (!pairs) return console.log("semeval2022-task8 not found: skipped");
  // Read as the CLI reads them (text only, languages identified by the stage itself).
  const cv = await crossValidate(pairs);
  const shipped = cv.evidence.map((e) => pairScore(e));
  const hand = cv.evidence.map((e) => e.handScore);
  const base = tfidfCosines(pairs.map((p) => [p.text1, p.text2] as const));
  const gold = pairs.map((p) => -p.overall);
  const groups = new Map<string, number[]>([["overall", pairs.map((_, i) => i)]]);
  pairs.forEach((p, i) => groups.set(`${p.lang1}-${p.lang2}`, [...(groups.get(`${p.lang1}-${p.lang2}`) ?? []), i]));
  groups.set("held out", pairs.flatMap((p, i) => (heldOut(p.id) ? [i] : [])));
  groups.set("rest", pairs.flatMap((p, i) => (heldOut(p.id) ? [] : [i])));
  console.log("\n## SemEval-2022 task 8 (original pairs): Pearson with -Overall\n");
  console.log("out-of-fold: the pair model fitted without the pair's fold (the honest figure); shipped: the model fitted on all pairs (in-sample);");
  console.log("grouper: the hand-set similarity the streaming grouper uses; TF-IDF: plain cosine baseline.");
  console.log(`held out: pairs whose sha256(pair id) is divisible by 3 (bench/lib/heldOut.ts), frozen on ${HELD_OUT_FROZEN}; earlier work saw every pair`);
  console.log("(the grouper's weights and the pair model's features were chosen on them), so they are held out for tuning from that day on only.\n");
  console.log("| pairs | n | out-of-fold | shipped (in-sample) | grouper | TF-IDF cosine |\n|---|---|---|---|---|---|");
  for (const [name, ix] of groups) {
    const r = (xs: readonly number[]) => f3(pearson(ix.map((i) => xs[i]!), ix.map((i) => gold[i]!)));
    console.log(`| ${name} | ${ix.length} | ${r(cv.outOfFold)} | ${r(shipped)} | ${r(hand)} | ${r(base)} |`);
  }
}

function throughputBench(): void {
  const fnc = fncData();
  const pairs = semevalPairs();
  if (!fnc || !pairs) return console.log("datasets not found: throughput skipped");
  const paragraphs: { text: string; lang: string }[] = [];
  // Paragraphs of 80+ characters: shorter lines are headings and bylines.
  for (const b of fnc.bodies) for (const p of b.text.split(/\n+/)) if (p.length > 80) paragraphs.push({ text: p, lang: "en" });
  for (const p of pairs) {
    for (const [t, lang] of [[p.text1, p.lang1], [p.text2, p.lang2]] as const) {
      for (const x of t.split(/\n+|(?<=\.)\s{2,}/)) if (x.length > 80) paragraphs.push({ text: x, lang });
    }
  }
  const sizes = (process.env.STORIES_BENCH_SIZES ?? "10000,100000").split(",").map(Number);
  console.log(`\n## Grouping throughput (one thread; synthetic articles from ${paragraphs.length} real paragraphs)\n`);
  console.log("| articles | articles/s (wall) | articles per CPU-second | CPU µs/article, last tenth | peak RSS MB | stories |\n|---|---|---|---|---|---|");
  const tenths: string[] = [];
  for (const n of sizes) {
    const t = measureThroughput(paragraphs, n);
    console.log(`| ${n} | ${t.perSecond.toFixed(0)} | ${t.perCpuSecond.toFixed(0)} | ${t.lastTenthCpuMicros.toFixed(0)} | ${t.peakRssMb.toFixed(0)} | ${t.stories} |`);
    tenths.push(`${n}: ${t.tenthsCpuMicros.map((x) => x.toFixed(0)).join(" ")}`);
  }
  console.log(`\nCPU µs per article in each tenth of a run (flat = cost independent of corpus size):\n${tenths.join("\n")}`);
}

// STORIES_BENCH_ONLY=translations (comma-separated section names) runs only those sections.
const sections: Record<string, () => void | Promise<void>> = { similarity: similarityBench, clustering: clusteringBench, translations: translationsBench, throughput: throughputBench };
const only = process.env.STORIES_BENCH_ONLY?.split(",");
for (const [name, run] of Object.entries(sections)) if (!only || only.includes(name)) await run();
