/**
 * One story's failure does not stop the others. The fault is real code failing: the German
 * pack's framing knowledge throws when read, as a broken language pack would, so only the
 * story with a German article fails (grouping does not read framing).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { languagePack } from "../../src/lang/index.js";
import { buildAndReadDossier } from "../../src/pipeline.js";
import { DEMO } from "../helpers.js";

describe("a story whose analysis fails", () => {
  it("is listed with its articles and the reason, and the other stories are analysed", async () => {
    const de = languagePack("de")!;
    const framing = Object.getOwnPropertyDescriptor(de, "framing")!;
    Object.defineProperty(de, "framing", { configurable: true, get: () => { throw new Error("broken German framing lexicon"); } });
    try {
      const d = await buildAndReadDossier([DEMO]);
      const failed = d.stories.filter((s) => s.error);
      assert.equal(failed.length, 1);
      assert.equal(failed[0]!.error, "analysis failed: broken German framing lexicon");
      assert.ok(failed[0]!.articleIds.some((id) => d.articles.find((a) => a.id === id)?.language === "de"));
      assert.deepEqual(failed[0]!.claims, []);
      const others = d.stories.filter((s) => !s.error);
      assert.ok(others.length > 0 && others.every((s) => s.claims.length > 0));
    } finally {
      Object.defineProperty(de, "framing", framing);
    }
  });
});
