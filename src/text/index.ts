/**
 * The text layer: an article read once into paragraphs, sentences and tokens, handed to
 * every stage that needs them, so no stage cuts words or sentences its own way. One word
 * grammar (src/text/scanner.ts), one sentence splitter (src/text/sentences.ts), and per
 * token what the stages match on: its lower-case and folded spellings, stem, stop-word
 * flag, cross-script name key and number value.
 */
import { findQuotations, type Quotation } from "./quotations.js";
import { type Languages, perLanguages } from "../lang/languages.js";
import { nameKey } from "../lang/names.js";
import { foldedKey } from "./keys.js";
import { normaliseNumber } from "./numbers.js";
import { Scanner } from "./scanner.js";
import { scriptOf } from "./scripts.js";
import { PARAGRAPH, type Sentence, sentenceRules, splitSentences } from "./sentences.js";

export type { Sentence } from "./sentences.js";

export interface Token {
  /** Offsets in the text: `text.slice(start, end) === surface`. */
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly kind: "word" | "number";
  readonly lower: string;
  /** Romanised (any-ascii), lower case, letters and digits only: "Région" → "region", "Мадуро" → "maduro". */
  readonly folded: string;
  /** The word's stem in the text's language ("" for a number). */
  readonly stem: string;
  /** A stop word of the text's language. */
  readonly stop: boolean;
  /** Starts with a capital letter. */
  readonly capitalised: boolean;
  /** Cross-script name key of the stem (src/lang/names.ts; WordKnowledge.nameStem), "" when too short; read it for capitalised words. */
  readonly nameKey: string;
  /** A number's value (thousand separators folded), null for a word. */
  readonly value: number | null;
  /** Script of the word ("Latin", "Cyrillic", ... or "Other"); "" for a number. */
  readonly script: string;
  /** First token of the text or of a clause (after a clause end or line break): a capital here says little. */
  readonly clauseStart: boolean;
}

/** A block of text between blank lines, as offsets. */
export interface Paragraph {
  readonly start: number;
  readonly end: number;
}

export interface TextLayer {
  readonly text: string;
  readonly language: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** The tokens of each sentence, by sentence index. */
  readonly sentenceTokens: readonly (readonly Token[])[];
  /** Where the text quotes someone (src/text/quotations.ts), read across its sentences. */
  readonly quotations: readonly Quotation[];
}

/** What a written word reads as, the same wherever it is met: remembered per language. */
type WordReading = Omit<Token, "start" | "end" | "clauseStart">;

/** Written words remembered per language (news vocabulary is Zipfian); forgetting changes no result. */
const WORD_CACHE_LIMIT = 200_000;
/** Readings per Languages value and language: what a word reads as depends on the pack's words. */
const readingsOf = perLanguages(() => new Map<string, Map<string, WordReading>>());
const scanner = new Scanner();

const CAPITAL = /^\p{Lu}/u;

function readWord(surface: string, language: string, languages: Languages, kind: "word" | "number"): WordReading {
  const readings = readingsOf(languages);
  let cache = readings.get(language);
  if (!cache) readings.set(language, (cache = new Map()));
  const key = kind === "word" ? surface : `#${surface}`;
  let r = cache.get(key);
  if (r) return r;
  const lower = surface.toLowerCase();
  if (kind === "number") {
    r = { surface, kind, lower, folded: lower, stem: "", stop: false, capitalised: false, nameKey: "", value: normaliseNumber(surface), script: "" };
  } else {
    const { stopwords, stem: stemOf, nameStem } = languages.words(language);
    const stem = stemOf(lower);
    const capitalised = CAPITAL.test(surface);
    r = {
      surface, kind, lower,
      folded: foldedKey(lower),
      stem,
      // Stop lists write the apostrophe straight: "it’s" is "it's".
      stop: stopwords.has(lower) || (lower.includes("’") && stopwords.has(lower.replace(/’/g, "'"))),
      capitalised,
      nameKey: capitalised ? nameKey(nameStem(lower)) : "",
      value: null,
      script: scriptOf(surface),
    };
  }
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(key, r);
  return r;
}

