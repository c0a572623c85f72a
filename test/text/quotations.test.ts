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

  it("reads German book marks, quotations nested in other marks, and a straight mark between letters as none", () => {
    const german = "Der Hafen bleibt offen. »Die Reederei hat uns nichts gesagt«, erklärte Jonas Brekke. Die Polizei teilte mit, die Straße sei frei.";
    assert.deepEqual(quoted(german), ["»Die Reederei hat uns nichts gesagt«"]);
    // A French paragraph continuing a quotation opens with »: a closing mark by the space after it, not a German opening one.
    const continuing = "Le maire a parlé lundi.\n» Le port restera ouvert », a déclaré Jonas Brekke. La police a confirmé la fermeture.";
    assert.equal(isQuoted(findQuotations(continuing), continuing.indexOf("a déclaré")), false);
    assert.equal(isQuoted(findQuotations(continuing), continuing.indexOf("La police")), false);
    const french = "« Il m'a dit “non” et le conseil a déclaré que nous échouerions », a déclaré Eva Lind.";
    assert.deepEqual(quoted(french), ["« Il m'a dit “non” et le conseil a déclaré que nous échouerions »"]);
    const english = '“I told him "no" and the board said we would fail,” Lind said.';
    assert.deepEqual(quoted(english), ['“I told him "no" and the board said we would fail,”']);
    assert.deepEqual(quoted('The Ambassador"s office said the pier was unsafe. Police said the road was closed.'), []);
    // Two apostrophes for a double mark, as news databases export some papers; a word's apostrophe is none.
    assert.deepEqual(quoted("''We run the lists,'' said Lind. Rock 'n' roll's ''best'' year."), ["''We run the lists,''", "''best''"]);
    // Marks mixed by a careless hand: a closing mark of another kind closes.
    assert.deepEqual(quoted('“Our roads are crumbling," she said. "Families endure blackouts,” she added.'), ['“Our roads are crumbling,"', '"Families endure blackouts,”']);
    // „ in one place does not turn the “ of another paragraph, or of the same one written otherwise, around.
    assert.deepEqual(quoted("The paper „Bild“ reported on it.\n“The ministry told us nothing,” Lind said."), ["„Bild“", "“The ministry told us nothing,”"]);
    assert.deepEqual(quoted("The paper „Bild“ reported on it. “The ministry told us nothing,” Lind said."), ["„Bild“", "“The ministry told us nothing,”"]);
  });

  it("reads German, French and curly marks, and a closing mark with no opening one as none", () => {
    assert.deepEqual(quoted("„Wir sind bereit“, sagte er. «Nous aussi», dit-elle."), ["„Wir sind bereit“", "«Nous aussi»"]);
    // “ closes only in a paragraph that opens with „.
    assert.deepEqual(quoted("„Ja“, sagte er.\n“Yes,” she said."), ["„Ja“", "“Yes,”"]);
    assert.deepEqual(quoted('ready, nobody told us," Lind said.'), []);
  });

  it("ends a quotation never closed at the end of its first sentence (at its paragraph's end where the next continues it), and every quotation at a line break", () => {
    const text = "“It is likely that the line will merge. Its chief told Nordic Radio he was “very impressed” by it.\n“Next";
    const found = findQuotations(text);
    assert.deepEqual(found.map((q) => [text.slice(q.start, q.end), q.closed]), [
      ["“It is likely that the line will merge.", false],
      ["“very impressed”", true],
      ["“Next", false],
    ]);
    assert.equal(isQuoted(found, text.indexOf("Its chief")), false);
    // A quotation of several paragraphs leaves each but the last open: it runs to the paragraph's end where the next opens with its mark.
    const paragraphs = "Lind said: “We were ready for the storm. Nobody warned us. The ministry said nothing.\n“Then the pier collapsed,” she said.";
    assert.equal(isQuoted(findQuotations(paragraphs), paragraphs.indexOf("ministry said")), true);
    assert.equal(isQuoted(findQuotations(paragraphs), paragraphs.indexOf("she said")), false);
    // A stray curly mark does not hide a straight quotation after its sentence.
    const stray2 = 'the so-called “reform plan for the harbour. "The board said we would fail," Lind said.\nThe pier reopened.';
    assert.equal(isQuoted(findQuotations(stray2), stray2.indexOf("board said")), true);
    assert.equal(isQuoted(findQuotations(stray2), stray2.indexOf("Lind said")), false);
    // A stray mark inside a paragraph quotes to its sentence's end only.
    const stray = 'The so-called "reform plan was dropped on Monday. The harbour office said the ferry would stop.\nNext';
    assert.equal(isQuoted(findQuotations(stray), stray.indexOf("harbour office")), false);
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
    // Two-apostrophe marks are two characters: the words between them, no mark left over.
    const archive = "''We run the ferry at a loss,'' said Lind.";
    const [quote] = findQuotes(archive, 4);
    assert.equal(quote?.text, "We run the ferry at a loss,");
    assert.equal(archive.slice(quote!.index, quote!.index + quote!.text.length), quote!.text);
  });
});
