/** One article: its clean text with claims, citations and loaded terms marked, and what was removed. */
import { articleName, type Article, type Story } from "../model.js";
import type { Store } from "../store/types.js";
import { loadArticle } from "./data.js";
import { markSpans, occurrences, type Span } from "./highlight.js";
import { esc, outLink, page, plural, seg } from "./html.js";

export interface ArticlePageOptions {
  /** The story whose claims, citations and framing are marked (the `story` parameter of links from a story page). */
  readonly storyId?: string;
}

export async function renderArticlePage(store: Store, articleId: string, options: ArticlePageOptions = {}): Promise<string | null> {
  const loaded = await loadArticle(store, articleId, options.storyId);
  return loaded ? articlePageHtml(loaded.article, loaded.story ? [loaded.story] : []) : null;
}

interface Marks {
  readonly text: Span[];
  readonly title: Span[];
  /** Records whose words are not in the text as they stand (not expected; said rather than hidden). */
  readonly unplaced: string[];
}

/** Where each reading of the article's stories stands in its text: quotes placed by exact match, as the records keep no offsets. */
function marksOf(article: Article, stories: readonly Story[]): Marks {
  const marks: Marks = { text: [], title: [], unplaced: [] };
  const ids = new Set<string>();
  const place = (phrase: string, what: Omit<Span, "start" | "end">): void => {
    const at = article.text.indexOf(phrase);
    if (at < 0) return void marks.unplaced.push(`${what.title}: “${phrase}”`);
    // A claim mentioned twice in one article: the link lands on the first mention.
    const id = what.id && !ids.has(what.id) ? what.id : undefined;
    if (id) ids.add(id);
    marks.text.push({ kind: what.kind, title: what.title, start: at, end: at + phrase.length, ...(id ? { id } : {}) });
  };
  for (const story of stories) {
    for (const claim of story.claims) {
      for (const m of claim.mentions.filter((x) => x.articleId === article.id)) {
        place(m.quote, { kind: "claim", id: `q-${claim.id}`, title: `claim (${claim.status}): ${claim.summary}` });
      }
    }
    story.citations.forEach((c, i) => {
      if (c.articleId === article.id) place(c.quote, { kind: "cite", id: `c-${story.id}-${i}`, title: `cites ${c.source}${c.via ? ` via ${c.via}` : ""}` });
    });
    for (const f of story.framing.filter((x) => x.articleId === article.id)) {
      f.terms.forEach((t, i) => {
        const title = `loaded term${t.about ? ` about ${t.about}` : ""}`;
        const where = t.where === "title" ? (article.title ?? "") : article.text;
        const at = occurrences(where, t.term);
        if (at.length === 0) marks.unplaced.push(`${title}: “${t.term}”`);
        // Every use of the term is marked; the first carries the anchor the story page links to.
        at.forEach((start, k) => (t.where === "title" ? marks.title : marks.text).push({ start, end: start + t.term.length, kind: "frame", title, ...(k === 0 ? { id: `f-${i}` } : {}) }));
      });
    }
  }
  return marks;
}

export function articlePageHtml(article: Article, stories: readonly Story[]): string {
  const marks = marksOf(article, stories);
  const title = articleName(article);
  const meta = [article.outlet, article.byline, article.published, article.language].filter(Boolean).map((x) => esc(String(x))).join(" · ");
  const storyLinks = stories.map((s) => `<a href="../stories/${seg(s.id)}.html">${esc(s.headline)}</a>`).join(", ");
  const counts = [
    plural(marks.text.filter((m) => m.kind === "claim").length, "claim quote"),
    plural(marks.text.filter((m) => m.kind === "cite").length, "citation"),
    plural(marks.text.filter((m) => m.kind === "frame").length + marks.title.length, "loaded term"),
  ].join(", ");
  const body = `<nav class="crumbs"><a href="../index.html">Stories</a>${storyLinks ? ` › ${storyLinks}` : ""} › this article</nav>
<h1>${article.title ? markSpans(article.title, marks.title) : esc(article.path)}</h1>
<p class="meta">${meta}</p>
<p class="meta">${outLink(article.url)} <small>from ${esc(article.path)}</small></p>
${article.warnings.length ? `<p class="warnings">Warnings: ${article.warnings.map(esc).join("; ")}</p>` : ""}
<p class="legend"><mark class="claim">claim</mark> <mark class="cite">citation</mark> <mark class="frame">loaded term</mark> · ${esc(counts)}</p>
${stories.length === 0 ? `<p class="hint">Open this article from its story page to see its claims, citations and loaded terms marked.</p>` : ""}
${marks.unplaced.length ? `<p class="warnings">Not found in the text as it stands: ${marks.unplaced.map(esc).join("; ")}</p>` : ""}
<input type="checkbox" id="show-removed" class="switch"><label for="show-removed">Show what was removed as boilerplate (${plural(article.removed.length, "block")})</label>
<article class="text" lang="${esc(article.language)}">${markSpans(article.text, marks.text)}</article>
${removedBlocks(article)}`;
  return page({ title, depth: 1, body, kind: "article-page" });
}

/** The dropped blocks, in page order; the article record does not keep where each stood in the page, so they are listed apart. */
function removedBlocks(article: Article): string {
  const inner =
    article.removed.length === 0
      ? `<p class="empty">Nothing was removed: the input was clean text, or every block was kept.</p>`
      : `<p class="hint">In page order. Dossier keeps the removed blocks but not where each stood between the kept paragraphs, so they are listed here rather than shown in place.</p>
<ol>${article.removed.map((b) => `<li>${esc(b)}</li>`).join("")}</ol>`;
  return `<section class="removed" aria-label="Removed as boilerplate"><h2>Removed as boilerplate</h2>${inner}</section>`;
}
