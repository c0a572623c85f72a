/** HTML → the article's blocks, the chrome dropped around them, and the page's metadata. */
import type { Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import type { Languages } from "../../lang/languages.js";
import { SENTENCE_END } from "../../text/sentences.js";
import { classify, type Kind } from "../text/scrapedLines.js";
import { type Block, isElement, linearise, markChrome, totalsOf } from "./blocks.js";
import { type PageMetadata, readMetadata } from "./metadata.js";
import { MAX_HTML_DEPTH, nestedTooDeep } from "./depth.js";
import { findHiddenText } from "./hiddenText.js";
import { ledeAbove } from "./lede.js";
import { EDGE_NOTE_BLOCKS, isPhraseChrome, isTailMarker } from "./phrases.js";
import { chooseContainer } from "./scoring.js";

export type { PageMetadata } from "./metadata.js";

export interface HtmlExtraction {
  readonly paragraphs: string[];
  readonly removed: string[];
  readonly metadata: PageMetadata;
  /** Text around the start of the article (where bylines and datelines sit), for dates the markup does not state. */
  readonly nearStart: readonly string[];
  /** Text just after the article (blogs sign and date posts at the bottom), a last resort for the date. */
  readonly nearEnd: readonly string[];
  /** The h1 (or else h2) closest above the article's first paragraph: the headline on blogs whose h1 is the site's name. */
  readonly headline: string | null;
}

/** A kept block with more of its text in links than this is a link list (Readability's cleanConditionally uses 0.5 for weight < 25). */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/**
 * Below this many characters the chosen container probably missed the article (a teaser,
 * a single caption): the whole page's non-chrome text is tried instead, as trafilatura
 * falls back to its baseline. Set on trafilatura-eval's short pages.
 */
const MIN_CONTAINER_CHARS = 250;
/** How many blocks before the article's first paragraph may hold its dateline. */
const DATELINE_REACH = 12;
/** ... and how many of its first paragraphs ("Berlin, 3. März 2020 – ..."). */
const DATELINE_PARAGRAPHS = 2;
/** A trailing block this short without sentence punctuation is a label ("4 Min Read", "Schlagworte"), not the article's last words. */
const MAX_LABEL_CHARS = 40;

/** Blocks up to this long are lines (datelines, bylines, credits) that the text path's classifier can read. */
const MAX_LINE_CHARS = 100;
const CELL_TAGS: ReadonlySet<string> = new Set(["td", "th", "dd", "dt", "caption"]);
const LINE_CHROME: ReadonlySet<Kind> = new Set(["date", "byline", "caption", "email"]);
const EDGE_CHROME: ReadonlySet<Kind> = new Set(["counter", "url", "url-label", "breadcrumb", "chrome", "title-label"]);
/** Longer than this is a paragraph set as a heading, not a headline. */
const MAX_HEADLINE_CHARS = 250;
/** In the page-wide fallback, blocks shorter than this are menus and labels, not prose. */
const FALLBACK_MIN_BLOCK_CHARS = 40;
/**
 * Hidden text (JSON-LD articleBody, noscript, a script template) replaces the visible
 * container only when it is this many times longer: then the page shows a lede or a
 * shell and renders the rest by script. Set on trafilatura-eval's even half.
 */
const HIDDEN_MIN_RATIO = 2;
/**
 * The retry without class hints wins only when it finds this many times more text: a short
 * page that was right keeps its few lines instead of gaining the chrome around them. Set on
 * trafilatura-eval's even half.
 */
const RELAXED_MIN_RATIO = 2;

/** `languages`: whose boilerplate phrases mark chrome (every one given applies to every page). */
export function extractFromHtml(html: string, languages: Languages): HtmlExtraction {
  const doc = parseDocument(html, { decodeEntities: true });
  if (nestedTooDeep(doc)) throw new Error(`HTML nested more than ${MAX_HTML_DEPTH} elements deep: not read as an article (no real page nests so deep)`);
  const metadata = readMetadata(doc);
  const body = findBody(doc.children) ?? ({ type: "tag", name: "body", attribs: {}, children: doc.children, parent: null } as unknown as Element);
  const blocks = linearise(body);
  markChrome(blocks, body);
  const totals = totalsOf(blocks);
  const choice = chooseContainer(blocks, totals);
  let { paragraphs, removed, lede } = select(blocks, new Set(choice.parts), metadata, languages);
  if (paragraphs.join("").length < MIN_CONTAINER_CHARS) {
    const fallback = selectAll(blocks, languages);
    if (fallback.paragraphs.join("").length > paragraphs.join("").length) ({ paragraphs, removed, lede } = fallback);
  }
  if (paragraphs.join("").length < MIN_CONTAINER_CHARS) {
    // Still next to nothing: the article sits under class names that read as chrome (a layout
    // class with "sidebar" or "ads" in it, a paywall wrapper around each paragraph, so that no
    // one wrapper holds most of the prose), so try again reading tags, roles and hiding only,
    // as Readability retries without its class flags.
    const relaxed = linearise(body, false);
    markChrome(relaxed, body, false);
    const retry = select(relaxed, new Set(chooseContainer(relaxed, totalsOf(relaxed)).parts), metadata, languages);
    if (retry.paragraphs.join("").length > RELAXED_MIN_RATIO * paragraphs.join("").length) ({ paragraphs, removed, lede } = retry);
  }
  // Dates and bylines are looked for around the body's start, as before a lede was added above it.
  const first = blocks.findIndex((b) => b.text.startsWith(paragraphs[lede] ?? "\u0000"));
  const nearStart = first >= 0 ? blocks.slice(Math.max(0, first - DATELINE_REACH), first + DATELINE_PARAGRAPHS).map((b) => b.text) : [];
  const lastText = paragraphs[paragraphs.length - 1] ?? "\u0000";
  let last = -1;
  blocks.forEach((b, i) => {
    if (b.text.endsWith(lastText) || b.text.includes(lastText)) last = i;
  });
  const nearEnd = last >= 0 ? blocks.slice(last + 1, last + 1 + DATELINE_REACH).map((b) => b.text) : [];
  const above = first >= 0 ? blocks.slice(Math.max(0, first - DATELINE_REACH), first + 1) : [];
  const pick = (level: number) => [...above].reverse().find((b) => b.heading === level && b.chars <= MAX_HEADLINE_CHARS)?.text ?? null;
  const headline = pick(1) ?? pick(2);
  const hiddenMin = HIDDEN_MIN_RATIO * Math.max(paragraphs.join("").length, MIN_CONTAINER_CHARS);
  const hidden = hiddenArticle(html, hiddenMin, metadata, languages);
  if (hidden && hidden.join("").length >= hiddenMin) {
    removed = [...removed, ...paragraphs];
    paragraphs = hidden;
  }
  return { paragraphs, removed, metadata, nearStart, nearEnd, headline: headline ? headline.replace(/\s+/g, " ").trim() : null };
}

/** The longest article among the page's hidden copies (see hiddenText.ts), as paragraphs. */
function hiddenArticle(html: string, minChars: number, metadata: PageMetadata, languages: Languages): string[] | null {
  const { declared, markup } = findHiddenText(html, minChars);
  let best: string[] | null = null;
  const consider = (paragraphs: string[]) => {
    if (!best || paragraphs.join("").length > best.join("").length) best = paragraphs;
  };
  for (const text of declared) consider(text.split(/\n{2,}/).filter((p) => !isPhraseChrome(p, p.length, false, languages)));
  for (const fragment of markup) {
    const parsed = parseDocument(`<body>${fragment}</body>`, { decodeEntities: true });
    const body = nestedTooDeep(parsed) ? null : findBody(parsed.children);
    if (!body) continue;
    const blocks = linearise(body);
    markChrome(blocks, body);
    consider(select(blocks, new Set(chooseContainer(blocks, totalsOf(blocks)).parts), metadata, languages).paragraphs);
  }
  return best;
}

/** The `<body>` element, wherever a malformed page put it. */
export function findBody(nodes: readonly import("domhandler").AnyNode[]): Element | null {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (n.name === "body") return n;
    const inner = findBody(n.children);
    if (inner) return inner;
  }
  return null;
}

