/** Quality flags a reader should see: truncated or paywalled, not an article, title off the body, no date. */
import type { ExtractConfig } from "../config.js";
import { wordsOf } from "../text/index.js";
import { SENTENCE_END } from "../text/sentences.js";

/** Phrases that end a teaser where a paywall or a "read on" link begins. */
const PAYWALL =
  /(subscribe|sign in|log in|register) to (continue|read)|to (continue|keep) reading|for subscribers|premium content|the rest of this article|weiterlesen mit|jetzt abonnieren|réservé aux abonnés|contenido exclusivo|продолжение доступно|читать (далее|полностью)|(read|continue) (more|reading)…?$/i;
/** Listing pages: many paragraphs, each short (teaser headlines), set from trafilatura-eval's index pages. */
const LISTING_MIN_PARAGRAPHS = 12;
const LISTING_MAX_MEAN_CHARS = 90;
/** A title whose content words share less than this with the body is probably another page's (or a teaser's). */
const MIN_TITLE_OVERLAP = 0.2;
/** Title words shorter than this are function words in most languages. */
const MIN_TITLE_WORD = 4;
/** Words compared by their first letters, a stemmer for every language at once. */
const STEM = 5;

export interface QualityInput {
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly paragraphs: readonly string[];
  readonly removed: readonly string[];
}

export function qualityWarnings(a: QualityInput, config: ExtractConfig): string[] {
  const warnings: string[] = [];
  const last = (a.paragraphs[a.paragraphs.length - 1] ?? "").trim();
  if (a.text.length < config.minBodyChars) warnings.push(`short body (${a.text.length} characters): probably not a full article`);
  if (PAYWALL.test(last) || /(\.\.\.|…)$/.test(last)) warnings.push("probably truncated or paywalled: the body ends in a teaser");
  else if (last && !SENTENCE_END.test(last)) warnings.push("possibly truncated: the body ends mid-sentence");
  const mean = a.text.length / Math.max(1, a.paragraphs.length);
  if (a.paragraphs.length >= LISTING_MIN_PARAGRAPHS && mean < LISTING_MAX_MEAN_CHARS) {
    warnings.push(`probably not an article: ${a.paragraphs.length} short paragraphs (mean ${Math.round(mean)} characters) look like an index or listing page`);
  }
  if (a.title) {
    const words = wordsOf(a.title.toLowerCase()).filter((w) => w.length >= MIN_TITLE_WORD);
    if (words.length >= 2) {
      const body = new Set(wordsOf(a.text.toLowerCase()).map((w) => w.slice(0, STEM)));
      const shared = words.filter((w) => body.has(w.slice(0, STEM))).length / words.length;
      if (shared < MIN_TITLE_OVERLAP) warnings.push(`title does not match the body (${Math.round(shared * 100)}% of its words in the text)`);
    }
  }
  if (!a.published) warnings.push("no publication date");
  return warnings;
}
