/**
 * Article text the page holds out of the rendered markup: the schema.org `articleBody` of
 * its JSON-LD (pages rendered by script, and paywalled pages that show readers only the
 * lede but give search engines the whole text), a `<noscript>` copy for readers without
 * script, and HTML kept in a `<script type="text/template">` for the client to render
 * (Blogger's templates). Used only when it holds far more text than the visible container.
 */
import type { AnyNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import { isElement } from "./blocks.js";
import { nestedTooDeep } from "./depth.js";

/** Schema.org types whose `articleBody` is the page's own article. */
const ARTICLE_TYPE = /article|posting|report|blog/i;
/** Client-side template syntax (Underscore `<%`, WordPress `<#`, Mustache `{{`): a widget's template, not a rendered article. */
const TEMPLATE_SYNTAX = /<[%#]|\{\{|\$\{/;

/** Hidden text of the page, each candidate as HTML or plain text. */
export interface HiddenText {
  /** Plain-text article bodies declared in JSON-LD. */
  readonly declared: readonly string[];
  /** HTML fragments (noscript contents, script templates) to run through the block extractor. */
  readonly markup: readonly string[];
}

/**
 * Contents of each `tag` element around `marker` (in its start tag or in its contents, as
 * `inStartTag` says), when at least `minChars` long. Plain substring search: cheaper than a regex or a
 * second walk of the tree over the whole page, which most pages would pay for a tracking pixel.
 */
function around(html: string, marker: string, tag: string, minChars: number, inStartTag: boolean): string[] {
  const out: string[] = [];
  const close = `</${tag}`;
  for (let i = html.indexOf(marker); i >= 0; ) {
    const start = html.lastIndexOf(`<${tag}`, i);
    const contentStart = start < 0 ? -1 : html.indexOf(">", start) + 1;
    const end = html.indexOf(close, i);
    if (end < 0) break;
    // A marker of the start tag (a type attribute) must lie in it, not in some script's code.
    const placed = contentStart > 0 && contentStart <= end && (inStartTag ? i < contentStart : i >= contentStart);
    if (placed && end - contentStart >= minChars) out.push(html.slice(contentStart, end));
    i = html.indexOf(marker, end);
  }
  return out;
}

/** The page's hidden copies that could hold at least `minChars` of text (shorter ones cannot replace the visible body). */
export function findHiddenText(html: string, minChars: number): HiddenText {
  const declared = around(html, "articleBody", "script", minChars, false).flatMap(articleBodies).filter((b) => b.length >= minChars);
  const noscript = around(html, "<noscript", "noscript", minChars, true);
  // A template of markup, not of data (JSON for a component) or of a widget (template syntax).
  const templates = [...around(html, "text/template", "script", minChars, true), ...around(html, "text/x-template", "script", minChars, true)]
    .filter((t) => t.trimStart().startsWith("<") && !TEMPLATE_SYNTAX.test(t));
  return { declared, markup: [...noscript, ...templates] };
}

type Json = Record<string, unknown>;

function nodesOf(data: unknown): Json[] {
  if (Array.isArray(data)) return data.flatMap(nodesOf);
  if (!data || typeof data !== "object") return [];
  const n = data as Json;
  return [n, ...(Array.isArray(n["@graph"]) ? nodesOf(n["@graph"]) : [])];
}

function articleBodies(source: string): string[] {
  if (!source.includes("articleBody")) return [];
  try {
    return nodesOf(JSON.parse(source.trim().replace(/^<!--|-->$/g, "")))
      .filter((n) => ARTICLE_TYPE.test(Array.isArray(n["@type"]) ? n["@type"].join(" ") : String(n["@type"] ?? "")))
      .map((n) => n.articleBody)
      .filter((b): b is string => typeof b === "string" && b.trim() !== "")
      .map(plainParagraphs);
  } catch {
    return [];
  }
}

/** An articleBody is plain text, or HTML that some CMSs put there unchanged: either way, paragraphs joined by blank lines. */
function plainParagraphs(body: string): string {
  if (!/<\/?(p|br|div|h\d)\b/i.test(body)) return body.split(/\n+/).map((p) => p.trim()).filter(Boolean).join("\n\n");
  const out: string[] = [];
  let run = "";
  const flush = () => {
    const t = run.replace(/\s+/g, " ").trim();
    if (t) out.push(t);
    run = "";
  };
  const walk = (node: AnyNode): void => {
    if (node.type === "text") run += (node as AnyNode & { data: string }).data;
    else if (isElement(node)) {
      if (node.name === "script" || node.name === "style") return;
      const block = /^(p|div|h\d|li|br|blockquote|figure|section)$/.test(node.name);
      if (block) flush();
      for (const c of node.children) walk(c);
      if (block) flush();
    }
  };
  const parsed = parseDocument(body, { decodeEntities: true });
  // Too deep to walk: this hidden copy is not read.
  if (nestedTooDeep(parsed)) return "";
  for (const c of parsed.children) walk(c);
  flush();
  return out.join("\n\n");
}
