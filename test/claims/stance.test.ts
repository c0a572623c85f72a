import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { stanceOf } from "../../src/claims/stance.js";
import { readPair, RELATEDNESS_FEATURES, stanceStems } from "../../src/claims/stanceFeatures.js";
import { expandRelatedness, RELATED_MODEL } from "../../src/claims/stanceModel.js";
import { defaultConfig } from "../../src/config.js";
import { languages } from "../../src/lang/index.js";

const en = languages(["en"]);
const options = { relatedThreshold: defaultConfig.claims.stanceRelated, agreeThreshold: defaultConfig.claims.stanceAgree };
const statement = "Marta Velk's bakery in Osterby wins the national bread prize";

describe("stance words", () => {
  it("drops possessives and splits compounds, so both spellings meet", () => {
    assert.deepEqual(stanceStems("Velk's", "en", en), stanceStems("Velk", "en", en));
    assert.deepEqual(stanceStems("Velk’s", "en", en), stanceStems("Velk", "en", en));
    assert.ok(stanceStems("a three-storey bakery", "en", en).includes(stanceStems("storey", "en", en)[0]!));
  });

  it("keeps long words that long stop lists drop, since they can name a story", () => {
    assert.deepEqual(stanceStems("the third million of the state", "en", en), stanceStems("third million state", "en", en));
    assert.equal(stanceStems("the", "en", en).length, 0);
  });
});

describe("stance model", () => {
  it("has one learned weight per expanded feature (rerun bench/claims/stanceTrain.ts after changing a feature)", () => {
    const features = readPair(statement, "Some text about bread.", "en", languages(), () => 1).relatedness;
    assert.equal(features.length, RELATEDNESS_FEATURES.length);
    assert.equal(RELATED_MODEL.weights[0]!.length, expandRelatedness(features).length);
    assert.equal(RELATED_MODEL.mean.length, expandRelatedness(features).length);
  });
});

describe("stanceOf", () => {
  const sameStory = "The bakery of Marta Velk in Osterby won the national bread prize on Sunday, the jury said. She bakes rye loaves.";
  const sameTown = "Osterby council voted to repair the harbour wall before winter; the work starts in March.";
  const otherStory = "The orchestra played three symphonies to a full hall on Sunday evening.";

  it("is more confident the more of the statement a text carries", () => {
    const [a, b, c] = [sameStory, sameTown, otherStory].map((t) => stanceOf(statement, t, "en", languages(), options).relatedness);
    assert.ok(a! > b! && b! >= c!, `${a} > ${b} >= ${c}`);
  });

  it("reads a text on another subject as unrelated, and one telling the story as related", () => {
    assert.equal(stanceOf(statement, otherStory, "en", languages(), options).stance, "unrelated");
    assert.notEqual(stanceOf(statement, sameStory, "en", languages(), options).stance, "unrelated");
  });

  it("takes a side from the words near the statement", () => {
    const denial = "Claims that Marta Velk's bakery in Osterby wins the national bread prize are false. The jury has not met yet.";
    assert.equal(stanceOf(statement, denial, "en", languages(), options).stance, "disagree");
    const plain = "Marta Velk's bakery in Osterby wins the national bread prize. Her rye loaf beat forty others.";
    assert.equal(stanceOf(statement, plain, "en", languages(), options).stance, "agree");
    const hedged = "Marta Velk's bakery in Osterby reportedly wins the national bread prize, a local paper says.";
    assert.equal(stanceOf(statement, hedged, "en", languages(), options).stance, "discuss");
  });

  it("agrees when the text states it in its own voice, and only discusses it when it reports someone saying it", () => {
    const own = "The national bread prize went to Marta Velk's bakery in Osterby on Friday. Her rye loaf beat forty others.";
    assert.equal(stanceOf(statement, own, "en", languages(), options).stance, "agree");
    const attributed = "Marta Velk's bakery in Osterby wins the national bread prize, the jury's chairman Tomas Lind said on Friday. Her rye loaf beat forty others.";
    assert.equal(stanceOf(statement, attributed, "en", languages(), options).stance, "discuss");
    const accordingTo = "According to the Osterby Courier, Marta Velk's bakery in Osterby wins the national bread prize. Her rye loaf beat forty others.";
    assert.equal(stanceOf(statement, accordingTo, "en", languages(), options).stance, "discuss");
  });

  it("does not assert a statement whose best sentence shares only its names: that sentence is about the same people, not the same fact", () => {
    const sameNames = "Marta Velk opened a second shop in Osterby on Friday. Her rye loaf sells well.";
    const r = stanceOf(statement, sameNames, "en", languages(), options);
    assert.notEqual(r.stance, "unrelated");
    assert.equal(r.stance, "discuss");
    // The fact stated, names and all, is still asserted.
    assert.equal(stanceOf(statement, "Marta Velk's bakery in Osterby won the national bread prize on Friday. Her rye loaf beat forty others.", "en", languages(), options).stance, "agree");
  });

  it("only discusses what it states when it says, anywhere, that this is unconfirmed", () => {
    const stated = "The national bread prize went to Marta Velk's bakery in Osterby on Friday. Her rye loaf beat forty others.";
    assert.equal(stanceOf(statement, stated, "en", languages(), options).stance, "agree");
    for (const caveat of ["The result could not be independently verified.", "The jury has not yet confirmed the result.", "The jury didn’t confirm the result."])
      assert.equal(stanceOf(statement, `${stated} ${caveat}`, "en", languages(), options).stance, "discuss", caveat);
    // A caveat about something else confirmed ("confirmed" alone) leaves the statement asserted.
    assert.equal(stanceOf(statement, `${stated} The jury confirmed the result on Saturday.`, "en", languages(), options).stance, "agree");
    const german = "Der nationale Brotpreis ging am Freitag an die Bäckerei von Marta Velk in Osterby. Ihr Roggenbrot schlug vierzig andere.";
    const de = "Marta Velks Bäckerei in Osterby gewinnt den nationalen Brotpreis";
    assert.equal(stanceOf(de, german, "de", languages(), options).stance, "agree");
    assert.equal(stanceOf(de, `${german} Das Ergebnis konnte nicht unabhängig überprüft werden.`, "de", languages(), options).stance, "discuss");
  });

  it("does not read a denial the statement itself reports as the text's own", () => {
    const reported = "Osterby baker denies bread prize was fake";
    const text = "The Osterby baker said claims that her bread prize was fake are wrong; the jury backed her.";
    assert.notEqual(stanceOf(reported, text, "en", languages(), options).stance, "disagree");
  });
});
