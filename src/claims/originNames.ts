/**
 * Origin names compared by meaning across languages: "environment ministry" (en) and
 * "Umweltministeriums" (de), "port authority documents" and "Dokumente der Hafenbehörde" name one
 * origin where every content word of each has a meaning the other has (src/lang/translations.ts,
 * a compound's parts included). Names that only describe are compared so; a name ("The Mirror",
 * "Der Spiegel") is compared by its spelling.
 */
import type { Languages } from "../lang/languages.js";
import { readTokens } from "../text/index.js";
import { pivotWords } from "./crossLanguage.js";
import { isOrganizationWord } from "./entities.js";
import { isContentWord, stem } from "./words.js";

/**
 * The English meanings of each content word of an origin's name (pivot keys of
 * src/claims/crossLanguage.ts, meanings only), with its parts' where the word is a compound the
 * dictionary has ("Hafenbehörde": harbour authority, and port).
 */
export function originMeanings(name: string, language: string, languages: Languages): string[][] {
  const tokens = readTokens(name, language, languages);
  const english = languages.words("en").stopwords;
  const parts = (t: (typeof tokens)[number]): string[] =>
    language === "en" || !isContentWord(t)
      ? []
      : languages.translations.partsToEnglish(t.lower, language, true).filter((m) => m.length >= 3 && !english.has(m)).map((m) => `P:${stem(m, "en", languages)}`);
  // Word by word, so each word's parts stay with its meanings.
  return tokens
    .filter(isContentWord)
    .map((t) => [...(pivotWords([t], language, languages)[0] ?? []).filter((k) => k.startsWith("P:")), ...parts(t)])
    .filter((keys) => keys.length > 0);
}

/** Whether every content word of each name has a meaning the other name has. */
export function sameMeanings(a: readonly string[][], b: readonly string[][]): boolean {
  const covered = (x: readonly string[][], y: readonly string[][]): boolean => {
    const ys = new Set(y.flat());
    return x.every((word) => word.some((k) => ys.has(k)));
  };
  return a.length > 0 && b.length > 0 && covered(a, b) && covered(b, a);
}

/**
 * Whether an origin's name only describes it ("the environment ministry", "die Polizei"): no
 * capitalised word past its article, in a language that does not capitalise its nouns. A name
 * ("The Mirror", "El País") is compared by its spelling, never by its meaning: "The Mirror" is
 * not "Der Spiegel". In a language that capitalises nouns (German) every name is read.
 */
export function describesOnly(name: string, language: string, languages: Languages): boolean {
  const k = languages.pack(language)?.citations;
  if (k?.nounsCapitalised) return true;
  const words = name.split(/\s+/);
  const rest = (k?.articles ?? []).includes(words[0]!.toLowerCase()) ? words.slice(1) : words;
  if (rest.every((w) => !/^\p{Lu}/u.test(w))) return true;
  // A body named by what it is, capitalised as a name ("Ministry of Transport", "Ministerio de Transporte",
  // "Ministerstwa Transportu"): an organisation word of the language opens it. Its other words must still mean the
  // other name's (sameMeanings): "Bank of England" is not "Banco de España".
  return isOrganizationWord(rest[0]!, language, languages);
}

/**
 * Whether two origin names in two languages mean the same ("environment ministry", en /
 * "Umweltministeriums", de): names that only describe, every content word of each with a
 * meaning the other has.
 */
export function sameOriginAcross(a: string, languageA: string, b: string, languageB: string, languages: Languages): boolean {
  return (
    languageA !== languageB &&
    describesOnly(a, languageA, languages) &&
    describesOnly(b, languageB, languages) &&
    sameMeanings(originMeanings(a, languageA, languages), originMeanings(b, languageB, languages))
  );
}

