/**
 * Claims: statements aligned across articles and languages. Three kinds of evidence join
 * sentences of different articles into one claim:
 *  - a value: the same number counting the same thing ("14 missile systems" / "14 missile
 *    units" / "14 sets of … missiles"); the same thing counted differently is a conflict;
 *  - a quote: the same quoted phrase, possibly worded differently (a quote variant, not a conflict);
 *  - content: sentences that share enough stems, entities and numbers (same language);
 *  - across languages: sentences whose words mean or spell the same (src/claims/crossLanguage.ts).
 * What comes out are drafts: src/claims/verdicts.ts merges drafts that share a sentence,
 * drops what is not a checkable claim, and judges each by its independent origins.
 */
import type { ClaimsConfig } from "../config.js";
import type { Conflict, Value } from "../model.js";
import { type Languages, perLanguages } from "../lang/languages.js";
import { countryName, isGrouping } from "../lang/countries.js";
import { spellingKey, wordKey } from "../lang/spelling.js";
import { DESIGNATION, type FoundValue, PEOPLE_UNIT, rangesMeet } from "./numbers.js";
import { speaksOpinion } from "./opinions.js";
import { dice } from "../text/measures.js";
import { escapeRegExp } from "../regexp.js";
import { quoteWords, wordingDiff } from "./quotes.js";
import { pairOfKey, similarPairKeys } from "./similarPairs.js";
import { claimSentenceSimilarity, type ClaimSentence, comparedKey, featureRarity, weightedSimilarity } from "./claimSentences.js";
import { crossLanguageSimilarity } from "./crossLanguage.js";
import { stem, stopwords } from "./words.js";

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]!]!;
    return x;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

interface ValueAt {
  readonly unit: ClaimSentence;
  readonly v: FoundValue;
  /** What befell what it counts, by the language's `countedStates` (indices: dead, missing, injured, …). */
  readonly states: ReadonlySet<number>;
  readonly unitKey: string | null;
  readonly unitStems: ReadonlySet<string>;
  readonly contextStems: ReadonlySet<string>;
  /** The stems of the words after it that may name what it counts (countedWords). */
  readonly nearStems: ReadonlySet<string>;
  readonly leadStems: ReadonlySet<string>;
}

function valueAt(unit: ClaimSentence, v: FoundValue, languages: Languages): ValueAt {
  const designation = v.unit && DESIGNATION.test(v.unit) ? spellingKey(v.unit) : null;
  const stop = stopwords(unit.language, languages);
  const stems = (words: readonly string[]): Set<string> =>
    new Set(words.filter((w) => !stop.has(w.toLowerCase()) && /\p{L}/u.test(w)).map((w) => stem(w.toLowerCase(), unit.language, languages)));
  const unitWords = v.unit ? v.unit.split(" ").map((w) => stem(w.toLowerCase(), unit.language, languages)) : [];
  return {
    unit,
    v,
    states: statesOf(v, unit.language, languages),
    unitKey: designation ?? (unitWords.length ? unitWords.join(" ") : null),
    // The unit as normalised ("months") and as written ("Monaten", "месяца"): the words after the number it stands for.
    unitStems: new Set([...stems(v.unit ? v.unit.split(" ") : []), ...stems(writtenUnit(v, unit.language, languages))]),
    contextStems: stems(v.context),
    nearStems: stems(countedWords(v, unit.language, languages)),
    leadStems: stems(v.lead),
  };
}

/** Words before a count read for what befell what it counts ("the toll rose to nine"), besides its clause after it ("seven people were killed"). */
const STATE_WORDS_BEFORE = 4;
/** A state's beginning this short matches a whole word only: "die" is not "diesel", "péri" not "périmètre". */
const SHORT_BEGINNING = 4;

/** The states (`countedStates` indices) the words around a count name. */
function statesOf(v: FoundValue, language: string, languages: Languages): Set<number> {
  const states = languages.pack(language)?.numbers?.countedStates ?? [];
  const out = new Set<number>();
  if (states.length === 0) return out;
  // Its clause after it (German closes it with the verb: "Elf Menschen wurden am Dienstag noch vermisst"); where that names
  // none, a few words before it ("the death toll rose to nine"), not past another count's ("seven dead and eleven missing").
  // The clause after it up to the next count ("seven people died and eleven are missing": died).
  const numberWords = languages.pack(language)?.numbers?.words;
  const next = v.context.findIndex((w, k) => k > 0 && (/^\d/.test(w) || !!numberWords?.has(w.toLowerCase())));
  const after = next > 0 ? v.context.slice(0, next) : v.context;
  for (const words of [after, v.lead.slice(-STATE_WORDS_BEFORE)]) {
    const low = words.map((w) => w.toLowerCase());
    const text = ` ${low.join(" ")} `;
    states.forEach((beginnings, k) => {
      if (beginnings.some((b) => (b.includes(" ") ? text.includes(` ${b}`) : low.some((w) => (b.length <= SHORT_BEGINNING ? w === b : w.startsWith(b)))))) out.add(k);
    });
    if (out.size > 0) break;
  }
  return out;
}

/** A currency's code, as the languages' units normalise sums ("USD", "PLN"). */
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Units every language normalises to ("km", "t", "days"): two different ones never count the same thing. */
const normalUnitsOf = perLanguages((languages) => new Set(languages.every("numbers").flatMap((k) => [...k.units.values()])));

/** The word after a number that its normalised unit was read from ("Monaten" for "months"), where one was; none for a sign or a verb. */
function writtenUnit(v: FoundValue, language: string, languages: Languages): string[] {
  const first = v.context[0];
  return v.unit && !v.byVerb && first && languages.pack(language)?.numbers?.units.get(first) === v.unit ? [first] : [];
}

