/**
 * Where a text quotes someone: the spans between its quotation marks, read across the
 * sentences of a paragraph. A quotation of several sentences ("“We were clearly ready.
 * Nobody told us,” Lind said") is one span, so the sentence that closes it is known to start
 * inside it: counting the marks of that sentence alone reads its closing mark as an opening
 * one, and the speaker after it as quoted.
 */

/** A quoted passage: offsets of its opening mark and of the end of its closing mark (where none closes it, of its first sentence, or of its paragraph where the next continues it). */
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

// Two apostrophes stand for a double mark in some archives' text ('' … '', as news databases export The New York Times).
const MARKS = /''|["“”«»„\n]/gu;
const SPACE_BEFORE = /[\s([{—–-]/u;
const SPACE_AFTER = /[\s.,;:!?)\]}—–-]/u;
const LETTER = /[\p{L}\p{N}]/u;

/** Marks of one kind open and close each other: a mark of another kind inside a quotation nests. */
type Family = "curly" | "angle" | "straight";
const familyOf = (mark: string): Family => (mark === '"' || mark === "''" ? "straight" : mark === "«" || mark === "»" ? "angle" : "curly");

/** How a paragraph writes its quotations: „…“ (German, Polish: “ closes), known by a „ in the paragraph. */
function paragraphStyle(paragraph: string): { lowNine: boolean } {
  return { lowNine: paragraph.includes("„") };
}

/** The opening mark of each kind, as a paragraph that continues a quotation begins with it. */
const OPENING: Record<Family, readonly string[]> = { curly: ["“", "„"], angle: ["«", "»"], straight: ['"', "''"] };

/**
 * The text's quotations, in order. A curly mark tells its direction by its shape (“ closes in a
 * paragraph written with „ unless the space around it says it opens); an angle or a straight mark
 * by the space around it: it opens after a space and before a letter («Oui», »Nein«, « Oui »,
 * "Yes"), closes after a letter and before a space or a stop (German »…«, French « … »), and a
 * straight one otherwise toggles, and between two letters is no quotation mark (`Ambassador"s`).
 * A mark of another kind inside a quotation opens a quotation within it (« … “non” … »), unless
 * the quotation has run past a sentence's end (then the first was a stray mark), or closes the
 * quotation where it closes and none of its kind is open (“… crumbling," she said); one of the
 * same kind, while one is open, means the first was never closed. A quotation does not run past
 * its paragraph unless the next opens with a mark of its kind (a quotation of several paragraphs
 * leaves each but the last open), nor further than MAX_QUOTATION_CHARS.
 */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let openAt = -1;
  let openFamily: Family | null = null;
  // Quotations of other kinds open inside the one open.
  const inner: Family[] = [];
  const close = (end: number, closed = true): void => {
    if (openAt >= 0) out.push({ start: openAt, end: Math.min(end, openAt + MAX_QUOTATION_CHARS), closed: closed && end <= openAt + MAX_QUOTATION_CHARS });
    openAt = -1;
    openFamily = null;
    inner.length = 0;
  };
  // A mark left open where its paragraph ends: where the next paragraph opens with a mark of its
  // kind, the quotation ran on to this one's end; else it quotes to the end of its first sentence
  // (a passage quoted as a block, another text's words which may cite in their turn, or a stray mark).
  const unclosed = (end: number, paragraphEnds = false): void => {
    if (openAt < 0) return;
    const next = paragraphEnds ? /\S/u.exec(text.slice(end, end + 200)) : null;
    const continued = next !== null && OPENING[openFamily!].some((m) => text.startsWith(m, end + next.index));
    const stop = continued ? null : SENTENCE_END.exec(text.slice(openAt, Math.min(end, openAt + MAX_QUOTATION_CHARS)));
    close(stop ? openAt + stop.index + 1 : end, false);
  };
  let paragraphEnd = -1;
  let style = { lowNine: false };
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    const mark = m[0];
    if (mark === "\n") {
      unclosed(i, true);
      continue;
    }
    // Each paragraph's style read once, from its own text only.
    if (i > paragraphEnd) {
      const from = text.lastIndexOf("\n", i) + 1;
      const to = text.indexOf("\n", i);
      paragraphEnd = to < 0 ? text.length : to;
      style = paragraphStyle(text.slice(from, paragraphEnd));
    }
    const family = familyOf(mark);
    const before = i === 0 ? " " : text[i - 1]!;
    const after = i + mark.length >= text.length ? " " : text[i + mark.length]!;
    const spaceBefore = SPACE_BEFORE.test(before);
    const spaceAfter = SPACE_AFTER.test(after);
    let opens: boolean;
    if (family === "straight") {
      if (LETTER.test(before) && LETTER.test(after)) continue;
      const open = openFamily === "straight" || inner.at(-1) === "straight";
      opens = spaceBefore && !spaceAfter ? true : !spaceBefore && spaceAfter ? false : !open;
    } else if (family === "angle") {
      // French « … » keeps a space inside the marks: « opens and » closes, each before or after a space.
      opens = spaceBefore && !spaceAfter ? true : !spaceBefore && spaceAfter ? false : mark === "«";
    } else if (mark === "“" && style.lowNine) {
      // Where the paragraph writes „…“: “ closes a „, and opens only where the space around it says so (an English quotation beside a German one).
      const lowOpen = openFamily === "curly" && text[openAt] === "„";
      opens = !lowOpen && spaceBefore && !spaceAfter;
    } else opens = mark === "„" || mark === "“";
    if (openAt < 0) {
      if (opens) {
        openAt = i;
        openFamily = family;
      }
    } else if (family !== openFamily) {
      // A quotation within the quotation, of another kind: opened, or closed, inside it. A closing
      // mark of another kind where none of its kind is open closes the quotation: marks mixed by
      // a careless hand (“Our roads are crumbling," she said). Past a sentence's end, an opening
      // mark of another kind opens a quotation of its own: the first was a stray one.
      if (opens && (i - openAt > MAX_QUOTATION_CHARS || SENTENCE_END.test(text.slice(openAt, i)))) {
        unclosed(i);
        openAt = i;
        openFamily = family;
      } else if (opens) inner.push(family);
      else if (inner.at(-1) === family) inner.pop();
      else close(i + mark.length);
    } else if (opens) {
      // Another of the same kind while one is open: the first was never closed (“… he “couldn’t sleep” after …).
      unclosed(i);
      openAt = i;
      openFamily = family;
    } else close(i + mark.length);
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
