/**
 * Metadata accuracy on trafilatura-eval (title, author, date at day precision), split in two
 * halves by the page's position in evaldata.json: rules were decided on the even half ("train")
 * and checked on the odd half ("dev"), which is not held out: some rules were written from its
 * pages too. The frozen held-out part is bench/lib/heldOut.ts (npm run bench:extract).
 *
 *   node --import tsx bench/extract/metadata.ts [--half train|dev] [--show-title] [--show-byline] [--show-published]
 */
import { sameDay, sameText } from "./metrics.js";
import { loadTrafilaturaEval, type SnippetPage } from "./datasets.js";
import { dossierExtractor } from "./systems.js";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const halfAt = args.indexOf("--half");
const only = halfAt >= 0 ? args[halfAt + 1] : null;

const ours = await dossierExtractor();
const pages = loadTrafilaturaEval().map((p, i) => ({ page: p, half: i % 2 === 0 ? "train" : "dev" }));
const fields = [
  ["title", (p: SnippetPage) => p.title, sameText, "title"],
  ["author", (p: SnippetPage) => p.author, sameText, "byline"],
  ["date (day)", (p: SnippetPage) => p.date, sameDay, "published"],
] as const;
const tally = new Map<string, { n: number; right: number }>();
/** Pages the extractor rejected as not an article: every gold field on them counts as missed. */
let rejected = 0;
for (const { page, half } of pages) {
  if (only && half !== only) continue;
  const a = ours(page.html, page.url);
  if (!a) rejected++;
  for (const [name, gold, same, key] of fields) {
    const g = gold(page);
    if (!g) continue;
    const found = a?.[key] ?? null;
    const ok = same(found, g);
    for (const k of [`${name}|${half}`, `${name}|all`]) {
      const t = tally.get(k) ?? { n: 0, right: 0 };
      t.n++;
      if (ok) t.right++;
      tally.set(k, t);
    }
    if (!ok && flag(`--show-${key}`)) console.log(`  [${half}] ${key} ${page.id}: got ${JSON.stringify(found)} want ${JSON.stringify(g)}`);
  }
}
console.log("\n| field | train (even) | dev (odd; seen, not held out) | all |");
console.log("|---|---|---|---|");
for (const [name] of fields) {
  const cell = (h: string) => {
    const t = tally.get(`${name}|${h}`);
    return t ? `${(t.right / t.n).toFixed(3)} (${t.right}/${t.n})` : "-";
  };
  console.log(`| ${name} | ${cell("train")} | ${cell("dev")} | ${cell("all")} |`);
}
console.log(`\n(${rejected} page(s) rejected by the extractor as having no article text: their gold fields count as missed)`);