/** Normal units that count people: a sentence may name the same people by what they are ("five surfers" / "five people"). */
const PEOPLE_UNITS: ReadonlySet<string> = new Set([PEOPLE_UNIT]);

/** A unit every language normalises to that measures (days, km, t), not one that counts people. */
const isMeasure = (unit: string | null, normalUnits: ReadonlySet<string>): boolean => !!unit && normalUnits.has(unit) && !PEOPLE_UNITS.has(unit);

function unitsClash(a: ValueAt, b: ValueAt, normalUnits: ReadonlySet<string>): boolean {
  return !!a.v.unit && !!b.v.unit && (isMeasure(a.v.unit, normalUnits) || isMeasure(b.v.unit, normalUnits)) && a.v.unit !== b.v.unit;
}

/**
 * Two counts of one thing say the same about it: beyond the unit, what follows the numbers
 * shares a word, or what precedes them ("two army helicopters lifted … rooftops" / "three army
 * helicopters … lift … rooftops"), unless the unit is a designation or a verb. "four days of rain" and "two
 * days after the breach" count different days.
 */
function sameCounted(a: ValueAt, b: ValueAt): boolean {
  if (a.v.unit && DESIGNATION.test(a.v.unit)) return true;
  // A verb says what befell what it counts ("injuring 14 others" / "20 were injured"): the unit is enough.
  if (a.v.byVerb || b.v.byVerb) return true;
  // Nothing after either number but its unit ("would cost 14 million pounds, the engineers said"):
  // what a sum or measure is of is said before it, and one lead must hold all the other's words
  // ("the dam would cost" / "repairs to the dam would cost"; not "the school would cost").
  const named = (x: ValueAt): boolean => [...x.contextStems].some((s) => !x.unitStems.has(s));
  if (!named(a) && !named(b)) {
    const [small, large] = a.leadStems.size <= b.leadStems.size ? [a.leadStems, b.leadStems] : [b.leadStems, a.leadStems];
    return small.size > 0 && [...small].every((x) => large.has(x));
  }
  // Else a word beyond the unit, after both numbers or before both: "forcing the evacuation of 1,200 residents from the
  // Salt Quarter" / "forced about 2,000 people from their homes" (the leads share "forc").
  const shared = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => [...x].some((w) => !a.unitStems.has(w) && y.has(w) && !b.unitStems.has(w));
  return shared(a.contextStems, b.contextStems) || shared(a.leadStems, b.leadStems);
}

/**
 * Whether the words around two counts, before or after either, share one beyond their units: "a
 * three-year financing plan" / "a financing plan of three years" do; "the first three months of
 * 2015" / "two or three months from now" do not.
 */
function saidAlike(a: ValueAt, b: ValueAt): boolean {
  const around = (x: ValueAt): Set<string> => new Set([...x.contextStems, ...x.leadStems].filter((w) => !a.unitStems.has(w) && !b.unitStems.has(w)));
  const y = around(b);
  return [...around(a)].some((w) => y.has(w));
}

/**
 * Whether two counts in two languages are said with words that mean the same: a word after or
 * before one number (not its unit, not a name) has an English meaning (src/lang/translations.ts;
 * an English word as itself) that a word around the other has.
 */
function sameMeaningAround(a: ValueAt, b: ValueAt, languages: Languages): boolean {
  const meanings = (x: ValueAt): Set<string> => {
    const english = languages.words("en");
    const out = new Set<string>();
    for (const w of [...x.v.context.slice(0, MEANING_CONTEXT_WORDS), ...x.v.lead]) {
      if (!/^\p{Ll}+$/u.test(w) || x.unitStems.has(stem(w, x.unit.language, languages))) continue;
      const words = x.unit.language === "en" ? [w] : languages.translations.toEnglish(w, x.unit.language);
      for (const m of words) if (!english.stopwords.has(m)) out.add(english.stem(m));
    }
    return out;
  };
  const ma = meanings(a);
  for (const m of meanings(b)) if (ma.has(m)) return true;
  return false;
}

/** Words after a number read for what is said of what it counts: "19 people were injured in the blast". */
const MEANING_CONTEXT_WORDS = 4;

/** Shortest shared spelling-key prefix that makes two unit words of different languages cognates ("tank"/"танки"). */
const MIN_COGNATE_PREFIX = 4;
/** Share of the shorter key the prefix must cover: "helikopters"/"helikopteri" do, "people"/"persone" do not. */
const COGNATE_SHARE = 0.6;

/**
 * Across languages a unit's words can still be compared where they are cognates written in
 * any script ("helicopters"/"гелікоптери", "tanks"/"танки", "personnes"/"personas"), or
 * where the unit is a designation ("Il-76"/"Ил-76").
 */
function cognateUnits(a: ValueAt, b: ValueAt): boolean {
  if (!a.v.unit || !b.v.unit) return false;
  const keys = (unit: string): string[] => unit.split(" ").map(wordKey).filter((k) => k.length >= MIN_COGNATE_PREFIX);
  return keys(a.v.unit).some((x) =>
    keys(b.v.unit!).some((y) => {
      let n = 0;
      while (n < x.length && x[n] === y[n]) n++;
      return n >= MIN_COGNATE_PREFIX && n >= COGNATE_SHARE * Math.min(x.length, y.length);
    }),
  );
}

/** Same thing counted: equal unit keys, or the unit's words found in what follows the other number. */
function sameUnit(a: ValueAt, b: ValueAt): boolean {
  if (a.unitKey && a.unitKey === b.unitKey) return true;
  if (!a.unitKey || !b.unitKey) return false;
  const overlap = (s: ReadonlySet<string>, t: ReadonlySet<string>): boolean => [...s].some((x) => t.has(x));
  // Near the other number only: "14 sets of cargo cranes" counts cranes, "two workers were killed in the blast" no blasts.
  return overlap(a.unitStems, b.nearStems) || overlap(b.unitStems, a.nearStems);
}

