/** Bytes → text: BOM, declared charsets, undeclared legacy encodings, and mojibake repair. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import iconv from "iconv-lite";
import { decodeBytes, repairMojibake } from "../../src/ingest/decode.js";

const RU = "Городской совет утвердил новый план ремонта набережной, работы начнутся весной.";
const FR = "Le conseil municipal a approuvé le nouveau plan de rénovation du quai, les travaux débuteront au printemps.";

describe("decoding", () => {
  it("honours a UTF-8 BOM", () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RU)]));
    assert.equal(d.text, RU);
    assert.equal(d.source, "bom");
  });

  it("honours a meta charset", () => {
    const html = `<html><head><meta charset="windows-1251"></head><body><p>${RU}</p></body></html>`;
    const d = decodeBytes(iconv.encode(html, "windows-1251"));
    assert.ok(d.text.includes(RU));
    assert.equal(d.source, "declared");
  });

  it("honours an HTTP-style declared charset passed in", () => {
    const d = decodeBytes(iconv.encode(RU, "koi8-r"), "koi8-r");
    assert.equal(d.text, RU);
  });

  for (const encoding of ["windows-1251", "koi8-r"]) {
    it(`detects undeclared ${encoding}`, () => {
      const d = decodeBytes(iconv.encode(RU, encoding));
      assert.equal(d.text, RU);
      assert.equal(d.encoding, encoding);
      assert.equal(d.source, "detected");
    });
  }

  it("detects undeclared Latin-1", () => {
    const d = decodeBytes(iconv.encode(FR, "latin1"));
    assert.equal(d.text, FR);
    assert.equal(d.source, "detected");
  });

  it("repairs UTF-8 read as windows-1252, and leaves clean text alone", () => {
    const broken = iconv.decode(Buffer.from(FR, "utf8"), "windows-1252");
    assert.notEqual(broken, FR);
    assert.deepEqual(repairMojibake(broken), { text: FR, repaired: true });
    assert.deepEqual(repairMojibake(FR), { text: FR, repaired: false });
    const quotes = iconv.decode(Buffer.from("It’s “fine” — really.", "utf8"), "windows-1252");
    assert.equal(repairMojibake(quotes).text, "It’s “fine” — really.");
  });
});
