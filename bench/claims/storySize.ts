/**
 * `npm run bench:story-size`: how the claims stage's cost grows with one story's size, on the
 * kind of story a firehose makes: one real text (the longest FNC-1 or SemEval base text of
 * bench/scale/corpus.ts) reported N times, each report the text as it is (two in five) or a
 * rewrite (a fifth of its sentences dropped, the rest reordered). Prints, per size, the seconds
 * `analyseStory` takes, the claims it finds and the process's RSS after it.
 *
 *   node --import tsx bench/claims/storySize.ts [sizes, default 50,100,150,300]
 */
import { performance } from "node:perf_hooks";
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { languages } from "../../src/lang/index.js";
import type { Article } from "../../src/model.js";
import { seededRandom } from "../lib/seededRandom.js";
import { baseTexts } from "../scale/corpus.js";

const sizes = (process.argv[2] ?? "50,100,150,300").split(",").map(Number);
const texts = baseTexts();
if (texts.length === 0) {
  console.log("no base texts in ../shared/data (FNC-1, SemEval-2022): nothing to measure.");
  process.exit(0);
}
const base = texts.reduce((a, b) => (b.length > a.length ? b : a));
const parts = base.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
const rnd = seededRandom(11);
const reports: Article[] = Array.from({ length: Math.max(...sizes) }, (_, i) => {
  let body = parts;
  if (rnd() >= 0.4) {
    body = parts.filter(() => rnd() > 0.2);
    body = [body[0]!, ...body.slice(1).sort(() => rnd() - 0.5)].filter(Boolean);
  }
  const day = new Date(Date.UTC(2026, 0, 1 + (i % 28))).toISOString().slice(0, 10);
  return { id: `r${i}`, path: `r${i}.txt`, url: null, outlet: `Outlet ${i % 40}`, title: body[0]!.slice(0, 80), byline: null, published: day, language: "en", text: body.join(" "), removed: [], warnings: [] };
});
const L = languages();
console.log(`one story of one text reported N times (${parts.length} sentences, ${base.length} characters), claims stage only`);
console.log("| reports | seconds | claims | RSS after, MB |");
console.log("|---|---|---|---|");
for (const n of sizes) {
  const members = reports.slice(0, n);
  const started = performance.now();
  const analysed = analyseStory({ id: "s", headline: members[0]!.title!, articleIds: members.map((a) => a.id), copies: [] }, new Map(members.map((a) => [a.id, a])), defaultConfig.claims, L);
  console.log(`| ${n} | ${((performance.now() - started) / 1000).toFixed(1)} | ${analysed.claims.length} | ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} |`);
}
