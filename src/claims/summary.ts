/**
 * What a claim shows of its mentions: each mention's quote (an exact substring of its
 * article) and the claim's summary, the clearest mention in the article's own words.
 */
import type { ClaimsConfig } from "../config.js";
import type { Languages } from "../lang/languages.js";
import { claimSentenceSimilarity, type ClaimSentence, comparedKey } from "./claimSentences.js";
import { stopwords } from "./words.js";
import { TERMINAL_END } from "../text/sentences.js";

/** The sentence, or when too long the words around its first number (still an exact substring). */
export function quoteOf(u: ClaimSentence, max: number): string {
  const t = u.sentence.text;
  if (t.length <= max) return t;
  const at = u.values[0]?.index ?? u.quotes[0]?.index ?? 0;
  let from = Math.max(0, at - Math.floor(max / 2));
  let to = Math.min(t.length, from + max);
  if (from > 0) from = t.indexOf(" ", from) + 1;
  if (to < t.length) to = t.lastIndexOf(" ", to);
  return t.slice(from, to).trim();
}

/**
 * The clearest mention: the one most like the others (the common wording), without the
 * attribution clause and leading connective, cut to length. Words are the article's own.
 * `own`: whether a sentence is this claim's alone; where another claim holds the clearest, and
 * one of this claim's own reads whole in the reader's language, the summary is one of those, so
 * that a sentence stating two facts does not show two claims alike.
 */
export function summarise(
  units: readonly ClaimSentence[],
  config: ClaimsConfig,
  languages: Languages,
  storyLanguages: ReadonlyMap<string, number> = new Map(),
  own: (u: ClaimSentence) => boolean = () => true,
): string {
  // A whole sentence (capital first, stop last, not the end of a quotation split after its first sentence) reads better
  // than a fragment cut by a line break.
  const whole = (u: ClaimSentence): number =>
    /^["“«]?[\p{Lu}\d]/u.test(u.sentence.text) && TERMINAL_END.test(u.sentence.text) && openingOf(u.sentence.text) === null ? 1 : 0;
  // In the language most of its mentions are written in, the likeliest to be the reader's;
  // between languages as common, the one most of the story is written in.
  const count = new Map<string, number>();
  for (const u of units) count.set(u.language, (count.get(u.language) ?? 0) + 1);
  const rank = (language: string): [number, number] => [count.get(language)!, storyLanguages.get(language) ?? 0];
  const [most, mostInStory] = [...count.keys()].map(rank).reduce((a, b) => (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a));
  const usual = (u: ClaimSentence): number => (rank(u.language)[0] === most && rank(u.language)[1] === mostInStory ? 1 : 0);
  // How like the others each mention reads, summed over the others; mentions that compare alike
  // (copies of one sentence) are compared once, with their count, so a claim printed by hundreds
  // of copies costs what its different wordings cost.
  const alike = new Map<string, { unit: ClaimSentence; count: number }>();
  for (const u of units) {
    const key = comparedKey(u);
    const seen = alike.get(key);
    if (seen) seen.count++;
    else alike.set(key, { unit: u, count: 1 });
  }
  const likeness = new Map<string, number>();
  for (const [key, { unit }] of alike) {
    let sum = 0;
    for (const other of alike.values()) sum += other.count * claimSentenceSimilarity(unit, other.unit);
    likeness.set(key, sum - claimSentenceSimilarity(unit, unit));
  }
  const scores = new Map(units.map((u) => [u, usual(u) + whole(u) + likeness.get(comparedKey(u))! - u.sentence.text.length / 10_000]));
  const byScore = (list: readonly ClaimSentence[]): ClaimSentence => [...list].sort((a, b) => scores.get(b)! - scores.get(a)!)[0]!;
  const first = byScore(units);
  // Another claim holds the likeliest sentence: one of this claim's own that reads whole in the reader's language, if any.
  const readable = own(first) ? [] : units.filter((u) => own(u) && usual(u) && whole(u));
  const best = readable.length ? byScore(readable) : first;
  let text = best.sentence.text;
  const s = best.sentence.start;
  // Drop a trailing attribution (", The Washington Post noted.") when it closes the sentence.
  for (const [from, to] of best.cues) {
    const clauseStart = text.lastIndexOf(",", from - s);
    if (clauseStart > 0 && /^[\s.!?"”»]*$/.test(text.slice(to - s))) text = text.slice(0, clauseStart);
  }
  // A leading connective made only of function words ("However,", "Кроме того,") says nothing of the claim.
  const lead = /^([\p{L}]+(?:\s[\p{L}]+)?),\s+/u.exec(text);
  if (lead && lead[1]!.toLowerCase().split(" ").every((w) => stopwords(best.language, languages).has(w))) text = text.slice(lead[0].length);
  if (text.length > config.maxSummaryChars) text = text.slice(0, text.lastIndexOf(" ", config.maxSummaryChars)) + " …";
  // The rest of a quotation whose first sentence the text layer parted from it reads as quoted: "“… There is no chlorine …,” said".
  const opening = openingOf(text);
  if (opening !== null) text = `${opening}… ${text.trimStart()}`;
  return text.trim();
}

/** Quotation marks and the mark that opens the quotation each closes (“…”, «…», »…«, „…“, "…"). */
const OPENING_OF: Readonly<Record<string, string>> = { "”": "“", "»": "«", "«": "»", "“": "„", '"': '"' };

/**
 * The mark that opens a quotation the text begins inside of, or null: its first quotation mark
 * closes one (after a word or a stop, before a space, a stop or the end: `hall," company
 * spokesman`, `Chlor ausgetreten“, sagte`).
 */
export function openingOf(text: string): string | null {
  const at = text.search(/["“”„«»]/u);
  if (at <= 0) return null;
  const before = text[at - 1]!, after = text[at + 1];
  return !/\s/u.test(before) && (after === undefined || /[\s,.;:!?]/u.test(after)) ? OPENING_OF[text[at]!] ?? null : null;
}
