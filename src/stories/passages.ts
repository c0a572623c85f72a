/**
 * The parts of an article copy detection compares: body sentences, without the short
 * lines around them (menus, bylines, "Related posts", credits), so that page chrome
 * left in or taken out by extraction changes nothing.
 */
import type { TextLayer } from "../text/index.js";

/** A paragraph with fewer words than this is chrome or a heading, not reporting. */
const MIN_BODY_WORDS = 8;

/**
 * Sentences kept for alignment, which compares every sentence of one text with every one of
 * the other: a bound on that cost per pair. Above any news article (the longest FNC-1 body
 * has 162); two 10 MB texts took minutes without it.
 */
const MAX_ALIGNED_SENTENCES = 600;

/** Words shorter than this carry no topic. */
const MIN_CONTENT_WORD = 3;

export interface Passage {
  /** Lower-cased words of the body, in order: for shingles and verbatim tests. */
  readonly words: readonly string[];
  /** Per body sentence: its content stems (same-language alignment). */
  readonly stems: readonly ReadonlySet<string>[];
  /** Per body sentence: its name keys and numbers (cross-language alignment). */
  readonly anchors: readonly ReadonlySet<string>[];
  /** All stems and all anchors of the body: a cheap first test before aligning sentences. */
  readonly allStems: ReadonlySet<string>;
  readonly allAnchors: ReadonlySet<string>;
  /** Per body sentence: its index among the text layer's sentences. */
  readonly sentenceIndex: readonly number[];
}

/** The passage of an article read into its text layer. */
export function passage(layer: TextLayer): Passage {
  const { paragraphs, sentences, tokens, sentenceTokens } = layer;
  const words: string[] = [];
  const stems: Set<string>[] = [];
  const anchors: Set<string>[] = [];
  const sentenceIndex: number[] = [];
  let t = 0;
  let next = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    while (t < tokens.length && tokens[t]!.start < start) t++;
    const from = t;
    while (t < tokens.length && tokens[t]!.end <= end) t++;
    const first = next;
    while (next < sentences.length && sentences[next]!.paragraph === p) next++;
    if (t - from < MIN_BODY_WORDS) continue;
    for (let k = from; k < t; k++) words.push(tokens[k]!.lower);
    for (let k = first; k < next; k++) {
      const s = new Set<string>();
      const a = new Set<string>();
      sentenceTokens[k]!.forEach((token, i) => {
        if (token.value !== null) {
          s.add(`#${token.value}`);
          a.add(`#${token.value}`);
        } else if (token.kind === "word" && token.lower.length >= MIN_CONTENT_WORD && !token.stop) {
          s.add(token.stem);
          // A capital opening a sentence says nothing; elsewhere it marks a name.
          if (i > 0 && token.nameKey) a.add(token.nameKey);
        }
      });
      if (s.size > 0 && stems.length < MAX_ALIGNED_SENTENCES) {
        stems.push(s);
        anchors.push(a);
        sentenceIndex.push(k);
      }
    }
  }
  const union = (sets: readonly Set<string>[]) => new Set(sets.flatMap((x) => [...x]));
  return { words, stems, anchors, allStems: union(stems), allAnchors: union(anchors), sentenceIndex };
}
