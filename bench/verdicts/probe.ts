/**
 * A dev probe, not a score: the product on FNC-1 headline groups that no labelled verdict story
 * uses (training stances; a headline with a disagreeing body and three or more related bodies,
 * up to four bodies each, outlets o0..o3), printing every claim of one status with its mentions,
 * each marked with its body's FNC-1 stance, for reading by eye. What stop 31's negation rules were
 * checked on (docs/benchmarks.md).
 *
 *   npm run bench:verdicts-probe -- [SEED] [GROUPS] [STATUS]   (default 1 15 conflicting)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildAndReadDossier } from "../../src/index.js";
import { parseCsv } from "../lib/csv.js";
import { dataRoot } from "./datasets.js";
import { loadStories } from "./labels.js";

const root = dataRoot();
if (!root) {
  console.log("../shared/data is absent: nothing to probe");
  process.exit(0);
}
const rows = (file: string): Record<string, string>[] => {
  const [header, ...rest] = parseCsv(readFileSync(join(root, "stance", "fnc1", file), "utf8"));
  return rest.filter((r) => r.length === header!.length).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
};
const [seedArg, groupsArg, status = "conflicting"] = process.argv.slice(2);
const seed = Number(seedArg ?? 1);
const groups = Number(groupsArg ?? 15);
const bodies = new Map(rows("bodies.csv").map((r) => [r["Body ID"]!, r.articleBody!]));
const used = new Set(loadStories().flatMap((s) => s.articles.filter((a) => a.dataset === "fnc1").map((a) => a.item)));
const byHeadline = new Map<string, Array<Record<string, string>>>();
for (const r of rows("stances.csv")) if (r.Stance !== "unrelated") byHeadline.set(r.Headline!, [...(byHeadline.get(r.Headline!) ?? []), r]);
const eligible = [...byHeadline].filter(([, v]) => v.some((x) => x.Stance === "disagree") && v.length >= 3 && !v.some((x) => used.has(x["Body ID"]!)));
let state = seed;
let shown = 0;
for (let g = 0; g < groups; g++) {
  state = (state * 1103515245 + 12345) % 2147483648;
  const [headline, stances] = eligible[state % eligible.length]!;
  const ids = [...new Set(stances.map((x) => x["Body ID"]!))].slice(0, 4);
  const stanceOf = new Map(stances.map((x) => [x["Body ID"]!, x.Stance!]));
  const lines = ids.map((id, i) => JSON.stringify({ text: bodies.get(id), outlet: `o${i}` }));
  const d = await buildAndReadDossier([{ path: "probe.jsonl", bytes: new TextEncoder().encode(lines.join("\n") + "\n") }]);
  const bodyOf = new Map(d.articles.map((a) => [a.id, ids[Number(a.path.split("#")[1]) - 1]!]));
  console.log(`\n## ${headline} [${ids.map((id) => stanceOf.get(id)).join(", ")}]`);
  for (const c of d.stories.flatMap((s) => s.claims).filter((c) => c.status === status)) {
    shown++;
    console.log(`\n  ${c.status} ${JSON.stringify(c.conflicts.map((x) => `${x.type}: ${x.detail}`))} origins ${JSON.stringify(c.origins)}`);
    for (const m of c.mentions) console.log(`    [body ${bodyOf.get(m.articleId)}, ${stanceOf.get(bodyOf.get(m.articleId)!)} | ${m.origin}] ${m.quote.slice(0, 200)}`);
  }
}
console.log(`\n${shown} ${status} claim(s) in ${groups} group(s) (seed ${seed}; of ${eligible.length} eligible headlines)`);
