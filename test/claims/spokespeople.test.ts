import assert from "node:assert/strict";
import { test } from "node:test";
import { speaksFor } from "../../src/claims/spokespeople.js";
import { languages } from "../../src/lang/index.js";

test("a spokesperson's body is read beside the spokesperson noun, before it or after a connector, in a compound or past a hyphen; never the person", () => {
  const cases: Array<[string, string, string, string | null]> = [
    ["Dornex spokesman Henrik Aalto", "Henrik Aalto", "en", "Dornex"],
    ["Henrik Aalto, a Dornex spokesman,", "Henrik Aalto", "en", "Dornex"],
    ["a spokesman for Nordlinie, Ingrid Sol", "Ingrid Sol", "en", "Nordlinie"],
    ["A spokeswoman for the ferry company, Ingrid Sol,", "Ingrid Sol", "en", null],
    ["Interior Minister Ilse Marrow", "Ilse Marrow", "en", null],
    ["Пресс-секретарь Кремля Дмитрий Песков", "Дмитрий Песков", "ru", "Кремля"],
    ["Kremlsprecher Dmitri Peskow", "Dmitri Peskow", "de", "Kreml"],
    ["Pressesprecher von Dornex, Henrik Aalto", "Henrik Aalto", "de", "Dornex"],
    ["Dornex-Pressesprecher Henrik Aalto", "Henrik Aalto", "de", "Dornex"],
    ["le porte-parole de Dornex, Henrik Aalto", "Henrik Aalto", "fr", "Dornex"],
  ];
  for (const [words, person, language, body] of cases) assert.equal(speaksFor(words, person, language, languages()), body, words);
});
