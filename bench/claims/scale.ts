/**
 * How the claims stage's cost grows with a story's size: `analyseStory` on stories of real
 * news bodies. The largest FNC-1 story (bodies linked by a related headline, as in
 * bench/stories/clusters.ts) is one real story; larger ones pool the biggest stories into one
 * group, which no grouping would do, to see the cost of a heap of several hundred articles.
 *
 *   node --import tsx bench/claims/scale.ts [sizes, default 50,100,200,400]
 */
import { performance } from "node:perf_hooks";
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import type { Article, StoryGroup } from "../../src/model.js";
import { fncPooledBodies, fncStories } from "../lib/fncStories.js";
import { fncData } from "../stories/datasets.js";
import { languages } from "../../src/lang/index.js";

const sizes = (process.argv[2] ?? "50,100,200,400").split(",").map(Number);
const fnc = fncData();
if (!fnc) {
  console.log("FNC-1 is not in ../shared/data/stance/fnc1: nothing to measure.");
  process.exit(0);
}

// Stories: bodies that share a related headline, largest first.
const text = new Map(fnc.bodies.map((b) => [b.id, b.text]));
const stories = fncStories(fnc.stances);
const pooled = fncPooledBodies(fnc.stances);

const article = (id: string): Article => ({
  id,
  path: `fnc-${id}`,
  url: null,
  outlet: null,
  title: null,
  byline: null,
  published: "2015-01-15",
  language: "en",
  text: text.get(id)!,
  removed: [],
  warnings: [],
});

console.log(`largest real story: ${Math.max(...stories.map((s) => s.bodies.length))} bodies; larger sizes pool the largest stories`);
// CPU seconds beside wall seconds: on a machine shared with other jobs the wall clock mostly measures them.
console.log("| articles | characters | seconds | CPU seconds | ms per article | claims | citations | entities | heap MB |");
console.log("|---|---|---|---|---|---|---|---|---|");
// One small run first, so that the timed runs meet compiled code.
analyseStory({ id: "warm", headline: "", articleIds: pooled.slice(0, 10), copies: [] }, new Map(pooled.slice(0, 10).map((id) => [id, article(id)])), defaultConfig.claims, languages());
for (const n of sizes) {
  const ids = pooled.slice(0, n);
  const articles = new Map(ids.map((id) => [id, article(id)]));
  const group: StoryGroup = { id: "s", headline: "", articleIds: ids, copies: [] };
  const start = performance.now(), startCpu = process.cpuUsage();
  const r = analyseStory(group, articles, defaultConfig.claims, languages());
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(startCpu), cpu = (used.user + used.system) / 1e6;
  const chars = [...articles.values()].reduce((sum, a) => sum + a.text.length, 0);
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`| ${ids.length} | ${chars} | ${seconds.toFixed(2)} | ${cpu.toFixed(2)} | ${((1000 * seconds) / ids.length).toFixed(1)} | ${r.claims.length} | ${r.citations.length} | ${r.entities.length} | ${heap.toFixed(0)} |`);
}