/**
 * The words after a number that may still name what it counts: all its context ("14 sets of what
 * are described as cargo cranes"), but where an auxiliary follows its unit the clause goes on to what
 * befell it ("two workers were killed in the blast"): the unit's words only.
 */
function countedWords(v: FoundValue, language: string, languages: Languages): readonly string[] {
  const n = v.unit ? v.unit.split(" ").length : 0;
  const auxiliaries = languages.pack(language)?.numbers?.auxiliaries ?? [];
  return n > 0 && auxiliaries.includes(v.context[n]?.toLowerCase() ?? "") ? v.context.slice(0, n) : v.context;
}

/**
 * How many later values of one bucket (one value, or one unit) each value is paired with.
 * A story's buckets hold a few dozen values; a results table or a price list fills one with
 * thousands, and pairing them all grew as the square of one article's numbers. Far above
 * any bucket of the benchmark stories (the 400-body FNC-1 story gives the same claims).
 */
const MAX_BUCKET_PARTNERS = 256;

/**
 * The value pairs the rules below can join, without trying all pairs: equal values, equal
 * units (a conflict), and values of sentences in two languages whose names and numbers
 * align (a cognate conflict). Only values of different articles, in the order a double loop
 * would visit them.
 */
function valuePairs(values: readonly ValueAt[], alignThreshold: number): Array<[number, number]> {
  const n = values.length;
  // Pairs packed as a·n + b in a growing float array (exact below 2^53), sorted and deduplicated:
  // a set of them met the engine's size limit on one long list of numbers.
  let packed = new Float64Array(1024);
  let count = 0;
  const add = (i: number, j: number): void => {
    if (values[i]!.unit.articleId === values[j]!.unit.articleId) return;
    if (count === packed.length) {
      const grown = new Float64Array(packed.length * 2);
      grown.set(packed);
      packed = grown;
    }
    packed[count++] = i < j ? i * n + j : j * n + i;
  };
  const buckets = new Map<string, number[]>();
  values.forEach((v, i) => {
    for (const key of [`=${v.v.value}`, v.unitKey === null ? null : `u${v.unitKey}`]) {
      if (key === null) continue;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });
  for (const bucket of buckets.values())
    for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < Math.min(bucket.length, x + 1 + MAX_BUCKET_PARTNERS); y++) add(bucket[x]!, bucket[y]!);
  const units = [...new Set(values.map((v) => v.unit))];
  const valuesOf = new Map<ClaimSentence, number[]>();
  values.forEach((v, i) => {
    const list = valuesOf.get(v.unit);
    if (list) list.push(i);
    else valuesOf.set(v.unit, [i]);
  });
  // Only pairs in two languages count here, so sentences of one language are never paired (copies of one text made millions).
  for (const key of similarPairKeys(units.map((u) => u.neutral), alignThreshold, units.map((u) => u.language))) {
    const [x, y] = pairOfKey(key, units.length);
    if (units[x]!.language === units[y]!.language) continue;
    for (const i of valuesOf.get(units[x]!)!) for (const j of valuesOf.get(units[y]!)!) add(i, j);
  }
  const sorted = packed.subarray(0, count).sort();
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < sorted.length; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    const key = sorted[k]!;
    pairs.push([Math.floor(key / n), key % n]);
  }
  return pairs;
}

/** A claim before its verdict: the sentences that state it, with the values each carries, and the factual disagreements found. */
export interface DraftClaim {
  readonly entries: ReadonlyArray<readonly [ClaimSentence, Value[]]>;
  readonly conflicts: readonly Conflict[];
  /**
   * Found across languages by words alone: it joins another draft through a shared sentence
   * only where that draft counts nothing in it, since a number one side gives ("drones with a
   * range of 1000 km") is not what the other side states ("GPS jammers and drones").
   */
  readonly across?: boolean;
}

/** One quotation worded differently by the sentences that hold it. */
export interface DraftVariant {
  readonly units: readonly ClaimSentence[];
  /** Each sentence's wording of the quotation: an exact substring of its article. */
  readonly wordings: ReadonlyArray<{ readonly unit: ClaimSentence; readonly text: string }>;
  readonly differences: readonly string[];
}

/**
 * Whether two sentences of two languages share more than one small number: a word's meaning, a
 * name most of the story's sentences do not hold (not the town every one names), a number of two
 * digits or more ("2300 человек"), or two numbers. A "two" alone is in too many sentences.
 */
function sharesBeyondValue(a: ClaimSentence, b: ClaimSentence, rarity: (feature: string) => number): boolean {
  // A word's meaning shared beside the number will do: "Dos trabajadores murieron" / "Two workers were killed".
  if (wordsMeant(a, b) >= 1) return true;
  let values = 0;
  for (const k of a.neutral) {
    if (!b.neutral.has(k)) continue;
    if (!k.startsWith("V:")) {
      if (rarity(k) >= COMMON_NAME) return true;
    } else if (Math.abs(Number(k.slice(2))) >= DISTINCT_VALUE || ++values >= 2) return true;
  }
  return false;
}

/** Rarity (featureRarity's idf) below which a name is in more than half the story's sentences: the story's setting, not what a sentence states. */
const COMMON_NAME = Math.log(2);

/** Least number that, shared alone, says two sentences of two languages may count one thing. */
const DISTINCT_VALUE = 10;

/** Names two sentences of two languages share that, beside the thing both count, make them one statement's two counts. */
const NAMES_ACROSS = 2;

/** How many names two sentences of two languages share (their entities' keys); 0 within one language, where words compare. */
function namesShared(a: ClaimSentence, b: ClaimSentence): number {
  if (a.language === b.language) return 0;
  let n = 0;
  for (const k of a.neutral) if (k.startsWith("E:") && b.neutral.has(k)) n++;
  return n;
}

