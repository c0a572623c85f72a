/**
 * Scraped text → units (one per line), cleaned of markdown and HTML leftovers and labelled
 * with what each line is: prose, a short line, or one kind of page chrome.
 */
import { countWords, wordsOf } from "../../text/index.js";
import { type Languages, perLanguages } from "../../lang/languages.js";
import { cleanByline } from "../byline.js";
import { findDate } from "../dates.js";
import { SENTENCE_END } from "../../text/sentences.js";

export type Kind =
  | "prose" | "short" | "date" | "counter" | "email" | "url" | "url-label" | "chrome" | "caption" | "tail" | "byline" | "breadcrumb" | "title-label";

export interface ScrapedLine {
  readonly text: string;
  readonly kind: Kind;
  readonly words: number;
  /** The date the line states, for date lines. */
  readonly date?: string;
  /** The value a labelled line carries ("Title: X" → X, "by X" → X). */
  readonly value?: string;
  /** Chrome cut off the line's end, for the removed list: the credit closing an article written on one line. */
  readonly cut?: string;
}

/** The boilerplate phrases of every language given, compiled once per Languages value. */
const phrasesOf = perLanguages((languages) => {
  const boilerplate = languages.every("boilerplate");
  return {
    blockPatterns: boilerplate.flatMap((b) => b.blockPatterns),
    tailMarkers: boilerplate.flatMap((b) => b.tailMarkers),
    creditPatterns: boilerplate.flatMap((b) => b.creditPatterns ?? []),
    prompts: boilerplate.flatMap((b) => b.prompts ?? []),
    bylinePrefixes: boilerplate.flatMap((b) => b.bylinePrefixes ?? []),
  };
});
/** A prompt to the reader is a sentence or three (the HTML path's MAX_PROMPT_CHARS); a longer line that opens like one is prose. */
const MAX_PROMPT_CHARS = 300;

/**
 * Prose: at least this many words and sentence punctuation. Ten words is where jusText's
 * "good" paragraphs start (its length_low is 70 characters, about ten words).
 */
const PROSE_MIN_WORDS = 10;
/** Words and sentence ends of a line that is a whole article, never chrome: six times a paragraph's least, three sentences. */
const ONE_LINE_ARTICLE_WORDS = 6 * PROSE_MIN_WORDS;
const ONE_LINE_ARTICLE_SENTENCES = 3;
/** The end of a sentence, right before a credit that closes a line. */
const TERMINAL_BEFORE_CREDIT = /[.!?]["'”’»)]?$/u;
/** A sentence's end inside a line: a full stop, question or exclamation mark before a space and a capital or a quote. */
const SENTENCE_ENDS = /[.!?]["'”’»)]?\s+(?=[\p{Lu}"'“«])/gu;
/** A line that only states a date may carry a few other words ("date", a weekday, "закрыть"). */
const DATE_LINE_MAX_OTHER_WORDS = 3;
/** Bylines are short: a name and perhaps a role. */
const BYLINE_MAX_WORDS = 12;
/**
 * A photo credit closing a caption: "Name / Agency / Agency" (often in **bold**), the way
 * wire photos are credited in every language.
 */
const SLASH_CREDIT = /(?:^|\s)(?:\*\*|__)?\p{Lu}[\p{L}.'’ -]{1,40}(?:\s\/\s[\p{L}\p{N}.'’& -]{1,40}){1,4}(?:\*\*|__)?\s*$/u;
const BOLD_TRAILER = /(?:\*\*|__)[^*_]{2,80}(?:\*\*|__)\s*$/;
const LABELLED_URL = /^(original (url|link)|source url|url|permalink|canonical( url)?)\s*:\s*(\S+)?$/i;
const TITLE_LABEL = /^(title|headline|заголовок)\s*:\s*(.+)$/i;
const BREADCRUMB = /\S\s*(?:»|›|>|\/|→)\s*\S.*(?:»|›|>|\/|→)/;
/** Breadcrumb segments are short: a longer line with slashes is prose. */
const BREADCRUMB_MAX_SEGMENT_WORDS = 12;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
/** Title Case: more than this share of words capitalised marks a heading, not a sentence. */
const TITLE_CASE_SHARE = 0.7;

export function isTitleCase(text: string): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > TITLE_CASE_SHARE;
}

/**
 * A dateline a scrape glued to the sentence after it ("CARACASRussia has …", "NEW YORKThe mayor
 * …", from a dateline in a span of its own): a line opening with a place in capitals, four
 * letters or more, then a word of a capital and two lower-case letters or more. Set apart with a
 * dash, as datelines are written ("CARACAS — Russia has …"): else the place and the first word
 * read as one name, and the place as the sentence's source. A plural acronym ("CAPTCHAs",
 * "MANPADs") ends in one lower-case letter, and stays whole.
 */
const GLUED_DATELINE = /^(\p{Lu}[\p{Lu} .'-]*\p{Lu})(?=\p{Lu}\p{Ll}{2,}[\s,'’])/u;
const DATELINE_LETTERS = 4;

