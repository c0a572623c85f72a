import assert from "node:assert/strict";
import { test } from "node:test";
import { dropBoilerplate } from "../../src/stories/boilerplate.js";
import { FoldedFrequencies, foldedBags, PAIR_FEATURES } from "../../src/stories/pairFeatures.js";
import { applyPairModel, PAIR_MODEL } from "../../src/stories/pairScore.js";
import { readPairs, scorePairs } from "../../src/stories/pairs.js";
import { BUDGET_GERMAN, BUDGET_VOTE, DAM_GERMAN, DAM_REPORT, DAM_TRANSLATION } from "./fixtures.js";
import { languages } from "../../src/lang/index.js";

// Sentences written for this test: one event in German and in English, sharing cognates
// (Präsident/president, Explosion/explosion, Millionen/million, Raffinerie/refinery) but no stem.
const BLAST_GERMAN = "Der Präsident besuchte die Raffinerie nach der Explosion. Die Reparatur kostet 9 Millionen, sagte die Direktion.";
const BLAST_ENGLISH = "The president visited the refinery after the explosion. Repairs will cost 9 million, the directors said.";
const SCHOOLS_GERMAN = "Die Schulen im Norden bleiben wegen des Schnees geschlossen, teilte das Bildungsamt am Morgen mit.";

test("folded spellings meet across languages of one script where stems cannot", () => {
  const [de, en, other] = [BLAST_GERMAN, BLAST_ENGLISH, SCHOOLS_GERMAN].map(foldedBags);
  assert.ok(de!.prefixes.has("prasi"), "umlauts fold to plain letters");
  for (const cognate of ["explo", "milli"]) assert.ok(de!.prefixes.has(cognate) && en!.prefixes.has(cognate), cognate);
  assert.ok(de!.grams.has("iden") && en!.grams.has("iden"), "Präsident and president meet in their 4-grams");
  for (const family of ["grams", "prefixes"] as const) {
    const df = new FoldedFrequencies();
    for (const bag of [de!, en!, other!]) df.observe(bag[family]);
    const same = df.cosine(de![family], en![family]);
    const different = df.cosine(de![family], other![family]);
    assert.ok(same > 0.05 && same > 2 * different, `${family}: ${same.toFixed(3)} vs ${different.toFixed(3)}`);
  }
});

test("the shipped pair model has one weight per feature, and a stale model is refused", () => {
  assert.deepEqual(PAIR_MODEL.features, [...PAIR_FEATURES]);
  assert.equal(PAIR_MODEL.weights.length, PAIR_FEATURES.length);
  const zeros = PAIR_FEATURES.map(() => 0);
  assert.ok(applyPairModel(PAIR_MODEL, zeros) >= 0 && applyPairModel(PAIR_MODEL, zeros) <= 1);
  assert.throws(() => applyPairModel({ ...PAIR_MODEL, features: PAIR_MODEL.features.slice(1) }, zeros), /refit/);
});

test("the model scores a German-English same-story pair above a German-English near miss", async () => {
  const scores = new Map((await scorePairs([
    { id: "dam", text1: DAM_GERMAN, text2: DAM_REPORT },
    { id: "vote-vs-dam", text1: BUDGET_GERMAN, text2: DAM_REPORT },
    { id: "vote", text1: BUDGET_GERMAN, text2: BUDGET_VOTE },
    { id: "blast", text1: BLAST_GERMAN, text2: BLAST_ENGLISH, lang1: "de", lang2: "en" },
    { id: "blast-vs-schools", text1: SCHOOLS_GERMAN, text2: BLAST_ENGLISH, lang1: "de", lang2: "en" },
  ], languages())).map((s) => [s.id, s.score]));
  assert.ok(scores.get("dam")! > scores.get("vote-vs-dam")!, `dam ${scores.get("dam")} vs ${scores.get("vote-vs-dam")}`);
  assert.ok(scores.get("vote")! > scores.get("vote-vs-dam")!);
  assert.ok(scores.get("blast")! > scores.get("blast-vs-schools")!);
});

test("across scripts the hand-set score of names and numbers stands in for the model", async () => {
  const [ruEn, deEn] = await readPairs([
    { id: "ru-en", text1: DAM_TRANSLATION, text2: DAM_REPORT },
    { id: "de-en", text1: DAM_GERMAN, text2: DAM_REPORT },
  ], languages());
  assert.equal(ruEn!.sameScript, false);
  assert.equal(deEn!.sameScript, true);
  const [score] = await scorePairs([{ id: "ru-en", text1: DAM_TRANSLATION, text2: DAM_REPORT }], languages());
  assert.ok(score!.score > 0.3, `the Russian translation keeps a same-story score: ${score!.score}`);
});

test("a pair scores about the same alone as in a batch: document frequencies start from a prior", async () => {
  const batch = [
    { id: "dam", text1: DAM_GERMAN, text2: DAM_REPORT },
    { id: "vote-vs-dam", text1: BUDGET_GERMAN, text2: DAM_REPORT },
    { id: "vote", text1: BUDGET_GERMAN, text2: BUDGET_VOTE },
    { id: "blast", text1: BLAST_GERMAN, text2: BLAST_ENGLISH, lang1: "de", lang2: "en" },
    { id: "blast-vs-schools", text1: SCHOOLS_GERMAN, text2: BLAST_ENGLISH, lang1: "de", lang2: "en" },
  ];
  const together = await scorePairs(batch, languages());
  for (const [i, pair] of batch.entries()) {
    const [alone] = await scorePairs([pair], languages());
    assert.ok(Math.abs(alone!.score - together[i]!.score) < 0.1, `${pair.id}: ${alone!.score} alone, ${together[i]!.score} in the batch`);
  }
});

test("page chrome is dropped before scoring: a cookie notice two texts of one site share says nothing", () => {
  const scraped = "Dam gates opened in Ostrovia. We use cookies to improve your experience; by continuing you agree to our policy.  Share this article\nEngineers said the reservoir rose 4.5 metres.";
  const kept = dropBoilerplate(scraped, "en", languages());
  assert.match(kept, /Dam gates opened in Ostrovia\./);
  assert.match(kept, /reservoir rose 4\.5 metres/);
  assert.doesNotMatch(kept, /cookies|Share this/);
  assert.equal(dropBoilerplate(scraped, "zz", languages()), scraped, "a language without boilerplate knowledge keeps its text");
});
