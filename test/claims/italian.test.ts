import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { article, story } from "./fixtures.js";
import { languages } from "../../src/lang/index.js";

describe("Italian claims knowledge", () => {
  it("finds Italian citations, relays, values and framing", () => {
    const text =
      "Il porto di Lindholm ha ordinato 14 gru, secondo il Corriere di Lindholm. " +
      "Il ministro Olga Brandt ha detto che le gru arriveranno a maggio. " +
      "Le gru costeranno 3 milioni di euro, riferisce Nordpress citando il Corriere di Lindholm. " +
      "Il cosiddetto piano di rilancio divide il consiglio.";
    const { group, byId } = story([article("it", text, "it")]);
    const r = analyseStory(group, byId, defaultConfig.claims, languages());
    const cited = r.citations.map((c) => [c.source, c.via]);
    assert.deepEqual(cited, [["Corriere di Lindholm", null], ["Olga Brandt", null], ["Nordpress", null], ["Corriere di Lindholm", "Nordpress"]]);
    const values = r.claims.flatMap((c) => c.mentions.flatMap((m) => m.values.map((v) => [v.value, v.unit])));
    assert.ok(values.some(([v, u]) => v === 3e6 && u === "EUR"), "3 milioni di euro is 3,000,000 EUR");
    assert.ok(r.framing[0]!.terms.some((t) => t.term.toLowerCase() === "cosiddetto"));
  });
});
