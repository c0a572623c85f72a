/**
 * What an article is compared by, as counts of keys in three families:
 * - words: content-word stems in the article's own language (stop words dropped), cut
 *   to a prefix for the grouper (KeyTable.stemLength) so derived forms and compounds meet;
 * - names: cross-script phonetic keys of capitalised words (src/lang/names.ts), so
 *   Мадуро and Maduro meet across languages;
 * - facts: numbers (thousand separators folded: 5,000 = 5.000 = 5000) and day-month
 *   dates ("31 октября" = "October 31"), which are the same in every language;
 * - folds: folded 5-letter prefixes of content words (any-ascii, lower case: région /
 *   region, économie / economy), or of their English translation where the Languages'
 *   dictionaries give one (Regierung / government), which meet across languages of one
 *   script where stems cannot; the grouper compares them only between articles of
 *   different languages.
 * Title words count extra: a title is the article's own summary of what it is about.
 * Keys are ids from a KeyTable (the Vocabulary), so counting costs no string hashing,
 * and tokens are scanned and looked up in place (src/stories/tokens.ts).
 */
import type { Languages } from "../lang/languages.js";
import { nameKey } from "../lang/names.js";
import type { Article } from "../model.js";
import { foldedKey, foldedPrefix } from "../text/keys.js";
import { normaliseNumber } from "../text/numbers.js";
import { Scanner } from "../text/scanner.js";
import { SCRIPTS } from "../text/scripts.js";
import { Accumulator, TokenTable } from "./tokens.js";

export type Family = "words" | "names" | "facts" | "folds";

/** Sums of weights per key id, ids ascending. */
export interface Counts {
  readonly ids: Int32Array;
  readonly counts: Float64Array;
}

export interface RawFeatures {
  readonly language: string;
  /** The writing system most of its words are in ("Latin", "Cyrillic", ...): stems meet only within one. */
  readonly script: string;
  readonly words: Counts;
  readonly names: Counts;
  readonly facts: Counts;
  readonly folds: Counts;
}

/** Where keys get their ids; also remembers how it read each token, per language. */
export interface KeyTable {
  id(family: Family, key: string): number;
  /** Written words per language, and numbers under the key NUMBERS. */
  readonly tokens: Map<string, TokenTable>;
  /** Fact ids of day-month dates, by month × DATE_KEY_BASE + day. */
  readonly dates: Map<number, number>;
  /** Longest stem kept as a words key (the grouper's); undefined keeps whole stems. */
  readonly stemLength?: number;
  /** Where month names come from (src/lang): a day-month date is a fact in any language. */
  readonly languages: Languages;
}

/** Times a title word counts compared with a body word: a title is the article's own summary. */
const TITLE_WEIGHT = 2;

/** Words shorter than this carry no topic (articles, particles, abbreviations of one letter). */
const MIN_WORD_LENGTH = 3;

/** Tokens read from one article: news puts the story first, so the rest adds cost but little evidence. */
const MAX_WORDS = 300;

/**
 * The lede, a text's first words, counts extra: news says what happened first, and a
 * text given without its title usually starts with it.
 */
const LEDE_WORDS = 30;
const LEDE_WEIGHT = 2;

/**
 * Tokens remembered per language and table. News vocabulary is Zipfian, so a bounded
 * cache answers almost every token and reading an article costs one lookup per word.
 * Forgetting changes no result: a token read again gets the same ids.
 */
const TOKEN_CACHE_LIMIT = 300_000;

/** The token table of numbers, which read the same in every language. */
const NUMBERS = "#numbers";
/** Above any day a date key can hold (a number of one or two digits). */
const DATE_KEY_BASE = 128;

const CASED = /^\p{Lu}/u;
const OTHER_SCRIPT = SCRIPTS.length;

export interface Reading {
  readonly words: Accumulator;
  readonly names: Accumulator;
  readonly facts: Accumulator;
  readonly folds: Accumulator;
  readonly scripts: Float64Array;
}

// One reading at a time (reading is synchronous), so the scratch sums are shared.
const scratch: Reading = { words: new Accumulator(), names: new Accumulator(), facts: new Accumulator(), folds: new Accumulator(), scripts: new Float64Array(OTHER_SCRIPT + 1) };

/** Reads the four families of keys from a title and a body. */
export function articleFeatures(article: Pick<Article, "title" | "text" | "language">, table: KeyTable): RawFeatures {
  const { script, reading: r } = readArticle(article, table);
  return { language: article.language, script, words: r.words.take(), names: r.names.take(), facts: r.facts.take(), folds: r.folds.take() };
}

/**
 * Reads an article into shared scratch sums, valid until the next reading; the caller
 * must empty them (Accumulator.take or clear). The streaming grouper reads this way to
 * build its sketches without intermediate arrays.
 */
export function readArticle(article: Pick<Article, "title" | "text" | "language">, table: KeyTable): { script: string; reading: Reading } {
  const r = scratch;
  // Emptied here too, so that a reading that threw (a stemmer's bug) cannot leak into this one.
  r.words.clear();
  r.names.clear();
  r.facts.clear();
  r.folds.clear();
  r.scripts.fill(0);
  const reader = new Reader(table, article.language);
  if (article.title) reader.addText(r, article.title, TITLE_WEIGHT);
  reader.addText(r, article.text, 1);
  let best = 0;
  for (let i = 1; i < r.scripts.length; i++) if (r.scripts[i]! > r.scripts[best]!) best = i;
  return { script: SCRIPTS[best]?.[0] ?? "Other", reading: r };
}

