import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findQuotations, isQuoted } from "../../src/text/quotations.js";

const quoted = (text: string): string[] => findQuotations(text).map((q) => text.slice(q.start, q.end));

describe("quotations (src/text/quotations.ts)", () => {
  it("reads a quotation across its sentences, by the direction of each mark", () => {
    const text = '"We are ready. Nobody told us," Lind said. "It is so," he said, "and it stays so."';
    assert.deepEqual(quoted(text), ['"We are ready. Nobody told us,"', '"It is so,"', '"and it stays so."']);
    assert.equal(isQuoted(findQuotations(text), text.indexOf("Nobody")), true);
    assert.equal(isQuoted(findQuotations(text), text.indexOf("Lind")), false);
    assert.equal(isQuoted(findQuotations(text), text.indexOf("he said")), false);
  });

  it("reads German, French and curly marks, and a closing mark with no opening one as none", () => {
    assert.deepEqual(quoted("„Wir sind bereit“, sagte er. «Nous aussi», dit-elle."), ["„Wir sind bereit“", "«Nous aussi»"]);
    // “ closes only in a paragraph that opens with „.
    assert.deepEqual(quoted("„Ja“, sagte er.\n“Yes,” she said."), ["„Ja“", "“Yes,”"]);
    assert.deepEqual(quoted('ready, nobody told us," Lind said.'), []);
  });

  it("ends a quotation never closed that opens its paragraph at the end of its first sentence, and every quotation at a line break", () => {
    const text = "“It is likely that the line will merge. Its chief told Nordic Radio he was “very impressed” by it.\n“Next";
    const found = findQuotations(text);
    assert.deepEqual(found.map((q) => [text.slice(q.start, q.end), q.closed]), [
      ["“It is likely that the line will merge.", false],
      ["“very impressed”", true],
      ["“Next", false],
    ]);
    assert.equal(isQuoted(found, text.indexOf("Its chief")), false);
    // Opened inside a paragraph, never closed: speech to the paragraph's end.
    const speech = "The editor wrote back. “I read it in one sitting. Sometimes you just say wow.\nNext";
    assert.equal(isQuoted(findQuotations(speech), speech.indexOf("you just say")), true);
  });

  it("lets a stray mark quote at most a bounded stretch of a long line", () => {
    const text = `He said "${"the pier is closed and ".repeat(200)}that is all.`;
    const [q] = findQuotations(text);
    assert.ok(q && q.end - q.start <= 1500);
    assert.equal(isQuoted(findQuotations(text), text.length - 5), false);
  });
});

describe("quoted phrases (src/claims/quotes.ts findQuotes)", () => {
  it("never takes the writer's words between two quotations for a quotation", async () => {
    const { findQuotes } = await import("../../src/claims/quotes.js");
    const text = 'Nobody was at risk," Lind said, pointing at the pier, "and nobody will be."';
    assert.deepEqual(findQuotes(text, 4).map((q) => q.text), ["and nobody will be."]);
  });
});
