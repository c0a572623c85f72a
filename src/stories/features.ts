/**
 * What an article is compared by, as counts of keys in three families:
 * - words: content-word stems in the article's own language (stop words dropped);
 * - names: cross-script phonetic keys of capitalised words (src/lang/names.ts), so
 *   Мадуро and Maduro meet across languages;
 * - facts: numbers (thousand separators folded: 5,000 = 5.000 = 5000) and day-month
 *   dates ("31 октября" = "October 31"), which are the same in every language.
 * Title words count extra: a title is the article's own summary of what it is about.
 * Keys are ids from a KeyTable (the Vocabulary), so counting costs no string hashing.
 */
import { languagePack } from "../lang/index.js";
import { nameKey } from "../lang/names.js";
import { wordKnowledge } from "../lang/words.js";
import type { Article } from "../model.js";

export type Family = "words" | "names" | "facts";

/** Key id → count. */
export type Counts = Map<number, number>;

export interface RawFeatures {
  readonly language: string;
  /** The writing system most of its words are in ("Latin", "Cyrillic", ...): stems meet only within one. */
  readonly script: string;
  readonly words: Counts;
  readonly names: Counts;
  readonly facts: Counts;
}

/** Where keys get their ids; also remembers how it read each token, per language. */
export interface KeyTable {
  id(family: Family, key: string): number;
  readonly tokens: Map<string, Map<string, TokenIds>>;
}

/** Times a title word counts compared with a body word; set by the semeval bench (1 to 3 tried, 2 best). */
const TITLE_WEIGHT = 2;

/** Words shorter than this carry no topic (articles, particles, abbreviations of one letter). */
const MIN_WORD_LENGTH = 3;

/**
 * Tokens read from one article. News puts the story first, so the rest adds cost but
 * little evidence: 300 kept clustering F1 (0.902 → 0.908) and semeval Pearson (0.664)
 * while grouping ran 1.35× faster than reading 3,000.
 */
const MAX_WORDS = 300;

/**
 * The lede, a text's first words, counts extra: news says what happened first, and a
 * text given without its title usually starts with it. 30 words doubled raised semeval
 * Pearson 0.672 → 0.684 (20 to 60 words, ×2 or ×3, all 0.683-0.689) for clustering F1
 * 0.914 → 0.910.
 */
const LEDE_WORDS = 30;
const LEDE_WEIGHT = 2;

/**
 * Tokens remembered per language and table. News vocabulary is Zipfian, so a bounded
 * cache answers almost every token and reading an article costs one lookup per word.
 */
const TOKEN_CACHE_LIMIT = 300_000;

// A space or no-break space separates thousands only before exactly three digits ("5 000").
const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*|\d+(?:[.,]\d+|[\u00a0 ]\d{3}(?!\d))*/gu;
const CASED = /^\p{Lu}/u;
const DIGIT = /^\d/;
const SENTENCE_END_CHARS = '.!?…:;"»“”\n';
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ["Latin", /^\p{Script=Latin}/u], ["Cyrillic", /^\p{Script=Cyrillic}/u], ["Arabic", /^\p{Script=Arabic}/u],
  ["Greek", /^\p{Script=Greek}/u], ["Hebrew", /^\p{Script=Hebrew}/u], ["Han", /^\p{Script=Han}/u],
];
const OTHER_SCRIPT = SCRIPTS.length;

/** What one written token contributes, worked out once per table, language and spelling. */
export interface TokenIds {
  /** Month number when the token names a month. */
  readonly month: number | undefined;
  /** Id of its stem, or -1 for stop words, short words and month names. */
  readonly word: number;
  /** Id of its cross-script name key when it is capitalised, else -1. */
  readonly name: number;
  /** Index in SCRIPTS of its first letter's script. */
  readonly script: number;
}

