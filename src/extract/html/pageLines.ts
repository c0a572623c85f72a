/**
 * The page as short visible lines in reading order, with its headings marked: where a
 * reader finds the dateline and byline of an article (just under or above its headline),
 * independent of which container the body extractor chose. Headings keep their parts, so
 * that a kicker ("Klimaschutz", "Covid-19") set inside the h1 can be told from the headline.
 */
import type { AnyNode, Element } from "domhandler";
import { classAndId, isElement } from "./blocks.js";

export interface PageLine {
  /** As in the page: whitespace not squashed. */
  readonly text: string;
  /** 1-6 for a heading's line, 0 otherwise. */
  readonly heading: number;
  /** A `<time datetime>` value, a machine-readable date at this place in the page. */
  readonly datetime?: string;
}

export interface Heading {
  readonly level: number;
  readonly text: string;
  /** The heading without its leading kicker part, when it has one (see `kickerClass`). */
  readonly main: string | null;
  /** The heading without a trailing part set apart in its own element (`<small>` with a date or a section), when it has one. */
  readonly lead: string | null;
  /** The kicker part's class names a kicker (overline, roofline, Dachzeile...). */
  readonly kickerClass: boolean;
  /** The heading's own class names a logo, the site's name or a breadcrumb ("logo", "site-title", "brand"). */
  readonly logo: boolean;
  /** The heading's own class calls it a title or headline ("entry-title", "article-headline"). */
  readonly titleClass: boolean;
  /** Index of the heading's line in `lines`. */
  readonly line: number;
}

/** Elements that start a new line; everything else is inline and joins its neighbours' text. */
const LINE_TAGS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2",
  "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "section", "summary", "table", "td", "th", "tr", "ul", "time",
]);
/** Not read: code, ruby annotations (furigana would double every kanji of a Japanese headline), form controls. */
const SKIP_TAGS: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "svg", "rt", "rp", "select", "button", "iframe"]);
/** ... and, for lines, what is not shown in the page. */
const UNSEEN_TAGS: ReadonlySet<string> = new Set(["head", "title", "option"]);
/** Lines longer than this (before whitespace is squashed) are prose: no dateline or byline is that long. */
const MAX_RAW_LINE_CHARS = 400;
const HEADING_LEVEL: Readonly<Record<string, number>> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6 };
/** CSS words of a kicker above or inside a headline, as news CMSs name it (class tokens, any language's sites). */
const KICKER_CLASS = /kicker|overline|roofline|dachzeile|topline|toptitle|top-title|supertitle|surtitre|antetitulo|eyebrow|sub-?heading|spitzmarke|label|rubric|category/i;
/** CSS words of the part after a kicker that is the headline proper. */
const MAIN_CLASS = /headline|title/i;
/**
 * A separator between kicker and headline hidden from the eye but read to screen readers
 * ("<span class=visually-hidden>: </span>"): the layout shows two lines, kicker and headline.
 */
const HIDDEN_CLASS = /hidden|sr-only|screen-reader|invisible|aural/i;
/** CSS words of a heading that holds the site's logo or name, or a breadcrumb, rather than the headline. */
const LOGO_CLASS = /(^|[\s_-])(logo|brand|site-?(title|name|description|branding|header)|blog-?title|masthead|breadcrumb\S*)($|[\s_-])/i;
/** A kicker is a few words; a longer leading part is the headline itself split by markup. */
const MAX_KICKER_WORDS = 8;

/** Soft hyphens and zero-width characters are not part of what a reader sees. */
export const squash = (s: string) => s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "").replace(/\s+/g, " ").trim();

export function textOf(node: AnyNode): string {
  if (node.type === "text") return (node as AnyNode & { data: string }).data;
  if (!isElement(node) || SKIP_TAGS.has(node.name)) return "";
  return node.children.map(textOf).join(node.name === "br" ? " " : "");
}

/** A heading's parts: its text after a leading child element (a kicker), and before a trailing one. */
function splitParts(h: Element, full: string): { main: string | null; kickerClass: boolean; lead: string | null } {
  let parts = h.children.filter((c) => squash(textOf(c)) !== "");
  // A heading wrapped whole in one link or span ("<h1><a><span class=label>Kicker</span>Headline</a></h1>"): split inside it.
  while (parts.length === 1 && isElement(parts[0] as AnyNode)) parts = (parts[0] as Element).children.filter((c) => squash(textOf(c)) !== "");
  const first = parts[0];
  const last = parts[parts.length - 1];
  let main: string | null = null;
  let kickerClass = false;
  let lead: string | null = null;
  if (first && parts.length >= 2 && isElement(first)) {
    const kicker = squash(textOf(first));
    const rest = squash(parts.slice(1).map(textOf).join("")).replace(/^[:|–—-]\s*/, "");
    if (rest && kicker.split(" ").length <= MAX_KICKER_WORDS && full.startsWith(kicker)) {
      main = rest;
      const second = parts[1] as AnyNode;
      const hiddenSeparator = isElement(second) && HIDDEN_CLASS.test(classAndId(second)) && !/[\p{L}\p{N}]/u.test(textOf(second));
      kickerClass = KICKER_CLASS.test(classAndId(first)) || (isElement(second) && MAIN_CLASS.test(classAndId(second))) || hiddenSeparator;
    }
  }
  if (last && parts.length >= 2 && isElement(last)) {
    const rest = squash(parts.slice(0, -1).map(textOf).join(""));
    if (rest && rest !== main) lead = rest;
  }
  return { main, kickerClass, lead };
}

export function readLines(root: AnyNode): { lines: PageLine[]; headings: Heading[] } {
  const lines: PageLine[] = [];
  const headings: Heading[] = [];
  let buffer = "";
  let level = 0;
  // Lines are squashed when read (linesNearHeadline reads a few dozen): squashing every line of a page costs more than all the rest.
  const flush = () => {
    if (buffer.length <= MAX_RAW_LINE_CHARS && /\S/.test(buffer)) lines.push({ text: buffer, heading: level });
    buffer = "";
  };
  const visit = (node: AnyNode) => {
    if (node.type === "text") {
      buffer += (node as AnyNode & { data: string }).data;
      return;
    }
    if (!isElement(node)) {
      if ("children" in node) for (const c of (node as unknown as { children: AnyNode[] }).children) visit(c);
      return;
    }
    if (SKIP_TAGS.has(node.name) || UNSEEN_TAGS.has(node.name)) return;
    const breaks = LINE_TAGS.has(node.name);
    if (breaks) flush();
    const h = node.name.length === 2 && node.name[0] === "h" ? HEADING_LEVEL[node.name[1] as string] : undefined;
    if (h) {
      const text = squash(textOf(node));
      level = h;
      if (text) headings.push({ level, text, ...splitParts(node, text), logo: LOGO_CLASS.test(classAndId(node)), titleClass: MAIN_CLASS.test(classAndId(node)), line: lines.length });
    }
    if (node.name === "time" && node.attribs.datetime) lines.push({ text: node.attribs.datetime, heading: 0, datetime: node.attribs.datetime });
    for (const c of node.children) visit(c);
    if (breaks) flush();
    if (h) level = 0;
  };
  visit(root);
  flush();
  return { lines, headings };
}
