/**
 * The dictd reader and FreeDict translations, on a tiny German–English dictionary in
 * dictd's format written here (an index of base64 offsets into a gzipped text).
 */
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { dictdNumber, parseDictd, readDictd, translationsOf } from "../../src/lang/dictd.js";
import { createLanguages, freedictTranslations, languages } from "../../src/lang/index.js";
import { wordKnowledge } from "../../src/lang/words.js";
import { pivotWords } from "../../src/claims/crossLanguage.js";
import { readTokens, type Token } from "../../src/text/index.js";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const b64 = (n: number): string => (n < 64 ? BASE64[n]! : b64(Math.floor(n / 64)) + BASE64[n % 64]!);

const ENTRIES: Array<[string, string]> = [
  ["00databaseshort", "Tiny German-English test dictionary\n"],
  ["Boot", "Boot <n, neut>\nboat\n"],
  ["Drohne", "Drohne /dʁoːnə/ <n, fem>\n1. drone\n2. idler (person)\n"],
  ["Rettung", "Rettung <n, fem>\nrescue\n"],
  ["forderte", "forderte /fˈɔɾdɜtə/\ndemanded\n   Synonyms: {verlangte}\n\n see: {fordern}\n"],
  ["Störsender", "Störsender <n, masc>\njamming transmitter; jammer\n"],
  ["verlangen", "verlangen <v>\n1. demand, ask for\n2. require\n3. long for\n4. charge (a price)\n"],
];

/** Writes the entries as `<dir>/freedict-deu-eng.index` and `.dict.dz`. */
function writeFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-dictd-"));
  let offset = 0;
  const index: string[] = [];
  for (const [head, text] of ENTRIES) {
    const length = Buffer.byteLength(text);
    index.push(`${head}\t${b64(offset)}\t${b64(length)}`);
    offset += length;
  }
  writeFileSync(join(dir, "freedict-deu-eng.index"), index.join("\n") + "\n");
  writeFileSync(join(dir, "freedict-deu-eng.dict.dz"), gzipSync(ENTRIES.map(([, t]) => t).join("")));
  return dir;
}

describe("dictd dictionaries", () => {
  it("reads dictd's base64 numbers, most significant digit first", () => {
    assert.equal(dictdNumber("A"), 0);
    assert.equal(dictdNumber("BA"), 64);
    assert.equal(dictdNumber("8m"), 60 * 64 + 38);
  });

  it("finds an entry by its headword in any case, leaving dictd's own 00database entries out", () => {
    const dict = readDictd(join(writeFixture(), "freedict-deu-eng"));
    assert.equal(dict.size, 6);
    assert.match(dict.entries("drohne")[0]!, /^Drohne .*\n1\. drone/);
    assert.deepEqual(dict.entries("00databaseshort"), []);
    assert.deepEqual(dict.entries("Haus"), []);
  });

  it("reads the first senses' short translations, not synonyms, see-also lists or glosses", () => {
    const dict = parseDictd("verlangen\tA\tBP\n", Buffer.from(ENTRIES[6]![1]));
    assert.deepEqual(translationsOf(dict.entries("verlangen")[0]!), ["demand", "ask", "for", "require", "long"]);
    assert.deepEqual(translationsOf(ENTRIES[4]![1]), ["demanded"]);
    assert.deepEqual(translationsOf(ENTRIES[5]![1]), ["jamming", "transmitter", "jammer"]);
  });
});

