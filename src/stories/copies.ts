/**
 * Copies within a story, each pair with its kind:
 * - verbatim: the same body after normalising (case, punctuation, chrome lines);
 * - near-duplicate: most word 5-shingles of one body are in the other;
 * - rewrite: same language, most sentences of the shorter text match the other's, in order;
 * - translation: other language, sentences align in order by their names and numbers, or,
 *   where dictionaries read both languages, by what their words mean (src/stories/meanings.ts).
 * Independent reports of one story share facts but neither wording nor order, and
 * are left unlinked: the claims stage counts them as separate sources.
 */
import type { Languages } from "../lang/languages.js";
import type { Article, CopyKind, CopyLink } from "../model.js";
import { readText, type TextLayer } from "../text/index.js";
import { containment, dice } from "../text/measures.js";
import { meaningMatch, type MeaningText, meaningText, readableByMeaning } from "./meanings.js";
import { align, alignBy } from "./sentenceOrder.js";
import { originalOf } from "./origin.js";
import { type Passage, passage } from "./passages.js";

/** Word n-gram size of shingles: five words rarely repeat by chance across independent texts. */
const SHINGLE = 5;

/** Share of one body's shingles found in the other for a near-duplicate: far above independent reports, below a copy with a paragraph cut. */
const NEAR_DUPLICATE = 0.5;

/** Both ways at least this contained: the same text, give or take an extraction difference. */
const VERBATIM = 0.95;

/** Sentence similarity (Dice of content stems) for two sentences to match: set on the seeds' rewrite pair. */
const SENTENCE_MATCH = 0.4;

/** Share of the shorter text's sentences aligned in order for a rewrite or translation: well above independent reports. */
const ALIGNED_SHARE = 0.6;

/**
 * Share of the longer text's sentences aligned for a translation: translations keep
 * every sentence, a report in another language that shares the story's names does not.
 */
const TRANSLATED_SHARE = 0.45;

/**
 * Whole-body overlap (Dice) below which sentences are not even aligned: a rewrite keeps
 * most content words, a translation most names and numbers. Also bounds the cost of large stories.
 */
const MIN_SHARED_STEMS = 0.45;
const MIN_SHARED_ANCHORS = 0.5;

/** Fewer aligned sentences than this is too little text to call anything a copy. */
const MIN_ALIGNED = 3;

/**
 * Translations read by meaning (src/stories/meanings.ts): two sentences match when this share
 * of their words has a meaning in the other, and two texts are compared only when this share
 * of all their words does. Chosen on the tuned part of the SemEval-2022 machine translations
 * (`npm run bench:stories`, translations): no independent report of another language linked.
 */
const MEANING_MATCH = 0.35;
/**
 * A translation found by names and numbers, where dictionaries read both languages: the mean,
 * over the shorter text's sentences, of each one's best match by meaning in the other. The tuned
 * part's 29 such translations have 0.34 at the least; two short reports of one ferry accident in
 * English and French, sentence by sentence sharing its names, 0.25 and 0.26.
 */
const MEANING_AGREEMENT = 0.3;
const MIN_WHOLE_MEANING = 0.3;
/** Sentences of each text read by meaning at most: a bound on a pair's cost; a translation shows in its first ones. */
const MAX_MEANING_SENTENCES = 40;

/** What a story's copies were found among before: its members then, and the links found. */
export interface KnownCopies {
  readonly articleIds: readonly string[];
  readonly copies: readonly CopyLink[];
}

/**
 * Copy links among a story's articles; `layers` are their texts read (src/text), in the same
 * order. The links are a forest: each article is compared with the earlier ones in order, and
 * linked to one only where that joins two groups of copies. A pair inside one group is implied
 * and neither compared nor listed: a story of k copies of one text has k - 1 links, not k²/2
 * (a 5,078-member story of the 1,000,000-article build held 1,717,380 links, 195 MB of its
 * record). Groups, and so independent counts, are those of linking every pair that copies.
 * `known`: the links found among its earlier members before, by this code (a story's stored
 * group): while those members are all still there, in their order, their links stand and only
 * pairs with a new member are compared, so the links are those of comparing afresh.
 */
