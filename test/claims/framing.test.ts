import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { article, story } from "./fixtures.js";

describe("framing", () => {
  it("finds loaded words and labels with the entity they are about", () => {
    const a = article("a", "President Olga Brandt opened the pier. Critics call the Brandt regime corrupt.");
    const b = article("b", "Испуганный диктатор Ольга Брандт открыла причал.", "ru");
    const { group, byId } = story([a, b]);
    const r = analyseStory(group, byId, defaultConfig.claims);
    const fa = r.framing.find((f) => f.articleId === "a")!;
    const fb = r.framing.find((f) => f.articleId === "b")!;
    assert.ok(fa.terms.some((t) => t.term === "President" && t.about === "Olga Brandt"));
    assert.ok(fa.terms.some((t) => t.term === "regime"));
    assert.ok(fb.terms.some((t) => t.term === "диктатор" && t.about === "Olga Brandt"));
    assert.ok(fb.terms.some((t) => t.term === "Испуганный"));
    for (const f of [fa, fb]) for (const t of f.terms) assert.ok(byId.get(f.articleId)!.text.includes(t.term));
  });
});
