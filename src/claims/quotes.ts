/**
 * Quoted phrases and how two wordings of one quote differ: "the most significant deterrent"
 * vs "the most important deterrent" → "significant" vs "important".
 */
import type { Languages } from "../lang/languages.js";
import { readTokens } from "../text/index.js";
import { findQuotations, type Quotation } from "../text/quotations.js";

export interface QuotedPhrase {
  readonly text: string;
  /** Offset in the text searched. */
  readonly index: number;
}

/** The quotations of `text` that a closing mark ends, of at least `minWords` words: their words without the marks. */
export function findQuotes(text: string, minWords: number): QuotedPhrase[] {
  const out: QuotedPhrase[] = [];
  for (const q of findQuotations(text)) {
    if (!q.closed) continue;
    // Marks of two apostrophes ('' … '') are two characters wide.
    const open = text.startsWith("''", q.start) ? 2 : 1;
    const close = text.startsWith("''", q.end - 2) ? 2 : 1;
    const inner = text.slice(q.start + open, q.end - close);
    if (inner.trim().split(/\s+/).length >= minWords) out.push({ text: inner, index: q.start + open });
  }
  return out;
}

/**
 * Each sentence's quoted words: every closed quotation of the text (the text layer's, read across
 * sentences) that reaches into the sentence, cut to it, without its marks, of at least `minWords`
 * words; offsets in the sentence. A quotation of two sentences ("“This is the darkest day our
 * harbour has seen. We owe the families the truth,” she said") gives each of them its part, so
 * each part meets another outlet's wording of it.
 */
export function quotesBySentence(
  text: string,
  quotations: readonly Quotation[],
  sentences: ReadonlyArray<{ readonly start: number; readonly end: number }>,
  minWords: number,
): QuotedPhrase[][] {
  const closed = quotations.filter((q) => q.closed);
  let from = 0;
  return sentences.map((s) => {
    // Sentences come in order: a quotation that ended before this one ends before every later one.
    while (from < closed.length && closed[from]!.end <= s.start) from++;
    const out: QuotedPhrase[] = [];
    for (let k = from; k < closed.length && closed[k]!.start < s.end; k++) {
      const q = closed[k]!;
      if (q.end <= s.start) continue;
      // Marks of two apostrophes ('' … '') are two characters wide; a mark outside the sentence is not cut.
      const open = q.start >= s.start ? q.start + (text.startsWith("''", q.start) ? 2 : 1) : s.start;
      const close = q.end <= s.end ? q.end - (text.startsWith("''", q.end - 2) ? 2 : 1) : s.end;
      const inner = text.slice(open, close);
      const lead = inner.length - inner.trimStart().length;
      const words = inner.trim();
      if (words && words.split(/\s+/).length >= minWords) out.push({ text: words, index: open + lead - s.start });
    }
    return out;
  });
}

/** A quotation's words as the text layer reads them, lower case: what two wordings of it are compared by. */
export const quoteWords = (s: string, language: string, languages: Languages): string[] => readTokens(s, language, languages).map((t) => t.lower);

/** The runs of words where two wordings differ, from a longest-common-subsequence alignment. */
export function wordingDiff(a: string, b: string): Array<[string, string]> {
  const x = a.match(/\S+/g) ?? [];
  const y = b.match(/\S+/g) ?? [];
  const norm = (w: string): string => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  // Each word's comparable form made once, not once per cell of the table.
  const nx = x.map(norm), ny = y.map(norm);
  const L = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      L[i]![j] = nx[i] === ny[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const out: Array<[string, string]> = [];
  let i = 0, j = 0, da: string[] = [], db: string[] = [];
  const flush = (): void => {
    if (da.length || db.length) out.push([da.join(" "), db.join(" ")]);
    da = [];
    db = [];
  };
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && nx[i] === ny[j]) {
      flush();
      i++;
      j++;
    } else if (j >= y.length || (i < x.length && L[i + 1]![j]! >= L[i]![j + 1]!)) da.push(x[i++]!);
    else db.push(y[j++]!);
  }
  flush();
  return out.filter(([p, q]) => norm(p) !== norm(q));
}
