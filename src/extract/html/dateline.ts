/**
 * The lines a reader sees around the article's headline, where its dateline and byline sit:
 * found from the headline itself (the heading that carries the chosen title), not from the
 * body container, so that a teaser list picked by mistake does not lend its dates.
 */
import { type Heading, type PageLine, squash } from "./pageLines.js";
import { letterKey } from "../../text/keys.js";

/**
 * Lines after the headline that may hold the dateline (kicker, lede, byline, share bar, image
 * credit come between); further reaches other articles' dates. Set on trafilatura-eval's even half.
 */
const AFTER_REACH = 10;
/** Lines above it ("Politik | 3. März 2020" over the headline): a section bar and a date, not the menu above them. */
const BEFORE_REACH = 3;


/** The heading that shows `title`: the first whose text equals it or contains it, else the first h1. */
export function headlineOf(headings: readonly Heading[], title: string | null): Heading | null {
  const t = title ? letterKey(title) : "";
  if (t) {
    const exact = headings.find((h) => letterKey(h.text) === t || (h.main !== null && letterKey(h.main) === t));
    if (exact) return exact;
    const within = headings.find((h) => h.level <= 2 && letterKey(h.text).includes(t));
    if (within) return within;
  }
  return headings.find((h) => h.level === 1 && !h.logo) ?? null;
}

/** Lines just after the headline, nearest first, then the few just above it, nearest first. */
export function linesNearHeadline(lines: readonly PageLine[], headings: readonly Heading[], title: string | null): string[] {
  const h = headlineOf(headings, title);
  if (!h) return [];
  let end = h.line;
  while (end < lines.length && (lines[end] as PageLine).heading === h.level) end++;
  const after = lines.slice(end, end + AFTER_REACH).map((l) => squash(l.text));
  const before = lines.slice(Math.max(0, h.line - BEFORE_REACH), h.line).map((l) => squash(l.text)).reverse();
  return [...after, ...before];
}