describe("translations into English", () => {
  const stem = (w: string, l: string) => wordKnowledge(l).stem(w);

  it("translates words of a language with a dictionary, by headword or by stem", () => {
    const t = freedictTranslations(writeFixture(), stem, null);
    assert.deepEqual(t.languages, ["de"]);
    assert.deepEqual(t.toEnglish("Drohne", "de"), ["drone", "idler"]);
    assert.deepEqual(t.toEnglish("Drohnen", "de"), ["drone", "idler"], "found through its stem");
    assert.deepEqual(t.toEnglish("Drohne", "fr"), [], "no French dictionary here");
  });

  it("reads a compound the dictionary lacks by its parts, head first, past a linking element, only where the language writes compounds as one word", () => {
    const links = (l: string) => languages().pack(l)?.compounds?.links;
    const t = freedictTranslations(writeFixture(), stem, null, links);
    assert.deepEqual(t.toEnglish("Rettungsboote", "de"), [], "not a headword");
    assert.deepEqual(t.partsToEnglish("Rettungsboote", "de"), ["boat", "rescue"], "Rettung-s-boot");
    assert.deepEqual(t.partsToEnglish("Drohnenboot", "de"), ["boat", "drone", "idler"], "Drohne-n-boot");
    assert.deepEqual(t.partsToEnglish("Drohne", "de"), [], "a whole word has its own translation");
    assert.deepEqual(t.partsToEnglish("Kreboot", "de"), [], "both parts known, or no reading: 'kre' is no word");
    assert.deepEqual(freedictTranslations(writeFixture(), stem, null).partsToEnglish("Rettungsboote", "de"), [], "no compound knowledge given");
  });

  it("keeps names whole when comparing across languages: a name is not what its parts mean", () => {
    const own = createLanguages(languages().all(), freedictTranslations(writeFixture(), stem, null, (l) => languages().pack(l)?.compounds?.links));
    const tokens = readTokens("Die Rettungsboote fuhren nach Drohnenboot.", "de", own);
    const keys = (isName?: (t: Token) => boolean) => pivotWords(tokens, "de", own, isName && ((t) => (isName(t) ? t.lower : null))).flat();
    assert.ok(keys().includes("P:boat"), "both compounds read by their parts");
    assert.ok(!keys((t) => t.surface === "Drohnenboot").some((k) => k === "P:drone"), "the name's parts are not read");
    assert.ok(keys((t) => t.surface === "Drohnenboot").some((k) => k.startsWith("P:rescu")), "the other compound still is");
  });

  it("is none where no dictionary is installed, and is handed to stages inside Languages", () => {
    const none = freedictTranslations(join(tmpdir(), "no-such-dictd-folder"), stem);
    assert.deepEqual(none.languages, []);
    const own = createLanguages(languages().all(), freedictTranslations(writeFixture(), stem, null));
    assert.deepEqual(own.translations.toEnglish("Störsender", "de"), ["jamming", "transmitter", "jammer"]);
    assert.deepEqual(createLanguages(languages().all(), none).translations.toEnglish("Störsender", "de"), []);
  });

  it("keeps each dictionary's index in the cache folder, translates the same from it, and indexes a changed dictionary again", () => {
    const dir = writeFixture();
    const cache = mkdtempSync(join(tmpdir(), "dossier-cache-"));
    const words = ["Drohne", "Drohnen", "forderte", "verlangen", "verlangt", "Störsender", "Haus"];
    const uncached = freedictTranslations(dir, stem, null);
    const expected = words.map((w) => uncached.toEnglish(w, "de"));
    assert.deepEqual(words.map((w) => freedictTranslations(dir, stem, cache).toEnglish(w, "de")), expected, "index made and written");
    const written = readdirSync(join(cache, "freedict"));
    assert.equal(written.length, 1);
    // Indexes are ordered by their files' times: dated a minute back, the first is the oldest
    // however coarse the file system's clock (two writes may fall in one tick).
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(cache, "freedict", written[0]!), past, past);
    assert.deepEqual(words.map((w) => freedictTranslations(dir, stem, cache).toEnglish(w, "de")), expected, "index read from the cache");
    utimesSync(join(dir, "freedict-deu-eng.index"), new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(words.map((w) => freedictTranslations(dir, stem, cache).toEnglish(w, "de")), expected, "dictionary changed: indexed again");
    const rewritten = readdirSync(join(cache, "freedict"));
    assert.equal(rewritten.length, 2, "the newest two indexes kept (the built code and the sources under tsx each have one)");
    assert.ok(rewritten.includes(written[0]!));
    utimesSync(join(dir, "freedict-deu-eng.index"), new Date(), new Date(Date.now() + 10000));
    assert.deepEqual(words.map((w) => freedictTranslations(dir, stem, cache).toEnglish(w, "de")), expected, "changed again: indexed again");
    const third = readdirSync(join(cache, "freedict"));
    assert.equal(third.length, 2);
    assert.ok(!third.includes(written[0]!), "the oldest index removed");
  });
});
