/**
 * B-cubed of the streaming grouper on the clustering set (bench/stories/clusters.ts), per
 * part, twice: on the texts as the datasets hold them ("raw"), and on the articles the
 * product makes of them through ingest and extract ("extracted": what `dossier build`
 * groups, the figure the goal is judged on). An article extract rejects is in no
 * story in the product, so it counts as a story of its own (it stays in the gold set:
 * its missed links lower recall). The grouper's thresholds were chosen on this set, so its
 * figures are tuning figures; each part is also grouped and scored apart on its frozen
 * held-out stories (bench/lib/heldOut.ts over the gold story id, frozen on 2026-12-02) and on
 * the rest. Run alone: `node --import tsx bench/stories/clustering.ts`.
 */
import { defaultConfig } from "../../src/config.js";
import type { Article } from "../../src/model.js";
import { StoryGrouper } from "../../src/stories/grouping.js";
import { HELD_OUT_FROZEN, heldOut } from "../lib/heldOut.js";
import { clusterSet } from "./clusters.js";
import { extractSet } from "./extracted.js";
import { bcubed } from "./metrics.js";
import { languages } from "../../src/lang/index.js";

const f3 = (x: number) => (Number.isNaN(x) ? "  -  " : x.toFixed(3));
const PARTS = [["all", ""], ["FNC-1", "fnc-"], ["SemEval", "se-"]] as const;

export async function clusteringBench(): Promise<void> {
  const set = clusterSet();
  if (!set) return console.log("fnc1 or semeval not found: clustering skipped");
  const extracted = await extractSet(set);
  console.log(`\n## Clustering (B-cubed): ${set.sources}\n`);
  const reasons = new Map<string, number>();
  for (const why of extracted.rejected.values()) {
    const key = why.replace(/\d+/g, "N");
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  const perPart = PARTS.slice(1).map(([name, prefix]) => `${name} ${[...extracted.rejected.keys()].filter((id) => id.startsWith(prefix)).length}`);
  console.log(`extract rejected ${extracted.rejected.size} of ${set.articles.length} (${perPart.join(", ")}), each counted as a story of its own:`);
  for (const [why, n] of reasons) console.log(`  ${n} × ${why}`);
  console.log(`identified language differs from the dataset's for ${extracted.languageChanged} accepted articles\n`);
  console.log(`Held out: stories whose sha256(gold story id) is divisible by 3, frozen on ${HELD_OUT_FROZEN}; earlier work (the thresholds)`);
  console.log("saw every story, so they are held out for tuning from that day on only. Each held-out or rest row is grouped on its own.\n");
  console.log("| input | part | articles | rejected | P | R | F1 | stories found |\n|---|---|---|---|---|---|---|---|");
  const splits = [["", () => true], [", held out", (id: string) => heldOut(set.gold.get(id)!)], [", rest", (id: string) => !heldOut(set.gold.get(id)!)]] as const;
  for (const [input, articles] of [["raw", set.articles], ["extracted", extracted.articles]] as const) {
    for (const [part, prefix] of PARTS) for (const [suffix, keep] of splits) {
      const name = `${part}${suffix}`;
      const all = set.articles.filter((a) => a.id.startsWith(prefix) && keep(a.id));
      const predicted = group(articles.filter((a) => a.id.startsWith(prefix) && keep(a.id)));
      const found = new Set(predicted.values()).size;
      let rejected = 0;
      for (const a of all) {
        if (predicted.has(a.id)) continue;
        predicted.set(a.id, `rejected ${a.id}`);
        rejected++;
      }
      const m = bcubed(new Map(all.map((a) => [a.id, set.gold.get(a.id)!])), predicted);
      console.log(`| ${input} | ${name} | ${all.length} | ${rejected} | ${f3(m.p)} | ${f3(m.r)} | ${f3(m.f1)} | ${found} |`);
    }
  }
}

function group(articles: readonly Article[]): Map<string, string> {
  const grouper = new StoryGrouper(defaultConfig.stories, languages());
  const predicted = new Map<string, string>();
  for (const a of articles) predicted.set(a.id, String(grouper.add(a)));
  return predicted;
}

if (import.meta.url === `file://${process.argv[1]}`) await clusteringBench();
