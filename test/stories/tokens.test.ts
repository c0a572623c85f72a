import assert from "node:assert/strict";
import { test } from "node:test";
import { Scanner, WORD } from "../../src/text/scanner.js";
import { TokenTable } from "../../src/stories/tokens.js";

// Texts written for this test: separators, scripts, marks, surrogates and numbers that the
// hand-written scanner must cut exactly as the reference regex does.
const TEXTS = [
  "The dam broke on 31 October; 5,000 people (about 5 000) fled. Officials said 7,5% — or 7.5%.",
  "Мадуро заявил: «Мы победим!» Погибли 12 человек, 1 200 ранены.\nВелáскес прибыл в Каракас.",
  "O'Neill’s e-mail re-sent at 10:45, ref A1-B2, 12 3456 and 1.5.6 and 3, then 4 .5",
  "café cafe\u0301 naïve Zürich İstanbul ﬁnancial ٣ apples ²nd x² 𝐀𝐁𝐂 test 😀 done 𠀀字",
  "lone \ud800 high and \udc00 low surrogates, a\u00a0000 and 1\u00a0000\u00a0000 and 1 0000",
  "السلام عليكم. 2024 هو العام! Ελλάδα και Κύπρος… 東京都 2025年5月",
  "",
  "   leading space, trailing digits 123",
  "She said 'Hello' to the students’ union, pre- and post-war, rock--n--roll, end- and ’tis O’’Neill-",
  "the 1990s, his 2nd try, an 81-year-old, 1-800-222-8477, 5,000-strong, 2.5km, 3:30pm, 5 000s, 7- and 12, 5\u0301 x5² 1,000-2,000 a--b",
];

function reference(text: string): { start: number; end: number; word: boolean; sentenceStart: boolean }[] {
  const out = [];
  let lastEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const gap = text.slice(lastEnd, start);
    const sentenceStart = lastEnd === 0 || /[.!?…:;"»“”\n]/.test(gap);
    lastEnd = start + m[0].length;
    out.push({ start, end: lastEnd, word: !/^\d+(?:[.,]\d+|[\u00a0 ]\d{3})*$/.test(m[0]), sentenceStart });
  }
  return out;
}

test("the scanner cuts the tokens of the reference regex, with the same sentence starts", () => {
  const scan = new Scanner();
  for (const text of TEXTS) {
    scan.reset(text);
    const got = [];
    while (scan.next()) got.push({ start: scan.start, end: scan.end, word: scan.word, sentenceStart: scan.sentenceStart });
    assert.deepEqual(got, reference(text), text);
  }
});

test("equal tokens hash alike and are found in place; others are not", () => {
  const table = new TokenTable();
  const scan = new Scanner();
  const ids = new Map<string, number>();
  for (const text of TEXTS) {
    scan.reset(text);
    while (scan.next()) {
      const token = text.slice(scan.start, scan.end);
      const e = table.find(text, scan.start, scan.end, scan.hash);
      if (ids.has(token)) assert.equal(e, ids.get(token), token);
      else {
        assert.equal(e, -1, token);
        ids.set(token, table.insert(token, scan.hash, ids.size, -1, 0, 0));
      }
    }
  }
  for (const [token, e] of ids) assert.equal(table.a(e), e, token);
  assert.ok(ids.size > 60, `${ids.size} distinct tokens`);
});

test("an apostrophe or hyphen joins letters, but a closing quote or a dangling hyphen is no part of a word", () => {
  const text = "She said 'Hello' to the students’ union, pre- and post-war, O'Neill’s e-mail";
  const scan = new Scanner();
  scan.reset(text);
  const words = [];
  while (scan.next()) words.push(text.slice(scan.start, scan.end));
  assert.deepEqual(words, ["She", "said", "Hello", "to", "the", "students", "union", "pre", "and", "post-war", "O'Neill’s", "e-mail"]);
});

test("letters glued to a number make a word, a code rather than a quantity; a range is two numbers; a dash '--' joins nothing", () => {
  const text = "the 1990s, an 81-year-old, 1,000-2,000 or 5,000 people in 2019, plan--which";
  const scan = new Scanner();
  scan.reset(text);
  const tokens = [];
  while (scan.next()) tokens.push(`${text.slice(scan.start, scan.end)}:${scan.word ? "w" : "n"}`);
  assert.deepEqual(tokens, ["the:w", "1990s:w", "an:w", "81-year-old:w", "1,000:n", "2,000:n", "or:w", "5,000:n", "people:w", "in:w", "2019:n", "plan:w", "which:w"]);
});
