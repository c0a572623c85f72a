/**
 * The verdict set's own sentence splitter: fixed, simple and deterministic, independent of
 * src/ so that a change to the product never moves the labels. Labels are given per
 * sentence index of this splitter; a sentence's hash lets the bench notice drift.
 */
import { createHash } from "node:crypto";

/** Only the first this-many sentences of an article are labelled and scored. */
export const SENTENCES_IN_SCOPE = 30;

/**
 * Words that end with a full stop without ending a sentence: titles, initials, months,
 * common abbreviations of the set's languages. One or two digits before a full stop are a
 * German or Polish ordinal ("am 3. März") and do not end one either.
 */
const ABBREVIATIONS = new Set(
  ("mr mrs ms dr st sen rep gov gen lt col sgt jr sr prof inc corp co ltd no vs v jan feb mar apr jun jul aug sep sept oct nov dec " +
    "u.s u.k u.n e.g i.e etc approx dept ft mt est fig z.b bzw nr ca vgl sog usw dt str sra sres av pág ul tel ok").split(" "),
);

/** Collapses runs of whitespace and trims: the form sentences and quotes are compared in. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** First 12 hex digits of the sha1 of the normalised sentence. */
export function sentenceHash(sentence: string): string {
  return createHash("sha1").update(normaliseSpace(sentence)).digest("hex").slice(0, 12);
}

// A sentence ends at . ! ? … or ؟ (with any closing quotes or brackets) before a space and
// a capital letter, digit, opening quote, or a letter of a caseless script (Arabic).
const END = /[.!?…؟]+["'”’»)\]]*(?=\s+["'“‘«„([]?[\p{Lu}\p{N}\p{Lo}])/gu;

function endsWithAbbreviation(before: string): boolean {
  const word = /(\S+)$/u.exec(before)?.[1] ?? "";
  const bare = word.replace(/^["'“‘«„([]+/u, "").toLowerCase();
  if (/^\p{L}$/u.test(bare)) return true; // an initial: "J. Smith"
  if (/^\d{1,2}$/u.test(bare)) return true;
  return ABBREVIATIONS.has(bare);
}

/** Splits raw dataset text into sentences (normalised whitespace), in order. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  // A line break or a run of two or more spaces (how scraped titles are glued on) always ends one.
  for (const block of text.split(/\r?\n|\r| {2,}|\t/u)) {
    const line = normaliseSpace(block);
    if (!line) continue;
    let start = 0;
    for (const m of line.matchAll(END)) {
      const stop = m.index + m[0].length;
      if (m[0].startsWith(".") && m[0].length === 1 && endsWithAbbreviation(line.slice(start, m.index))) continue;
      const s = line.slice(start, stop).trim();
      if (s) out.push(s);
      start = stop;
    }
    const rest = line.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
