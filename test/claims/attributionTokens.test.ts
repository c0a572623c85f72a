import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenise } from "../../src/claims/attribution/tokens.js";

const raws = (text: string): string[] => tokenise(text, 0, new Set(["Rep", "Mr"])).map((t) => t.raw);

test("attribution tokens: the one grammar's words, initialisms and titles with their dot, web addresses whole, each mark its own token", () => {
  assert.deepEqual(raws("Rep. Anthony Weiner (D-N.Y.) told Canada.com at 3 p.m. that U.S. officials said.The AT&T deal cost 2,100 dollars, Mr. Ohr’s aide said."), [
    "Rep.", "Anthony", "Weiner", "(", "D-N.Y", ".", ")", "told", "Canada.com", "at", "3", "p.m", ".", "that", "U.S.", "officials", "said", ".", "The",
    "AT&T", "deal", "cost", "2,100", "dollars", ",", "Mr.", "Ohr’s", "aide", "said", ".",
  ]);
});

test("attribution tokens: a dotted title of the pack and an initialism without its last dot stay whole", () => {
  assert.deepEqual(tokenise("la Sig.ra. Rossi e gli U.S dicono", 0, new Set(["Sig.ra"])).map((t) => t.raw), ["la", "Sig.ra.", "Rossi", "e", "gli", "U.S", "dicono"]);
  assert.deepEqual(raws("the service.A spokesman said"), ["the", "service", ".", "A", "spokesman", "said"]);
});

test("attribution tokens carry their offsets in the article", () => {
  const text = "«Nein», sagte er.";
  const tokens = tokenise(text, 100, new Set());
  for (const t of tokens) assert.equal(text.slice(t.start - 100, t.end - 100), t.raw);
  assert.deepEqual(tokens.map((t) => t.raw), ["«", "Nein", "»", ",", "sagte", "er", "."]);
});
