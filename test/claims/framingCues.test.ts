import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { opinionWords, scareQuotes } from "../../src/claims/framingCues.js";
import { framing } from "../../src/lang/en/framing.js";
import { citations } from "../../src/lang/en/citations.js";

describe("framing cues", () => {
  it("takes a strong opinion word as an adjective or adverb, never as an event verb", () => {
    const terms = opinionWords("The ridiculous plan was dropped after two people were killed and the firm lost money.", framing).map((c) => c.term);
    assert.deepEqual(terms, ["ridiculous"]);
  });

  it("leaves out the lexicon's words that news uses to describe", () => {
    const terms = opinionWords("If the raid is successful, the toxic waste goes; the outrageous plan was dropped.", framing).map((c) => c.term);
    assert.deepEqual(terms, ["outrageous"]);
  });

  it("finds a scare quote but not a quoted word a speaker is said to have used", () => {
    const text = "The company sold its “patented” sauce again. She called the plan “nuts” on Monday. He said it was “fine, really.”";
    assert.deepEqual(scareQuotes(text, citations.sayingVerbs).map((c) => c.term), ["patented"]);
  });

  it("reads a closing mark before a letter as an apostrophe, not the end of a scare quote", () => {
    const text = "The firm’s ‘premium’ range sold out in a week. Then I thought ‘that’s a funny looking bit of driftwood’, the artist said.";
    assert.deepEqual(scareQuotes(text, citations.sayingVerbs).map((c) => c.term), ["premium"]);
  });

  it("finds a scare quote a case ending follows (Turkish: “barış”ın)", () => {
    assert.deepEqual(scareQuotes("Hükümetin “barış”ın yolunu açtığı iddia edildi.", []).map((c) => c.term), ["barış"]);
  });

  it("leaves a word mentioned as a word or a name alone ('the word ‘gay’', 'user “lerde”'), and still finds one used at a distance", () => {
    const text = "Pupils heard the word ‘gay’ used as an insult. The photographic “evidence” was thin. Reddit user “lerde” posted the picture. The firm marketed the pills as “natural” for years.";
    assert.deepEqual(scareQuotes(text, citations.sayingVerbs, framing).map((c) => c.term), ["evidence", "natural"]);
  });

  it("leaves quoted names and numbers alone", () => {
    assert.deepEqual(scareQuotes("The daily \"Ajel\" and the \"2020\" plan.", citations.sayingVerbs), []);
  });
});
