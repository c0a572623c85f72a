/**
 * The lede (the "teaser", "intro" or "lead" paragraph) that CMSs set between the
 * headline and the body container, often in a `<header>` or a `teaser-text` div: it is
 * the article's first paragraph, but the container chosen by paragraph votes starts
 * below it and its wrapper looks like chrome. Trafilatura keeps it; so do we, but only
 * when a headline above anchors the search, so that teasers elsewhere stay out.
 */
import { SENTENCE_END } from "../../text/sentences.js";
import { type Block, classAndId, parentElement } from "./blocks.js";

/**
 * How many blocks above the body the headline may sit (kicker, byline, date, image credit,
 * share bar, lede). Set on trafilatura-eval's even half (docs/benchmarks.md, History).
 */
const LEDE_REACH = 20;
/** A lede is a sentence or two: shorter runs between headline and body are bylines, dates and labels. */
const LEDE_MIN_CHARS = 60;
/** ... nearly without links (a list of links there is a table of contents or a teaser list). */
const LEDE_MAX_LINK_DENSITY = 0.1;
/** At most this many lede paragraphs: more between headline and body means the body was chosen wrongly. */
const LEDE_MAX_BLOCKS = 3;
/**
 * Chrome reasons a lede's wrapper may give: a page header, or a class token naming an
 * introduction ("teaser-text", "article-lead", "entry-excerpt", "chapo", "bajada").
 * Any other reason (a caption, a share bar, a nested article) is not the article's text.
 */
const LEDE_REASON = /^(header|class .*(teaser|intro|lead|excerpt|summary|abstract|chapo|bajada|description|header).*)$/i;
/**
 * Display copy of the headline area, named so in English newsrooms: a "dek", "blurb" or
 * "standfirst" restates the headline for the reader skimming, and publishers leave it out
 * of their articleBody (scrapinghub's gold, 3 of its pages).
 */
const DISPLAY_COPY = /dek(?![a-z])|blurb|standfirst/i;
/** How many wrappers up from a lede block DISPLAY_COPY is looked for (`div.articleDek > div > p`). */
const DISPLAY_COPY_DEPTH = 3;

/**
 * Indices of the lede blocks directly above `first` (the body's first block), top-down;
 * empty unless a headline (h1, or a heading equal to a known title) sits above them.
 */
export function ledeAbove(blocks: readonly Block[], first: number, isTitle: (b: Block) => boolean): number[] {
  const found: number[] = [];
  for (let i = first - 1; i >= 0 && i >= first - LEDE_REACH; i--) {
    const b = blocks[i] as Block;
    if (b.heading === 1 || (b.heading > 0 && isTitle(b))) return found.length <= LEDE_MAX_BLOCKS ? found.reverse() : [];
    if (b.heading > 0 || b.chars < LEDE_MIN_CHARS) continue;
    const ledeLike =
      b.linkChars / b.chars <= LEDE_MAX_LINK_DENSITY && !b.listItem && SENTENCE_END.test(b.text.trim()) && (b.chrome === null || LEDE_REASON.test(b.chrome));
    if (ledeLike && !isDisplayCopy(b)) found.push(i);
    else if (b.chrome === null) return [];
  }
  return [];
}

function isDisplayCopy(b: Block): boolean {
  let el: ReturnType<typeof parentElement> = b.owner;
  for (let level = 0; el && level < DISPLAY_COPY_DEPTH; level++, el = parentElement(el)) if (DISPLAY_COPY.test(classAndId(el))) return true;
  return false;
}
