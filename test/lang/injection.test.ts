/**
 * Stages read only the languages they are handed: with English alone, German chrome stays in
 * a page and a Russian citation goes unread; a pack of a test's own applies once given.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { createExtractor } from "../../src/extract/index.js";
import { createLanguages, type LanguagePack, type Languages, languages } from "../../src/lang/index.js";
import type { InputDocument } from "../../src/model.js";
import { article, story } from "../claims/fixtures.js";

const P1 = "The harbour authority said on Tuesday that the new pier would open in spring, two years later than planned, because of a dispute over the contract.";
const P2 = "Local fishermen, who had campaigned for the pier since 2015, said they were disappointed but would keep using the old jetty until then.";
const P3 = "A spokesperson for the council declined to say how much the delay would cost, adding that the final figure was still being negotiated.";
/** A German prompt to the reader (src/lang/de/boilerplate.ts): chrome wherever it stands. */
const GERMAN_PROMPT = "Jetzt kostenlos registrieren und alle Artikel der Woche ohne Werbung auf jedem Gerät weiterlesen.";

async function extractWith(langs: Languages, text: string) {
  const extractor = await createExtractor(defaultConfig.extract, langs);
  const doc: InputDocument = { id: "t", path: "t.txt", format: "text", content: text, encoding: { name: "utf-8", source: "default" }, given: {}, warnings: [] };
  return extractor.extract(doc);
}

describe("injected languages", () => {
  it("removes German chrome with every language, and keeps it when the extractor knows English only", async () => {
    const page = [P1, GERMAN_PROMPT, P2, P3].join("\n\n");
    const all = await extractWith(languages(), page);
    assert.equal(all.text, [P1, P2, P3].join("\n\n"));
    assert.ok(all.removed.includes(GERMAN_PROMPT));
    const english = await extractWith(languages(["en"]), page);
    assert.ok(english.text.includes(GERMAN_PROMPT), "no German pack, no German chrome");
  });

  it("reads a Russian citation with every language, and none when the claims stage knows English only", () => {
    const a = article("a", "Мэр города подал в отставку, сообщает Северный Вестник со ссылкой на The Harbour Gazette.", "ru");
    const { group, byId } = story([a]);
    const all = analyseStory(group, byId, defaultConfig.claims, languages());
    assert.ok(all.citations.some((c) => c.source === "The Harbour Gazette" && c.via === "Северный Вестник"));
    const english = analyseStory(group, byId, defaultConfig.claims, languages(["en"]));
    assert.deepEqual(english.citations, []);
  });

  it("applies a pack a test makes itself, and only where it is given", async () => {
    const prompt = "Zorp the quarterly bulletin of the harbour to read every article before anyone else does.";
    const own: LanguagePack = {
      code: "xx",
      name: "Test",
      boilerplate: { blockPatterns: [/^zorp!$/], tailMarkers: [/^zorp zorp$/], prompts: [/^zorp the quarterly bulletin\b/i] },
    };
    const page = [P1, prompt, P2, P3].join("\n\n");
    assert.equal((await extractWith(createLanguages([...languages().all(), own]), page)).text, [P1, P2, P3].join("\n\n"));
    assert.ok((await extractWith(languages(), page)).text.includes(prompt));
  });
});
