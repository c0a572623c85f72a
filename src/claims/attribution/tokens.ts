/**
 * The tokens the attribution rules and the learned tagger read, with their offsets in the
 * article: the words and numbers of the one word grammar (src/text/scanner.ts), an initialism,
 * an initial before a name or a title with its dot ("U.S.", "C. Stewart", "Mr."), a web address ("Canada.com"), and each mark
 * between words as a token of its own (a sequence tagger reads commas and quotation marks).
 */
import { Scanner } from "../../text/scanner.js";

export interface AttributionToken {
  readonly raw: string;
  readonly low: string;
  readonly start: number;
  readonly end: number;
}

const scanner = new Scanner();
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const SPACE = /\s/u;
const LOWER_OR_DIGIT = /[\p{Ll}\d]/u;

export function tokenise(text: string, offset: number, titles: ReadonlySet<string>): AttributionToken[] {
  const words: Array<[number, number]> = [];
  scanner.reset(text);
  while (scanner.next()) words.push([scanner.start, scanner.end]);
  const out: AttributionToken[] = [];
  const push = (from: number, to: number): void => {
    const raw = text.slice(from, to);
    out.push({ raw, low: raw.toLowerCase(), start: offset + from, end: offset + to });
  };
  const marks = (from: number, to: number): void => {
    for (let i = from; i < to; ) {
      const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      if (!SPACE.test(text[i]!)) push(i, i + width);
      i += width;
    }
  };
  const dotted = (k: number): boolean => SINGLE_CAPITAL.test(text.slice(words[k]![0], words[k]![1])) && text[words[k]![1]] === ".";
  let gap = 0;
  for (let i = 0; i < words.length; i++) {
    const [start, end] = words[i]!;
    marks(gap, start);
    // An initialism: single capitals each followed by a dot, nothing between ("U.S.", "J.K.").
    let j = i;
    while (dotted(j) && j + 1 < words.length && words[j + 1]![0] === words[j]![1] + 1 && dotted(j + 1)) j++;
    if (j > i) {
      push(start, words[j]![1] + 1);
      gap = words[j]![1] + 1;
      i = j;
      continue;
    }
    // An initial before a name keeps its dot ("C. Stewart Verdery", "George W. Bush").
    if (dotted(i) && i + 1 < words.length && SPACE.test(text[end + 1] ?? "") && words[i + 1]![0] === end + 2 && /^\p{Lu}/u.test(text[end + 2] ?? "")) {
      push(start, end + 1);
      gap = end + 1;
      continue;
    }
    // A web address or a joined name goes on through a dot before a lower-case letter, a digit
    // or a lone capital ("Canada.com", "m.in", "D-N.Y.", "U.S") or through an ampersand ("AT&T");
    // a dot before a capitalised word ends a sentence that lost its space ("service.Many").
    let last = end;
    // A lone capital after the dot joins when a dot follows it too ("N.Y.") or when it follows one ("U.S"), not "service.A".
    const lone = (k: number): boolean =>
      SINGLE_CAPITAL.test(text.slice(words[k]![0], words[k]![1])) && (text[words[k]![1]] === "." || SINGLE_CAPITAL.test(text.slice(words[k - 1]![0], words[k - 1]![1])));
    const joins = (k: number): boolean => text[last] === "&" || (text[last] === "." && (LOWER_OR_DIGIT.test(text[last + 1]!) || lone(k)));
    while (j + 1 < words.length && words[j + 1]![0] === last + 1 && joins(j + 1)) last = words[++j]![1];
    // A title keeps its dot ("Mr.", "Sig.ra.").
    if (text[last] === "." && titles.has(text.slice(start, last))) last++;
    push(start, last);
    gap = last;
    i = j;
  }
  marks(gap, text.length);
  return out;
}
