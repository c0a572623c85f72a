/**
 * `npm run bench:story-size`: how the claims stage's cost grows with one story's size, on the
 * kind of story a firehose makes: one real text (the longest FNC-1 or SemEval base text of
 * bench/scale/corpus.ts) reported N times, each report the text as it is (two in five) or a
 * rewrite (a fifth of its sentences dropped, the rest reordered), published over five days. Prints, per size, the seconds
 * `analyseStory` takes, the claims it finds and the process's RSS after it.
 *
 * `--build`: the same stories through the path a user's build takes (the built CLI, `dossier
 * build` of JSON lines into a SQLite store, under /usr/bin/time -v), which reads a story's first
 * `claims.maxStoryArticles` members in full and lists the later ones: per size, the build's wall
 * and CPU seconds and peak RSS, the members the story's analysis read, then the same for 20 more
 * reports joining the story.
 *
 *   node --import tsx bench/claims/storySize.ts [sizes, default 50,100,150,300] [--build]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { languages } from "../../src/lang/index.js";
import type { Article, Dossier } from "../../src/model.js";
import { timedBuild } from "../lib/cli.js";
import { seededRandom } from "../lib/seededRandom.js";
import { baseTexts } from "../scale/corpus.js";

const args = process.argv.slice(2);
const sizes = (args.find((a) => /^[\d,]+$/.test(a)) ?? "50,100,150,300").split(",").map(Number);
const throughBuild = args.includes("--build");
/** Reports added after each size's build (--build). */
const MORE = 20;
const texts = baseTexts();
if (texts.length === 0) {
  console.log("no base texts in ../shared/data (FNC-1, SemEval-2022): nothing to measure.");
  process.exit(0);
}
const base = texts.reduce((a, b) => (b.length > a.length ? b : a));
const parts = base.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
const rnd = seededRandom(11);
const reports: Article[] = Array.from({ length: Math.max(...sizes) + (throughBuild ? MORE : 0) }, (_, i) => {
  let body = parts;
  if (rnd() >= 0.4) {
    body = parts.filter(() => rnd() > 0.2);
    body = [body[0]!, ...body.slice(1).sort(() => rnd() - 0.5)].filter(Boolean);
  }
  const day = new Date(Date.UTC(2026, 0, 1 + (i % 5))).toISOString().slice(0, 10);
  return { id: `r${i}`, path: `r${i}.txt`, url: null, outlet: `Outlet ${i % 40}`, title: body[0]!.slice(0, 80), byline: null, published: day, language: "en", text: body.join(" "), removed: [], warnings: [] };
});
if (throughBuild) {
  buildRows();
  process.exit(0);
}
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

/** Each size's story built through the CLI, then MORE reports added to it. */
function buildRows(): void {
  const dir = mkdtempSync(join(tmpdir(), "dossier-story-size-"));
  const line = (a: Article): string => JSON.stringify({ url: `https://${a.outlet!.toLowerCase().replace(/ /g, "-")}.example/${a.id}`, title: a.title, published: a.published, text: a.text });
  console.log(`one story of one text reported N times (${parts.length} sentences, ${base.length} characters), through \`dossier build\` (SQLite)`);
  console.log("| reports | build wall s | CPU s | peak RSS MB | members read | +20 wall s | +20 CPU s | +20 peak RSS MB |");
  console.log("|---|---|---|---|---|---|---|---|");
  try {
    for (const n of sizes) {
      const corpus = join(dir, `story-${n}.jsonl`);
      const more = join(dir, `more-${n}.jsonl`);
      writeFileSync(corpus, reports.slice(0, n).map(line).join("\n") + "\n");
      writeFileSync(more, reports.slice(n, n + MORE).map(line).join("\n") + "\n");
      const db = join(dir, `story-${n}.db`);
      const out = join(dir, `out-${n}`);
      const first = timedBuild(corpus, db, out);
      // A story's own dossier file: not its pages' note, not its member pages.
      const stories = readdirSync(join(out, "stories")).filter((f) => /^[^.]+\.json$/.test(f));
      const biggest = stories.map((f) => (JSON.parse(readFileSync(join(out, "stories", f), "utf8")) as Dossier).stories[0]!);
      const story = biggest.reduce((a, b) => (b.articleIds.length > a.articleIds.length ? b : a));
      const added = timedBuild(more, db, out);
      const row = [n, first.wallSeconds.toFixed(1), first.cpuSeconds.toFixed(1), first.peakRssMb.toFixed(0), `${story.analysedArticles ?? story.articleIds.length} of ${story.articleIds.length}`, added.wallSeconds.toFixed(1), added.cpuSeconds.toFixed(1), added.peakRssMb.toFixed(0)];
      console.log(`| ${row.join(" | ")} |${first.code > 1 || added.code > 1 ? ` exit ${first.code}/${added.code}` : ""}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
