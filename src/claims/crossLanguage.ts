/**
 * Comparing two sentences written in different languages. Each content word becomes a
 * set of pivot keys: English stems of what it means (the word itself in English; its
 * dictionary translations otherwise, from `languages.translations`), and its cognate key,
 * the first letters of its spelling in ASCII ("дроны"/"drones", "иранскому"/"Iran"), which
 * serves languages without a dictionary (Russian, Ukrainian). Names and numbers are keys
 * of their own, as within one language. Two sentences agree on the share of their words
 * (names and numbers included) whose keys the other sentence has.
 */
import type { Languages } from "../lang/languages.js";
import { countryName, countryOfAdjective } from "../lang/countries.js";
import { wordKey } from "../lang/spelling.js";
import type { Token } from "../text/index.js";
import { isContentWord, stem, stopwords } from "./words.js";
import { YEAR_RANGE } from "./numbers.js";

/** Letters of a word's ASCII spelling that make its cognate key: "dron", "iran", "miss"; shorter words have none. */
const COGNATE_LETTERS = 4;
/** Shortest English translation kept: "o" and "f" are abbreviation leftovers ("o.f."). */
const MIN_TRANSLATION = 3;

/**
 * The pivot keys of each content word of some tokens (a sentence without its attribution).
 * `nameOf` names the name a token is part of (null for none); with `names`, each pivot word's
 * name is pushed to it, in the order of the pivots.
 */
export function pivotWords(
  tokens: readonly Token[],
  language: string,
  languages: Languages,
  nameOf: (t: Token) => string | null = () => null,
  names?: (string | null)[],
  counted: ReadonlySet<string> = new Set(),
): string[][] {
  const english = stopwords("en", languages);
  const pack = languages.pack(language);
  const out: string[][] = [];
  for (const t of tokens) {
    // A year says when, alike in every language ("2018 zum Merkur aufgebrochen" / "launched in October 2018";
    // "2018'de"): a date key, as a month's is. Not a number the sentence counts by ("1900 km": a value, V:, in
    // `counted`) or names a thing by ("причал № 1900": N:).
    const year = yearOf(t);
    if (year !== null) {
      if (!counted.has(`V:${year}`) && !counted.has(`N:${year}`)) {
        out.push([`Y:${year}`]);
        names?.push(null);
      }
      continue;
    }
    if (!isContentWord(t)) continue;
    const w = t.lower;
    const keys = new Set<string>();
    // A compound the dictionary lacks means what its parts mean ("Dienstagmorgen": morning, Tuesday); a name does not ("Goldberg").
    let meanings = language === "en" ? [w] : languages.translations.toEnglish(w, language);
    const name = nameOf(t);
    if (meanings.length === 0 && name === null) meanings = languages.translations.partsToEnglish(w, language);
    for (const t of meanings) if (t.length >= MIN_TRANSLATION && !english.has(t)) keys.add(`P:${stem(t, "en", languages)}`);
    const cognate = wordKey(w).replace(/[^a-z0-9]/g, "");
    if (cognate.length >= COGNATE_LETTERS) keys.add(`C:${cognate.slice(0, COGNATE_LETTERS)}`);
    // What every language's own knowledge names alike: a month ("октября" / "October"), a weekday, a country in any case or by its adjective ("России", "российский" / "Russia", "Russian").
    const month = pack?.dates?.months.get(w);
    if (month !== undefined) keys.add(`M:${month}`);
    const weekday = pack?.time?.weekdays.get(w);
    if (weekday !== undefined) keys.add(`D:${weekday}`);
    const country = (t.capitalised ? countryName(t.surface, language) : null) ?? countryOfAdjective(t.surface, language, pack?.entities?.countryAdjectives);
    if (country) keys.add(`P:${stem(country.toLowerCase(), "en", languages)}`);
    if (keys.size === 0) continue;
    out.push([...keys]);
    names?.push(name);
  }
  return out;
}

/** The year a token writes ("2018", and "2018'de" with a case ending after an apostrophe), or null. */
function yearOf(t: Token): number | null {
  const digits = t.kind === "number" ? /^(\d{4})$/u.exec(t.surface) : /^(\d{4})['’]\p{L}+$/u.exec(t.surface);
  const year = digits ? Number(digits[1]) : NaN;
  return year >= YEAR_RANGE[0] && year <= YEAR_RANGE[1] ? year : null;
}

/** What a sentence offers another language: its words' pivot keys, and names and numbers. */
export interface PivotSentence {
  readonly language: string;
  /** Entity names, values and numbers naming a thing ("E:…", "V:…", "N:…"): each one word of its own. */
  readonly neutral: ReadonlySet<string>;
  readonly pivots: readonly (readonly string[])[];
  /** Every key of `neutral` and `pivots`. */
  readonly pivotKeys: ReadonlySet<string>;
}

export function pivotKeysOf(neutral: ReadonlySet<string>, pivots: readonly (readonly string[])[]): Set<string> {
  return new Set([...neutral, ...pivots.flat()]);
}

/**
 * Weighted share of both sentences' words (names and numbers counted as words) that the
 * other sentence has a key of, in [0, 1]. A word weighs what its rarest key says (`weight`,
 * e.g. its IDF among the story's sentences): the story's protagonist, named in every
 * sentence, says little about which fact two sentences state.
 */
export function crossLanguageSimilarity(a: PivotSentence, b: PivotSentence, weight: (keys: readonly string[]) => number = () => 1): number {
  let found = 0;
  let total = 0;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const k of x.neutral) {
      const w = weight([k]);
      total += w;
      if (y.pivotKeys.has(k)) found += w;
    }
    for (const keys of x.pivots) {
      const w = weight(keys);
      total += w;
      if (keys.some((k) => y.pivotKeys.has(k))) found += w;
    }
  }
  return total ? found / total : 0;
}
