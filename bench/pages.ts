/**
 * How long a large story's page takes: rendered in Node (the matrix, the ELK layout of the
 * provenance graph) and loaded in Chromium from disk, on a story of real news bodies (FNC-1
 * bodies linked by a related headline, the largest stories pooled into one, as in
 * bench/claims/scale.ts). Goal (issue 13): a 400-article story's page in under 1 s in the browser.
 *
 *   node --import tsx bench/pages.ts [sizes, default 100,400]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyseStory } from "../src/claims/index.js";
import { defaultConfig } from "../src/config.js";
import { languages } from "../src/lang/index.js";
import type { Article, Story } from "../src/model.js";
import { ASSETS } from "../src/web/assets.js";
import { storyPageHtml } from "../src/web/storyPage.js";
import { CHROMIUM_MISSING, launchChromium } from "../test/web/browser.js";
import { fncPooledBodies } from "./lib/fncStories.js";
import { fncData } from "./stories/datasets.js";

const sizes = (process.argv[2] ?? "100,400").split(",").map(Number);
const fnc = fncData();
if (!fnc) {
  console.log("FNC-1 is not in ../shared/data/stance/fnc1: nothing to measure.");
  process.exit(0);
}
if (CHROMIUM_MISSING) {
  console.log(`${CHROMIUM_MISSING}: nothing to measure.`);
  process.exit(0);
}

const text = new Map(fnc.bodies.map((b) => [b.id, b.text]));
const pooled = fncPooledBodies(fnc.stances);

/** Outlets are not in FNC-1: one of 40 made-up names per body, so that columns and graph nodes read as they would. */
const article = (id: string, i: number): Article => ({
  id, path: `fnc-${id}`, url: null, outlet: `Outlet ${i % 40}`, title: `FNC-1 body ${id}`, byline: null,
  published: `2015-01-${String(1 + (i % 28)).padStart(2, "0")}`, language: "en", text: text.get(id)!, removed: [], warnings: [],
});

const dir = join(tmpdir(), `dossier-bench-pages-${process.pid}`);
mkdirSync(join(dir, "stories"), { recursive: true });
mkdirSync(join(dir, "assets"), { recursive: true });
for (const [name, asset] of Object.entries(ASSETS)) writeFileSync(join(dir, "assets", name), asset.body);
const browser = await launchChromium();
console.log("| articles | claims | mentions | page KB | render in Node ms | shown in Chromium ms (median of 3) |");
console.log("|---|---|---|---|---|---|");
for (const n of sizes) {
  const ids = pooled.slice(0, n);
  const articles = new Map(ids.map((id, i) => [id, article(id, i)]));
  const story: Story = { id: `s${n}`, headline: `${n} pooled FNC-1 bodies`, articleIds: ids, copies: [], ...analyseStory({ id: `s${n}`, headline: "", articleIds: ids, copies: [] }, articles, defaultConfig.claims, languages()) };
  const start = performance.now();
  const html = await storyPageHtml(story, articles);
  const renderMs = performance.now() - start;
  const file = join(dir, "stories", `${story.id}.html`);
  writeFileSync(file, html);
  const loads: number[] = [];
  for (let run = 0; run < 3; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`file://${file}`, { waitUntil: "load" });
    // From navigation start to the first frame after the load event: parsed, styled, laid out, painted, script run.
    loads.push(await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(window.performance.now()))))));
    await page.close();
  }
  const mentions = story.claims.reduce((sum, c) => sum + c.mentions.length, 0);
  const median = loads.sort((a, b) => a - b)[1]!;
  console.log(`| ${n} | ${story.claims.length} | ${mentions} | ${(Buffer.byteLength(html) / 1024).toFixed(0)} | ${renderMs.toFixed(0)} | ${median.toFixed(0)} |`);
}
await browser.close();
