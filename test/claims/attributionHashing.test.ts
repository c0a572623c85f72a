/**
 * The attribution tagger looks its weights up by hashed feature keys in typed arrays; these
 * tests hold it to the tags the model's named features give (the fitting script's reading),
 * on real sentences: the demo corpus, the seeds and PolNeAR dev where they are present.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { appendPiece, lookup, pieceOf, weightTable } from "../../src/claims/attribution/featureHash.js";
import { ruleAttributions } from "../../src/claims/attribution/rules.js";
import { ruleReadings, TAGS, tagTokens, tagTokensByName } from "../../src/claims/attribution/tagger.js";
import { tokenise } from "../../src/claims/attribution/tokens.js";
import { languagePack, languages } from "../../src/lang/index.js";
import { sentenceRules, splitSentences } from "../../src/text/sentences.js";
import { DEMO, ROOT, SEEDS } from "../helpers.js";

/** Text and HTML files in a folder and its subfolders (the demo corpus is examples/<story>/). */
const textFiles = (dir: string): string[] =>
  !existsSync(dir)
    ? []
    : readdirSync(dir)
        .map((f) => join(dir, f))
        .flatMap((f) => (statSync(f).isDirectory() ? textFiles(f) : statSync(f).isFile() && /\.(?:txt|html?)$/.test(f) ? [f] : []))
        .sort();

describe("hashed attribution tagger", () => {
  const model = languages().attributionTagger("en")!;
  const titles = new Set(languagePack("en")!.citations!.titleAbbreviations);

  it("joins hashed pieces to the hash of the joined string", () => {
    const key = pieceOf("w-1w=");
    for (const part of ["said", "|", "he", "", "“Ünïcode”"]) appendPiece(key, pieceOf(part), 0);
    assert.deepEqual([...key], [...pieceOf("w-1w=said|he“Ünïcode”")]);
    assert.notDeepEqual([...pieceOf("ab|c")], [...pieceOf("a|bc")]);
  });

  it("finds every named weight by its key and no other", () => {
    const names = Object.keys(model.weights);
    const table = weightTable(model.weights, TAGS.length);
    for (const name of names.filter((_, i) => i % 7 === 0)) {
      const row = lookup(table, pieceOf(name));
      assert.deepEqual([...table.weights.subarray(row * TAGS.length, (row + 1) * TAGS.length)], model.weights[name]!.map(Number), name);
    }
    assert.equal(lookup(table, pieceOf("w=no-such-word-in-any-model")), -1);
  });

  it("gives the tags of the named features on real sentences", () => {
    const polnear = join(ROOT, "..", "shared", "data", "attribution", "polnear", "dev", "text");
    const files = [...textFiles(DEMO), ...textFiles(SEEDS), ...textFiles(polnear).slice(0, 40)];
    let sentences = 0, tokens = 0, tagged = 0;
    for (const file of files) {
      // HTML files are read as text: their tags are tokens too, which tests the odd ones.
      for (const s of splitSentences(readFileSync(file, "utf8"), sentenceRules("en", languages()))) {
        const t = tokenise(s.text, s.start, titles);
        const rules = ruleReadings(t, ruleAttributions(s.text, s.start, "en", languages()));
        const hashed = tagTokens(t, model, rules);
        assert.deepEqual(hashed, tagTokensByName(t, model, rules), `${file}: ${s.text.slice(0, 80)}`);
        sentences++;
        tokens += t.length;
        tagged += hashed.filter((x) => x !== "O").length;
      }
    }
    assert.ok(sentences > 50 && tagged > 0, `${sentences} sentences, ${tokens} tokens, ${tagged} tagged`);
  });
});
