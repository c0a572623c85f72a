import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findAttributions } from "../../src/claims/attribution.js";
import { stanceOf } from "../../src/claims/stance.js";

const sources = (text: string, language = "en") => findAttributions(text, 0, language).map((a) => [a.source.text, a.cue.text]);

describe("attribution (who said it)", () => {
  it("finds the speaker before the verb, over auxiliaries and an appositive", () => {
    assert.deepEqual(sources("Piet Vonk has repeatedly said that the pier is safe."), [["Piet Vonk", "has repeatedly said"]]);
    assert.deepEqual(sources("Olga Brandt, a senior harbour official, told reporters the fees would rise."), [["Olga Brandt, a senior harbour official", "told"]]);
  });

  it("finds an inverted speaker after a quote, and the subject of a participle", () => {
    assert.deepEqual(sources("\"The fees will rise,\" said the harbour master."), [["the harbour master", "said"]]);
    assert.deepEqual(sources("Brandt left the hall early on Monday, calling the plan overdue."), [["Brandt", "calling"]]);
  });

  it("reads 'the jobs report cheered' as a noun, not a cue, and 'said on Friday' as no speaker", () => {
    assert.deepEqual(sources("The strong jobs report cheered the council."), []);
    assert.deepEqual(sources("The port, said on Friday to be full, closed."), []);
  });

  it("reads Russian cues on either side of the speaker", () => {
    assert.deepEqual(sources("Паром задерживается, сообщает Северный Вестник.", "ru"), [["Северный Вестник", "сообщает"]]);
    assert.deepEqual(sources("Как пишет издание, паром задерживается.", "ru"), [["издание", "Как пишет"]]);
  });
});

describe("stance", () => {
  const options = { relatedThreshold: 0.2, agreeThreshold: 0.6 };
  const statement = "Lindholm harbour closes its northern pier to ferries";
  it("tells related from unrelated text", () => {
    assert.equal(stanceOf(statement, "The orchestra played three symphonies to a full hall on Sunday evening.", "en", options).stance, "unrelated");
  });
  it("reads a denial near the statement as disagreement, and a plain statement as agreement", () => {
    const denial = "Reports that Lindholm harbour closes its northern pier to ferries are false, the port said. The pier stays open.";
    assert.equal(stanceOf(statement, denial, "en", options).stance, "disagree");
    const plain = "Lindholm harbour closes its northern pier to ferries from Monday. Boats will use the south pier.";
    assert.equal(stanceOf(statement, plain, "en", options).stance, "agree");
    const hedged = "Lindholm harbour reportedly closes its northern pier to ferries, local sources said.";
    assert.equal(stanceOf(statement, hedged, "en", options).stance, "discuss");
  });
});
