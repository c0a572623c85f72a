/**
 * Research script (not a product path; bench:claims measures `dossier check`): on the FNC-1
 * tuning quarter only (body id ≡ 0 mod 4), the related pairs labelled agree or discuss, counted
 * by what the stance reading could tell them apart with: the weighted share of the headline in
 * the body's best sentence, hedging words near it, and whether that sentence (or any of the
 * three best) attributes what it says with a verb of reporting. Chose the rule in
 * src/claims/stance.ts and `stanceAgree` in src/config.ts.
 *   node --import tsx bench/claims/agreeVoice.ts
 */
import { findAttributions, isReportingCue } from "../../src/claims/attribution/rules.js";
import { readPair, readStanceText, type StanceText, stanceStems } from "../../src/claims/stanceFeatures.js";
import { languages } from "../../src/lang/index.js";
import { dataRoot } from "../verdicts/datasets.js";
import { isTuning, loadFnc } from "./fnc1.js";

interface Row {
  readonly gold: "agree" | "discuss";
  readonly best: number;
  readonly hedged: boolean;
  /** The best sentence attributes what it says; any of the three best does. */
  readonly attributed: boolean;
  readonly anyAttributed: boolean;
}

const known = languages();
const root = dataRoot();
if (!root) {
  console.log("../shared/data is absent: nothing to count.");
  process.exit(0);
}
const data = loadFnc(`${root}/stance/fnc1`);
const reports = (text: string, start: number): boolean => findAttributions(text, start, "en", known).some((a) => isReportingCue(a.cue.text, "en", known));
const bodiesRead = new Map<number, { text: StanceText; stems: Array<ReadonlySet<string>> }>();
const rows: Row[] = [];
for (const p of data.pairs) {
  if (!isTuning(p.bodyId) || (p.gold !== "agree" && p.gold !== "discuss")) continue;
  let read = bodiesRead.get(p.bodyId);
  if (!read) {
    const text = readStanceText(data.bodies.get(p.bodyId)!, "en", known);
    bodiesRead.set(p.bodyId, (read = { text, stems: text.sentences.map((s) => new Set(s.stems)) }));
  }
  const r = readPair(p.headline, read.text, "en", known, data.weight);
  const head = new Set(stanceStems(p.headline, "en", known));
  let total = 0;
  for (const h of head) total += data.weight(h);
  const top = read.text.sentences
    .map((s, i) => {
      let got = 0;
      for (const h of head) if (read.stems[i]!.has(h)) got += data.weight(h);
      return { s, share: total ? got / total : 0 };
    })
    .sort((a, b) => b.share - a.share)
    .slice(0, 3)
    .map((t) => reports(t.s.text, t.s.start));
  rows.push({ gold: p.gold, best: r.best, hedged: r.hedgingNear + r.hedgingStatement > 0, attributed: top[0] ?? false, anyAttributed: top.some(Boolean) });
}

const count = (f: (r: Row) => boolean): string => {
  const agree = rows.filter((r) => r.gold === "agree" && f(r)).length;
  const discuss = rows.filter((r) => r.gold === "discuss" && f(r)).length;
  return `${String(agree).padStart(4)} agree, ${String(discuss).padStart(4)} discuss (net ${agree - discuss})`;
};
console.log(`FNC-1 tuning quarter, related pairs: ${count(() => true)}`);
console.log("read as agree when…             best share ≥ t           + not hedged             + best sentence unattributed   + none of 3 best attributed");
for (const t of [0, 0.2, 0.3, 0.5, 0.7, 0.99]) {
  console.log(
    `t = ${t.toFixed(2)}   ${count((r) => r.best >= t)}   ${count((r) => r.best >= t && !r.hedged)}   ${count((r) => r.best >= t && !r.hedged && !r.attributed)}   ${count((r) => r.best >= t && !r.hedged && !r.anyAttributed)}`,
  );
}
