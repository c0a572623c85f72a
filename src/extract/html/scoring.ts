/**
 * Chooses the element that holds the article, in Readability's manner (paragraphs vote for
 * their ancestors, link-heavy candidates lose, siblings that look alike join) with
 * trafilatura's knowledge of body class names as a strong vote.
 */
import type { Element } from "domhandler";
import { type Block, classAndId, parentElement, type Totals } from "./blocks.js";
import { BODY_CLASS, NEGATIVE_CLASS, POSITIVE_CLASS } from "./patterns.js";

/** Readability's DEFAULT_CHAR_THRESHOLD for one paragraph: shorter runs are not evidence. */
const MIN_PARAGRAPH_CHARS = 25;
/** A paragraph with more of its text in links than this is navigation, not a vote (Readability uses 0.5 for siblings). */
const MAX_VOTER_LINK_DENSITY = 0.5;
/** How far up a paragraph's vote reaches (Readability: 5 ancestors). */
const VOTE_DEPTH = 5;
/** Readability's class weight, per matching hint. */
const CLASS_WEIGHT = 25;
/** A body class name (`article-body`, `entry-content`) outweighs a few paragraphs: trafilatura trusts these first. */
const BODY_CLASS_BONUS = 40;
/** Readability: an ancestor that at least this many strong alternatives share is the real container. */
const MIN_SHARED_CANDIDATES = 3;
/** Readability: an alternative candidate counts when it scores at least this share of the best. */
const ALTERNATIVE_SHARE = 0.75;
/** Readability: a sibling joins the article when it scores this share of the best (and at least SIBLING_MIN). */
const SIBLING_SHARE = 0.2;
const SIBLING_MIN = 10;
/** Readability: an unscored sibling paragraph joins when this long with link density under SIBLING_LINK_DENSITY. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_LINK_DENSITY = 0.25;

/** Widening: only runs this long count as the prose a parent adds (about two lines of text). */
const WIDEN_PROSE_CHARS = 80;
/** ... it must add at least this much of it ... */
const WIDEN_MIN_GAIN = 100;
/** ... making up this share of everything it adds (menus and labels are not prose) ... */
const WIDEN_PROSE_SHARE = 0.7;
/** ... with at most this share of the added text in links (teaser lists are links). */
const WIDEN_LINK_DENSITY = 0.2;

const TAG_SCORE: Readonly<Record<string, number>> = {
  div: 5, article: 10, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Block owners whose vote goes to their parent, as Readability scores `p`, `td`, `pre`. */
const PARAGRAPH_OWNERS: ReadonlySet<string> = new Set(["p", "pre", "td", "li", "dd", "blockquote", "h2", "h3", "h4", "h5", "h6", "span", "font"]);


export interface Choice {
  /** The elements whose blocks form the article, in page order. */
  readonly parts: readonly Element[];
  readonly top: Element | null;
}

function classWeight(el: Element): number {
  const names = classAndId(el);
  let w = 0;
  if (!names) return w;
  if (BODY_CLASS.test(names)) w += BODY_CLASS_BONUS;
  if (POSITIVE_CLASS.test(names)) w += CLASS_WEIGHT;
  if (NEGATIVE_CLASS.test(names)) w -= CLASS_WEIGHT;
  if (el.attribs.itemprop === "articleBody") w += BODY_CLASS_BONUS;
  return w;
}



const linkDensity = (t: Totals | undefined) => (t && t.chars ? t.linkChars / t.chars : 0);

export function chooseContainer(blocks: readonly Block[], totals: ReadonlyMap<Element, Totals>): Choice {
  const scores = new Map<Element, number>();
  const init = (el: Element) => {
    if (!scores.has(el)) scores.set(el, (TAG_SCORE[el.name] ?? 0) + classWeight(el));
  };
  for (const b of blocks) {
    if (b.chrome || b.chars < MIN_PARAGRAPH_CHARS || b.linkChars / b.chars > MAX_VOTER_LINK_DENSITY) continue;
    const vote = 1 + (b.text.match(/[,，、،]/g)?.length ?? 0) + Math.min(Math.floor(b.chars / 100), 3);
    let el: Element | null = PARAGRAPH_OWNERS.has(b.owner.name) ? parentElement(b.owner) : b.owner;
    for (let level = 0; el && level < VOTE_DEPTH; level++, el = parentElement(el)) {
      init(el);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, (scores.get(el) ?? 0) + vote / divider);
    }
  }
  if (scores.size === 0) return { parts: [], top: null };
  const ranked = [...scores].map(([el, s]) => [el, s * (1 - linkDensity(totals.get(el)))] as const).sort((a, b) => b[1] - a[1]);
  const final = new Map(ranked);
  let [top, topScore] = ranked[0] as readonly [Element, number];

  // Several strong candidates under one ancestor: the article is split, take the ancestor.
  const alternatives = ranked.slice(1, 6).filter(([, s]) => s >= ALTERNATIVE_SHARE * topScore).map(([el]) => el);
  if (alternatives.length >= MIN_SHARED_CANDIDATES) {
    for (let anc = parentElement(top); anc && anc.name !== "body"; anc = parentElement(anc)) {
      const inside = alternatives.filter((alt) => contains(anc as Element, alt)).length;
      if (inside >= MIN_SHARED_CANDIDATES) {
        top = anc;
        break;
      }
    }
  }
  // Climb while a parent scores higher: the vote landed one level too deep.
  let last = final.get(top) ?? topScore;
  for (let parent = parentElement(top); parent && parent.name !== "body"; parent = parentElement(parent)) {
    const s = final.get(parent);
    if (s === undefined) continue;
    if (s < last / 3) break;
    if (s > last) {
      top = parent;
      break;
    }
    last = s;
  }
  // An only child stands for its parent.
  while (parentElement(top) && parentElement(top)?.name !== "body" && (parentElement(top) as Element).children.filter((c) => c.type === "tag").length === 1) {
    top = parentElement(top) as Element;
  }
  top = widen(top, blocks, totals);
  topScore = final.get(top) ?? topScore;
  return { parts: withSiblings(top, topScore, final, totals), top };
}