/** Research scripts (bench/verdicts/pairs.ts) read the sentences alignment compares; unset in the product. */
export const alignmentTap: { units?: (units: readonly ClaimSentence[]) => void } = {};

export function alignClaims(units: readonly ClaimSentence[], config: ClaimsConfig, languages: Languages): { drafts: DraftClaim[]; variants: DraftVariant[] } {
  alignmentTap.units?.(units);
  const normalUnits = normalUnitsOf(languages);
  const claims: DraftClaim[] = [];
  const variants: DraftVariant[] = [];
  const used = new Set<ClaimSentence>();

  // Values.
  const values = units.flatMap((u) => u.values.map((v) => valueAt(u, v, languages)));
  // Rarity read among all the story's sentences, so a claim's words weigh the same whichever step found it.
  const rarity = featureRarity(units);
  const uf = new UnionFind(values.length);
  const conflicts: Array<[number, number]> = [];
  // An article that gives both values counts two things ("$24.7 million in the quarter, $76 million in the year"):
  // the values differ without disagreeing.
  const given = new Set(values.map((v) => `${v.unit.articleId}|${v.unitKey}|${v.v.value}`));
  const givesBoth = (a: ValueAt, b: ValueAt): boolean =>
    given.has(`${a.unit.articleId}|${b.unitKey}|${b.v.value}`) || given.has(`${b.unit.articleId}|${a.unitKey}|${a.v.value}`);
  // What befell what each group of counts counts: a count naming no state ("die Zahl der Toten … auf neun gestiegen")
  // joins one group, never bridges "nine dead" and "nine missing".
  const groupStates = new Map<number, Set<number>>();
  const statesOfGroup = (i: number): ReadonlySet<number> => groupStates.get(uf.find(i)) ?? values[i]!.states;
  const disjoint = (x: ReadonlySet<number>, y: ReadonlySet<number>): boolean => x.size > 0 && y.size > 0 && ![...x].some((s) => y.has(s));
  const join = (i: number, j: number): void => {
    const states = new Set([...statesOfGroup(i), ...statesOfGroup(j)]);
    uf.union(i, j);
    groupStates.set(uf.find(i), states);
  };
  for (const [i, j] of valuePairs(values, config.alignThreshold)) {
    const a = values[i]!, b = values[j]!;
    if (a.unit.articleId === b.unit.articleId) continue;
    if (disjoint(statesOfGroup(i), statesOfGroup(j))) continue;
    const sim = claimSentenceSimilarity(a.unit, b.unit);
    if (a.v.value === b.v.value) {
      if (unitsClash(a, b, normalUnits)) continue;
      // Across languages a unit's words cannot be compared, so the sentences must align instead.
      // And share more than one small number: "two separate blasts" and "погибли два рабочих" share the 2 alone.
      const crossLanguage = a.unit.language !== b.unit.language && sim >= config.alignThreshold && sharesBeyondValue(a.unit, b.unit, rarity);
      // The same number in two sentences that share rare words, and a word of what it counts: the same count named two ways ("four engineers of the dam crew" / "four men of the crew").
      // Sharing the number and the story's names is not enough: "four markets" and "four major leagues" count different things.
      const sameStatement = a.unit.language === b.unit.language && sharedFeatures(a.unit.features, b.unit.features) >= 2 && weightedSimilarity(a.unit, b.unit, rarity) >= config.contentThreshold / 2 && sameCounted(a, b);
      // A measure alone says little ("the first three months of 2015" / "two or three months from now"): where the unit is
      // one, the words around must say the same of it too; a sum of money is one thing already ("1,3 mln zł" / "1,3 miliona złotych").
      const measured = !isMeasure(a.v.unit, normalUnits) || CURRENCY_CODE.test(a.v.unit ?? "") || saidAlike(a, b);
      if ((a.unitKey && a.unitKey === b.unitKey && measured) || (sameUnit(a, b) && measured && sim >= config.valueContextThreshold / 2) || crossLanguage || sameStatement) join(i, j);
    } else if (a.unitKey && a.unitKey === b.unitKey && (sim >= config.conflictThreshold || namesShared(a.unit, b.unit) >= NAMES_ACROSS) && sameCounted(a, b)) {
      join(i, j);
      if (!givesBoth(a, b) && !rangesMeet(a.v, b.v)) conflicts.push([i, j]);
    } else if (
      a.unit.language !== b.unit.language &&
      sim >= config.alignThreshold &&
      cognateUnits(a, b) &&
      !isMeasure(a.v.unit, normalUnits) &&
      (!PEOPLE_UNITS.has(a.v.unit ?? "") || sameMeaningAround(a, b, languages))
    ) {
      // Sentences aligned by their names and other numbers, counting a cognate thing differently.
      // Not a measure: "four days of record rain" and "two days after the dam gave way" share the
      // unit every language writes as days, and their names, but not what they measure. People
      // counted differently are one count only where the words around the counts mean the same
      // ("19 people were injured" / "zwölf Menschen wurden verletzt"; not "800 Menschen beschäftigt").
      join(i, j);
      if (!rangesMeet(a.v, b.v)) conflicts.push([i, j]);
    }
  }
  const components = new Map<number, number[]>();
  values.forEach((_, i) => {
    const root = uf.find(i);
    const members = components.get(root);
    if (members) members.push(i);
    else components.set(root, [i]);
  });
  // Components carried by exactly the same sentences are one statement ("eight engines and five radars").
  const bySentences = new Map<string, { members: number[]; roots: number[] }>();
  for (const [root, members] of components) {
    const key = [...new Set(members.map((i) => `${values[i]!.unit.articleId}:${values[i]!.unit.sentence.start}`))].sort().join(",");
    const group = bySentences.get(key);
    if (group) {
      group.members.push(...members);
      group.roots.push(root);
    } else bySentences.set(key, { members: [...members], roots: [root] });
  }
  // A conflict joins its two values, so it lies inside one component: listed by component, in the order found.
  const conflictsOf = new Map<number, number[]>();
  conflicts.forEach(([i], k) => {
    const root = uf.find(i);
    const list = conflictsOf.get(root);
    if (list) list.push(k);
    else conflictsOf.set(root, [k]);
  });
  for (const { members, roots } of bySentences.values()) {
    const byUnit = new Map<ClaimSentence, Value[]>();
    for (const i of members) {
      const { unit, v } = values[i]!;
      const list = byUnit.get(unit);
      if (list) list.push({ value: v.value, unit: v.unit });
      else byUnit.set(unit, [{ value: v.value, unit: v.unit }]);
    }
    // A number no other article gives leaves its sentence free to align by its words ("Rivers, 81, died …").
    if (byUnit.size > 1) for (const unit of byUnit.keys()) used.add(unit);
    // One sentence whose every number a speaker says in words that judge or guess ("“I think the plan should be developed
    // by 6 o'clock”"): an opinion, no claim of its own. A figure a spokesman gives ("“Twelve people were killed …,” police
    // said") stays one.
    else if ([...byUnit.keys()].every((u) => u.quotedValues && speaksOpinion(u, languages))) continue;
    const seen = new Set<string>();
    const found: Conflict[] = [];
    const inside = roots.flatMap((root) => conflictsOf.get(root) ?? []).sort((a, b) => a - b);
    for (const [i, j] of inside.map((k) => conflicts[k]!)) {
      const [x, y] = [values[i]!, values[j]!].sort((p, q) => p.v.value - q.v.value) as [ValueAt, ValueAt];
      const detail = `${x.v.unit}: ${x.v.value} vs ${y.v.value}`;
      // One count once, however its unit is inflected ("injuring 14" / "14 were injured": one stem).
      const key = `${x.unitKey ?? x.v.unit}: ${x.v.value} vs ${y.v.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ type: "number", detail, articleIds: [x.unit.articleId, y.unit.articleId] });
    }
    claims.push({ entries: [...byUnit.entries()], conflicts: found });
  }

  // Quotes.
  const quoted = units.flatMap((u) => u.quotes.map((q) => ({ u, q, words: new Set(quoteWords(q.text, u.language, languages)) })));
  const qf = new UnionFind(quoted.length);
  for (const key of similarPairKeys(quoted.map((q) => q.words), config.quoteThreshold, quoted.map((q) => q.u.articleId))) {
    const [i, j] = pairOfKey(key, quoted.length);
    if (quoted[i]!.u.articleId !== quoted[j]!.u.articleId && dice(quoted[i]!.words, quoted[j]!.words) >= config.quoteThreshold) qf.union(i, j);
  }
  const quoteGroups = new Map<number, number[]>();
  quoted.forEach((_, i) => {
    const group = quoteGroups.get(qf.find(i));
    if (group) group.push(i);
    else quoteGroups.set(qf.find(i), [i]);
  });
  for (const members of quoteGroups.values()) {
    if (new Set(members.map((i) => quoted[i]!.u.articleId)).size < 2) continue;
    const first = quoted[members[0]!]!.q.text;
    const diffs = members.slice(1).flatMap((i) => wordingDiff(first, quoted[i]!.q.text));
    const entries = members.map((i) => [quoted[i]!.u, [] as Value[]] as [ClaimSentence, Value[]]);
    for (const [u] of entries) used.add(u);
    if (diffs.length)
      variants.push({
        units: entries.map(([u]) => u),
        wordings: members.map((i) => ({ unit: quoted[i]!.u, text: quoted[i]!.q.text })),
        differences: [...new Set(diffs.map(([a, b]) => `"${a}" vs "${b}"`))],
      });
    claims.push({ entries, conflicts: [] });
  }

  // Content: sentences not yet in a claim, clustered so every pair across two clusters must
  // agree on average; an article may restate the fact in several sentences, if they agree too. Across languages only shared numbers and
  // names can be compared, so a pair must share a number too.
  const rest = units.filter((u) => !used.has(u));
  // Copies repeat sentences word for word: each reading is compared once, whatever the number of articles that print it.
  const nodes = sameReadings(rest);
  const representatives = nodes.map((node) => rest[node[0]!]!);
  const nodeGroups = nodes.map((node, k) => (node.every((i) => rest[i]!.articleId === rest[node[0]!]!.articleId) ? rest[node[0]!]!.articleId : `\u0000${k}`));
  const content = (a: ClaimSentence, b: ClaimSentence): number => contentSimilarity(a, b, rarity, languages);
  const candidates = mergeSorted(
    similarPairKeys(representatives.map((u) => u.features), config.contentThreshold, nodeGroups, rarity),
    similarPairKeys(representatives.map((u) => u.neutral), config.contentThreshold, nodeGroups, rarity),
  );
  const sameLanguage = clusterByContent(rest, config.contentThreshold, content, candidates, rarity, nodes);
  for (const members of sameLanguage) claims.push({ entries: members.map((u) => [u, []]), conflicts: [] });

  // Across languages: every sentence, what it means compared through English and cognates.
  if (new Set(units.map((u) => u.language)).size > 1) {
    const frequency = new Map<string, number>();
    for (const u of units) for (const k of u.pivotKeys) frequency.set(k, (frequency.get(k) ?? 0) + 1);
    const idf = (keys: readonly string[]): number => Math.log(1 + units.length / Math.min(...keys.map((k) => frequency.get(k) ?? 1)));
    // Two sentences share two things at least, a name counted once (mayAlignAcross): "Die ersten Prozesse sollten …
    // starten" and "Kelly argued … court appearances" share one ("court"); "Kestrel Agrochem did not respond …" and
    // "… «Кестрел Агрокем» хранилось около 300 тонн" one name (docs/benchmarks.md, stop 41).
    const common = (k: string): boolean => (frequency.get(k) ?? 0) * 2 > units.length;
    const across = (a: ClaimSentence, b: ClaimSentence): number =>
      a.articleId === b.articleId || a.language === b.language || countsApart(a, b) || !mayAlignAcross(a, b, common) ? 0 : crossLanguageSimilarity(a, b, idf);
    // Sentences of one language are never candidates here (their similarity is 0): grouped by language, not by article.
    const candidates = similarPairKeys(units.map((u) => u.pivotKeys), config.crossLanguageThreshold / 2, units.map((u) => u.language));
    // Every two sentences of two languages in one claim may align: an average over a cluster's pairs (of which those of one
    // language count 0) let a sentence join through one partner while sharing nothing with another.
    const mayJoin = (a: ClaimSentence, b: ClaimSentence): boolean => a.language === b.language || mayAlignAcross(a, b, common);
    for (const members of clusterByContent(units, config.crossLanguageThreshold, across, candidates, undefined, undefined, mayJoin))
      claims.push({ entries: members.map((u) => [u, []]), conflicts: [], across: true });
  }

  return { drafts: claims, variants };
}

function contentSimilarity(a: ClaimSentence, b: ClaimSentence, rarity: (feature: string) => number, languages: Languages): number {
  if (a.articleId === b.articleId) return 0;
  // Across languages a shared number, and more than one small number shared (sharesBeyondValue).
  if (a.language !== b.language && (![...a.neutral].some((f) => f.startsWith("V:") && b.neutral.has(f)) || !sharesBeyondValue(a, b, rarity))) return 0;
  // One word in common is no statement in common: "Families are still waiting for answers" / "We owe the families the truth".
  // (Verdict set, tuned part: claim precision 0.859 → 0.871, `corroborated` precision 0.595 → 0.610, one multi-article fact fewer found.)
  // Nor is a number and what it counts ("the first three months of 2015" / "two or three months from now"): one thing.
  if (a.language === b.language && sharedBeyondCounts(a, b, languages) < MIN_SHARED_FEATURES) return 0;
  return weightedSimilarity(a, b, rarity);
}

/** Fewest features (stems, names, numbers) two sentences of one language share to state one thing. */
const MIN_SHARED_FEATURES = 2;

/**
 * Whether two sentences of two languages may state one thing by their words: they share two
 * things, each a name or a number (not the story's setting: `common`, in most of its sentences)
 * or a word's meaning or spelling. A name is one thing however many of its words meet: sentences
 * that share "Kestrel Agrochem" alone ("… did not respond to a request for comment" / "… held
 * about 300 tonnes") state different things about it. Read from both sides: a name one side's
 * entities know is one thing, though the other side's missed it («Кестрел Агрокем» in quotes).
 */
export function mayAlignAcross(a: ClaimSentence, b: ClaimSentence, common: (key: string) => boolean = () => false): boolean {
  return sharesTwo(a, b, common) && sharesTwo(b, a, common);
}

/**
 * Whether `b` has two things of `a`'s: its names and numbers (`neutral`), and its words, those of
 * one name of `a`'s counted once. A date is one thing however many words say it ("on Tuesday in
 * October"), and a number naming a thing is part of a name ("Pier 4"): it counts only where no name
 * is shared besides it ("Pier 4" / "причал № 4").
 */
function sharesTwo(a: ClaimSentence, b: ClaimSentence, common: (key: string) => boolean): boolean {
  // Two things found is the answer: what a named number adds can only add to it.
  const shared = new Set<string>();
  let namedNumbers: string[] | undefined;
  // Countries are where a story is set, however many of them two sentences name: one thing together ("РФ … Украины" and
  // "Russia … Ukraine" share the setting, not a fact).
  const thing = (k: string): string => (k.startsWith("E:") && isCountry(k.slice(2), a.language) ? "country" : k);
  // Who says it is not what is said: a source one of them cites ("…, The Washington Post noted" / "WP обратило внимание,
  // что …") and the setting are no fact together; a source and a number or a word are ("Port director Marek Solan said … 300
  // tonnes" / "По словам Марека Солана, … 300 тонн").
  const speaks = (k: string): boolean => a.speakers.has(k) || b.speakers.has(k);
  const enough = (): boolean => shared.size >= 2 && (![...shared].some(speaks) || [...shared].some((k) => !speaks(k) && k !== "country"));
  for (const k of a.neutral) {
    if (!b.neutral.has(k) || common(k)) continue;
    if (k.startsWith("N:")) (namedNumbers ??= []).push(k.slice(2));
    else if (shared.add(thing(k)) && enough()) return true;
  }
  for (let i = 0; i < a.pivots.length; i++) {
    let matched = false;
    let date = false;
    for (const k of a.pivots[i]!) {
      if (!b.pivotKeys.has(k)) continue;
      matched = true;
      if (k.startsWith("D:") || k.startsWith("M:") || k.startsWith("Y:")) date = true;
    }
    if (!matched) continue;
    const name = a.pivotNames[i] ?? null;
    if (name !== null && common(name)) continue;
    if (shared.add(date ? "date" : name !== null ? thing(name) : `#${i}`) && enough()) return true;
  }
  if (!namedNumbers) return false;
  // "Pier 4": the number is the shared name's where the name's last word stands right before it in the sentence.
  const ofSharedName = (n: string): boolean =>
    [...shared].some((k) => k.startsWith("E:") && new RegExp(`(?<![\\p{L}])${escapeRegExp(k.slice(2).split(" ").at(-1)!)}\\s+(?:№\\s*)?${escapeRegExp(n)}(?![\\p{N}])`, "u").test(a.sentence.text));
  for (const n of namedNumbers) if (!ofSharedName(n)) shared.add(`N:${n}`);
  return enough();
}

/**
 * Whether two sentences each count something and share no count: what they state differs ("The
 * initial plan was to raise around $1,250" / "… 30 Millionen Pfund gesammelt"). Counts that
 * disagree on one thing are found by the values' own alignment, as conflicts.
 */
function countsApart(a: ClaimSentence, b: ClaimSentence): boolean {
  return a.values.length > 0 && b.values.length > 0 && !a.values.some((x) => b.values.some((y) => x.value === y.value));
}

/** Whether an entity's name is a country's, in English (the name entities are shown by) or in the sentence's language. */
function isCountry(name: string, language: string): boolean {
  const country = countryName(name, "en") ?? countryName(name, language);
  // Not the United Nations or the European Union (ICU names them as regions): a body of its own in what a sentence states.
  return country !== null && !isGrouping(country);
}

/** How many words of one sentence (its names' words too; not numbers) have a meaning or a spelling the other has, counted up to two. */
function wordsMeant(a: ClaimSentence, b: ClaimSentence): number {
  let n = 0;
  for (const keys of a.pivots) if (keys.some((k) => b.pivotKeys.has(k)) && ++n >= 2) break;
  return n;
}

/**
 * How many features two sentences of one language share, counted up to two, a number and the words
 * of its unit in both counted once: "three months" is one thing shared, "zwei … Montagabend" two.
 */
function sharedBeyondCounts(a: ClaimSentence, b: ClaimSentence, languages: Languages): number {
  const unitWords = new Set<string>();
  for (const v of a.values) {
    if (!v.unit || !b.features.has(`V:${v.value}`) || !b.values.some((w) => w.value === v.value && w.unit === v.unit)) continue;
    // As normalised and as written: the words after the number that the unit stands for ("Monaten" for "months").
    for (const w of [...v.unit.split(" "), ...writtenUnit(v, a.language, languages)]) unitWords.add(`${a.language}:${stem(w.toLowerCase(), a.language, languages)}`);
  }
  let n = 0;
  for (const f of a.features) if (b.features.has(f) && !unitWords.has(f) && ++n >= 2) break;
  return n;
}

/** How many features two sets share, counted up to two. */
function sharedFeatures(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let n = 0;
  for (const f of x) if (y.has(f) && ++n >= 2) break;
  return n;
}

/** What a sentence reads as to alignment, across languages too: two sentences with the same reading compare alike with any other. */
function readingKey(u: ClaimSentence): string {
  return `${comparedKey(u)}\u0001${u.pivots.map((p) => p.join("\u0003")).join("\u0002")}`;
}

/**
 * The sentences grouped by reading (indices, in the order first met). Copies of one text print
 * the same sentence in every copy; as one node each, a story of hundreds of copies is compared
 * as the few hundred sentences it really has. A sentence with no features compares with none
 * and stays alone.
 */
function sameReadings(units: readonly ClaimSentence[]): number[][] {
  const byKey = new Map<string, number[]>();
  const nodes: number[][] = [];
  units.forEach((u, i) => {
    if (u.features.size === 0) {
      nodes.push([i]);
      return;
    }
    const key = readingKey(u);
    const node = byKey.get(key);
    if (node) node.push(i);
    else {
      const fresh = [i];
      byKey.set(key, fresh);
      nodes.push(fresh);
    }
  });
  return nodes;
}

/** Two ascending key arrays as one, ascending (duplicates kept; the caller skips them). */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Most pairs of readings whose similarity `clusterByContent` keeps (a pair takes about 50 bytes). */
const MAX_KNOWN_PAIRS = 2_000_000;

/**
 * Average-linkage agglomeration over the candidate pairs at or above the threshold, best pairs
 * first. With `sameArticle` (rarity weights), two sentences of one article may share a cluster,
 * compared by weighted Dice; without it, one sentence per article.
 *
 * `nodes` (with `sameArticle` only) groups sentences of one reading (`sameReadings`): a node
 * printed by two articles or more starts as one cluster, as its copies, alike, would join first;
 * candidates are keys over the nodes, and a cluster's average counts every sentence it holds.
 * Without `nodes`, every sentence is a node of its own. With `mayJoin`, two clusters join only
 * where it holds for every pair of their nodes (read by each node's first sentence).
 */
function clusterByContent(
  units: readonly ClaimSentence[],
  threshold: number,
  similarity: (a: ClaimSentence, b: ClaimSentence) => number,
  candidates: Float64Array,
  sameArticle?: (feature: string) => number,
  nodes: readonly (readonly number[])[] = units.map((_, i) => [i]),
  mayJoin?: (a: ClaimSentence, b: ClaimSentence) => boolean,
): ClaimSentence[][] {
  if (!sameArticle && nodes.some((node) => node.length > 1)) throw new Error("clusterByContent: nodes of several sentences need sameArticle");
  // Copies of one text repeat its sentences word for word, and two sentences that read the same
  // compare alike with any other: each ordered pair of readings is compared once, up to a bound on what is kept.
  // A node's sentences share one reading: each node's is read once, from its first sentence.
  const readings = new Map<string, number>();
  const readingOfNode = nodes.map((node) => {
    const key = readingKey(units[node[0]!]!);
    return readings.get(key) ?? readings.set(key, readings.size).get(key)!;
  });
  const nodeOf = new Int32Array(units.length);
  nodes.forEach((node, p) => {
    for (const i of node) nodeOf[i] = p;
  });
  const known = new Map<number, number>();
  /** mayJoin of two nodes, read by their first sentences, once per pair of readings. */
  const joinableKnown = new Map<number, boolean>();
  const joinable = (p: number, q: number): boolean => {
    const key = readingOfNode[p]! * readings.size + readingOfNode[q]!;
    let ok = joinableKnown.get(key);
    if (ok === undefined) {
      ok = mayJoin!(units[nodes[p]![0]!]!, units[nodes[q]![0]!]!);
      if (joinableKnown.size < MAX_KNOWN_PAIRS) joinableKnown.set(key, ok);
    }
    return ok;
  };
  /** Similarity of two sentences of different articles. */
  const across = (x: number, y: number): number => {
    const key = readingOfNode[nodeOf[x]!]! * readings.size + readingOfNode[nodeOf[y]!]!;
    let sim = known.get(key);
    if (sim === undefined) {
      sim = similarity(units[x]!, units[y]!);
      if (known.size < MAX_KNOWN_PAIRS) known.set(key, sim);
    }
    return sim;
  };
  const articlesOf = nodes.map((node) => {
    const counts = new Map<string, number>();
    for (const i of node) counts.set(units[i]!.articleId, (counts.get(units[i]!.articleId) ?? 0) + 1);
    return counts;
  });
  /** A pair of sentences of two nodes from different articles, if there is one. */
  const acrossPair = (x: number, y: number): [number, number] | null => {
    const first = nodes[x]![0]!;
    const other = nodes[y]!.find((j) => units[j]!.articleId !== units[first]!.articleId);
    if (other !== undefined) return [first, other];
    const only = nodes[y]![0]!;
    const mine = nodes[x]!.find((i) => units[i]!.articleId !== units[only]!.articleId);
    return mine === undefined ? null : [mine, only];
  };
  /** The similarity two nodes' sentences sum to, pair by pair. */
  const nodeTotal = (x: number, y: number): number => {
    const [small, large] = articlesOf[x]!.size <= articlesOf[y]!.size ? [articlesOf[x]!, articlesOf[y]!] : [articlesOf[y]!, articlesOf[x]!];
    let same = 0;
    for (const [article, count] of small) same += count * (large.get(article) ?? 0);
    const all = nodes[x]!.length * nodes[y]!.length;
    let total = 0;
    if (same < all) {
      const [i, j] = acrossPair(x, y)!;
      total += (all - same) * across(i, j);
    }
    if (same > 0) {
      const [i, j] = [nodes[x]![0]!, nodes[y]![0]!];
      total += same * (sameArticle ? weightedSimilarity(units[i]!, units[j]!, sameArticle) : similarity(units[i]!, units[j]!));
    }
    return total;
  };
  // Candidates as sorted keys (src/claims/similarPairs.ts), each pair once; those at or above the
  // threshold, best first, ties in the order of their keys.
  const n = nodes.length;
  const keys = new Float64Array(candidates.length);
  const sims = new Float64Array(candidates.length);
  let count = 0;
  for (let k = 0; k < candidates.length; k++) {
    if (k > 0 && candidates[k] === candidates[k - 1]) continue;
    const [x, y] = pairOfKey(candidates[k]!, n);
    const pair = acrossPair(x, y);
    const sim = pair ? across(pair[0], pair[1]) : sameArticle ? weightedSimilarity(units[nodes[x]![0]!]!, units[nodes[y]![0]!]!, sameArticle) : 0;
    if (sim < threshold) continue;
    keys[count] = candidates[k]!;
    sims[count++] = sim;
  }
  const order = new Uint32Array(count).map((_, k) => k).sort((a, b) => sims[b]! - sims[a]! || a - b);
  const size = (cluster: readonly number[]): number => cluster.reduce((sum, x) => sum + nodes[x]!.length, 0);
  const clusterOf = new Map<number, number[]>();
  // A node printed by two articles or more starts as a cluster of its copies.
  nodes.forEach((_, x) => {
    if (articlesOf[x]!.size > 1) clusterOf.set(x, [x]);
  });
  // Two clusters that did not join stay apart until one of them grows: copies of one text give
  // thousands of candidate pairs between the same two clusters, each of which would compare
  // every member with every member again (cubic in the story's size: a 150-article story of
  // rewrites took 45 s).
  const apart = new WeakMap<number[], WeakSet<number[]>>();
  const keepApart = (a: number[], b: number[]): void => {
    for (const [x, y] of [[a, b], [b, a]] as const) (apart.get(x) ?? apart.set(x, new WeakSet()).get(x)!).add(y);
  };
  for (const k of order) {
    const [x, y] = pairOfKey(keys[k]!, n);
    const a = clusterOf.get(x) ?? [x];
    const b = clusterOf.get(y) ?? [y];
    if (a === b || apart.get(a)?.has(b)) continue;
    if (!sameArticle) {
      const articles = new Set(a.flatMap((p) => [...articlesOf[p]!.keys()]));
      if (b.some((q) => [...articlesOf[q]!.keys()].some((article) => articles.has(article)))) {
        keepApart(a, b);
        continue;
      }
    }
    if (mayJoin && a.some((p) => b.some((q) => !joinable(p, q)))) {
      keepApart(a, b);
      continue;
    }
    let total = 0;
    for (const p of a) for (const q of b) total += nodeTotal(p, q);
    if (total / (size(a) * size(b)) < threshold) {
      keepApart(a, b);
      continue;
    }
    const merged = [...a, ...b];
    for (const p of merged) clusterOf.set(p, merged);
  }
  // Each claim's sentences in the story's order, however its clusters met.
  return [...new Set(clusterOf.values())].map((c) => c.flatMap((p) => nodes[p]!).sort((i, j) => i - j).map((i) => units[i]!));
}

export function dedupeValues(values: readonly Value[]): Value[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(`${v.value}|${v.unit}`) && !!seen.add(`${v.value}|${v.unit}`));
}
