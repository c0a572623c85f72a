/**
 * What the markup says about the article: JSON-LD, <meta> (Open Graph, Dublin Core,
 * parsely, sailthru...), <link rel=canonical>, <time>, itemprop and byline markup.
 * Raw values only; dates are normalised and titles cleaned by the caller.
 */
import type { AnyNode } from "domhandler";
import { classAndId, isElement } from "./blocks.js";
import { readJsonLd, type JsonLdFields } from "./jsonLd.js";
import { type Heading, type PageLine, readLines, textOf } from "./pageLines.js";

/**
 * Where a date was stated: as the publication date (JSON-LD datePublished, article:published_time,
 * itemprop), by a `<time>` element or a date-classed element anywhere on the page, or as the
 * last-modified date.
 */
export type DateSource = "published" | "time" | "class" | "modified";

export interface DateCandidate {
  readonly raw: string;
  readonly source: DateSource;
}

export interface PageMetadata {
  readonly titles: {
    readonly og: string | null;
    readonly twitter?: string | null;
    readonly tag: string | null;
    readonly h1: string | null;
    readonly jsonLd: string | null;
  };
  /** The page's h1-h6 in order, with kicker parts split off. */
  readonly headings?: readonly Heading[];
  /** Short visible lines in reading order (see pageLines.ts). */
  readonly lines?: readonly PageLine[];
  readonly authors: readonly string[];
  /** Candidate publication dates, most trusted first. */
  readonly dates: readonly DateCandidate[];
  readonly url: string | null;
  readonly siteName: string | null;
  readonly language: string | null;
}

