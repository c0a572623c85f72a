import assert from "node:assert/strict";
import { test } from "node:test";
import { speaksFor } from "../../src/claims/spokespeople.js";
import { languages } from "../../src/lang/index.js";

test("a spokesperson's body is read beside the spokesperson noun, before it or after a connector, in a compound or past a hyphen; never the person", () => {
  const cases: Array<[string, string, string, string[]]> = [
    ["Dornex spokesman Henrik Aalto", "Henrik Aalto", "en", ["Dornex"]],
    ["Henrik Aalto, a Dornex spokesman,", "Henrik Aalto", "en", ["Dornex"]],
    ["a spokesman for Nordlinie, Ingrid Sol", "Ingrid Sol", "en", ["Nordlinie"]],
    ["A spokeswoman for the ferry company, Ingrid Sol,", "Ingrid Sol", "en", []],
    ["Interior Minister Ilse Marrow", "Ilse Marrow", "en", []],
    ["Пресс-секретарь Кремля Дмитрий Песков", "Дмитрий Песков", "ru", ["Кремля"]],
    ["Kremlsprecher Dmitri Peskow", "Dmitri Peskow", "de", ["Kreml"]],
    ["Pressesprecher von Dornex, Henrik Aalto", "Henrik Aalto", "de", ["Dornex"]],
    ["Dornex-Pressesprecher Henrik Aalto", "Henrik Aalto", "de", ["Dornex"]],
    ["le porte-parole de Dornex, Henrik Aalto", "Henrik Aalto", "fr", ["Dornex"]],
    ["Former Dornex spokesman Henrik Aalto", "Henrik Aalto", "en", ["Former Dornex", "Dornex"]],
    ["Dornex’s spokesman Henrik Aalto", "Henrik Aalto", "en", ["Dornex"]],
    ["Pressesprecherin der Nordlinie Anna Berg", "Anna Berg", "de", ["Nordlinie"]],
    ["Nordlinie-Sprecher Jonas Brekke", "Jonas Brekke", "de", ["Nordlinie"]],
    ["Прес-секретар Кремля Дмитро Пєсков", "Дмитро Пєсков", "uk", ["Кремля"]],
  ];
  for (const [words, person, language, bodies] of cases) assert.deepEqual(speaksFor(words, person, language, languages()), bodies, words);
});
