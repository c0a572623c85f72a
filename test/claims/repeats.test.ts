/**
 * No fact is listed twice (issue 10, "one claim per fact"): no claim whose every mention stands,
 * with the numbers it counts, in a larger claim. On the demo corpus (examples/) and, where present,
 * the seed scrapes. A sentence may stand in two claims only where the second counts a number the
 * first does not hold (the seeds' 1000 km, which only the Russian text gives).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim, ClaimMention, Dossier, Value } from "../../src/model.js";
import type { ClaimSentence } from "../../src/claims/claimSentences.js";
import type { DraftClaim } from "../../src/claims/claimClusters.js";
import { withoutRepeats } from "../../src/claims/verdicts.js";
import { buildAndReadDossier } from "../../src/pipeline.js";
import { DEMO, SEEDS, SEEDS_MISSING } from "../helpers.js";
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { languages } from "../../src/lang/index.js";
import { article, story } from "./fixtures.js";

const key = (m: ClaimMention): string => `${m.articleId}|${m.quote}`;
const valuesOf = (m: ClaimMention): string[] => m.values.map((v) => `${v.value} ${v.unit ?? ""}`);

/** Claims whose every mention a larger claim of the same story holds with the same numbers or more. */
function repeats(dossier: Dossier): Array<[Claim, Claim]> {
  return dossier.stories.flatMap((s) =>
    s.claims.flatMap((c) => {
      const larger = s.claims.find(
        (o) => o.mentions.length > c.mentions.length && c.mentions.every((m) => o.mentions.some((x) => key(x) === key(m) && valuesOf(m).every((v) => valuesOf(x).includes(v)))),
      );
      return larger ? [[c, larger] as [Claim, Claim]] : [];
    }),
  );
}

describe("one claim per fact", () => {
  it("the demo corpus lists no claim again inside a larger one (the helicopters' 31 people stood in two claims), nor twice", async () => {
    const dossier = await buildAndReadDossier([DEMO]);
    assert.deepEqual(repeats(dossier).map(([c, o]) => `${c.summary} ⊂ ${o.summary}`), []);
    // "The breach, about 40 metres wide, …" was two claims of the same mentions, found by its number and by its words.
    for (const s of dossier.stories) {
      const sets = s.claims.map((c) => c.mentions.map(key).sort().join("\n"));
      assert.equal(new Set(sets).size, sets.length, "no two claims of the same mentions");
      // A sentence stating two facts (the dam gave way … forcing 2,300 people from their homes) stands in two claims, each shown by a sentence of its own.
      const summaries = s.claims.map((c) => c.summary);
      assert.equal(new Set(summaries).size, summaries.length, JSON.stringify(summaries));
    }
  });

  it("nor do the seed scrapes, where the 1000 km only 002 gives stays a claim of its own", { skip: SEEDS_MISSING || false }, async () => {
    const dossier = await buildAndReadDossier([SEEDS]);
    assert.deepEqual(repeats(dossier).map(([c, o]) => `${c.summary} ⊂ ${o.summary}`), []);
    assert.ok(dossier.stories.some((s) => s.claims.some((c) => c.mentions.length === 1 && c.mentions[0]!.values.some((v) => v.value === 1000 && v.unit === "km"))));
  });
});

describe("one claim per fact, with a denial", () => {
  it("lists a denied sentence once where a fragment of the denying article had aligned with it", () => {
    const { group, byId } = story([
      article("a", "The Kestrel plant in Dravosk released 300 tonnes of ammonia into the river on Monday, the regional inspectorate said."),
      article("b", "Ammonia: 300 tonnes, Dravosk. Kestrel Agrochem denied that its Dravosk plant released ammonia into the river on Monday."),
      article("c", "Fishermen in Dravosk said dead fish appeared in the river on Tuesday after the leak at the Kestrel plant."),
    ]);
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    const holding = claims.filter((c) => c.mentions.some((m) => m.quote.startsWith("The Kestrel plant in Dravosk released")));
    assert.equal(holding.length, 1, JSON.stringify(claims.map((c) => c.mentions.map((m) => m.quote.slice(0, 40)))));
    assert.equal(holding[0]!.status, "conflicting");
  });

  it("lists a denied sentence once where it is also a claim of its own (a count only it gives): not two claims of the same mentions", () => {
    const { group, byId } = story([
      article("a", "Mayor Velmar has offered harbour chief Osk the chance to build a new pier at Kestria, according to local media. The offer would have given the harbour 16 square kilometres of land. Velmar allegedly said to Osk in the meeting: \"You are now 80 years old, if you don't accept this proposal, your successor will.\""),
      article("b", "Mayor Velmar has denied claims that he promised harbour chief Osk a new pier at Kestria."),
      article("c", "Mayor Velmar denied reports that he had proposed the extension of the Kestria harbour to harbour chief Osk. The council meets in May."),
    ]);
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    const sets = claims.map((c) => c.mentions.map((m) => `${m.articleId}:${m.quote}`).sort().join("\n"));
    assert.equal(new Set(sets).size, sets.length, JSON.stringify(claims.map((c) => c.mentions.map((m) => m.quote.slice(0, 30)))));
    assert.ok(claims.some((c) => c.mentions.some((m) => m.quote.includes("80 years old"))), "the quoted sentence is still a claim");
  });
});

describe("withoutRepeats", () => {
  // Sentences stand for themselves here: the function reads only which drafts hold them, and their values.
  const s = (name: string): ClaimSentence => ({ name }) as unknown as ClaimSentence;
  const [en1, en2, en3, ru1, ru2, ru3] = ["en1", "en2", "en3", "ru1", "ru2", "ru3"].map(s) as [ClaimSentence, ClaimSentence, ClaimSentence, ClaimSentence, ClaimSentence, ClaimSentence];
  const draft = (...entries: Array<[ClaimSentence, Value[]]>): DraftClaim => ({ entries, conflicts: [] });

  it("drops a draft one larger draft holds whole, with its numbers", () => {
    const big = draft([en1, [{ value: 31, unit: "people" }]], [en2, [{ value: 31, unit: "people" }]], [ru1, []]);
    const small = draft([en1, [{ value: 31, unit: "people" }]], [en2, [{ value: 31, unit: "people" }]]);
    assert.deepEqual(withoutRepeats([big, small]), [big]);
  });

  it("keeps a draft whose sentences two different drafts hold: it links them (a sentence pair across languages)", () => {
    const english = draft([en1, []], [en2, []], [en3, []]);
    const russian = draft([ru1, []], [ru2, []], [ru3, []]);
    const across = draft([en1, []], [ru1, []]);
    assert.equal(withoutRepeats([english, russian, across]).length, 3);
  });

  it("makes one claim of two drafts of the same sentences, with the numbers of both", () => {
    const byNumber = draft([en1, [{ value: 40, unit: "metres" }]], [ru1, [{ value: 40, unit: "metres" }]]);
    const byWords: DraftClaim = { entries: [[ru1, []], [en1, []]], conflicts: [], across: true };
    const merged = withoutRepeats([byNumber, byWords]);
    assert.equal(merged.length, 1);
    assert.deepEqual(merged[0]!.entries.map(([u, v]) => [u, v.length]), [[en1, 1], [ru1, 1]]);
    assert.equal(merged[0]!.across, undefined, "found by a number too: it joins other drafts through its sentences");
  });

  it("keeps a draft that counts a number the larger one does not hold (the 1000 km only one text gives)", () => {
    const across = draft([en1, []], [ru1, []]);
    const km = draft([ru1, [{ value: 1000, unit: "km" }]]);
    assert.equal(withoutRepeats([across, km]).length, 2);
  });
});
