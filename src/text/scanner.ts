/**
 * The one word grammar of Dossier, and its scanner: a hand-written loop that recognises
 * exactly the tokens of WORD, hashing each token's characters as it goes, without a
 * string per word. The grouper reads it in place (src/stories/features.ts, the hot loop
 * of grouping); readText (src/text/index.ts) builds token records from it.
 */

/**
 * The token grammar the scanner implements, kept as the reference: a word starts with a
 * letter and goes on through letters, marks and digits, and through one apostrophe or hyphen
 * followed by one of those ("O'Neill", "post-war"; not the quote closing 'Hello', "pre-" in
 * "pre- and post-war", nor a dash written "--"); a number is digits with decimal or thousand
 * separators (a space or no-break space separates thousands only before exactly three digits,
 * "5 000"). Letters glued to a number, directly or by one apostrophe or hyphen, make it a
 * word, a code rather than a quantity ("1990s", "2nd", "81-year-old"); digits after a hyphen
 * do not ("1,000-2,000" is two numbers).
 */
export const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*|\d+(?:[.,]\d+|[\u00a0 ]\d{3}(?!\d))*(?:['’-]?[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*)?/gu;

const LETTER = 1;
/** May continue a word: a letter, mark, number, apostrophe or hyphen. */
const CONTINUES = 2;
const DIGIT = 4;
/**
 * Ends a clause or line when it falls between two tokens: a capital after one may only
 * open the clause, so the grouper does not read it as a name. Wider than a sentence end
 * (src/text/sentences.ts): colons, semicolons and quotes open capitals too.
 */
const CLAUSE_END = 8;
/** An apostrophe or hyphen: continues a word only when a letter, mark or digit comes after it. */
const JOINER = 16;
/** A combining mark: may glue to a number as a letter does. */
const MARK = 32;

const CLAUSE_END_CHARS = '.!?…:;"»“”\n';
const LETTER_RE = /^\p{L}$/u;
const CONTINUES_RE = /^[\p{L}\p{M}\p{N}'’-]$/u;
const MARK_RE = /^\p{M}$/u;

let bmp: Uint8Array | null = null;
const astral = new Map<number, number>();

function classify(ch: string): number {
  return (LETTER_RE.test(ch) ? LETTER : 0) | (CONTINUES_RE.test(ch) ? CONTINUES : 0) | (MARK_RE.test(ch) ? MARK : 0);
}

/** Character classes of the Basic Multilingual Plane, built once (20-30 ms) on first use. */
function bmpClasses(): Uint8Array {
  if (bmp) return bmp;
  const classes = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    // Lone surrogates are no letter; pairs are classed by code point in codePointClass.
    if (c >= 0xd800 && c <= 0xdfff) continue;
    classes[c] = classify(String.fromCharCode(c));
  }
  for (let c = 0x30; c <= 0x39; c++) classes[c]! |= DIGIT;
  for (const ch of CLAUSE_END_CHARS) classes[ch.charCodeAt(0)]! |= CLAUSE_END;
  for (const ch of "'’-") classes[ch.charCodeAt(0)]! |= JOINER;
  return (bmp = classes);
}

/** Classes of a code point outside the BMP (rare: historic scripts, CJK extensions, emoji). */
function codePointClass(cp: number): number {
  let c = astral.get(cp);
  if (c === undefined) astral.set(cp, (c = classify(String.fromCodePoint(cp))));
  return c;
}

/** FNV-1a over UTF-16 code units, one unit at a time, as the scanner meets them. */
const HASH_SEED = 0x811c9dc5 | 0;
function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 16777619);
}

/**
 * The tokens of WORD in a text, one `next()` at a time, each as where it starts and
 * ends, its hash, whether it is a word (else a number), and whether it starts a
 * clause (it is the first, or a clause end or line break comes before it).
 */
export class Scanner {
  start = 0;
  end = 0;
  hash = 0;
  word = false;
  sentenceStart = false;
  private text = "";
  private i = 0;
  private readonly classes = bmpClasses();

