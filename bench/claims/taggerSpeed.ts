/**
 * The attribution tagger's cost: hashed feature keys in typed arrays (tagTokens, what the
 * claims stage runs) against the named features in a dictionary (tagTokensByName, how it
 * was before), on every sentence of PolNeAR dev, in CPU time of this process; and whether
 * the two give the same tags.
 *
 *   node --import tsx bench/claims/taggerSpeed.ts [rounds, default 3]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleAttributions } from "../../src/claims/attribution/rules.js";
import { ruleReadings, type RuleReading, tagTokens, tagTokensByName } from "../../src/claims/attribution/tagger.js";
import { type AttributionToken, tokenise } from "../../src/claims/attribution/tokens.js";
import { languagePack, languages } from "../../src/lang/index.js";
import { sentenceRules, splitSentences } from "../../src/text/sentences.js";
import { DATA } from "../stories/datasets.js";

const dir = join(DATA, "attribution", "polnear", "dev", "text");
if (!existsSync(dir)) {
  console.log(`PolNeAR dev is not in ${dir}: nothing to measure.`);
  process.exit(0);
}
const model = languages().attributionTagger("en")!;
const titles = new Set(languagePack("en")!.citations!.titleAbbreviations);
const sentences: Array<[AttributionToken[], RuleReading[]]> = [];
for (const file of readdirSync(dir).sort()) {
  for (const s of splitSentences(readFileSync(join(dir, file), "utf8"), sentenceRules("en", languages()))) {
    const tokens = tokenise(s.text, s.start, titles);
    sentences.push([tokens, ruleReadings(tokens, ruleAttributions(s.text, s.start, "en", languages()))]);
  }
}
const tokens = sentences.reduce((n, [t]) => n + t.length, 0);
const cpu = (run: () => void): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
let same = 0;
sentences.forEach(([t, r]) => (same += tagTokens(t, model, r).join() === tagTokensByName(t, model, r).join() ? 1 : 0));
console.log(`${sentences.length} sentences, ${tokens} tokens; same tags in ${same} of ${sentences.length} sentences`);
console.log("| round | hashed ms CPU | by name ms CPU | µs per token, hashed / by name |");
console.log("|---|---|---|---|");
const rounds = Number(process.argv[2] ?? 3);
for (let round = 1; round <= rounds; round++) {
  const hashed = cpu(() => sentences.forEach(([t, r]) => tagTokens(t, model, r)));
  const named = cpu(() => sentences.forEach(([t, r]) => tagTokensByName(t, model, r)));
  console.log(`| ${round} | ${hashed.toFixed(0)} | ${named.toFixed(0)} | ${((1000 * hashed) / tokens).toFixed(1)} / ${((1000 * named) / tokens).toFixed(1)} |`);
}