/** How many words and numbers a text holds, by the one word grammar: for length rules ("at least 8 words"). */
export function countWords(text: string): number {
  let n = 0;
  scanner.reset(text);
  while (scanner.next()) {
    // Those scripts start at U+2E80: a word opening below it is one word, read without a pattern.
    const first = text.codePointAt(scanner.start) ?? 0;
    n += first >= UNSPACED_FROM && UNSPACED.test(String.fromCodePoint(first)) ? Math.ceil([...text.slice(scanner.start, scanner.end)].length / CHARACTERS_PER_WORD) : 1;
  }
  return n;
}

/** Scripts written without spaces between words (Chinese, Japanese): a run of them is many words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The first code point of those scripts (the CJK radicals). */
const UNSPACED_FROM = 0x2e80;
/** Characters a word of those scripts has on average, about: a run's words are its characters over this. */
const CHARACTERS_PER_WORD = 2;

/** The words (not numbers) of a text by the one word grammar, as written: for rules on a line or a title. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  scanner.reset(text);
  while (scanner.next()) if (scanner.word) out.push(text.slice(scanner.start, scanner.end));
  return out;
}

/** The tokens of a text (or of a stretch of one), in order. */
export function readTokens(text: string, language: string, languages: Languages): Token[] {
  const out: Token[] = [];
  scanner.reset(text);
  while (scanner.next()) {
    const { start, end } = scanner;
    const r = readWord(text.slice(start, end), language, languages, scanner.word ? "word" : "number");
    // Field by field, not spread: a literal of one shape is ten times faster to build.
    out.push({
      start, end, surface: r.surface, kind: r.kind, lower: r.lower, folded: r.folded, stem: r.stem, stop: r.stop,
      capitalised: r.capitalised, nameKey: r.nameKey, value: r.value, script: r.script, clauseStart: scanner.sentenceStart,
    });
  }
  return out;
}

/** The tokens of a layer inside [start, end) of its text (a sentence, a quotation), found by binary search. */
export function tokensWithin(layer: TextLayer, start: number, end: number): readonly Token[] {
  const { tokens } = layer;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < tokens.length && tokens[to]!.end <= end) to++;
  return tokens.slice(lo, to);
}

/**
 * `read` made once per distinct text and language: copies printed word for word (a wire story in
 * many outlets) cost one reading, and share its result. Texts are kept per language, not joined
 * to it, so a long text is never copied into a key.
 */
export function perText<T>(read: (text: string, language: string) => T): (text: string, language: string) => T {
  const done = new Map<string, Map<string, T>>();
  return (text, language) => {
    let inLanguage = done.get(language);
    if (!inLanguage) done.set(language, (inLanguage = new Map()));
    if (!inLanguage.has(text)) inLanguage.set(text, read(text, language));
    return inLanguage.get(text)!;
  };
}

/** Several texts read (readText), in order; texts printed word for word in one language share their layer (perText). */
export function readTexts(articles: ReadonlyArray<{ readonly text: string; readonly language: string }>, languages: Languages): TextLayer[] {
  const layerOf = perText((text, language) => readText({ text, language }, languages));
  return articles.map((a) => layerOf(a.text, a.language));
}

/** Reads an article's text once, in its language as `languages` know it: its paragraphs, sentences and tokens. */
export function readText(article: { readonly text: string; readonly language: string }, languages: Languages): TextLayer {
  const { text, language } = article;
  const paragraphs = [...text.matchAll(PARAGRAPH)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const sentences = splitSentences(text, sentenceRules(language, languages));
  const tokens = readTokens(text, language, languages);
  const sentenceTokens: Token[][] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t]!.end <= s.end) t++;
    sentenceTokens.push(tokens.slice(from, t));
  }
  return { text, language, paragraphs, sentences, tokens, sentenceTokens, quotations: findQuotations(text) };
}
