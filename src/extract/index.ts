/** The extract stage: InputDocument → Article (clean body and metadata). */
import { countWords } from "../text/index.js";
import { wellFormed } from "../text/codePoints.js";
import type { ExtractConfig } from "../config.js";
import type { Languages } from "../lang/languages.js";
import type { Article, InputDocument } from "../model.js";
import { chooseByline } from "./byline.js";
import { monthFirstFor, normaliseDate } from "./dates.js";
import { choosePublished } from "./published.js";
import { linesNearHeadline } from "./html/dateline.js";
import { extractFromHtml } from "./html/index.js";
import { loadLanguageIdentifier, type LanguageIdentifier } from "./language.js";
import { isSiteNotice } from "./notices.js";
import { hostOf, outletFromHost, outletFromTitle } from "./outlet.js";
import { extractFromText } from "./text/index.js";
import { chooseTitle, titleAffixes } from "./title.js";
import { qualityWarnings } from "./warnings.js";

export { loadLanguageIdentifier } from "./language.js";
export type { LanguageGuess, LanguageIdentifier } from "./language.js";

export interface Extractor {
  /** Throws an Error whose message says why the document is not an article. */
  extract(doc: InputDocument): Article;
}

/** `languages`: the knowledge pages are read with (chrome phrases, date words, byline labels); every language given applies to every page. */
export async function createExtractor(config: ExtractConfig, languages: Languages): Promise<Extractor> {
  const identify = await loadLanguageIdentifier();
  return { extract: (doc) => extractArticle(doc, config, identify, languages) };
}

/** What a format-specific extractor found, before given fields and checks are applied. */
export interface Found {
  readonly paragraphs: readonly string[];
  readonly removed: readonly string[];
  readonly title: string | null;
  readonly byline: string | null;
  /** Normalised, or null. */
  readonly published: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  /** The page's declared language, if any. */
  readonly language: string | null;
  readonly warnings: readonly string[];
}

function fromHtml(html: string, config: ExtractConfig, languages: Languages): Found {
  const { paragraphs, removed, metadata: m, nearStart, nearEnd, headline } = extractFromHtml(html, languages);
  const host = hostOf(m.url);
  const sites = [m.siteName, host].filter((s): s is string => !!s);
  const monthFirst = monthFirstFor(m.language, languages);
  const warnings: string[] = [];
  const title = chooseTitle(m.titles, sites, languages, headline, m.headings);
  const dateline = linesNearHeadline(m.lines ?? [], m.headings ?? [], title);
  const { published, warning } = choosePublished(m.dates, nearStart, m.url, monthFirst, languages, nearEnd, dateline);
  if (warning) warnings.push(warning);
  return {
    paragraphs,
    removed: removed.slice(0, config.maxRemovedBlocks),
    title,
    byline: chooseByline(m.authors, languages, [...sites, ...titleAffixes(m.titles.tag, title)], dateline),
    published,
    url: m.url,
    outlet: m.siteName?.trim() || outletFromTitle(titleAffixes(m.titles.tag, title), removed, title),
    language: m.language,
    warnings,
  };
}

const wordCount = countWords;

export function extractArticle(doc: InputDocument, config: ExtractConfig, identify: LanguageIdentifier, languages: Languages): Article {
  const found = doc.format === "html" ? fromHtml(doc.content, config, languages) : extractFromText(doc.content, languages);
  const text = found.paragraphs.join("\n\n");
  if (!text.trim()) throw new Error("no article text found after removing page chrome");
  const words = wordCount(text);
  if (words < config.minArticleWords) throw new Error(`no article text: only ${words} word(s) left after removing page chrome`);
  // The same minimum for what is not a cookie or consent banner: a page of a banner and a menu is not an article.
  const own = wordCount(found.paragraphs.filter((p) => !isSiteNotice(p, languages)).join("\n\n"));
  if (own < config.minArticleWords) throw new Error(`no article text: only a cookie or consent notice${own ? ` and ${own} other word(s)` : ""} left after removing page chrome`);
  const warnings = [...doc.warnings, ...found.warnings];
  const guess = identify(text);
  const declared = found.language ? found.language.slice(0, 2).toLowerCase() : null;
  const language = doc.given.language ?? (guess.confidence >= config.minLanguageConfidence || !declared ? guess.language : declared);
  // A date given with the input (a JSON-lines field) is written as every other: "October 31, 2025" is 2025-10-31; what is no date is left out, and said.
  const given = doc.given.published === undefined ? null : normaliseDate(doc.given.published, languages);
  if (doc.given.published !== undefined && given === null) warnings.push(`the given publication date "${doc.given.published.slice(0, 60)}" is not a date: left out`);
  const published = given ?? found.published;
  const url = doc.given.url ?? found.url;
  let outlet = doc.given.outlet ?? found.outlet;
  if (!outlet && url) {
    outlet = outletFromHost(hostOf(url), text, languages);
    if (outlet) warnings.push(`outlet inferred from the URL's domain (${hostOf(url)})`);
  }
  const title = doc.given.title ?? found.title;
  warnings.push(...qualityWarnings({ text, title, published, paragraphs: found.paragraphs, removed: found.removed }, config));
  // Half a surrogate pair (a JSON-lines field cut inside an emoji) is no character: it is stored as U+FFFD.
  const clean = <T extends string | null>(s: T): T => (s === null ? s : (wellFormed(s) as T));
  return {
    id: doc.id,
    path: clean(doc.path),
    url: clean(url),
    outlet: clean(outlet),
    title: clean(title),
    byline: clean(doc.given.byline ?? found.byline),
    published,
    language,
    text: clean(text),
    removed: found.removed.map(clean),
    warnings: warnings.map(clean),
  };
}
