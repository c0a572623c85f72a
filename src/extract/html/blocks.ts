/**
 * Linearises a parsed page into text blocks, one per run of inline text inside a block
 * element, each remembering the element that owns it; then marks the blocks that sit in
 * page chrome and why. Both passes are linear in the page size (times its depth).
 */
import type { AnyNode, Element } from "domhandler";
import {
  ARTICLE_TOKEN, BLOCK_TAGS, BODY_CLASS, CHROME_CLASS, CHROME_ROLES, CHROME_TAGS, CHROME_WORD, HEADING_TAGS, SKIP_TAGS, TAXONOMY_TOKEN,
  WEAK_CHROME_CLASS,
} from "./patterns.js";

export interface Block {
  readonly text: string;
  readonly owner: Element;
  readonly chars: number;
  readonly linkChars: number;
  /** Why the block is page chrome, or null when it may be article text (set by markChrome). */
  chrome: string | null;
  /** 1-6 inside a heading, 0 otherwise. */
  readonly heading: number;
  readonly listItem: boolean;
}

/**
 * An element holding more than this share of the page's prose is the article or a wrapper
 * around it, whatever its class says (`div.theiaStickySidebar`, `div.PageBuilder-pageRow`
 * around a whole story): class-based removal would take the article with it. Set on
 * scrapinghub, where such wrappers emptied 10 of 181 pages.
 */
const WRAPPER_SHARE = 0.5;
/** Prose, for WRAPPER_SHARE: runs at least this long (Readability's paragraph threshold) ... */
const PROSE_MIN_CHARS = 25;
/** ... with at most this share of their text in links. */
const PROSE_MAX_LINK_DENSITY = 0.5;

/** Soft hyphen, zero-width space, word joiner, byte-order mark. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

function countChars(s: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (!isSpace || !space) n++;
    space = isSpace;
  }
  return n;
}

export function classAndId(el: Element): string {
  const c = el.attribs.class ?? "";
  const id = el.attribs.id ?? "";
  return c && id ? `${c} ${id}` : c || id;
}

/**
 * A weak chrome class (WEAK_CHROME_CLASS) marks a subtree with less prose than this
 * (characters): a date line, a widget of links. Set on trafilatura-eval, where Drupal and
 * Elementor wrap whole articles in such classes.
 */
const WEAK_CHROME_MAX_PROSE = 200;
/** ... or one with more of its text in links than this (Readability's cleanConditionally threshold). */
const WEAK_CHROME_LINK_DENSITY = 0.5;

export interface ElementText {
  /** Prose characters in the subtree (see PROSE_MIN_CHARS). */
  readonly prose: number;
  /** Link density of all its text. */
  readonly linkDensity: number;
}

/**
 * Why an element's subtree is chrome, or null. `wrapper`: it holds most of the page's
 * prose; `text`: its prose and link density, for weak class hints (unknown for inline elements);
 * `byClass` false reads tags, roles and hiding only (Readability's retry without its class flags).
 */
export function chromeReason(el: Element, wrapper: boolean, text?: ElementText, byClass = true): string | null {
  const a = el.attribs;
  if (a.hidden !== undefined || a["aria-hidden"] === "true" || (a.style && HIDDEN_STYLE.test(a.style))) return "hidden";
  if (a.itemprop === "articleBody" || wrapper) return null;
  if (CHROME_TAGS.has(el.name) || el.name === "header" || el.name === "form") return el.name;
  // An article inside an article is a teaser for another one ("more posts" inside a post):
  // short, mostly links, or one of a row of them. A long one on its own is a part of the
  // outer one (a forum post's body, which XenForo marks up as an article in the post's).
  if (el.name === "article" && hasAncestor(el, "article") && (!text || text.prose < WEAK_CHROME_MAX_PROSE || text.linkDensity > WEAK_CHROME_LINK_DENSITY || hasSiblingArticle(el))) {
    return "nested article";
  }
  const role = a.role;
  if (role && CHROME_ROLES.has(role)) return `role ${role}`;
  const names = classAndId(el);
  if (!names || !byClass) return null;
  // A quotation is the article's (an embedded post it reports on), whatever widget renders it.
  if (el.name === "blockquote") return null;
  const tokens = names.split(/\s+/).filter((t) => t && !TAXONOMY_TOKEN.test(t));
  if (tokens.some((t) => BODY_CLASS.test(t) || ARTICLE_TOKEN.test(t))) return null;
  const hit = tokens.find((t) => CHROME_CLASS.test(t) || CHROME_WORD.test(t));
  if (hit) return `class ${hit.slice(0, 60)}`;
  const weak = tokens.find((t) => WEAK_CHROME_CLASS.test(t));
  // Inline elements have no measure yet (a span may wrap a whole HubSpot article): weak hints wait for one.
  if (weak && text && (text.prose < WEAK_CHROME_MAX_PROSE || text.linkDensity > WEAK_CHROME_LINK_DENSITY)) return `class ${weak.slice(0, 60)}`;
  return null;
}