/**
 * Climbs from the chosen container while its parent adds prose and little else: CMSs
 * split one text into sibling fields or modules (Drupal's `field--item`s, page builders'
 * text modules, a lede in its own div) that paragraph votes alone do not join.
 */
function widen(top: Element, blocks: readonly Block[], totals: ReadonlyMap<Element, Totals>): Element {
  const prose = new Map<Element, number>();
  for (const b of blocks) {
    if (b.chrome || b.chars < WIDEN_PROSE_CHARS || b.linkChars / b.chars > MAX_VOTER_LINK_DENSITY) continue;
    for (let el: Element | null = b.owner; el; el = parentElement(el)) prose.set(el, (prose.get(el) ?? 0) + b.chars);
  }
  for (let parent = parentElement(top); parent && parent.name !== "body" && parent.name !== "html"; parent = parentElement(parent)) {
    // An article element or a named article body is the whole article: beyond it lie teasers.
    if (top.name === "article" || top.attribs.itemprop === "articleBody" || BODY_CLASS.test(top.attribs.class ?? "")) break;
    const all = totals.get(parent);
    const inner = totals.get(top);
    if (!all || !inner) break;
    const addedChars = all.chars - inner.chars;
    const addedLinks = all.linkChars - inner.linkChars;
    const addedProse = (prose.get(parent) ?? 0) - (prose.get(top) ?? 0);
    if (addedChars === 0) {
      top = parent;
      continue;
    }
    if (addedProse < WIDEN_MIN_GAIN || addedProse < WIDEN_PROSE_SHARE * addedChars || addedLinks > WIDEN_LINK_DENSITY * addedChars) break;
    top = parent;
  }
  return top;
}

function contains(ancestor: Element, el: Element): boolean {
  for (let p: Element | null = el; p; p = parentElement(p)) if (p === ancestor) return true;
  return false;
}

function withSiblings(top: Element, topScore: number, scores: ReadonlyMap<Element, number>, totals: ReadonlyMap<Element, Totals>): Element[] {
  const parent = parentElement(top);
  if (!parent) return [top];
  const threshold = Math.max(SIBLING_MIN, topScore * SIBLING_SHARE);
  const topClass = top.attribs.class ?? "";
  const parts: Element[] = [];
  for (const node of parent.children) {
    if (node.type !== "tag") continue;
    const sib = node as Element;
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    const bonus = topClass && sib.attribs.class === topClass ? topScore * SIBLING_SHARE : 0;
    const score = scores.get(sib);
    if (score !== undefined && score + bonus >= threshold) {
      parts.push(sib);
      continue;
    }
    if (sib.name === "p") {
      const t = totals.get(sib);
      const density = linkDensity(t);
      const chars = t?.chars ?? 0;
      if (chars > SIBLING_PARAGRAPH_CHARS && density < SIBLING_LINK_DENSITY) parts.push(sib);
    }
  }
  return parts;
}