function inside(el: Element, parts: ReadonlySet<Element>): boolean {
  for (let p: Element | null = el; p; p = p.parent && p.parent.type !== "root" ? (p.parent as Element) : null) if (parts.has(p)) return true;
  return false;
}

interface Selection {
  paragraphs: string[];
  removed: string[];
  /** How many of the paragraphs are a lede recovered from above the container. */
  lede: number;
}

function select(blocks: readonly Block[], parts: ReadonlySet<Element>, metadata: PageMetadata, languages: Languages): Selection {
  const kept: Block[] = [];
  let removed: string[] = [];
  const { h1, og, jsonLd, tag, twitter } = metadata.titles;
  const titles = new Set([h1, og, jsonLd, tag, twitter].filter((t): t is string => !!t).map(fold));
  let first = -1;
  for (const [i, b] of blocks.entries()) {
    const ok =
      inside(b.owner, parts) &&
      !b.chrome &&
      (b.heading > 0 || b.linkChars / b.chars <= MAX_BLOCK_LINK_DENSITY) &&
      // The headline repeated, as a heading or as a line of its own ("Headline | Site" from the <title>).
      !((b.heading > 0 || b.chars <= MAX_LINE_CHARS) && titles.has(fold(b.text))) &&
      b.heading !== 1;
    if (ok) {
      if (first < 0) first = i;
      kept.push(b);
    } else removed.push(b.text);
  }
  const lede = first > 0 ? ledeAbove(blocks, first, (b) => titles.has(fold(b.text))).map((i) => blocks[i] as Block) : [];
  if (lede.length) {
    const taken = new Set(lede.map((b) => b.text));
    removed = removed.filter((t) => !taken.has(t));
  }
  // "Related coverage", "Mehr zum Thema": the rest of the container is a list of other pages.
  const tail = kept.findIndex((b, i) => i > 0 && isTailMarker(b.text, b.chars, languages));
  // Only when what follows is the smaller part: "read also" inside an article is followed by more article.
  const charsFrom = (i: number) => kept.slice(i).reduce((n, b) => n + b.chars, 0);
  if (tail > 0 && charsFrom(tail) < charsFrom(0) - charsFrom(tail)) removed.push(...kept.splice(tail).map((b) => b.text));
  const firstProse = kept.findIndex((b) => b.chars > MAX_LINE_CHARS);
  let lastProse = -1;
  kept.forEach((b, i) => {
    if (b.chars > MAX_LINE_CHARS) lastProse = i;
  });
  const body = kept.filter((b, i) => {
    let chrome = isPhraseChrome(b.text, b.chars, atEdge(i, kept.length), languages);
    // Table cells and list items are data (a standings table, a price list), not page furniture.
    if (!chrome && b.heading === 0 && b.chars <= MAX_LINE_CHARS && !b.listItem && !CELL_TAGS.has(b.owner.name)) {
      // Short lines read as the text path reads them: datelines, bylines and photo credits
      // anywhere; counters, bare URLs and breadcrumbs above or below the prose.
      const kind = classify(b.text, languages).kind;
      const edge = i < firstProse || i > lastProse;
      chrome = LINE_CHROME.has(kind) || (edge && EDGE_CHROME.has(kind));
    }
    if (chrome) removed.push(b.text);
    return !chrome;
  });
  // A heading or a short label with nothing after it ("Related articles", "4 Min Read", "Credit:")
  // introduced or described something that was dropped.
  while (body.length > 1) {
    const last = body[body.length - 1] as Block;
    const before = body[body.length - 2] as Block;
    if (last.heading === 0 && (last.chars > MAX_LABEL_CHARS || SENTENCE_END.test(last.text))) break;
    // The end of a sentence the block before left open (broken markup splits "... trees<div>and flooded substations").
    if (last.heading === 0 && before.heading === 0 && !SENTENCE_END.test(before.text) && /^\p{Ll}/u.test(last.text)) break;
    removed.push((body.pop() as Block).text);
  }
  const ledeParagraphs = toParagraphs(lede);
  // Lines broken with <br><br> inside one block are paragraphs of their own: a prompt among them goes alone.
  const paragraphs: string[] = [];
  for (const b of body) {
    const split = toParagraphs([b]);
    if (split.length === 1) paragraphs.push(...split);
    else for (const p of split) (isPhraseChrome(p, p.length, false, languages) ? removed : paragraphs).push(p);
  }
  return { paragraphs: [...ledeParagraphs, ...paragraphs], removed, lede: ledeParagraphs.length };
}

function selectAll(blocks: readonly Block[], languages: Languages): Selection {
  const kept: Block[] = [];
  const removed: string[] = [];
  for (const b of blocks) {
    if (!b.chrome && b.chars >= FALLBACK_MIN_BLOCK_CHARS && b.linkChars / b.chars <= MAX_BLOCK_LINK_DENSITY) kept.push(b);
    else removed.push(b.text);
  }
  const body = kept.filter((b, i) => {
    const chrome = isPhraseChrome(b.text, b.chars, atEdge(i, kept.length), languages);
    if (chrome) removed.push(b.text);
    return !chrome;
  });
  return { paragraphs: toParagraphs(body), removed, lede: 0 };
}

const atEdge = (i: number, n: number) => i < EDGE_NOTE_BLOCKS || i >= n - EDGE_NOTE_BLOCKS;

function toParagraphs(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => b.text.split(/\n{2,}/)).map((p) => p.trim()).filter(Boolean);
}

const fold = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