class Reader {
  private readonly words: TokenTable;
  private readonly numbers: TokenTable;
  private readonly stopwords: ReadonlySet<string>;
  private readonly stem: (word: string) => string;
  private readonly nameStem: (word: string) => string;
  private readonly months: ReadonlyMap<string, number> | undefined;
  private readonly stemLength: number;
  private readonly scanner = new Scanner();

  constructor(
    private readonly table: KeyTable,
    private readonly language: string,
  ) {
    this.words = tokenTable(table, language);
    this.numbers = tokenTable(table, NUMBERS);
    ({ stopwords: this.stopwords, stem: this.stem, nameStem: this.nameStem } = table.languages.words(language));
    this.months = table.languages.pack(language)?.dates?.months;
    this.stemLength = table.stemLength ?? Infinity;
  }

  /** The tokens of WORD (src/text/scanner.ts), in order, at most MAX_WORDS of them. */
  addText(r: Reading, text: string, baseWeight: number): void {
    const scan = this.scanner;
    scan.reset(text);
    let previousMonth = 0;
    let previousDay = -1;
    let seen = 0;
    while (scan.next()) {
      if (++seen > MAX_WORDS) return;
      const weight = seen <= LEDE_WORDS ? baseWeight * LEDE_WEIGHT : baseWeight;
      const { start, end: i, hash } = scan;
      if (scan.word) {
        const e = this.wordEntry(text, start, i, hash);
        const w = this.words;
        const month = w.c(e);
        if (month && previousDay >= 0) r.facts.add(this.dateId(month, previousDay), weight);
        previousMonth = month;
        previousDay = -1;
        const word = w.a(e);
        if (word < 0) continue;
        r.scripts[w.script(e)]! += weight;
        r.words.add(word, weight);
        const fold = w.d(e);
        if (fold >= 0) r.folds.add(fold, weight);
        const name = w.b(e);
        if (!scan.sentenceStart && name >= 0) r.names.add(name, weight);
        continue;
      }
      const e = this.numberEntry(text, start, i, hash);
      const num = this.numbers;
      // A number's values: id of "#n" or -1; its value if one or two digits, else -1; the day it can be (1-31) or 0.
      if (num.a(e) >= 0) r.facts.add(num.a(e), weight);
      const day = num.c(e);
      if (previousMonth && day) r.facts.add(this.dateId(previousMonth, day), weight);
      previousMonth = 0;
      previousDay = num.b(e);
    }
  }

  private wordEntry(text: string, start: number, end: number, hash: number): number {
    const e = this.words.find(text, start, end, hash);
    if (e >= 0) return e;
    const token = text.slice(start, end);
    let lower = token.toLowerCase();
    if (lower.endsWith("'s") || lower.endsWith("’s")) lower = lower.slice(0, -2);
    const month = this.months?.get(lower);
    const skip = lower.length < MIN_WORD_LENGTH || this.stopwords.has(lower) || month !== undefined;
    const stemmed = skip ? null : this.stem(lower);
    const key = stemmed && CASED.test(token) ? nameKey(this.nameStem(lower)) : "";
    const script = SCRIPTS.findIndex(([, re]) => re.test(token));
    // Across languages a word is compared by its English meaning where a dictionary gives one (Regierung → government), else by its spelling.
    const meaning = stemmed === null ? undefined : this.meaning(lower);
    // Content words only (src/text/keys.ts's cognate key): stop words are already dropped per language.
    const folded = stemmed === null ? "" : foldedKey(meaning ?? lower);
    if (this.words.size >= TOKEN_CACHE_LIMIT) this.words.clear();
    return this.words.insert(
      token, hash,
      stemmed === null ? -1 : this.table.id("words", stemmed.slice(0, this.stemLength)),
      key ? this.table.id("names", key) : -1,
      month ?? 0,
      script < 0 ? OTHER_SCRIPT : script,
      folded.length >= MIN_WORD_LENGTH ? this.table.id("folds", foldedPrefix(folded)) : -1,
    );
  }

  /** The word's first English translation that is a content word; undefined for English or without a dictionary. */
  private meaning(lower: string): string | undefined {
    if (this.language === "en") return undefined;
    return this.table.languages.translations.toEnglish(lower, this.language).find((t) => t.length >= MIN_WORD_LENGTH && !this.table.languages.words("en").stopwords.has(t));
  }

  private numberEntry(text: string, start: number, end: number, hash: number): number {
    const e = this.numbers.find(text, start, end, hash);
    if (e >= 0) return e;
    const token = text.slice(start, end);
    const n = normaliseNumber(token);
    const fact = n !== null ? this.table.id("facts", `#${n}`) : -1;
    const day = n !== null && Number.isInteger(n) && n >= 1 && n <= 31 ? n : 0;
    const small = /^\d{1,2}$/.test(token) ? Number(token) : -1;
    if (this.numbers.size >= TOKEN_CACHE_LIMIT) this.numbers.clear();
    return this.numbers.insert(token, hash, fact, small, day, 0);
  }

  private dateId(month: number, day: number): number {
    // Month numbers are 1-12 in every pack; anything else gets a key of its own, uncached.
    if (!Number.isInteger(month) || month < 0 || month > 1000) return this.table.id("facts", `d${month}-${day}`);
    const k = month * DATE_KEY_BASE + day;
    let id = this.table.dates.get(k);
    if (id === undefined) this.table.dates.set(k, (id = this.table.id("facts", `d${month}-${day}`)));
    return id;
  }
}

function tokenTable(table: KeyTable, language: string): TokenTable {
  let t = table.tokens.get(language);
  if (!t) table.tokens.set(language, (t = new TokenTable()));
  return t;
}
