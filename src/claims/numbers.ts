/**
 * Values in a sentence: digits ("14", "5,000", "1 000", "2.5"), number words ("eight",
 * "восемь", "a dozen"), multipliers ("5 million"), and the unit that follows ("1000 км" →
 * 1000 km, "eight engines" → 8 engines, "24 Sukhoi Su-30 jets" → 24 Su-30). Years, days of
 * a date, times and numbers inside model names ("Su-30", "Ил-76") are not values.
 */
import { type Languages, type NumberKnowledge, perLanguage } from "../lang/languages.js";
import { readTokens } from "../text/index.js";
import { stopwords } from "./words.js";

export interface FoundValue {
  readonly value: number;
  readonly unit: string | null;
  /** Offset of the number in the text searched. */
  readonly index: number;
  /** Lowercase words after the number, up to the clause end: what the number counts. */
  readonly context: readonly string[];
  /** Lowercase words just before the number, from its clause's start: what a sum or measure is of ("would cost £14 million"). */
  readonly lead: readonly string[];
  /** The unit is the verb that tells what befell what is counted ("14 were injured", "injuring 14 others"): it says what is counted by itself. */
  readonly byVerb?: true;
  /** A range's lower end ("between 150 and 200 people", "two or three people", "20–25 dead"): `value` is its upper end. */
  readonly low?: number;
}

/** Words read after a number as its unit phrase: "missile systems"; a designation is looked for in three ("Sukhoi Su-30 MK2"). */
const UNIT_WORDS = 2;
const DESIGNATION_WORDS = 3;
/** Words after a number kept as its context for matching units worded differently ("14 sets of … missiles"). */
const CONTEXT_WORDS = 10;
/** Words before a number kept as its lead ("would cost"): the verb or noun a sum or measure belongs to. */
const LEAD_WORDS = 4;
/** Words between "a"/"an" and the designation it counts: a maker's name of up to two words. */
const SINGULAR_REACH = 3;
/** Four-digit numbers in this range are years unless a unit follows. */
export const YEAR_RANGE = [1800, 2100] as const;

const CURRENCY: Readonly<Record<string, string>> = { $: "USD", "€": "EUR", "£": "GBP" };
/** Marks between words that end what a number counts ("14 systems, and …"). */
const CLAUSE_MARKS = ",;:()«»\"“”—–";
/** Unit signs between words, read as words after a number ("5 %", "100 €"); "$", "€" or "£" right before a number is its currency. */
const UNIT_SIGNS = "%$€£";

interface NumberToken {
  readonly raw: string;
  readonly low: string;
  readonly index: number;
  /** The currency sign written right before a number ("$3"). */
  readonly currency?: string;
}

/**
 * The text's words and numbers (the one word grammar, src/text), with the clause marks and
 * unit signs between them as tokens of their own.
 */
function numberTokens(text: string, language: string, languages: Languages): NumberToken[] {
  const out: NumberToken[] = [];
  let gapStart = 0;
  const marks = (from: number, to: number, before: boolean): void => {
    for (let i = from; i < to; i++) {
      const ch = text[i]!;
      if (CLAUSE_MARKS.includes(ch) || (UNIT_SIGNS.includes(ch) && !(before && i === to - 1 && ch in CURRENCY))) out.push({ raw: ch, low: ch, index: i });
    }
  };
  let initialism = false;
  for (const t of readTokens(text, language, languages)) {
    const number = t.kind === "number";
    marks(gapStart, t.start, number);
    const sign = number ? text[t.start - 1] : undefined;
    const currency = sign && sign in CURRENCY ? { index: t.start - 1, currency: CURRENCY[sign] } : { index: t.start };
    const last = out.at(-1);
    const letter = !number && t.surface.length === 1;
    // "In 2019 140 people": a year, then a count; a space groups thousands only after at most three digits.
    const year = number ? /^(\d{4})[\u00a0 ](\d{3})$/.exec(t.surface) : null;
    if (year && Number(year[1]) >= YEAR_RANGE[0] && Number(year[1]) <= YEAR_RANGE[1]) {
      out.push({ raw: year[1]!, low: year[1]!, ...currency }, { raw: year[2]!, low: year[2]!, index: t.start + 5 });
    } else if (letter && initialism && last && t.start === gapStart + 1 && text[gapStart] === ".") {
      // An initialism, one word as a unit reads it: "U.S" of "U.S. troops".
      out[out.length - 1] = { raw: `${last.raw}.${t.surface}`, low: `${last.low}.${t.lower}`, index: last.index };
    } else out.push({ raw: t.surface, low: t.lower, ...currency });
    initialism = letter;
    gapStart = t.end;
  }
  marks(gapStart, text.length, false);
  return out;
}
/** A count glued to its unit by a hyphen: "11-minute", "three-day". */
const GLUED_UNIT = /^(\d+(?:[.,]\d+)?|\p{L}+)-(\p{L}+)$/u;
const DIGITS = /^\d{1,3}(?:[,  ]\d{3})+(?:\.\d+)?$|^\d+(?:[.,]\d+)?$/;
/** A model or type designation: letters and digits joined by a hyphen or mixed ("Su-30", "Ил-76", "S-300VM", "Igla-S"). */
export const DESIGNATION = /^\p{Lu}\p{L}{0,7}-(?:\p{L}*\d[\p{L}\d]*|\p{Lu}{1,2}\d*)$|^\p{Lu}+\d+[\p{L}\d]*$/u;