function hasSiblingArticle(el: Element): boolean {
  const siblings = parentElement(el)?.children ?? [];
  return siblings.some((n) => n !== el && n.type === "tag" && (n as Element).name === "article");
}

function hasAncestor(el: Element, name: string): boolean {
  for (let p = parentElement(el); p; p = parentElement(p)) if (p.name === name) return true;
  return false;
}

/** An element's parent element; null at the top of the tree. */
export function parentElement(el: Element): Element | null {
  const p = el.parent;
  return p && p.type !== "root" ? (p as Element) : null;
}

export interface Totals {
  chars: number;
  linkChars: number;
}

/** Text and link totals per element over the blocks that are not chrome. */
export function totalsOf(blocks: readonly Block[]): Map<Element, Totals> {
  const totals = new Map<Element, Totals>();
  for (const b of blocks) {
    if (b.chrome) continue;
    for (let el: Element | null = b.owner; el; el = parentElement(el)) {
      const t = totals.get(el);
      if (t) {
        t.chars += b.chars;
        t.linkChars += b.linkChars;
      } else totals.set(el, { chars: b.chars, linkChars: b.linkChars });
    }
  }
  return totals;
}

/** Sets each block's `chrome` from its ancestors, sparing wrappers of most of the page's prose (class hints only when `byClass`). */
export function markChrome(blocks: Block[], body: Element, byClass = true): void {
  const prose = new Map<Element, number>();
  const chars = totalsOf(blocks);
  let total = 0;
  for (const b of blocks) {
    if (b.chrome) continue;
    if (b.chars < PROSE_MIN_CHARS || b.linkChars / b.chars > PROSE_MAX_LINK_DENSITY) continue;
    total += b.chars;
    for (let el: Element | null = b.owner; el; el = parentElement(el)) prose.set(el, (prose.get(el) ?? 0) + b.chars);
  }
  const textOf = (el: Element): ElementText => {
    const c = chars.get(el);
    return { prose: prose.get(el) ?? 0, linkDensity: c && c.chars ? c.linkChars / c.chars : 0 };
  };
  const reasons = new Map<Element, string | null>();
  const reasonOf = (el: Element | null): string | null => {
    if (!el || el === body) return null;
    const known = reasons.get(el);
    if (known !== undefined) return known;
    const own = chromeReason(el, (prose.get(el) ?? 0) > WRAPPER_SHARE * total, textOf(el), byClass);
    const r = own ?? reasonOf(parentElement(el));
    reasons.set(el, r);
    return r;
  };
  for (const b of blocks) b.chrome ??= reasonOf(b.owner);
}

interface Context {
  readonly owner: Element;
  readonly chrome: string | null;
  readonly heading: number;
  readonly listItem: boolean;
  readonly pre: boolean;
}

/** Blocks in page order; `chrome` is set only for inline chrome and hidden parts until markChrome runs. */
export function linearise(body: Element, byClass = true): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let current: Context = { owner: body, chrome: null, heading: 0, listItem: false, pre: false };

  const flush = () => {
    if (parts.length === 0) return;
    // Soft hyphens and zero-width spaces only hint where a line may break: the words are whole without them.
    const raw = parts.join("").replace(INVISIBLE, "");
    parts = [];
    const text = current.pre
      ? raw.replace(/^\n+|\s+$/g, "")
      : raw.replace(/[ \t\r\f\v\u00a0]+/g, " ").replace(/ ?\n ?/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
    const links = linkChars;
    linkChars = 0;
    if (!text) return;
    blocks.push({ text, owner: current.owner, chars: text.length, linkChars: Math.min(links, text.length), chrome: current.chrome, heading: current.heading, listItem: current.listItem });
  };

  const visit = (node: AnyNode, inLink: boolean): void => {
    if (node.type === "text") {
      const data = (node as AnyNode & { data: string }).data;
      parts.push(data);
      if (inLink) linkChars += countChars(data);
      return;
    }
    if (!isElement(node)) return;
    const name = node.name;
    if (SKIP_TAGS.has(name)) return;
    if (name === "br") {
      parts.push("\n");
      return;
    }
    if (name === "img" || name === "hr") return;
    if (!BLOCK_TAGS.has(name)) {
      const chrome = current.chrome ?? (name === "a" ? null : chromeReason(node, false, undefined, byClass));
      if (chrome !== current.chrome) {
        // An inline element that is chrome (a share link, a hidden span) becomes its own block.
        flush();
        const outer = current;
        current = { ...outer, chrome };
        for (const child of node.children) visit(child, inLink || name === "a");
        flush();
        current = outer;
        return;
      }
      for (const child of node.children) visit(child, inLink || name === "a");
      return;
    }
    flush();
    const outer = current;
    current = {
      owner: node,
      chrome: outer.chrome,
      heading: HEADING_TAGS.has(name) ? Number(name[1]) : outer.heading,
      listItem: name === "li" || outer.listItem,
      pre: name === "pre" || outer.pre,
    };
    for (const child of node.children) visit(child, inLink);
    flush();
    current = outer;
  };
  for (const child of body.children) visit(child, false);
  flush();
  return blocks;
}
