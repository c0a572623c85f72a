/**
 * A dev count, not a score: claims that join two languages in SemEval-2022 same-story rows of two
 * languages (Overall ≤ 1.5; the original pairs and the task's machine-translated rows, "123es_456it")
 * whose articles no labelled verdict story uses, each pair analysed as one story
 * by the claims stage (its first 6,000 characters a side, as `analyseStory` reads an article). It
 * says whether a change moves cross-language alignment on texts the verdict set never saw, where
 * the held-out part is too small to tell (stop 46: its 7 cross-language pairs moved, unexplained).
 * `--list` prints each pair's count, to compare two runs.
 *
 *   node --import tsx bench/verdicts/freshPairs.ts [--list]
 */
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { languages } from "../../src/lang/index.js";
import type { Article } from "../../src/model.js";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../lib/csv.js";
import { DATA } from "../stories/datasets.js";
import { loadStories } from "./labels.js";

const path = join(DATA, "similarity", "semeval2022-task8", "training_set.csv");
if (!existsSync(path)) {
  console.log("../shared/data is absent: nothing to count");
  process.exit(0);
}
const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
const col = (name: string): number => header!.indexOf(name);
const pairs = rows
  .filter((r) => r.length === header!.length)
  .map((r) => ({ id: r[col("pair_id")]!, lang1: r[col("lang1")]!, lang2: r[col("lang2")]!, text1: r[col("text1")]!, text2: r[col("text2")]!, overall: Number(r[col("Overall")]) }));
const L = languages();
// The verdict set's SemEval articles, by number ("1484203127_1484157832/1484203127").
const used = new Set(loadStories().flatMap((s) => s.articles.filter((a) => a.dataset === "semeval").flatMap((a) => a.item.split(/[_/]/u))));
const article = (id: string, text: string, language: string): Article => ({ id, path: `${id}.txt`, url: null, outlet: null, title: null, byline: null, published: null, language, text: text.slice(0, 6000), removed: [], warnings: [] });
let counted = 0, claims = 0, across = 0;
for (const p of pairs) {
  // A row's articles by their numbers, whatever translation suffix they carry.
  const ids = p.id.split("_").map((x) => x.replace(/[a-z]+$/u, ""));
  if (p.lang1 === p.lang2 || p.overall > 1.5 || ids.some((x) => used.has(x)) || !L.pack(p.lang1) || !L.pack(p.lang2)) continue;
  const a = article("a", p.text1, p.lang1), b = article("b", p.text2, p.lang2);
  const r = analyseStory({ id: p.id, headline: p.id, articleIds: ["a", "b"], copies: [] }, new Map([["a", a], ["b", b]]), defaultConfig.claims, L);
  const n = r.claims.filter((c) => new Set(c.mentions.map((m) => m.articleId)).size === 2).length;
  counted++;
  claims += r.claims.length;
  across += n;
  if (process.argv.includes("--list")) console.log(`${p.id} ${n}`);
}
console.log(`fresh same-story pairs in two languages: ${counted}; claims ${claims}; claims holding both languages ${across}`);
