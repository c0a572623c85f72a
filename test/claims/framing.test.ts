import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { article, story } from "./fixtures.js";
import { languages } from "../../src/lang/index.js";

describe("framing", () => {
  it("finds loaded words and loaded labels with the entity they are about, never a role", () => {
    const a = article("a", "President Olga Brandt opened the pier. Critics call the Brandt regime corrupt.");
    const b = article("b", "Испуганный диктатор Ольга Брандт открыла причал.", "ru");
    const { group, byId } = story([a, b]);
    const r = analyseStory(group, byId, defaultConfig.claims, languages());
    const fa = r.framing.find((f) => f.articleId === "a")!;
    const fb = r.framing.find((f) => f.articleId === "b")!;
    assert.ok(!fa.terms.some((t) => t.term === "President"), "a job title describes; it does not frame");
    assert.ok(fa.terms.some((t) => t.term === "regime"));
    assert.ok(fb.terms.some((t) => t.term === "диктатор" && t.about === "Olga Brandt"));
    assert.ok(fb.terms.some((t) => t.term === "Испуганный"));
    for (const f of [fa, fb]) for (const t of f.terms) assert.ok(byId.get(f.articleId)!.text.includes(t.term));
  });

  it("reads no loaded word inside a name or a neutral word that begins like one", () => {
    const text =
      "The 4th Armored Regiment left Kessel on Monday. A soldier of the regiment said his training regimen was hard. " +
      "Reporters at Crooked Harbour Radio called the Brandt regime corrupt.";
    const { group, byId } = story([article("a", text)]);
    const terms = analyseStory(group, byId, defaultConfig.claims, languages()).framing[0]!.terms.map((t) => t.term);
    assert.ok(!terms.some((t) => /^regiment|^regimen/iu.test(t)), `no regiment or regimen: ${terms.join(", ")}`);
    assert.ok(!terms.includes("Crooked"), "a capitalised word inside a sentence is part of a name");
    assert.ok(terms.includes("regime") && terms.includes("corrupt"), `the loaded words of prose stay: ${terms.join(", ")}`);
    // A headline run into the text in Title Case keeps its loaded words.
    const headline = "Brandt Slams Kessel Over Brutal Crackdown On Dockers. The port stayed shut on Monday.";
    const h = analyseStory(story([article("b", headline)]).group, story([article("b", headline)]).byId, defaultConfig.claims, languages()).framing[0]!.terms.map((t) => t.term);
    assert.ok(h.includes("Brutal") && h.includes("Crackdown"), `Title Case keeps them: ${h.join(", ")}`);
  });

  it("names what a loaded word is about only where no other word stands between ('so-called inspections while Brasken Lines' is about the inspections)", () => {
    const a = article("a", "Inspectors waved rotten ferries through their so-called inspections while Brasken Lines pocketed record profits. The so-called Maritime Safety Authority refused to comment.");
    const b = article("b", "Brasken Lines operates four ferries. The Maritime Safety Authority inspected them.");
    const { group, byId } = story([a, b]);
    const terms = analyseStory(group, byId, defaultConfig.claims, languages()).framing.find((f) => f.articleId === "a")!.terms;
    assert.deepEqual(
      terms.filter((t) => t.term === "so-called").map((t) => t.about),
      [null, "Maritime Safety Authority"],
    );
  });

  it("reads the title too, naming the entity the title's word is about", () => {
    const a = { ...article("a", "Ольга Брандт открыла причал в Линдхольме. Брандт обещала новые краны."), language: "ru", title: "Испуганная Брандт открыла причал" };
    const { group, byId } = story([a]);
    const terms = analyseStory(group, byId, defaultConfig.claims, languages()).framing[0]!.terms;
    assert.deepEqual(terms.filter((t) => t.where === "title"), [{ term: "Испуганная", about: "Ольга Брандт", where: "title" }]);
    assert.ok(terms.every((t) => (t.where === "title" ? a.title : a.text).includes(t.term)));
  });
});
