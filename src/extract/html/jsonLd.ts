/** Schema.org JSON-LD: the article node's headline, authors, dates and publisher. */

export interface JsonLdFields {
  readonly headline?: string;
  readonly authors: readonly string[];
  readonly datePublished?: string;
  readonly dateModified?: string;
  readonly publisher?: string;
}

/** Schema.org types that describe the page's own article (not a breadcrumb, organisation or video). */
const ARTICLE_TYPE = /article|posting|report|blog|newsarticle|webpage|review|creativework/i;

type Json = Record<string, unknown>;

function nameOf(v: unknown): string[] {
  if (typeof v === "string") return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap(nameOf);
  if (v && typeof v === "object") return nameOf((v as Json).name);
  return [];
}

function nodesOf(data: unknown): Json[] {
  if (Array.isArray(data)) return data.flatMap(nodesOf);
  if (!data || typeof data !== "object") return [];
  const n = data as Json;
  const graph = Array.isArray(n["@graph"]) ? nodesOf(n["@graph"]) : [];
  return [n, ...graph];
}

function typeOf(n: Json): string {
  const t = n["@type"];
  return Array.isArray(t) ? t.join(" ") : typeof t === "string" ? t : "";
}

export function readJsonLd(sources: readonly string[]): JsonLdFields {
  const nodes: Json[] = [];
  for (const source of sources) {
    try {
      nodes.push(...nodesOf(JSON.parse(source.trim().replace(/^<!--|-->$/g, ""))));
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  const articles = nodes.filter((n) => ARTICLE_TYPE.test(typeOf(n)) && !/^webpage$/i.test(typeOf(n)));
  const pages = nodes.filter((n) => /^webpage$/i.test(typeOf(n)));
  const best = [...articles, ...pages];
  const pick = (key: string): string | undefined => {
    for (const n of best) if (typeof n[key] === "string" && (n[key] as string).trim()) return (n[key] as string).trim();
    return undefined;
  };
  const authors = articles.flatMap((n) => nameOf(n.author ?? n.creator)).filter((a) => !/^https?:/.test(a));
  const publisher = articles.flatMap((n) => nameOf(n.publisher))[0] ?? nodes.filter((n) => /organization|newsmediaorganization/i.test(typeOf(n))).flatMap((n) => nameOf(n.name))[0];
  return {
    headline: articles.map((n) => n.headline ?? n.name).find((h): h is string => typeof h === "string" && h.trim() !== "")?.trim(),
    authors: [...new Set(authors)],
    datePublished: pick("datePublished") ?? pick("dateCreated"),
    dateModified: pick("dateModified"),
    publisher,
  };
}
