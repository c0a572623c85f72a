/**
 * Sentences with their offsets in the article text, so every quote taken from one is an
 * exact substring. Abbreviations ("U.S.", "Mr.") and initials do not end a sentence: which words
 * are abbreviations is each language's knowledge (src/lang/<code>/sentences.ts).
 */
import type { LanguagePack } from "../lang/types.js";
import { perLanguage } from "../lang/languages.js";
import { escapeRegExp } from "../regexp.js";

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the paragraph (block separated by a blank line) the sentence is in. */
  readonly paragraph: number;
}

/**
 * How a line of prose ends (terminal punctuation, a closing quote or bracket, or a colon or
 * semicolon before a list); a headline or a text cut off mid-sentence does not end so.
 */
export const SENTENCE_END = /[.!?…:;"'»”’)\]。！？؟۔।]$/u;

/** How a whole sentence ends: terminal punctuation, then at most one closing quote (a headline or a cut sentence does not). */
export const TERMINAL_END = /[.!?…。！？؟۔।]["”»]?$/u;

/**
 * A sentence end: terminal punctuation (also Arabic "؟", Urdu "۔", Devanagari "।"), optional
 * closing quotes/brackets, then space and a likely sentence start: a capital, a number, or a
 * letter of a script without case (Arabic, Hebrew, Devanagari: their sentences start with any letter).
 */
const BOUNDARY = /([.!?…؟۔।]+)(["'”’»)\]]*)\s+(?=["'“‘«([]?[\p{Lu}\p{Lo}\p{N}])/gu;
/**
 * Chinese and Japanese end a sentence with a full-width mark and start the next without a space;
 * a mark inside quotes or brackets ends the quotation, not the sentence ("“……。”警方说。").
 */
const FULL_WIDTH_BOUNDARY = /([。！？][。！？!?]*)\s*(?=[^\s"'”’»)\]」』）》〉])/gu;
/** A day of the month, as its ordinal's digits before the period ("16."). */
const ORDINAL_DAY = /(?:^|[\s(])(?:[1-9]|[12]\d|3[01])$/u;
/** The word after a period, up to the next non-letter. */
const NEXT_WORD = /^\p{L}+/u;

/** A short word (two letters) of a script without case before a period: an abbreviation or an initial ("डॉ.", "एम. के."). */
const CASELESS_SHORT_WORD = /(?:^|\s)(?:\p{Lo}\p{M}*){1,2}$/u;
/** A sentence start in such a script: a caseless letter, perhaps after an opening quote or bracket. */
const CASELESS_START = /^["'“‘«([]?\p{Lo}/u;
/** Single letters and dotted initials ("J.", "U.S."): they end no sentence in any language. */
const INITIALS = String.raw`[\p{L}]\p{M}*(?:\.[\p{L}]\p{M}*)*`;

/** What a language writes with a full stop that ends no sentence (src/lang/<code>/sentences.ts), compiled. */
export interface SentenceRules {
  /** Short tokens that end with a period without ending a sentence ("Mr.", "U.S.", "т. е."), as the end of the text before it. */
  readonly abbreviation: RegExp;
  /** Month names (lowercase) a day's ordinal with a full stop stands before ("am 16. Oktober"); none where days are not written so. */
  readonly ordinalMonths: ReadonlySet<string>;
}

/** The rules of the given packs together: a language's own, or every language's for a text of none known. */
export function compileSentenceRules(packs: readonly LanguagePack[]): SentenceRules {
  const words = [...new Set(packs.flatMap((p) => (p.sentences ? [...p.sentences.abbreviations, ...(p.citations?.titleAbbreviations ?? [])] : [])))];
  // "т. е" is also written "т.е" and "т.е.": each part after a full stop, with or without the stop and the space.
  // Its first letter either way: "prof." opens a sentence as "Prof.", and "Dr." is written "dr." in Polish.
  const firstEitherWay = (w: string): string => {
    const [first, rest] = [w.slice(0, 1), w.slice(1)];
    return first.toLowerCase() === first.toUpperCase() ? escapeRegExp(w) : `[${first.toLowerCase()}${first.toUpperCase()}]${escapeRegExp(rest)}`;
  };
  const forms = words.sort((a, b) => b.length - a.length).map((w) => w.split(/\.\s*/u).map((part, i) => (i === 0 ? firstEitherWay(part) : escapeRegExp(part))).join(String.raw`\.?\s?`));
  return {
    abbreviation: new RegExp(String.raw`(?:^|[\s(])(?:${[INITIALS, ...forms].join("|")})$`, "u"),
    ordinalMonths: new Set(packs.flatMap((p) => (p.sentences?.ordinalDays ? [...(p.dates?.months.keys() ?? [])] : []))),
  };
}

/** A language's sentence rules, compiled once per Languages value: its pack's, or every pack's where it has none. */
export const sentenceRules = perLanguage((language, languages): SentenceRules => {
  const pack = languages.pack(language);
  return compileSentenceRules(pack?.sentences ? [pack] : languages.all());
});

/** Whether the text opens with a month's name, written with a capital, that a day's ordinal may stand before. */
function ordinalMonth(after: string, rules: SentenceRules): boolean {
  const word = NEXT_WORD.exec(after)?.[0];
  return !!word && word[0] !== word[0]!.toLowerCase() && rules.ordinalMonths.has(word.toLowerCase());
}

/** A paragraph: lines up to a blank line. */
export const PARAGRAPH = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;

export function splitSentences(text: string, rules: SentenceRules): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const p of text.matchAll(PARAGRAPH)) {
    const base = p.index;
    const block = p[0];
    let from = 0;
    const push = (to: number): void => {
      const raw = block.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) out.push({ start: base + from + lead, end: base + from + lead + trimmed.length, text: trimmed, paragraph });
    };
    const ends = [...block.matchAll(BOUNDARY), ...block.matchAll(FULL_WIDTH_BOUNDARY)].sort((a, b) => a.index - b.index);
    for (const m of ends) {
      const before = block.slice(Math.max(0, m.index - 12), m.index);
      if (m[1] === "." && rules.abbreviation.test(before)) continue;
      // A day's ordinal before a month written with a capital ("am 16. Oktober"): a date, not a sentence's end.
      if (m[1] === "." && ORDINAL_DAY.test(before) && ordinalMonth(block.slice(m.index + m[0].length, m.index + m[0].length + 12), rules)) continue;
      // Without capitals, a short word before the period reads as an abbreviation only before a caseless letter.
      if (m[1] === "." && CASELESS_SHORT_WORD.test(before) && CASELESS_START.test(block.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      const to = m.index + m[1]!.length + (m[2] ?? "").length;
      push(to);
      from = m.index + m[0].length;
    }
    push(block.length);
    paragraph++;
  }
  return out;
}