export function findCopies(
  articles: readonly Article[],
  languages: Languages,
  layers: readonly TextLayer[] = articles.map((a) => readText(a, languages)),
  known?: KnownCopies,
): CopyLink[] {
  const passages = layers.map(passage);
  // Read by meaning only when a pair of two languages needs it, once per text.
  const meanings = new Map<number, MeaningText>();
  const meaningsOf = (i: number): MeaningText => {
    let m = meanings.get(i);
    if (!m) meanings.set(i, (m = meaningText(layers[i]!, passages[i]!.sentenceIndex.slice(0, MAX_MEANING_SENTENCES), languages)));
    return m;
  };
  const shingles = passages.map((p) => shingleSet(p.words));
  const position = new Map(articles.map((a, i) => [a.id, i]));
  // A member gone may have joined two groups, and a member moved changes the order of comparing: found afresh then.
  const stayed = (known?.articleIds ?? []).filter((id) => position.has(id));
  const inOrder = stayed.length === (known?.articleIds.length ?? 0) && stayed.every((id, k) => k === 0 || position.get(stayed[k - 1]!)! < position.get(id)!);
  const before = new Set(inOrder ? stayed : []);
  const links: CopyLink[] = inOrder ? (known?.copies ?? []).filter(({ articleIds: [a, b] }) => before.has(a) && before.has(b)) : [];
  const group = new Int32Array(articles.length).map((_, i) => i);
  const find = (x: number): number => {
    while (group[x] !== x) x = group[x] = group[group[x]!]!;
    return x;
  };
  for (const { articleIds: [a, b] } of links) group[find(position.get(a)!)] = find(position.get(b)!);
  // A pair's kind and containments depend on the two texts and languages alone: a pair of
  // distinct texts is compared once, however many articles print them word for word.
  const textOf = sameTexts(articles);
  const compared = new Map<number, Compared | null>();
  for (let j = 1; j < articles.length; j++) {
    for (let i = 0; i < j; i++) {
      const [a, b] = [articles[i]!, articles[j]!];
      if ((before.has(a.id) && before.has(b.id)) || find(i) === find(j)) continue;
      const key = textOf[i]! * articles.length + textOf[j]!;
      let c = compared.get(key);
      if (c === undefined) {
        const byMeaning = a.language !== b.language && readableByMeaning(a.language, languages) && readableByMeaning(b.language, languages);
        const found = classify(a, b, passages[i]!, passages[j]!, shingles[i]!, shingles[j]!, byMeaning ? () => [meaningsOf(i), meaningsOf(j)] : null);
        c = found && { ...found, containedAinB: containment(shingles[i]!, shingles[j]!), containedBinA: containment(shingles[j]!, shingles[i]!) };
        compared.set(key, c);
      }
      if (!c) continue;
      const original = originalOf(a, b, {
        kind: c.kind,
        containedAinB: c.containedAinB,
        containedBinA: c.containedBinA,
        wordsA: passages[i]!.words.length,
        wordsB: passages[j]!.words.length,
      });
      links.push({ articleIds: [a.id, b.id], original, kind: c.kind, score: round(c.score) });
      group[find(i)] = find(j);
    }
  }
  return toFamilyOriginals(links).sort((x, y) => position.get(x.articleIds[0])! - position.get(y.articleIds[0])! || position.get(x.articleIds[1])! - position.get(y.articleIds[1])!);
}

/**
 * A rewrite or translation linked to a copy of a text (the forest links it to the first of the
 * family compared) is linked to the family's original instead, as the copies' own links name it: a
 * rewrite of a wire story derives from the wire's report, not from the outlet that printed it first
 * in the input's order.
 */
function toFamilyOriginals(links: readonly CopyLink[]): CopyLink[] {
  const originalOf = new Map<string, string>();
  for (const l of links) {
    if (!l.original || (l.kind !== "verbatim" && l.kind !== "near-duplicate")) continue;
    originalOf.set(l.articleIds[0] === l.original ? l.articleIds[1] : l.articleIds[0], l.original);
  }
  const root = (id: string): string => {
    const seen = new Set<string>();
    while (originalOf.has(id) && !seen.has(id)) {
      seen.add(id);
      id = originalOf.get(id)!;
    }
    return id;
  };
  return links.map((l) => {
    if (!l.original || l.kind === "verbatim" || l.kind === "near-duplicate") return l;
    const family = root(l.original);
    if (family === l.original) return l;
    const other = l.articleIds[0] === l.original ? l.articleIds[1] : l.articleIds[0];
    if (other === family) return l;
    return { ...l, articleIds: l.articleIds[0] === l.original ? [family, other] : [other, family], original: family };
  });
}

