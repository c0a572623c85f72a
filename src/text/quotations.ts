/**
 * Where a text quotes someone: the spans between its quotation marks, read across the
 * sentences of a paragraph. A quotation of several sentences ("“We were clearly ready.
 * Nobody told us,” Lind said") is one span, so the sentence that closes it is known to start
 * inside it: counting the marks of that sentence alone reads its closing mark as an opening
 * one, and the speaker after it as quoted.
 */

/** A quoted passage: offsets of its opening mark and of the end of its closing mark (where none closes it, of its paragraph, or of its first sentence when it opens the paragraph). */
export interface Quotation {
  readonly start: number;
  readonly end: number;
  /** A closing mark ends it. */
  readonly closed: boolean;
}

/** A quotation quotes at most this far (a stray mark must not silence the rest of a long paragraph). */
const MAX_QUOTATION_CHARS = 1500;

/** Where a sentence ends: a stop and a space. */
const SENTENCE_END = /[.!?…]\s/u;

const MARKS = /["“”«»„\n]/gu;
const SPACE_BEFORE = /[\s([{—–-]/u;
const SPACE_AFTER = /[\s.,;:!?)\]}—–-]/u;

/**
 * The text's quotations, in order. Curly and angle marks tell their direction (“ closes in a
 * paragraph that opens with „, as German does); a straight mark opens after a space and before a
 * letter, closes after a letter and before a space or a stop, and otherwise toggles. A
 * quotation does not run past a line break, nor further than MAX_QUOTATION_CHARS.
 */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  // Whether the paragraph at `from` opens its quotations with „ (and so closes them with “).
  const opensLow = (from: number): boolean => {
    const low = text.indexOf("„", from);
    const end = text.indexOf("\n", from);
    return low >= 0 && (end < 0 || low < end);
  };
  let low9 = opensLow(0);
  let openAt = -1;
  const close = (end: number, closed = true): void => {
    if (openAt >= 0) out.push({ start: openAt, end: Math.min(end, openAt + MAX_QUOTATION_CHARS), closed: closed && end <= openAt + MAX_QUOTATION_CHARS });
    openAt = -1;
  };
  // A mark left open to the paragraph's end: where it opens the paragraph, a passage quoted as a
  // block (another text's words, which may cite in their turn), quoted to the end of its first
  // sentence only; inside a paragraph, speech that runs on to the paragraph's end ("… Swift.
  // “I opened it … Sometimes you just say ‘Wow’." where the text ends).
  let paragraphAt = 0;
  const unclosed = (end: number): void => {
    if (openAt < 0) return;
    const block = text.slice(paragraphAt, openAt).trim() === "";
    const stop = block ? SENTENCE_END.exec(text.slice(openAt, Math.min(end, openAt + MAX_QUOTATION_CHARS))) : null;
    close(stop ? openAt + stop.index + 1 : end, false);
  };
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    const mark = m[0];
    if (mark === "\n") {
      unclosed(i);
      paragraphAt = i + 1;
      low9 = opensLow(i + 1);
      continue;
    }
    let opens: boolean;
    if (mark === '"') {
      const before = i === 0 ? " " : text[i - 1]!;
      const after = i + 1 >= text.length ? " " : text[i + 1]!;
      const spaceBefore = SPACE_BEFORE.test(before);
      const spaceAfter = SPACE_AFTER.test(after);
      opens = spaceBefore && !spaceAfter ? true : !spaceBefore && spaceAfter ? false : openAt < 0;
    } else opens = mark === "«" || mark === "„" || (mark === "“" && !low9);
    if (opens) {
      // An opening mark while one is open: the first was never closed (a passage quoted as a
      // block, whose words quote in their turn: “… he “couldn’t sleep” after …). Nested quotations
      // take the other marks (‘…’), which are not read here.
      unclosed(i);
      openAt = i;
    } else if (openAt >= 0) close(i + 1);
  }
  unclosed(text.length);
  return out;
}

/** Whether offset `at` lies inside one of `quotations` (in order, as findQuotations gives them). */
export function isQuoted(quotations: readonly Quotation[], at: number): boolean {
  let lo = 0;
  let hi = quotations.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotations[mid]!;
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return at > q.start;
  }
  return false;
}