/** An elided article or preposition glued to the word after it ("d'euros", "l'anno"). */
const ELISION = /^\p{L}{1,2}['’](?=\p{L})/u;

const EMPTY: NumberKnowledge = { words: new Map(), multipliers: new Map(), singular: [], decimalComma: false, units: new Map(), timeMarkers: [] };

/** A language's approximators and bounds as word lists, read once per knowledge: what stands between a number and what it counts. */
const approximatorWords = new WeakMap<NumberKnowledge, ReadonlyArray<readonly string[]>>();
function approximatorsOf(k: NumberKnowledge): ReadonlyArray<readonly string[]> {
  let words = approximatorWords.get(k);
  if (!words) approximatorWords.set(k, (words = [...(k.approximators ?? []), ...(k.bounds ?? [])].map((a) => a.split(" "))));
  return words;
}

function parseDigits(raw: string, decimalComma: boolean): number {
  let s = raw.replace(/[  ]/g, "");
  if (/^\d{1,3}(,\d{3})+$/.test(s) && !decimalComma) s = s.replace(/,/g, "");
  else if (/^\d{1,3}(\.\d{3})+$/.test(s) && decimalComma) s = s.replace(/\./g, "");
  else s = s.replace(",", decimalComma ? "." : "");
  return Number(s);
}

export function findValues(text: string, language: string, languages: Languages): FoundValue[] {
  return readNumbers(text, language, languages).values;
}

/** A text's numbers: the values it counts or measures, and the numbers that name a thing ("Pier 4", "№ 4"), which count nothing but say which thing. */
export function readNumbers(text: string, language: string, languages: Languages): { values: FoundValue[]; named: number[] } {
  const named: number[] = [];
  const k = languages.pack(language)?.numbers ?? EMPTY;
  const { places, days } = nameContext(language, languages);
  const months = languages.pack(language)?.dates?.months ?? new Map<string, number>();
  const stop = stopwords(language, languages);
  // Where every noun is capitalised, what a number counts ends at its first noun ("zwei Leichen geborgen": Leichen).
  const nounsCapitalised = languages.pack(language)?.citations?.nounsCapitalised === true;
  const tokens = numberTokens(text, language, languages);
  const out: FoundValue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let value: number | undefined;
    let next = i + 1;
    let dashed = false;
    const currency = t.currency ?? null;
    let digits = t.raw;
    const at = currency ? t.index + 1 : t.index;
    // "an 11-minute cooking time", "a three-day strike": a count glued to its unit by a hyphen ("81-year-old" is an age: three parts).
    const glued = GLUED_UNIT.exec(t.low);
    const gluedUnit = glued && k.units.get(glued[2]!);
    if (glued && gluedUnit && (/^\d/.test(glued[1]!) ? DIGITS.test(glued[1]!) : k.words.has(glued[1]!))) {
      value = /^\d/.test(glued[1]!) ? parseDigits(glued[1]!, k.decimalComma) : k.words.get(glued[1]!)!;
      digits = glued[1]!;
    } else if (/^\d/.test(digits)) {
      if (!DIGITS.test(digits)) continue;
      const before = text.slice(Math.max(0, at - 2), at);
      const after = text.slice(at + t.raw.length, at + t.raw.length + 2);
      // Part of a designation ("Su-30"), a time ("22:23") or a date ("31.10.2025").
      if (/[\p{L}-]$|[:./]\d?$/u.test(before.replace(/\d$/, "")) && /[\p{L}\d][-:./]?$/u.test(before) && !/\s$/.test(before)) continue;
      // "150-200 people": a range written with a hyphen, its upper end read below.
      value = parseDigits(digits, k.decimalComma);
      if (/^[-–]\d/u.test(after)) {
        // The hyphen may be read as a mark of its own ("20–25").
        if (tokens[next] && tokens[next]!.index === at + t.raw.length && /^[-–]$/u.test(tokens[next]!.raw)) next++;
        dashed = !numberLike(text, at, t.raw, tokens[next]?.raw ?? "") && (rangeEnd(tokens, next, at + t.raw.length + 1, text, k) ?? -Infinity) > value;
        if (!dashed) continue;
      } else if (/^[-\p{L}]|^[:./]\d/u.test(after)) continue;
    } else if (/^[\p{L}]+-[\p{L}]+$/u.test(t.low) && !k.words.has(t.low) && t.low.split("-").every((w) => k.words.has(w))) {
      value = t.low.split("-").reduce((sum, w) => sum + k.words.get(w)!, 0);
    } else if (k.words.has(t.low)) {
      value = k.words.get(t.low)!;
      // "twenty four", "twenty-four"
      const after = tokens[next];
      if (value >= 20 && value % 10 === 0 && after && k.words.has(after.low) && k.words.get(after.low)! < 10) {
        value += k.words.get(after.low)!;
        next++;
      }
    } else if (k.singular.includes(t.low)) {
      // "an Il-76", "a Vonk BX-7": one, when a designation follows within a maker's name.
      const ahead = tokens.slice(next, next + SINGULAR_REACH);
      const at = ahead.findIndex((x) => DESIGNATION.test(x.raw));
      if (at < 0 || ahead.slice(0, at).some((x) => !/^\p{Lu}/u.test(x.raw))) continue;
      value = 1;
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    // "-5 degrees", "−5 °C" (a sign set to the number, after a space or a bracket), "minus 25", "минус 5": below zero.
    const negative = (/^\d/.test(digits) && /(?:^|[\s(])[-−]$/u.test(text.slice(Math.max(0, at - 2), at))) || (k.negatives?.includes(tokens[i - 1]?.low ?? "") ?? false);
    // "five and a half minutes", "два с половиной часа".
    for (const half of k.halves ?? []) {
      const words = half.split(" ");
      if (words.every((w, n) => tokens[next + n]?.low === w)) {
        value += 0.5;
        next += words.length;
        break;
      }
    }
    // A range: "150-200 people", "two or three people", "between 150 and 200 people"; the upper end above the lower.
    let low: number | undefined;
    const between = k.rangeBetween?.find(([opener, joiner]) => tokens[i - 1]?.low === opener && tokens[next]?.low === joiner);
    const joined = dashed || between !== undefined || (k.rangeJoiners?.includes(tokens[next]?.low ?? "") ?? false);
    const endAt = dashed ? next : next + 1;
    const high = joined ? rangeEnd(tokens, endAt, dashed ? tokens[endAt]?.index ?? -1 : undefined, text, k) : undefined;
    if (high !== undefined && high > value) {
      [low, value] = [value, high];
      next = endAt + 1;
    }
    const countsAfter = (t: NumberToken): boolean => !/^\d/.test(t.raw) && (!stop.has(t.low) || k.units.has(t.low) || (k.countedNouns?.includes(t.low) ?? false));
    let mult = tokens[next] && k.multipliers.get(tokens[next]!.low.replace(/\.$/, ""));
    // "250,000 or so Iowans", "200 oder so Demonstranten", "200 or more people": what it counts follows the approximation or the bound.
    if (!mult)
      for (const words of approximatorsOf(k))
        // What follows must be what it counts: not "5 and more than 20 were injured".
        if (words.every((w, n) => tokens[next + n]?.low === w) && tokens[next + words.length] && countsAfter(tokens[next + words.length]!)) {
          next += words.length;
          mult = tokens[next] && k.multipliers.get(tokens[next]!.low.replace(/\.$/, ""));
          break;
        }
    if (mult) {
      value *= mult;
      if (low !== undefined) low *= mult;
      next++;
      // "3 millions d'euros", "3 milioni di euro", "3 millones de euros": the unit follows a preposition
      // (not a unit that is also a stop word: "2 mln zł").
      const of = tokens[next];
      if (of && stop.has(of.low) && !k.units.has(of.low)) next++;
      else if (of && ELISION.test(of.raw)) tokens[next] = { ...of, raw: of.raw.replace(ELISION, "") };
    }
    // A collective numeral counts what follows its preposition: "una treintena de animales", "une
    // dizaine d'enfants"; any other number word counts what follows it ("cinq personnes", "two in custody").
    if (!mult && k.collectives?.includes(t.low) && tokens[next]) {
      const of = tokens[next]!;
      if (stop.has(of.low) && tokens[next + 1] && (!stop.has(tokens[next + 1]!.low) || k.units.has(tokens[next + 1]!.low))) next++;
      else if (ELISION.test(of.raw)) tokens[next] = { ...of, raw: of.raw.replace(ELISION, ""), low: of.low.replace(ELISION, "") };
    }
    // "March 30-April 4": the word before may end in the month.
    const prev = tokens[i - 1]?.low.split("-").at(-1) ?? "";
    const following = tokens[next]?.low ?? "";
    if (months.has(prev) || months.has(following.replace(/\.$/, "")) || k.timeMarkers.includes(following.replace(/\.$/, ""))) continue;
    const words: string[] = [];
    for (let j = next; j < tokens.length && words.length < CONTEXT_WORDS; j++) {
      if (CLAUSE_MARKS.includes(tokens[j]!.raw)) break;
      words.push(tokens[j]!.raw);
    }
    // "yüzde 5", "%5": where the language writes the unit before the number.
    const before = tokens[i - 1];
    // "Pier 4", "Gate 12", "причал № 4": a number after the capitalised word it is part of the name of (inside the
    // sentence, nothing between them) or after a number sign names a thing; it counts nothing, unless a unit the
    // language knows follows it, or a noun written with a capital ("in der Nacht 14 Boote"). Not after a place a
    // preposition of place names ("В Дравоске 12 рабочих", "In Dravosk 12 workers") nor after a day ("Since Monday 40 homes").
    // A year names no thing ("den Hafen 2018 verlassen"): it is read as a date (src/claims/crossLanguage.ts), below skipped as a value;
    // after a number sign it does ("причал № 1900").
    const year = (low ?? value) >= YEAR_RANGE[0] && value <= YEAR_RANGE[1] && !currency && /^\d{4}$/.test(t.raw);
    const signed = /[№#]\s*$/u.test(text.slice(Math.max(0, at - 3), at));
    if (/^\d/.test(digits) && !currency && (!year || signed) && !k.units.has(words[0]?.toLowerCase() ?? "") && !/^\p{Lu}/u.test(words[0] ?? "") && namesAThing(text, at, before, tokens[i - 2], places, days)) {
      named.push(value);
      continue;
    }
    const unitBefore = /^\d/.test(digits) && before && k.unitsBefore?.get(before.low);
    const lead: string[] = [];
    for (let j = i - 1; j >= 0 && lead.length < LEAD_WORDS; j--) {
      if (CLAUSE_MARKS.includes(tokens[j]!.raw)) break;
      lead.unshift(tokens[j]!.low);
    }
    const nounUnit = currency ?? (glued && gluedUnit ? gluedUnit : unitBefore || unitOf(words, k, stop, nounsCapitalised));
    const verbUnit = nounUnit ? null : countedVerb(words, tokens[i - 1]?.raw, lead.length > 0, k, stop);
    const unit = nounUnit ?? verbUnit;
    // A number word with nothing counted after it is a pronoun ("one of them", "одна из причин").
    if (!unit && !/^\d/.test(digits)) continue;
    // A year with a unit after it is a count of that unit, unless the unit is years: "на 2021 рік", "na 2021 rok", "на 2021 год" name the year.
    if (year && (!(unit && k.units.has(words[0]?.toLowerCase() ?? "")) || unit === "years")) continue;
    if (/^\d/.test(digits) && /^\d{1,2}$/.test(digits) && followsDatePunctuation(text, at)) continue;
    // "R. Kelly (53)", "Luca de Meo, 52,": an age set beside a name describes who it is, not what happened.
    if (!unit && /^\d{1,3}$/.test(digits) && value <= MAX_AGE && isAgeBesideName(text, at, digits.length)) continue;
    const sign = negative ? -1 : 1;
    out.push({ value: sign * value, unit, index: t.index, context: words.map((w) => w.toLowerCase()), lead, ...(verbUnit ? { byVerb: true as const } : {}), ...(low !== undefined ? { low: sign * low } : {}) });
    i = next - 1;
  }
  return { values: out, named };
}

/** Whether two counts may both be right as ranges: one lies in the other's range, or their ranges overlap ("150-200" / "180"). */
export function rangesMeet(a: Pick<FoundValue, "value" | "low">, b: Pick<FoundValue, "value" | "low">): boolean {
  if (a.low === undefined && b.low === undefined) return false;
  return (a.low ?? a.value) <= b.value && (b.low ?? b.value) <= a.value;
}

/**
 * Whether two numbers joined by a hyphen are a telephone number or a clock time rather than a
 * range: after an area code, a bracket, a slash or a plus ("+49 40 4286-56213", "(0211) 505-2627",
 * "0761 / 882-1013"), three digits and then four or more ungrouped ("505-2627"), or both times of
 * day ("15.00-24.00"). A score ("lost 2-3") still reads as a range of nothing counted.
 */
function numberLike(text: string, at: number, first: string, second: string): boolean {
  // After a bracket, a slash, a plus, or an area code of three digits at most (not a year: "In 2019 150-200 people").
  if (/[)/+]\s*[-–]?\s*$|(?:^|[^\d.,])\d{1,3}\s[-–]?\s*$/u.test(text.slice(Math.max(0, at - 6), at))) return true;
  // "505-2627": three digits, then four or more ungrouped; "1500-2000" is a range.
  if (/^\d{1,3}$/.test(first) && /^\d{4,}$/.test(second)) return true;
  return CLOCK.test(first) && CLOCK.test(second);
}
const CLOCK = /^\d{1,2}[.:]\d{2}$/;

/**
 * The upper end of a range whose lower end was read, at `tokens[j]`: a number in digits, or a
 * number word; not a date or a telephone number going on past it ("250-247-8333", "10-12.03").
 * `index`: where it must stand in the text (right after a hyphen), when it must.
 */
function rangeEnd(tokens: readonly NumberToken[], j: number, index: number | undefined, text: string, k: NumberKnowledge): number | undefined {
  const t = tokens[j];
  if (!t || (index !== undefined && t.index !== index)) return undefined;
  if (/^\d/.test(t.raw)) {
    if (!DIGITS.test(t.raw) || /^[-–:./]\d/u.test(text.slice(t.index + t.raw.length, t.index + t.raw.length + 2))) return undefined;
    return parseDigits(t.raw, k.decimalComma);
  }
  return index === undefined ? k.words.get(t.low) : undefined;
}

/**
 * Whether the number at `at` is set right after a number sign ("№ 4", "#4") or the capitalised word
 * of a name ("Pier 4"), not at the text's start: a word of letters only (no case ending after an
 * apostrophe), not a day, not a place after a preposition of place.
 */
function namesAThing(text: string, at: number, before: NumberToken | undefined, twoBefore: NumberToken | undefined, places: ReadonlySet<string>, days: ReadonlySet<string>): boolean {
  if (/[№#]\s?$/u.test(text.slice(Math.max(0, at - 2), at))) return true;
  if (!before || before.index === 0 || !/^\p{Lu}\p{Ll}+$/u.test(before.raw) || !/^\s+$/u.test(text.slice(before.index + before.raw.length, at))) return false;
  return !days.has(before.low) && !places.has(twoBefore?.low ?? "");
}

/** A language's prepositions of place and its words for days, lowercase: what a number after a name may be counted after. */
const nameContext = perLanguage((language, languages) => {
  const pack = languages.pack(language);
  return {
    places: new Set(pack?.entities?.placePrepositions ?? []),
    days: new Set([...(pack?.time?.weekdays.keys() ?? []), ...(pack?.time?.dayOffsets.keys() ?? [])]),
  };
});

/** Years a person's age runs to. */
const MAX_AGE = 130;

/** The ages set beside names in a text ("Kelly (53)", "de Meo, 52,"): no values of its facts, but across languages they still say which sentences match. */
export function agesBesideNames(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\d{1,3}/g)) {
    const n = Number(m[0]);
    if (n <= MAX_AGE && !/\d/.test(text[m.index - 1] ?? "") && !/\d/.test(text[m.index + m[0].length] ?? "") && isAgeBesideName(text, m.index, m[0].length)) out.push(n);
  }
  return out;
}

/** A number set off right after a capitalised word, in brackets or between commas: "Kelly (53)", "de Meo, 52, said". */
function isAgeBesideName(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  const after = text.slice(index + length, index + length + 3);
  return (/\p{Lu}[\p{L}.'’-]*\s?\(\s?$/u.test(before) && /^\s?\)/.test(after)) || (/\p{Lu}[\p{L}.'’-]*,\s$/u.test(before) && /^,\s/.test(after));
}

/** "31.10.2025, 22:23": a number right after a date-like run is part of it. */
function followsDatePunctuation(text: string, index: number): boolean {
  return /\d[.:/]$/.test(text.slice(Math.max(0, index - 2), index));
}

/**
 * What a count that no noun follows counts, by the verb that tells what befell it: the
 * participle after the language's auxiliaries ("14 were injured", "14 had been injured"), else
 * the verb right before the number, by its ending ("injuring 14 others", "injured 14 on
 * Tuesday"), in the same clause (`inClause`). Lowercase words only: a name is not a verb.
 */
function countedVerb(words: readonly string[], before: string | undefined, inClause: boolean, k: NumberKnowledge, stop: ReadonlySet<string>): string | null {
  const auxiliaries = k.auxiliaries ?? [];
  // "aged 45 was killed", "including 14 from Sweden": the number is an age, or part of another count.
  if (before && (k.notCountingVerbs ?? []).includes(before.toLowerCase())) return null;
  let n = 0;
  while (n < words.length && auxiliaries.includes(words[n]!.toLowerCase())) n++;
  // A participle after the auxiliaries, past one word that is none ("14 were reportedly injured", "14 wurden schwer verletzt").
  const participle = n > 0 ? firstCountingVerb(words.slice(n, n + 2), k.participleEndings, k, stop) : null;
  if (participle) return participle;
  return inClause && before ? firstCountingVerb([before], k.countedVerbEndings, k, stop) : null;
}

/**
 * The first of some words that is a verb telling what befell what is counted: lowercase letters,
 * no stop word, none of `notCountingVerbs`, with one of `endings` ("injured", "injuring").
 */
function firstCountingVerb(words: readonly string[], endings: readonly string[] | undefined, k: NumberKnowledge, stop: ReadonlySet<string>): string | null {
  for (const word of words) {
    const w = word.toLowerCase();
    if (/^\p{Ll}+$/u.test(w) && !stop.has(w) && !(k.notCountingVerbs ?? []).includes(w) && (endings ?? []).some((e) => w.endsWith(e) && w.length > e.length + 2)) return w;
  }
  return null;
}

/**
 * The participle among some words that tells what befell what a count counts ("people were
 * injured in": injured), by the language's `participleEndings`; null where none does.
 */
export function participleIn(words: readonly string[], language: string, languages: Languages): string | null {
  const k = languages.pack(language)?.numbers;
  return k ? firstCountingVerb(words, k.participleEndings, k, stopwords(language, languages)) : null;
}

/** The unit every language's counts of people are normalised to ("Menschen", "personnes", "people"). */
export const PEOPLE_UNIT = "people";

/** The unit a number counts: a known unit word, a designation ("Su-30"), or the noun phrase up to a stop word. */
function unitOf(words: readonly string[], k: NumberKnowledge, stop: ReadonlySet<string>, nounsCapitalised = false): string | null {
  const first = words[0]?.toLowerCase();
  if (!first) return null;
  // "three more bodies": what is counted, past the word saying it adds to an earlier count, which stays in the unit.
  if (k.countModifiers?.includes(first) && words.length > 1) {
    const rest = unitOf(words.slice(1), k, stop, nounsCapitalised);
    return rest && !k.units.has(words[1]!.toLowerCase()) ? `${first} ${rest}` : null;
  }
  if (k.units.has(first)) return k.units.get(first)!;
  const designation = words.slice(0, DESIGNATION_WORDS).find((w) => DESIGNATION.test(w));
  if (designation) return designation;
  const nouns: string[] = [];
  for (const w of words.slice(0, UNIT_WORDS)) {
    const low = w.toLowerCase();
    if ((stop.has(low) && !k.countedNouns?.includes(low)) || /^\d/.test(low)) break;
    nouns.push(low);
    if (nounsCapitalised && /^\p{Lu}/u.test(w)) break;
  }
  return nouns.length ? nouns.join(" ") : null;
}
