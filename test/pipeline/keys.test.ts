/** What stored work is keyed on: extraction and grouping on the code their stages run, so a change elsewhere keeps them. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildKeys, EXTRACTION_MODULES, GROUPING_MODULES } from "../../src/build/keys.js";
import { defaultConfig, resolveConfig } from "../../src/config.js";
import { createLanguages, languages, NO_TRANSLATIONS } from "../../src/lang/index.js";
import { moduleClosure } from "../../src/version.js";

const OTHER_STAGES = /^(?:claims|web|server|report|check|watch|workers|cli)\//;

describe("build keys", () => {
  it("extraction runs its stage's modules and the language packs, no claims, web or server module", () => {
    const modules = moduleClosure(EXTRACTION_MODULES);
    for (const m of ["extract/index.ts", "extract/html/scoring.ts", "text/index.ts", "lang/index.ts", "lang/en/boilerplate.ts", "lang/ru/index.ts"]) assert.ok(modules.includes(m), m);
    assert.deepEqual(modules.filter((m) => OTHER_STAGES.test(m)), []);
  });
  it("grouping runs the stories stage's modules, not the claims stage's", () => {
    const modules = moduleClosure(GROUPING_MODULES);
    for (const m of ["stories/grouping.ts", "stories/copies.ts", "build/assignStories.ts"]) assert.ok(modules.includes(m), m);
    assert.deepEqual(modules.filter((m) => OTHER_STAGES.test(m)), []);
  });
  it("grouping and analysis change with the dictionaries installed, extraction does not", () => {
    const base = buildKeys(defaultConfig, languages());
    const none = buildKeys(defaultConfig, createLanguages(languages().all(), NO_TRANSLATIONS));
    const one = buildKeys(defaultConfig, createLanguages(languages().all(), { languages: ["de"], toEnglish: () => [], partsToEnglish: () => [] }));
    assert.notEqual(one.grouping, none.grouping);
    assert.notEqual(one.analysis, none.analysis);
    assert.equal(one.extractor, none.extractor);
    assert.ok(base.grouping.includes("#dict:"));
  });
  it("each key changes with its own settings only; grouping's holds extraction's", () => {
    const base = buildKeys(defaultConfig, languages());
    const claims = buildKeys(resolveConfig({ claims: { contentThreshold: 0.3 } }), languages());
    assert.equal(claims.extractor, base.extractor);
    assert.equal(claims.grouping, base.grouping);
    assert.notEqual(claims.analysis, base.analysis);
    const extract = buildKeys(resolveConfig({ extract: { minArticleWords: 99 } }), languages());
    assert.notEqual(extract.extractor, base.extractor);
    assert.ok(extract.grouping.startsWith(extract.extractor));
    assert.notEqual(extract.analysis, base.analysis, "articles extracted anew are analysed anew");
  });
});
