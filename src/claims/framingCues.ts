/**
 * Evaluative words framing reads beside its lists: an opinion lexicon's strong adjectives and
 * adverbs, and scare quotes (a word the outlet quotes to distance itself from it).
 */
import type { FramingKnowledge } from "../lang/types.js";
import { Scanner } from "../text/scanner.js";

/** A framing candidate: offset in the text read, the exact words, and whether it is a scare quote. */
export interface FramingCandidate {
  readonly index: number;
  readonly term: string;
  readonly scare?: boolean;
}

/** Weakest opinion score that frames: AFINN's 1–2 are everyday words ("help", "problem"). */
const OPINION_MIN_SCORE = 3;
/** Most words a scare quote holds: two quoted words are already most often a fragment of speech ("not true"). */
const SCARE_MAX_WORDS = 1;
/** Words before an opening quote searched for a verb of saying ("called it “nuts”" quotes a speaker). */
const SAYING_LOOKBACK_WORDS = 4;

const scanner = new Scanner();

/** The words (not numbers) of the one word grammar (src/text/scanner.ts), with their offsets. */
function wordsOf(text: string): Array<{ index: number; word: string }> {
  const out: Array<{ index: number; word: string }> = [];
  scanner.reset(text);
  while (scanner.next()) if (scanner.word) out.push({ index: scanner.start, word: text.slice(scanner.start, scanner.end) });
  return out;
}
/**
 * A short quotation. A ’ followed by a letter is an apostrophe ("‘that’s a funny looking bit of
 * driftwood’"), not the end of one; after other closing marks a letter may follow (Turkish case
 * endings: "“Barış”ın").
 */
const SHORT_QUOTE = /(?<![\p{L}\p{N}])(?:“([^“”"\n]+)”|"([^"“”\n]+)"|‘([^‘’\n]+)’(?![\p{L}\p{N}])|«([^«»\n]+)»|„([^„“”\n]+)[“”])/gu;

/** Each language's descriptive opinion words, as a set, made once. */
const descriptiveSets = new WeakMap<FramingKnowledge, ReadonlySet<string>>();
function descriptiveOf(k: FramingKnowledge): ReadonlySet<string> {
  let set = descriptiveSets.get(k);
  if (!set) descriptiveSets.set(k, (set = new Set(k.descriptiveOpinionWords ?? [])));
  return set;
}

/** Strong opinion words of the lexicon in the forms of an adjective or adverb, but those news uses to describe. */
export function opinionWords(text: string, k: FramingKnowledge): FramingCandidate[] {
  const lexicon = k.opinionLexicon;
  const endings = k.evaluativeEndings ?? [];
  if (!lexicon) return [];
  const descriptive = descriptiveOf(k);
  const out: FramingCandidate[] = [];
  for (const { index, word } of wordsOf(text)) {
    const w = word.toLowerCase();
    const score = Object.hasOwn(lexicon, w) && !descriptive.has(w) ? lexicon[w]! : 0;
    if (Math.abs(score) >= OPINION_MIN_SCORE && endings.some((e) => w.endsWith(e))) out.push({ index, term: word });
  }
  return out;
}

/**
 * Scare quotes: a quoted single word, in lower case, that no verb of saying just before
 * introduces and that ends in no punctuation of its own (a cut-off sentence of speech does);
 * not a word mentioned as a word or a name (`mentionWords` right before it: "the word ‘gay’",
 * "user “lerde”").
 */
export function scareQuotes(text: string, sayingVerbs: readonly string[], k?: FramingKnowledge): FramingCandidate[] {
  const saying = new Set(sayingVerbs.map((v) => v.toLowerCase()));
  const mentions = new Set(k?.mentionWords ?? []);
  const out: FramingCandidate[] = [];
  for (const m of text.matchAll(SHORT_QUOTE)) {
    const inner = m.slice(1).find((g) => g !== undefined)!;
    const words = inner.trim().split(/\s+/u);
    if (words.length > SCARE_MAX_WORDS || inner !== inner.trim()) continue;
    if (!/^\p{Ll}/u.test(inner) || /[\p{N}.,!?;:…]/u.test(inner)) continue;
    const before = wordsOf(text.slice(0, m.index)).slice(-SAYING_LOOKBACK_WORDS).map(({ word }) => word.toLowerCase());
    if (before.some((w) => saying.has(w))) continue;
    if (before.length > 0 && mentions.has(before.at(-1)!)) continue;
    out.push({ index: m.index + 1, term: inner, scare: true });
  }
  return out;
}
