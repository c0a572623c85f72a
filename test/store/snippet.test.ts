import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { snippetOf } from "../../src/store/snippet.js";

describe("search snippets from a bounded excerpt", () => {
  const text = "The ferry to Hollen was stopped on Monday after the storm. Harbour officials in São Brekke said the pier would reopen in spring, once the damage had been surveyed.";

  it("shows words around the first word searched, folded as the index folds them, with … where the text goes on", () => {
    assert.equal(snippetOf(text, ["sao"], 8), "…officials in São Brekke said the pier would…");
    assert.equal(snippetOf(text, ["PIER", "spring"], 6), "…said the pier would reopen in…");
  });

  it("shows the opening words when the match is not in the excerpt (in the title, or further on)", () => {
    assert.equal(snippetOf(text, ["gazette"], 5), "The ferry to Hollen was…");
  });

  it("drops a word the excerpt cut, and says the text goes on", () => {
    assert.equal(snippetOf("The ferry to Holl", ["ferry"], 10, true), "The ferry to…");
    assert.equal(snippetOf("", ["ferry"], 10), "");
    assert.equal(snippetOf("東京東京東京", ["東京"], 5, true), "東京東京東京…", "a text without spaces keeps its words");
  });

  it("reads a letter outside the Basic Multilingual Plane as part of the word it touches ('𝐀ferry' is not 'ferry')", () => {
    assert.equal(snippetOf("The 𝐀ferry left. Later the ferry came back to port today", ["ferry"], 3), "…the ferry came…");
  });

  it("keeps the match in view where lowercasing lengthens the text ('İ')", () => {
    assert.equal(snippetOf("İstanbul'da İzmir'de İlham İnönü İpek İlker İsmet İnci boat ferry harbour pier dock", ["ferry"], 3), "…boat ferry harbour…");
  });
});
