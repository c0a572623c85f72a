/**
 * Sentences with their offsets in the article text, so every quote taken from one is an
 * exact substring. Abbreviations ("U.S.", "Mr.") and initials do not end a sentence.
 */
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
/** Month names a language writes with a capital after a day's ordinal (German; "Mai" also Dutch and French headlines' case). */
const CAPITALISED_MONTH = /^(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/u;

/** A short word (two letters) of a script without case before a period: an abbreviation or an initial ("डॉ.", "एम. के."). */
const CASELESS_SHORT_WORD = /(?:^|\s)(?:\p{Lo}\p{M}*){1,2}$/u;
/** A sentence start in such a script: a caseless letter, perhaps after an opening quote or bracket. */
const CASELESS_START = /^["'“‘«([]?\p{Lo}/u;
/** Short tokens that end with a period without ending a sentence ("Mr.", "U.S.", "St."). */
const ABBREVIATION = /(?:^|[\s(])(?:[\p{L}]\p{M}*(?:\.[\p{L}]\p{M}*)*|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Gov|Lt|Col|Sgt|St|Jr|Sr|Inc|Corp|Ltd|Co|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|т\.?\s?е|т\.?\s?д|г|гг|им|ул)$/u;

/** A paragraph: lines up to a blank line. */
export const PARAGRAPH = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;

export function splitSentences(text: string): Sentence[] {
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
      if (m[1] === "." && ABBREVIATION.test(before)) continue;
      // A day's ordinal before a month written with a capital ("am 16. Oktober", "le 1. Mai"): a date, not a sentence's end.
      if (m[1] === "." && ORDINAL_DAY.test(before) && CAPITALISED_MONTH.test(block.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
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