interface Compared {
  readonly kind: CopyKind;
  readonly score: number;
  readonly containedAinB: number;
  readonly containedBinA: number;
}

/** Per article, the first article with the same language and the same text (so the same reading): what it is compared as. */
function sameTexts(articles: readonly Article[]): number[] {
  const first = new Map<string, number>();
  return articles.map((a, i) => {
    const key = `${a.language}\u0000${a.text}`;
    const seen = first.get(key);
    if (seen !== undefined) return seen;
    first.set(key, i);
    return i;
  });
}

/**
 * `meanings`: both texts' sentences read by meaning, when dictionaries read both languages: a
 * translation whose sentences name too little to align by names and numbers aligns by them.
 */
function classify(
  a: Article,
  b: Article,
  pa: Passage,
  pb: Passage,
  sa: Set<string>,
  sb: Set<string>,
  meanings: (() => [MeaningText, MeaningText]) | null,
): { kind: CopyKind; score: number } | null {
  if (a.language === b.language || a.language === "und" || b.language === "und") {
    const ab = containment(sa, sb);
    const ba = containment(sb, sa);
    if (sa.size > 0 && Math.min(ab, ba) >= VERBATIM) return { kind: "verbatim", score: Math.min(ab, ba) };
    if (Math.max(ab, ba) >= NEAR_DUPLICATE && sa.size > 0 && sb.size > 0) return { kind: "near-duplicate", score: Math.max(ab, ba) };
    if (dice(pa.allStems, pb.allStems) < MIN_SHARED_STEMS) return null;
    const al = align(pa.stems, pb.stems, SENTENCE_MATCH);
    const share = al.aligned / Math.min(al.sizesA, al.sizesB);
    if (al.aligned >= MIN_ALIGNED && share >= ALIGNED_SHARE) return { kind: "rewrite", score: share };
    return null;
  }
  if (dice(pa.allAnchors, pb.allAnchors) >= MIN_SHARED_ANCHORS) {
    const al = align(pa.anchors, pb.anchors, SENTENCE_MATCH);
    const share = al.aligned / Math.min(al.sizesA, al.sizesB);
    const longer = al.aligned / Math.max(al.sizesA, al.sizesB);
    // Where dictionaries read both languages, what the words mean must agree too: two short reports of one story
    // name the same ferry, company and toll sentence by sentence without one translating the other.
    const meant = (): boolean => {
      if (!meanings) return true;
      const [ma, mb] = meanings();
      const [short, long] = ma.sentences.length <= mb.sentences.length ? [ma.sentences, mb.sentences] : [mb.sentences, ma.sentences];
      if (short.length === 0) return false;
      let sum = 0;
      for (const x of short) sum += Math.max(...long.map((y) => meaningMatch(x, y)));
      return sum / short.length >= MEANING_AGREEMENT;
    };
    if (al.aligned >= MIN_ALIGNED && share >= ALIGNED_SHARE && longer >= TRANSLATED_SHARE && meant()) return { kind: "translation", score: share };
  }
  if (!meanings) return null;
  // By meaning, the shorter text's sentences must align, in order: a translation of the first paragraphs is one too.
  const [ma, mb] = meanings();
  if (ma.sentences.length === 0 || mb.sentences.length === 0 || meaningMatch(ma.whole, mb.whole) < MIN_WHOLE_MEANING) return null;
  // The fewer sentences' side read first: the reading stops once the share can no longer be reached.
  const [short, long] = ma.sentences.length <= mb.sentences.length ? [ma.sentences, mb.sentences] : [mb.sentences, ma.sentences];
  const al = alignBy(short, long, meaningMatch, MEANING_MATCH, Math.max(MIN_ALIGNED, Math.ceil(ALIGNED_SHARE * short.length)));
  const share = al.aligned / Math.min(al.sizesA, al.sizesB);
  if (al.aligned >= MIN_ALIGNED && share >= ALIGNED_SHARE) return { kind: "translation", score: share };
  return null;
}

function shingleSet(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(" "));
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
