import assert from "node:assert/strict";
import { test } from "node:test";
import { byFirstUnit, charAt, charBefore, letterAt, letterBefore } from "../../src/text/codePoints.js";

const LETTER = /^\p{L}$/u;

test("a character outside the Basic Multilingual Plane is read as one, before and at a place", () => {
  const text = "a𝐀-𠀀";
  assert.equal(charAt(text, 0, LETTER), 1);
  assert.equal(charAt(text, 1, LETTER), 2, "𝐀 is one letter of two units");
  assert.equal(charAt(text, 3, LETTER), 0, "a hyphen is no letter");
  assert.equal(charBefore(text, 3, LETTER), 2, "𝐀 ends at 3");
  assert.equal(charBefore(text, text.length, LETTER), 2, "𠀀 ends the text");
  assert.equal(charBefore(text, 1, LETTER), 1);
  assert.equal(charBefore(text, 0, LETTER), 0, "nothing before the start");
  assert.equal(charAt(text, text.length, LETTER), 0, "nothing after the end");
});

test("a character cut by the start of the window read is not read whole", () => {
  const text = "x𝐀";
  // From 2, only the second unit of 𝐀 lies in the window: a lone surrogate, no letter.
  assert.equal(charBefore(text, 3, LETTER, 2), 0);
  assert.equal(charBefore(text, 3, LETTER, 1), 2);
  assert.equal(charBefore(text, 3, /^[^]$/u, 2), 1, "any character: the lone unit");
});

test("letters before and at a place, astral ones whole; a hyphen or a space is none", () => {
  const text = "𝐀b-c d";
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((i) => letterAt(text, i)), [true, false, true, false, true, false, true]);
  assert.deepEqual([0, 2, 3, 4, 5, 6, 7].map((i) => letterBefore(text, i)), [false, true, true, false, true, false, true]);
});

test("items by the first unit of their key, in the order given, empty keys left out", () => {
  const map = byFirstUnit(["beta", "", "alpha", "bravo", "𝐀x"], (w) => w);
  assert.deepEqual([...map.entries()], [["b", ["beta", "bravo"]], ["a", ["alpha"]], ["\ud835", ["𝐀x"]]]);
});
