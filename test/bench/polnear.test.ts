/** The PolNeAR bench places the dossier's citations in the raw texts by their offsets: the mapping from extracted text to raw text. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanToRaw } from "../../bench/claims/polnear.js";

describe("extracted text mapped to its raw text", () => {
  const raw = "Sanders Says He Will Win\n\nVermont Sen. Bernie Sanders says the race is open.\n\n___\n\nCARACASRussia has reiterated its support,\nLavrov said.\n\nSanders says he will win.";
  const clean = "Vermont Sen. Bernie Sanders says the race is open.\n\nCARACAS — Russia has reiterated its support, Lavrov said.\n\nSanders says he will win.";
  const at = cleanToRaw(clean, raw);
  const placed = (word: string, from = 0): string => {
    const i = clean.indexOf(word, from);
    return raw.slice(at[i]!, at[i + word.length - 1]! + 1);
  };

  it("maps each paragraph to its own place, past a dropped title line and a lone '___', whatever the line breaks", () => {
    assert.equal(at[clean.lastIndexOf("Sanders says")], raw.lastIndexOf("Sanders says"), "the last paragraph, not 'Bernie Sanders says' nor the title");
    assert.equal(placed("Lavrov"), "Lavrov");
    assert.equal(placed("Bernie Sanders"), "Bernie Sanders");
  });

  it("reads past what extraction added (a dash after a glued dateline), and leaves it unmapped", () => {
    assert.equal(placed("Russia"), "Russia");
    assert.equal(at[clean.indexOf("—")], -1);
  });
});