/** Reads the three families of keys from a title and a body. */
export function articleFeatures(article: Pick<Article, "title" | "text" | "language">, table: KeyTable): RawFeatures {
  const reading: Reading = { words: new Map(), names: new Map(), facts: new Map(), scripts: new Array<number>(OTHER_SCRIPT + 1).fill(0) };
  const lookup = tokenLookup(table, article.language);
  if (article.title) addText(reading, table, lookup, article.title, TITLE_WEIGHT);
  addText(reading, table, lookup, article.text, 1);
  const best = reading.scripts.indexOf(Math.max(...reading.scripts));
  return { language: article.language, script: SCRIPTS[best]?.[0] ?? "Other", words: reading.words, names: reading.names, facts: reading.facts };
}

interface Reading {
  readonly words: Counts;
  readonly names: Counts;
  readonly facts: Counts;
  readonly scripts: number[];
}

function addText(r: Reading, table: KeyTable, lookup: (token: string) => TokenIds, text: string, baseWeight: number): void {
  let previous: TokenIds | null = null;
  let previousNumber = "";
  let lastEnd = 0;
  let seen = 0;
  for (const m of text.matchAll(WORD)) {
    if (++seen > MAX_WORDS) break;
    const weight = seen <= LEDE_WORDS ? baseWeight * LEDE_WEIGHT : baseWeight;
    const token = m[0];
    const start = m.index;
    const sentenceStart = lastEnd === 0 || endsSentence(text, lastEnd, start);
    lastEnd = start + token.length;
    if (DIGIT.test(token)) {
      const n = normaliseNumber(token);
      if (n !== null) add(r.facts, table.id("facts", `#${n}`), weight);
      const month = previous?.month;
      if (month && n !== null && Number.isInteger(n) && n >= 1 && n <= 31) add(r.facts, table.id("facts", `d${month}-${n}`), weight);
      previous = null;
      previousNumber = token;
      continue;
    }
    const ids = lookup(token);
    if (ids.month && /^\d{1,2}$/.test(previousNumber)) add(r.facts, table.id("facts", `d${ids.month}-${Number(previousNumber)}`), weight);
    previous = ids;
    previousNumber = "";
    if (ids.word < 0) continue;
    r.scripts[ids.script]! += weight;
    add(r.words, ids.word, weight);
    if (!sentenceStart && ids.name >= 0) add(r.names, ids.name, weight);
  }
}

function tokenLookup(table: KeyTable, language: string): (token: string) => TokenIds {
  let cache = table.tokens.get(language);
  if (!cache) table.tokens.set(language, (cache = new Map()));
  const known = cache;
  const { stopwords, stem } = wordKnowledge(language);
  const months = languagePack(language)?.dates?.months;
  return (token) => {
    let ids = known.get(token);
    if (ids) return ids;
    let lower = token.toLowerCase();
    if (lower.endsWith("'s") || lower.endsWith("’s")) lower = lower.slice(0, -2);
    const month = months?.get(lower);
    const skip = lower.length < MIN_WORD_LENGTH || stopwords.has(lower) || month !== undefined;
    const stemmed = skip ? null : stem(lower);
    const key = stemmed && CASED.test(token) ? nameKey(stemmed) : "";
    const script = SCRIPTS.findIndex(([, re]) => re.test(token));
    ids = {
      month,
      word: stemmed === null ? -1 : table.id("words", stemmed),
      name: key ? table.id("names", key) : -1,
      script: script < 0 ? OTHER_SCRIPT : script,
    };
    if (known.size >= TOKEN_CACHE_LIMIT) known.clear();
    known.set(token, ids);
    return ids;
  };
}

/** Whether the gap between two tokens ends a sentence or a line (a capital after it proves nothing). */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_END_CHARS.includes(text[i]!)) return true;
  return false;
}

/** "5,000" and "5.000" → 5000; "7,5" and "7.5" → 7.5; spaces inside numbers as thousand separators. */
export function normaliseNumber(token: string): number | null {
  const groups = token.split(/[.,\u00a0 ]/);
  const thousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
  const text = thousands ? groups.join("") : groups.length === 2 ? `${groups[0]}.${groups[1]}` : groups.join("");
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function add(counts: Counts, id: number, weight: number): void {
  counts.set(id, (counts.get(id) ?? 0) + weight);
}
