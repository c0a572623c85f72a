import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseStory } from "../../src/claims/index.js";
import { sameWord, nameKey } from "../../src/claims/names.js";
import { defaultConfig } from "../../src/config.js";
import { article, story } from "./fixtures.js";

describe("cross-script names", () => {
  it("gives Latin and Cyrillic spellings of one name the same key", () => {
    assert.equal(nameKey("Мадуро"), nameKey("Maduro"));
    assert.equal(nameKey("Веласкес"), nameKey("Velásquez"));
    assert.equal(nameKey("Николас"), nameKey("Nicolás"));
    assert.ok(sameWord(nameKey("Путину"), nameKey("Putin")), "a case ending is allowed");
    assert.ok(!sameWord(nameKey("Su-30"), nameKey("Su-300")), "a designation is not a case form");
    assert.notEqual(nameKey("Brandt"), nameKey("Vonk"));
  });

  it("merges names across articles, scripts and titles into entities", () => {
    const { group, byId } = story([
      article("en", "Harbour Minister Olga Brandt met Mayor Piet Vonk in Lindholm. Brandt later flew to Oslo."),
      article("ru", "Министр порта Ольга Брандт встретилась с мэром Питом Вонком. Брандт улетела в Осло.", "ru"),
    ]);
    const r = analyseStory(group, byId, defaultConfig.claims);
    const brandt = r.entities.find((e) => e.name === "Olga Brandt");
    assert.ok(brandt, "the full Latin-script name names the entity");
    assert.equal(brandt.type, "person");
    assert.deepEqual([...brandt.articleIds].sort(), ["en", "ru"]);
    assert.ok(brandt.aliases.includes("Ольга Брандт") && brandt.aliases.includes("Brandt"));
    const oslo = r.entities.find((e) => e.aliases.includes("Осло") || e.name === "Осло");
    assert.ok(oslo && [oslo.name, ...oslo.aliases].includes("Oslo"));
  });

  it("matches names that transliteration spells apart by their consonants", () => {
    const { group, byId } = story([
      article("en", "Xi Jinping flew to Moscow on Monday. In Moscow, Xi Jinping met the harbour council."),
      article("ru", "Си Цзиньпин прилетел в Москву в понедельник. Си Цзиньпин встретился с советом порта.", "ru"),
    ]);
    const r = analyseStory(group, byId, defaultConfig.claims);
    const names = (n: string) => r.entities.find((e) => e.name === n);
    assert.ok(names("Xi Jinping")?.aliases.includes("Си Цзиньпин"));
    assert.ok(names("Moscow")?.aliases.includes("Москву"));
  });
});
