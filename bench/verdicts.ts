/**
 * Verdicts benchmark: what the product says about each story's claims (which sentences make
 * one claim, which claims conflict, which are corroborated) against the labelled verdict set
 * in bench/verdicts/labels/ (FNC-1, SemEval-2022 task 8 and PolNeAR texts, read in place from
 * ../shared/data/). Also what it reads: entities, citations and framing against the reading
 * labels (bench/verdicts/reading/), and cross-language fact pairs, each beside issue 11's goal;
 * with --polnear, PolNeAR dev through the dossier's citations too (about 25 s). Prints the
 * tuned and held-out parts apart, and per dataset; writes the claim-by-claim traces to
 * bench/out/verdicts.json. Rules: docs/verdict-labelling.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scorePolnearDossier } from "./claims/polnear.js";
import { DatasetTexts, dataRoot, type VerdictDataset } from "./verdicts/datasets.js";
import { GOALS } from "./verdicts/goals.js";
import { loadReading } from "./verdicts/reading.js";
import { type AcrossCounts, addAcross, emptyAcross, scoreCheckAcross } from "./verdicts/checkAcross.js";
import { addReadingCounts, type CitationTrace, emptyReadingCounts, scoreReading, type ReadingCounts } from "./verdicts/readingScore.js";
import { datasetOf, loadStories, type LabelledStory, type Split } from "./verdicts/labels.js";
import { runStory } from "./verdicts/run.js";
import { addCounts, emptyCounts, scoreStory, type ClaimTrace, type Counts } from "./verdicts/score.js";
import { splitSentences } from "./verdicts/sentences.js";

const root = dataRoot();
if (!root) {
  console.log("verdicts: ../shared/data is absent (set DOSSIER_DATA), skipped");
  process.exit(0);
}
const texts = new DatasetTexts(root);
const stories = loadStories();
const reading = loadReading();
const OUT = join(import.meta.dirname, "out");

interface StoryResult {
  readonly story: LabelledStory;
  readonly counts: Counts;
  readonly reading: ReadingCounts;
  readonly citationTrace: CitationTrace;
  readonly traces: ClaimTrace[];
  readonly productStories: number;
  readonly rejected: number;
  readonly across: AcrossCounts;
}

const results: StoryResult[] = [];
const t0 = performance.now();
for (const story of stories) {
  const raw = new Map(story.articles.map((a) => [a.key, splitSentences(texts.text(a.dataset, a.item))] as const));
  const run = await runStory(story, texts);
  const { counts, traces } = scoreStory(story, run, raw);
  // The PolNeAR events added at stop 45 are labelled for verdicts only: their reading is not scored. Every other story has reading labels.
  const labels = reading.get(story.storyId);
  if (!labels && datasetOf(story) !== "polnear") throw new Error(`${story.storyId}: no reading labels`);
  const { citationTrace, ...readingCounts } = labels ? scoreReading(story, labels, run, raw) : { ...emptyReadingCounts(), citationTrace: { missed: [], wrong: [] } };
  results.push({ story, counts, reading: readingCounts, citationTrace, traces, productStories: run.productStories, rejected: run.rejected, across: scoreCheckAcross(story, run, texts) });
}
const seconds = (performance.now() - t0) / 1000;

const total = (keep: (r: StoryResult) => boolean): Counts => {
  const c = emptyCounts();
  for (const r of results.filter(keep)) addCounts(c, r.counts);
  return c;
};
const ratio = (n: number, d: number): string => (d ? `${(n / d).toFixed(3)} (${n}/${d})` : "– (0/0)");

const rows: Array<[string, (r: StoryResult) => boolean]> = [];
for (const part of ["tuned", "held-out"] as Split[]) {
  rows.push([part, (r) => r.story.split === part]);
  for (const ds of ["fnc1", "semeval", "polnear"] as VerdictDataset[]) rows.push([`  ${part} ${ds}`, (r) => r.story.split === part && datasetOf(r.story) === ds]);
}
rows.push(["all", () => true]);

console.log(`Verdicts: ${stories.length} labelled stories, product run in ${seconds.toFixed(1)} s`);
console.log("\nThe set");
console.log("part                 stories articles sentences facts multi-article conflicts variants  drifted  rejected  split");
for (const [name, keep] of rows) {
  const c = total(keep);
  console.log(`${name.padEnd(20)} ${String(c.stories).padStart(7)} ${String(c.articles).padStart(8)} ${String(c.sentences).padStart(9)} ${String(c.goldFacts).padStart(5)} ` +
    `${String(c.goldMultiFacts).padStart(13)} ${String(c.goldConflicts).padStart(9)} ${String(c.quoteVariants).padStart(8)} ${String(c.drifted).padStart(8)} ` +
    `${String(c.rejected).padStart(9)} ${String(c.splitStories).padStart(6)}`);
}

const metrics: Array<[string, (c: Counts) => string]> = [
  ["system claims (with in-scope mentions)", (c) => `${c.systemClaims} (${c.claimsInScope})`],
  ["mentions placed beyond scope / unplaced", (c) => `${c.mentionsOutOfScope} / ${c.mentionsUnplaced} of ${c.mentions}`],
  ["claim precision (mostly on a fact)", (c) => ratio(c.claimsOnFacts, c.claimsInScope)],
  ["duplicate claims (of claims on facts)", (c) => ratio(c.duplicateClaims, c.claimsOnFacts)],
  ["claim recall (multi-article facts as one claim)", (c) => ratio(c.multiFactsFound, c.goldMultiFacts)],
  ["facts touched by any mention", (c) => ratio(c.factsTouched, c.goldFacts)],
  ["conflict precision", (c) => ratio(c.conflictingClaimsRight, c.conflictingClaims)],
  ["conflict recall", (c) => ratio(c.goldConflictsFound, c.goldConflicts)],
  ["gold conflicts held by one claim (any status)", (c) => ratio(c.goldConflictsGrouped, c.goldConflicts)],
  ["quote variants called conflicting (claims)", (c) => String(c.variantsCalledConflicting)],
  ["corroborated precision (claims on facts)", (c) => `${ratio(c.corroboratedClaimsRight, c.corroboratedClaimsOnFacts)}; ${c.corroboratedClaims - c.corroboratedClaimsOnFacts} more on '-'`],
  ["status accuracy (claims on facts)", (c) => ratio(c.statusRight, c.statusJudged)],
  ["  same, single-origin read as single-source", (c) => ratio(c.statusRightThreeWay, c.statusJudged)],
  ["mention origins right (mentions on facts)", (c) => ratio(c.originsRight, c.originsJudged)],
];
for (const [name, keep] of rows) {
  const c = total(keep);
  console.log(`\n${name.trim()}`);
  for (const [label, f] of metrics) console.log(`  ${label.padEnd(50)} ${f(c)}`);
  if (!name.startsWith(" ")) console.log(`  ${"status confusion (gold → system)".padEnd(50)} ${JSON.stringify(c.confusion)}`);
}

const totalReading = (keep: (r: StoryResult) => boolean): ReadingCounts => {
  const c = emptyReadingCounts();
  for (const r of results.filter(keep)) addReadingCounts(c, r.reading);
  return c;
};
const share = (n: number, d: number): number => (d ? n / d : 0);
const readingMetrics: Array<[string, (c: ReadingCounts) => string]> = [
  ["entity mentions gold / system (in scope)", (c) => `${c.goldMentions} / ${c.systemMentions}`],
  ["entity precision", (c) => ratio(c.mentionsMatched, c.systemMentions)],
  ["entity recall", (c) => ratio(c.mentionsMatched, c.goldMentions)],
  ["entity type right (matched)", (c) => ratio(c.typeRight, c.mentionsMatched)],
  ["merges: pairwise precision", (c) => ratio(c.bothSamePairs, c.systemSamePairs)],
  ["merges: pairwise recall", (c) => ratio(c.bothSamePairs, c.goldSamePairs)],
  ["citations gold (with via) / system in scope", (c) => `${c.goldCitations} (${c.goldCitationsWithVia}) / ${c.systemCitations}; ${c.systemCitationsUnplaced} unplaced, ${c.systemCitationsOutOfScope} beyond scope`],
  ["citation precision", (c) => ratio(c.citationsMatched, c.systemCitations)],
  ["citation recall", (c) => ratio(c.citationsMatched, c.goldCitations)],
  ["via right (matched)", (c) => ratio(c.viaRight, c.citationsMatched)],
  ["  of them gold via given", (c) => ratio(c.viaGoldRight, c.viaGoldMatched)],
  ["framing terms gold / system in scope", (c) => `${c.goldTerms} / ${c.systemTerms}; ${c.systemTermsUnplaced} unplaced, ${c.systemTermsOutOfScope} beyond scope, ${c.systemTermsTitle} in titles`],
  ["framing precision", (c) => ratio(c.termsRight, c.systemTerms)],
  ["system framing terms that are titles/roles", (c) => String(c.termsRoles)],
  ["cross-language same-fact pairs aligned", (c) => ratio(c.crossPairsAligned, c.crossPairs)],
];
console.log("\nWhat it reads (entities, citations, framing, cross-language pairs)");
for (const [name, keep] of rows) {
  const c = totalReading(keep);
  console.log(`\n${name.trim()}`);
  for (const [label, f] of readingMetrics) console.log(`  ${label.padEnd(50)} ${f(c)}`);
}

const mark = (ok: boolean): string => (ok ? "met" : "not met");
console.log("\nGoals (issue 11, Measured)");
console.log("goal                                          tuned                held-out             all");
const goalRows: Array<[string, (c: ReadingCounts) => [number, boolean]]> = [
  [`entity precision ≥ ${GOALS.entityPrecision}`, (c) => { const v = share(c.mentionsMatched, c.systemMentions); return [v, v >= GOALS.entityPrecision]; }],
  [`entity recall ≥ ${GOALS.entityRecall}`, (c) => { const v = share(c.mentionsMatched, c.goldMentions); return [v, v >= GOALS.entityRecall]; }],
  [`citation recall ≥ ${GOALS.citationRecall} (at precision ≥ ${GOALS.citationPrecision})`, (c) => {
    const v = share(c.citationsMatched, c.goldCitations);
    return [v, v >= GOALS.citationRecall && share(c.citationsMatched, c.systemCitations) >= GOALS.citationPrecision];
  }],
  [`citation precision ≥ ${GOALS.citationPrecision}`, (c) => { const v = share(c.citationsMatched, c.systemCitations); return [v, v >= GOALS.citationPrecision]; }],
  [`framing precision ≥ ${GOALS.framingPrecision}`, (c) => { const v = share(c.termsRight, c.systemTerms); return [v, v >= GOALS.framingPrecision]; }],
  [`cross-language pairs aligned ≥ ${GOALS.crossLanguageAligned}`, (c) => { const v = share(c.crossPairsAligned, c.crossPairs); return [v, v >= GOALS.crossLanguageAligned]; }],
];
for (const [label, f] of goalRows) {
  const cells = (["tuned", "held-out", null] as const).map((part) => {
    const [v, ok] = f(totalReading((r) => part === null || r.story.split === part));
    return `${v.toFixed(3)} ${mark(ok)}`.padEnd(20);
  });
  console.log(`${label.padEnd(45)} ${cells.join(" ")}`);
}
console.log("\n`dossier check` across languages (a sentence on a fact checked as a claim in its language; the story's articles in the other language)");
for (const part of ["tuned", "held-out", null] as const) {
  const c = emptyAcross();
  for (const r of results.filter((r) => part === null || r.story.split === part)) addAcross(c, r.across);
  console.log(`  ${(part ?? "all").padEnd(9)} returned ${c.returned}, on the same fact ${ratio(c.right, c.returned)}; of ${c.findable} articles holding the fact, found ${ratio(c.found, c.findable)}; stance as labelled ${ratio(c.stanceRight, c.right)}`);
}
if (process.argv.includes("--polnear")) {
  const p = await scorePolnearDossier(join(root, "attribution", "polnear"), "dev");
  console.log(`${`PolNeAR dev overlap F1 ≥ ${GOALS.polnearDossierF1} (dossier)`.padEnd(45)} ${`${p.overlap.f1.toFixed(3)} ${mark(p.overlap.f1 >= GOALS.polnearDossierF1)}`.padEnd(20)} ` +
    `(held out; P ${p.overlap.p.toFixed(3)}, R ${p.overlap.r.toFixed(3)}, ${p.documents} annotations)`);
} else console.log(`PolNeAR dev overlap F1 ≥ ${GOALS.polnearDossierF1} (dossier)        run with --polnear, or npm run bench:claims`);

mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, "verdicts.json"),
  JSON.stringify(
    results.map((r) => ({ storyId: r.story.storyId, split: r.story.split, productStories: r.productStories, rejected: r.rejected, counts: r.counts, reading: r.reading, citations: r.citationTrace, claims: r.traces })),
    null,
    1,
  ),
);
console.log(`\nclaim-by-claim traces: ${join(OUT, "verdicts.json")}`);