  reset(text: string): void {
    this.text = text;
    this.i = 0;
    this.end = 0;
  }

  next(): boolean {
    const { text, classes } = this;
    const n = text.length;
    let i = this.i;
    let gapEnds = this.end === 0;
    while (i < n) {
      const unit = text.charCodeAt(i);
      let width = 1;
      let cls: number;
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < n && isLow(text.charCodeAt(i + 1))) {
        cls = codePointClass(text.codePointAt(i)!);
        width = 2;
      } else cls = classes[unit]!;
      if ((cls & (LETTER | DIGIT)) === 0) {
        if (cls & CLAUSE_END) gapEnds = true;
        i += width;
        continue;
      }
      this.sentenceStart = gapEnds;
      this.start = i;
      this.word = (cls & LETTER) !== 0;
      if (this.word) i = this.wordFrom(i, HASH_SEED);
      else {
        const end = numberEnd(text, i, classes);
        let hash = HASH_SEED;
        for (; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
        this.hash = hash;
        // Letters glued to a number make a word: "1990s", "2nd", "81-year-old".
        if (i < n && gluedToNumber(text, i, classes)) {
          this.word = true;
          i = this.wordFrom(i, hash);
        }
      }
      this.i = this.end = i;
      return true;
    }
    this.i = i;
    return false;
  }

  /** Reads on through a word from `i` (a character of it), hashing as it goes; sets `hash` and returns where the word ends. */
  private wordFrom(i: number, hash: number): number {
    const { text, classes } = this;
    const n = text.length;
    for (;;) {
      const unit = text.charCodeAt(i);
      hash = hashStep(hash, unit);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < n && isLow(text.charCodeAt(i + 1))) hash = hashStep(hash, text.charCodeAt(++i));
      i++;
      if (i >= n) break;
      const next = text.charCodeAt(i);
      // Most characters are in the Basic Multilingual Plane: their class is one look-up.
      const cls = next < 0xd800 || next > 0xdfff ? classes[next]! : classAt(text, i, classes);
      if ((cls & CONTINUES) === 0 || (cls & JOINER && !joinsWord(text, i, classes))) break;
    }
    this.hash = hash;
    return i;
  }
}

/** Whether what follows a number at `i` glues to it as a word: a letter or mark, directly or after one joiner. */
function gluedToNumber(text: string, i: number, classes: Uint8Array): boolean {
  const cls = classAt(text, i, classes);
  if (cls & JOINER) return i + 1 < text.length && (classAt(text, i + 1, classes) & (LETTER | MARK)) !== 0;
  return (cls & (LETTER | MARK)) !== 0;
}

function classAt(text: string, i: number, classes: Uint8Array): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? codePointClass(text.codePointAt(i)!) : classes[unit]!;
}

/** Whether the joiner at `i` joins: a letter, mark or digit comes right after it (one joiner, not a dash written "--"). */
function joinsWord(text: string, i: number, classes: Uint8Array): boolean {
  if (i + 1 >= text.length) return false;
  const cls = classAt(text, i + 1, classes);
  return (cls & CONTINUES) !== 0 && (cls & JOINER) === 0;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Where the number token of WORD starting at `i` ends: digits, then ".5" / ",5" parts and " 000" groups. */
function numberEnd(text: string, i: number, classes: Uint8Array): number {
  while (isDigit(text, i, classes)) i++;
  for (;;) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if ((c === 0x2e || c === 0x2c) && isDigit(text, i + 1, classes)) {
      i += 2;
      while (isDigit(text, i, classes)) i++;
    } else if ((c === 0x20 || c === 0xa0) && isDigit(text, i + 1, classes) && isDigit(text, i + 2, classes) && isDigit(text, i + 3, classes) && !isDigit(text, i + 4, classes)) i += 4;
    else return i;
  }
}

function isDigit(text: string, k: number, classes: Uint8Array): boolean {
  return k < text.length && (classes[text.charCodeAt(k)]! & DIGIT) !== 0;
}

