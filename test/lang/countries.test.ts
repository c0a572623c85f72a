import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countryName } from "../../src/lang/countries.js";

describe("country names across languages", () => {
  it("reads long, short and inflected forms in several languages", () => {
    const cases: Array<[string, string, string]> = [
      ["Китай", "ru", "China"], ["Китаем", "ru", "China"], ["Chine", "fr", "China"],
      ["США", "ru", "United States"], ["U.S.", "en", "United States"], ["Соединенных Штатов", "ru", "United States"],
      ["États-Unis", "fr", "United States"], ["Германии", "ru", "Germany"], ["Deutschlands", "de", "Germany"],
      ["Україну", "uk", "Ukraine"], ["Russland", "de", "Russia"], ["USA", "de", "United States"],
    ];
    for (const [name, language, english] of cases) assert.equal(countryName(name, language), english, `${name} (${language})`);
  });

  it("keeps countries whose names begin alike apart, and reads no pronoun or city as a country", () => {
    assert.equal(countryName("Австрии", "ru"), "Austria");
    assert.equal(countryName("Австралии", "ru"), "Australia");
    assert.equal(countryName("Ирана", "ru"), "Iran");
    assert.equal(countryName("Ирака", "ru"), "Iraq");
    assert.equal(countryName("Niger", "en"), "Niger");
    assert.equal(countryName("Nigeria", "en"), "Nigeria");
    assert.equal(countryName("us", "en"), null);
    assert.equal(countryName("Moscow", "en"), null);
  });
});
