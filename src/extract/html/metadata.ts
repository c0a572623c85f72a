/**
 * What the markup says about the article: JSON-LD, <meta> (Open Graph, Dublin Core,
 * parsely, sailthru...), <link rel=canonical>, <time>, itemprop and byline markup.
 * Raw values only; dates are normalised and titles cleaned by the caller.
 */
import type { AnyNode } from "domhandler";
import { classAndId, isElement } from "./blocks.js";
import { readJsonLd, type JsonLdFields } from "./jsonLd.js";

export interface PageMetadata {
  readonly titles: { readonly og: string | null; readonly tag: string | null; readonly h1: string | null; readonly jsonLd: string | null };
  readonly authors: readonly string[];
  /** Candidate publication dates, most trusted first. */
  readonly dates: readonly string[];
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
const META_AUTHOR_KEYS = ["author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl", "citation_author", "twitter:creator"];
/** A byline element's class or id: trafilatura's author xpaths reduced to their words. */
const BYLINE_CLASS = /(^|[\s_-])(byline|author|autor|author-?name|writer|by-?author|post-?author|entry-?author|article-?author|meta-?author|creator|verfasser)($|[\s_-]|name)/i;
const DATE_CLASS = /(^|[\s_-])(date|datum|time|published|pubdate|post-?date|entry-?date|article-?date|timestamp|meta-?date|dateline)($|[\s_-])/i;
/** A byline element's text is a name, not a paragraph: longer than this is not a byline. */
const MAX_BYLINE_CHARS = 80;

function textOf(node: AnyNode): string {
  if (node.type === "text") return (node as AnyNode & { data: string }).data;
  if (!isElement(node) || node.name === "script" || node.name === "style") return "";
  return node.children.map(textOf).join(node.name === "br" ? " " : "");
}

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

  const visit = (node: AnyNode, inArticle: boolean) => {
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
        if (a.type?.toLowerCase().includes("ld+json")) jsonLdSources.push(node.children.map((c) => (c.type === "text" ? (c as AnyNode & { data: string }).data : "")).join(""));
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
    if (names && bylines.length < 3 && BYLINE_CLASS.test(names)) {
      const t = squash(textOf(node));
      if (t && t.length <= MAX_BYLINE_CHARS) bylines.push(t);
    }
    if (names && classDates.length < 3 && DATE_CLASS.test(names)) {
      const t = squash(a.datetime ?? a.content ?? textOf(node));
      if (t && t.length <= MAX_BYLINE_CHARS) classDates.push(t);
    }
    const article = inArticle || node.name === "article" || a.itemprop === "articleBody";
    for (const c of node.children) visit(c, article);
  };
  let h1InArticle = false;
  visit(root, false);

  const ld: JsonLdFields = readJsonLd(jsonLdSources);
  const metaAuthors = META_AUTHOR_KEYS.map((k) => meta.get(k)).filter((v): v is string => !!v && !/^https?:|^@/.test(v));
  return {
    titles: {
      og: meta.get("og:title") ?? meta.get("twitter:title") ?? null,
      tag: titleTag || null,
      h1,
      jsonLd: ld.headline ?? null,
    },
    authors: [...(ld.authors.length ? [ld.authors.join(", ")] : []), ...itemAuthors, ...metaAuthors, ...bylines],
    dates: [
      ...(ld.datePublished ? [ld.datePublished] : []),
      ...META_DATE_KEYS.map((k) => meta.get(k)).filter((v): v is string => !!v),
      ...itemDates,
      ...timeValues,
      ...classDates,
      ...(ld.dateModified ? [ld.dateModified] : []),
    ],
    url: canonical ?? meta.get("og:url") ?? null,
    siteName: meta.get("og:site_name") ?? ld.publisher ?? meta.get("application-name") ?? meta.get("twitter:site")?.replace(/^@/, "") ?? null,
    language: lang ?? meta.get("content-language") ?? meta.get("og:locale") ?? null,
  };
}
