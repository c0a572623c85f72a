/**
 * Hashes of every stage's per-item output, so that a change meant to keep behaviour can
 * show it did: run before and after, and compare line by line.
 *
 *   node --import tsx scripts/fingerprint.ts [--quick] > before.txt
 *
 * Lines: the seeds' and the demo's dossier through buildAndReadDossier; extraction of every
 * benchmark page (article records); grouping of the clustering set; `dossier similarity`
 * scores on SemEval; the claims stage on pooled FNC-1 stories of 100 and 400 bodies;
 * attribution sources on PolNeAR dev. `--quick` leaves out the extraction pages and the
 * 400-body story (about 4 minutes less). Datasets absent from ../shared are skipped.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadScrapinghub, loadTrafilaturaEval } from "../bench/extract/datasets.js";
import { clusterSet } from "../bench/stories/clusters.js";
import { extractSet } from "../bench/stories/extracted.js";
import { fncData, semevalPairs } from "../bench/stories/datasets.js";
import { predictSources } from "../bench/claims/polnear.js";
import { analyseStory } from "../src/claims/index.js";
import { defaultConfig } from "../src/config.js";
import { createExtractor } from "../src/extract/index.js";
import { parseBytes } from "../src/ingest/index.js";
import type { Article, Dossier } from "../src/model.js";
import { buildAndReadDossier } from "../src/pipeline.js";
import { groupStories, scorePairs } from "../src/stories/index.js";
import { languages } from "../src/lang/index.js";

const quick = process.argv.includes("--quick");
const ROOT = join(import.meta.dirname, "..");
const SHARED = join(ROOT, "..", "shared");

function hash(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}

function line(name: string, value: unknown, count: number): void {
  console.log(`${name.padEnd(28)} ${hash(value)}  (${count})`);
}

/** A dossier without what changes from run to run (paths of temporary folders). */
function stable(d: Dossier): unknown {
  return { articles: d.articles.map((a) => ({ ...a, path: a.path.split("/").pop() })), stories: d.stories, rejected: d.rejected.length };
}

const seeds = join(SHARED, "examples", "maduro-aid");
if (existsSync(seeds)) {
  const d = await buildAndReadDossier([seeds]);
  line("seeds dossier", stable(d), d.stories.length);
}
const demo = await buildAndReadDossier([join(ROOT, "examples")]);
line("demo dossier", stable(demo), demo.stories.length);

const extractor = await createExtractor(defaultConfig.extract, languages());
const encoder = new TextEncoder();
if (!quick && existsSync(join(SHARED, "data", "extraction"))) {
  for (const [name, pages] of [
    ["extract scrapinghub", loadScrapinghub()],
    ["extract trafilatura-eval", loadTrafilaturaEval()],
  ] as const) {
    const out = pages.map((p) => {
      const [doc] = parseBytes(`${p.id}.html`, encoder.encode(p.html), defaultConfig.ingest);
      if (!doc || "error" in doc) return doc?.error ?? null;
      try {
        return extractor.extract(doc);
      } catch (err) {
        return (err as Error).message;
      }
    });
    line(name, out, out.length);
  }
}

const set = clusterSet();
if (set) {
  const extracted = await extractSet(set);
  const groups = groupStories(extracted.articles, defaultConfig.stories, languages());
  line("stories clustering set", groups, groups.length);
}

const pairs = semevalPairs();
if (pairs) {
  const scores = await scorePairs(pairs.map((p) => ({ id: p.id, text1: p.text1, text2: p.text2 })), languages());
  line("similarity semeval", scores, scores.length);
}

const fnc = fncData();
if (fnc) {
  const bodies = new Map(fnc.bodies.map((b) => [b.id, b.text]));
  const related = [...new Set(fnc.stances.filter((s) => s.stance !== "unrelated").map((s) => s.bodyId))];
  const article = (id: string): Article => ({
    id, path: id, url: null, outlet: null, title: null, byline: null, published: "2015-01-15",
    language: "en", text: bodies.get(id)!, removed: [], warnings: [],
  });
  for (const n of quick ? [100] : [100, 400]) {
    const ids = related.slice(0, n);
    const r = analyseStory({ id: "s", headline: "", articleIds: ids, copies: [] }, new Map(ids.map((id) => [id, article(id)])), defaultConfig.claims, languages());
    line(`claims fnc ${n}`, r, r.claims.length);
  }
}

const polnear = join(SHARED, "data", "attribution", "polnear", "dev", "text");
if (existsSync(polnear)) {
  const files = readdirSync(polnear).filter((f) => f.endsWith(".txt")).sort();
  const out = files.map((f) => predictSources(readFileSync(join(polnear, f), "utf8")));
  line("attribution polnear dev", out, files.length);
}
