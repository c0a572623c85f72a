/** HTML → body paragraphs, dropped chrome and the metadata the markup states. */
import { Parser } from "htmlparser2";

export interface HtmlBlocks {
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly language: string | null;
  readonly paragraphs: string[];
  readonly removed: string[];
}

/** Elements whose whole subtree is never article text. */
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select"]);
/** Elements whose subtree is page chrome: kept in `removed`, not in the body. */
const CHROME = new Set(["nav", "header", "footer", "aside", "figcaption"]);
const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "div", "section", "article"]);

export function extractFromHtml(html: string): HtmlBlocks {
  const meta = new Map<string, string>();
  const paragraphs: string[] = [];
  const removed: string[] = [];
  let titleTag = "";
  let htmlLang: string | null = null;
  const stack: string[] = [];
  let skipDepth = 0;
  let chromeDepth = 0;
  let inTitle = false;
  let buffer = "";
  const jsonLd: string[] = [];
  let inJsonLd = false;

  const flush = () => {
    const text = buffer.replace(/\s+/g, " ").trim();
    buffer = "";
    if (!text) return;
    (chromeDepth > 0 ? removed : paragraphs).push(text);
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
        if (name === "html" && attrs.lang) htmlLang = attrs.lang.slice(0, 2).toLowerCase();
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
          if (key && attrs.content) meta.set(key, attrs.content.trim());
        }
        if (name === "link" && attrs.rel === "canonical" && attrs.href) meta.set("canonical", attrs.href);
        if (name === "title") inTitle = true;
        if (name === "script" && attrs.type === "application/ld+json") inJsonLd = true;
        if (SKIP.has(name)) skipDepth++;
        if (BLOCKS.has(name) || name === "br") flush();
        if (CHROME.has(name)) chromeDepth++;
      },
      ontext(text) {
        if (inJsonLd) jsonLd.push(text);
        else if (inTitle) titleTag += text;
        else if (skipDepth === 0) buffer += text;
      },
      onclosetag(name) {
        stack.pop();
        if (name === "title") inTitle = false;
        if (name === "script") inJsonLd = false;
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (BLOCKS.has(name)) flush();
        if (CHROME.has(name)) {
          flush();
          chromeDepth = Math.max(0, chromeDepth - 1);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const ld = parseJsonLd(jsonLd.join(""));
  const title = meta.get("og:title") ?? ld.headline ?? (titleTag.trim() || null);
  return {
    title: title ? title.replace(/\s+/g, " ").trim() : null,
    byline: meta.get("author") ?? ld.author ?? null,
    published: meta.get("article:published_time") ?? ld.datePublished ?? null,
    url: meta.get("canonical") ?? meta.get("og:url") ?? null,
    outlet: meta.get("og:site_name") ?? ld.publisher ?? null,
    language: htmlLang,
    paragraphs,
    removed,
  };
}

interface JsonLdFields {
  headline?: string;
  author?: string;
  datePublished?: string;
  publisher?: string;
}

function parseJsonLd(source: string): JsonLdFields {
  if (!source.trim()) return {};
  try {
    const data: unknown = JSON.parse(source);
    const nodes = (Array.isArray(data) ? data : [data]).flatMap((n) =>
      n && typeof n === "object" && Array.isArray((n as Record<string, unknown>)["@graph"]) ? ((n as Record<string, unknown>)["@graph"] as unknown[]) : [n],
    );
    for (const node of nodes) {
      if (!node || typeof node !== "object") continue;
      const n = node as Record<string, unknown>;
      if (typeof n.headline !== "string") continue;
      const name = (v: unknown): string | undefined =>
        typeof v === "string" ? v : Array.isArray(v) ? name(v[0]) : v && typeof v === "object" ? name((v as Record<string, unknown>).name) : undefined;
      return {
        headline: n.headline,
        author: name(n.author),
        datePublished: typeof n.datePublished === "string" ? n.datePublished : undefined,
        publisher: name(n.publisher),
      };
    }
  } catch {
    // Broken JSON-LD is common; the page's other metadata still counts.
  }
  return {};
}