const META_DATE_KEYS = [
  "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "publishdate", "publish-date", "pubdate",
  "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "dc.created", "sailthru.date",
  "parsely-pub-date", "article.published", "published_time", "original-publish-date", "cxenseparse:recs:publishtime", "article_date_original",
  "citation_publication_date", "release_date", "created",
];
/** Last-modified dates: the publication date only when nothing else is given. */
const META_MODIFIED_KEYS = ["article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod"];
const META_AUTHOR_KEYS = ["author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl", "citation_author", "twitter:creator"];
/** A byline element's class or id: trafilatura's author xpaths reduced to their words. */
const BYLINE_CLASS = /(^|[\s_-])(byline|author|autor|author-?name|writer|by-?author|post-?author|entry-?author|article-?author|meta-?author|creator|verfasser)($|[\s_-]|name)/i;
/** Comment threads and forms: their "author" elements name readers (or label an input), not the article's author. */
const COMMENTS_CLASS = /(^|\s)(comments?|respond|replies|reply)($|[\s_-])/i;
const DATE_CLASS = /(^|[\s_-])(date|datum|time|published|pubdate|post-?date|entry-?date|article-?date|timestamp|meta-?date|dateline|publish(?:ed|ing)?-?date|date-?published|publication-?date)($|[\s_-])/i;
/** A script without a type that holds a schema.org object rather than code. */
const UNTYPED_JSON_LD = /^\s*[[{]\s*"@(?:context|graph|type)"/;
/** A byline element's text is a name, not a paragraph: longer than this is not a byline. */
const MAX_BYLINE_CHARS = 80;

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

export function readMetadata(root: AnyNode): PageMetadata {
  const meta = new Map<string, string>();
  const jsonLdSources: string[] = [];
  const timeValues: string[] = [];
  const itemDates: string[] = [];
  const itemAuthors: string[] = [];
  const bylines: string[] = [];
  const classDates: string[] = [];
  let titleTag: string | null = null;
  let h1: string | null = null;
  let canonical: string | null = null;
  let lang: string | null = null;

  const visit = (node: AnyNode, inArticle: boolean, inComments = false) => {
    if (!isElement(node)) {
      if (node.type === "root") for (const c of (node as unknown as { children: AnyNode[] }).children) visit(c, inArticle);
      return;
    }
    const a = node.attribs;
    switch (node.name) {
      case "html":
        if (a.lang) lang = a.lang;
        break;
      case "meta": {
        const key = (a.property ?? a.name ?? a.itemprop ?? a["http-equiv"] ?? "").toLowerCase();
        if (key && a.content && !meta.has(key)) meta.set(key, a.content.trim());
        if (a.itemprop === "datePublished" && a.content) itemDates.push(a.content);
        return;
      }
      case "link":
        if (a.rel?.toLowerCase() === "canonical" && a.href) canonical ??= a.href;
        return;
      case "title":
        titleTag ??= squash(textOf(node));
        return;
      case "script":
      {
        const body = node.children.map((c) => (c.type === "text" ? (c as AnyNode & { data: string }).data : "")).join("");
        // Some templates leave out the type attribute of their JSON-LD: a bare script that is a schema.org object is one too.
        if (a.type?.toLowerCase().includes("ld+json") || (!a.type && !a.src && UNTYPED_JSON_LD.test(body))) jsonLdSources.push(body);
      }
        return;
      case "style":
        return;
      case "time":
        if (a.datetime) timeValues.push(a.datetime);
        break;
      case "h1":
        if (!h1 || (inArticle && !h1InArticle)) {
          const t = squash(textOf(node));
          if (t) {
            h1 = t;
            h1InArticle = inArticle;
          }
        }
        break;
    }
    if (a.itemprop === "datePublished") itemDates.push(a.datetime ?? a.content ?? squash(textOf(node)));
    if (a.itemprop === "author" || a.rel === "author") {
      const name = node.children.some((c) => isElement(c) && c.attribs.itemprop === "name") ? null : squash(textOf(node));
      if (name && name.length <= MAX_BYLINE_CHARS) itemAuthors.push(name);
    }
    if (a.itemprop === "name" && node.parent && isElement(node.parent) && node.parent.attribs.itemprop === "author") {
      itemAuthors.push(squash(a.content ?? textOf(node)));
    }
    const names = classAndId(node);
    // A class token that starts with the word: "comment-author", "comments-area"; not the body's "showing-comments".
    const comments = inComments || node.name === "form" || node.name === "label" || (node.name !== "body" && COMMENTS_CLASS.test(names));
    if (names && !comments && bylines.length < 3 && BYLINE_CLASS.test(names)) {
      const t = squash(textOf(node));
      if (t && t.length <= MAX_BYLINE_CHARS) bylines.push(t);
    }
    if (names && classDates.length < 3 && DATE_CLASS.test(names)) {
      const t = squash(a.datetime ?? a.content ?? textOf(node));
      if (t && t.length <= MAX_BYLINE_CHARS) classDates.push(t);
    }
    const article = inArticle || node.name === "article" || a.itemprop === "articleBody";
    for (const c of node.children) visit(c, article, comments);
  };
  let h1InArticle = false;
  visit(root, false);

  const ld: JsonLdFields = readJsonLd(jsonLdSources);
  const { lines, headings } = readLines(root);
  const metaAuthors = META_AUTHOR_KEYS.map((k) => meta.get(k)).filter((v): v is string => !!v && !/^https?:|^@/.test(v));
  return {
    titles: {
      og: meta.get("og:title") ?? meta.get("twitter:title") ?? null,
      twitter: meta.get("twitter:title") ?? null,
      tag: titleTag || null,
      h1,
      jsonLd: ld.headline ?? null,
    },
    authors: [...(ld.authors.length ? [ld.authors.join(", ")] : []), ...itemAuthors, ...metaAuthors, ...bylines],
    headings,
    lines,
    dates: [
      ...[ld.datePublished, ...META_DATE_KEYS.map((k) => meta.get(k)), ...itemDates].map((raw) => ({ raw, source: "published" as const })),
      ...timeValues.map((raw) => ({ raw, source: "time" as const })),
      ...classDates.map((raw) => ({ raw, source: "class" as const })),
      ...[ld.dateModified, ...META_MODIFIED_KEYS.map((k) => meta.get(k))].map((raw) => ({ raw, source: "modified" as const })),
    ].filter((d): d is DateCandidate => !!d.raw && !!d.raw.trim()),
    url: canonical ?? meta.get("og:url") ?? null,
    siteName: meta.get("og:site_name") ?? ld.publisher ?? meta.get("application-name") ?? meta.get("twitter:site")?.replace(/^@/, "") ?? null,
    language: lang ?? meta.get("content-language") ?? meta.get("og:locale") ?? null,
  };
}