/** The place of a glued dateline with a dash after it; a run of fewer capitals ("USA", "NY") as it was. */
function partGluedDateline(place: string): string {
  return place.replace(/[^\p{L}]/gu, "").length >= DATELINE_LETTERS ? `${place} — ` : place;
}

/** Removes markdown emphasis, links and HTML tags that scrapes carry over, and parts a glued dateline from its sentence. */
export function cleanLine(raw: string): string {
  return raw
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\((?:https?:)?[^)\s]+\)/g, "$1")
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, "")
    .replace(/&nbsp;/g, " ")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/^\s*(?:#{1,6}|[•·▪●◦]|>)\s+/, "")
    .replace(/\*\*|__/g, "")
    .replace(/[ \t\u00a0]+/g, " ")
    .trim()
    .replace(GLUED_DATELINE, partGluedDateline);
}

export function wordCount(s: string): number {
  return countWords(s);
}

function isBreadcrumb(text: string): boolean {
  if (!BREADCRUMB.test(text)) return false;
  return text.split(/\s*(?:»|›|>|\/|→)\s*/).every((seg) => wordCount(seg) <= BREADCRUMB_MAX_SEGMENT_WORDS);
}

/** `alone`: the line is the whole text. */
export function classify(raw: string, languages: Languages, alone = false): ScrapedLine {
  const { blockPatterns, tailMarkers, creditPatterns, prompts, bylinePrefixes } = phrasesOf(languages);
  const text = cleanLine(raw);
  const words = wordCount(text);
  const unit = (kind: Kind, extra: Partial<ScrapedLine> = {}): ScrapedLine => ({ text, kind, words, ...extra });
  if (!/[\p{L}\p{N}]/u.test(text)) return unit("counter");
  const url = LABELLED_URL.exec(text);
  if (url) return unit("url-label", { value: url[3] });
  if (URL_LINE.test(text)) return unit("url", { value: text });
  const title = TITLE_LABEL.exec(text);
  if (title) return unit("title-label", { value: (title[2] as string).trim() });
  if (isBreadcrumb(text)) {
    const last = text.split(/\s*(?:»|›|>|→)\s*/).pop() ?? "";
    const labelled = TITLE_LABEL.exec(last);
    return unit("breadcrumb", labelled ? { value: (labelled[2] as string).trim() } : {});
  }
  if (/^[\d\s.,:;+%()-]+$/u.test(text) && !findDate(text, languages)) return unit("counter");
  if (EMAIL.test(text) && wordCount(text.replace(EMAIL, "")) <= 2) return unit("email");
  // A text that is one line (a JSON-lines record's text, a scrape that lost its line breaks) of an article's length: prose,
  // whatever phrase of chrome it holds ("… fined for tracking cookies placed without consent …"), and not a caption for the
  // credit that closes it ("… Ciudad CCS / AVN"), which is cut off where a sentence ends before it. A paragraph among
  // others is read as before: a long cookie notice there stays chrome.
  if (alone && words >= ONE_LINE_ARTICLE_WORDS && (text.match(SENTENCE_ENDS) ?? []).length >= ONE_LINE_ARTICLE_SENTENCES) {
    const credit = SLASH_CREDIT.exec(text);
    // With its label ("Foto: AFP / …").
    const before = credit ? text.slice(0, credit.index).replace(/\s+\p{L}{2,12}\s*:\s*$/u, "").trim() : text;
    const body = TERMINAL_BEFORE_CREDIT.test(before) ? before : text;
    return { text: body, kind: "prose", words: wordCount(body), ...(body !== text ? { cut: text.slice(body.length).trim() } : {}) };
  }
  if (tailMarkers.some((re) => re.test(text))) return unit("tail");
  if (blockPatterns.some((re) => re.test(text))) return unit("chrome");
  if (text.length <= MAX_PROMPT_CHARS && prompts.some((re) => re.test(text))) return unit("chrome");
  if (creditPatterns.some((re) => re.test(text)) || SLASH_CREDIT.test(raw.trim()) || (BOLD_TRAILER.test(raw) && /\//.test(raw))) return unit("caption");
  const date = findDate(text, languages);
  // "— Name (@handle) November 18, 2019" signs an embedded post: an attribution, not a dateline.
  if (date && !/^[—–]/.test(text)) {
    // Clock times are part of a dateline in every notation: "14:05", "14.05", "14h05".
    const rest = (text.slice(0, date.start) + " " + text.slice(date.end)).replace(/\d{1,2}[:.h]\d{2}/g, " ");
    if (wordCount(rest) <= DATE_LINE_MAX_OTHER_WORDS) return unit("date", { date: date.value });
  }
  if (words <= BYLINE_MAX_WORDS && bylinePrefixes.some((re) => re.test(text))) {
    const name = cleanByline(text, languages);
    if (name) return unit("byline", { value: name });
  }
  if (words >= PROSE_MIN_WORDS && SENTENCE_END.test(text) && !isTitleCase(text)) return unit("prose");
  return unit("short");
}
