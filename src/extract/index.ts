/** The extract stage: InputDocument → Article (clean body and metadata). */
import type { ExtractConfig } from "../config.js";
import type { Article, InputDocument } from "../model.js";
import { extractFromHtml } from "./html.js";
import { loadLanguageIdentifier, type LanguageIdentifier } from "./language.js";
import { extractFromText } from "./text.js";

export { loadLanguageIdentifier } from "./language.js";
export type { LanguageGuess, LanguageIdentifier } from "./language.js";

export interface Extractor {
  /** Throws an Error whose message says why the document is not an article. */
  extract(doc: InputDocument): Article;
}

export async function createExtractor(config: ExtractConfig): Promise<Extractor> {
  const identify = await loadLanguageIdentifier();
  return { extract: (doc) => extractArticle(doc, config, identify) };
}

export function extractArticle(doc: InputDocument, config: ExtractConfig, identify: LanguageIdentifier): Article {
  const found =
    doc.format === "html"
      ? extractFromHtml(doc.content)
      : { ...extractFromText(doc.content), byline: null, published: null, url: null, outlet: null, language: null };
  const text = found.paragraphs.join("\n\n");
  if (!text.trim()) throw new Error("no article text found");
  const warnings = [...doc.warnings];
  if (text.length < config.minBodyChars) warnings.push(`short body (${text.length} characters): probably not a full article`);
  const guess = identify(text);
  const language = doc.given.language ?? (guess.confidence >= 0.5 ? guess.language : (found.language ?? guess.language));
  const published = doc.given.published ?? normaliseDate(found.published);
  if (!published) warnings.push("no publication date");
  return {
    id: doc.id,
    path: doc.path,
    url: doc.given.url ?? found.url,
    outlet: doc.given.outlet ?? found.outlet ?? hostOf(doc.given.url ?? found.url),
    title: doc.given.title ?? found.title,
    byline: doc.given.byline ?? found.byline,
    published,
    language,
    text,
    removed: found.removed,
    warnings,
  };
}

/** ISO-like timestamps → "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", keeping only the precision given. */
function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value.trim());
  if (!m) return null;
  return m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
