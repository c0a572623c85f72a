/**
 * A learned attribution tagger: reads a sentence's tokens left to right and labels each as
 * part of a Source, part of a Cue, or neither (BIO tags), with a linear model over the
 * words around it, their shapes, how often each word is a cue, and where the nearest
 * likely cue sits. The weights come from annotated text (bench/claims/attributionTrain.ts)
 * and live per language in models/attribution-tagger.<code>.json, declared by a pack's
 * `attributionTagger`; a language without one keeps the rules.
 */
import type { AttributionTaggerModel } from "../../lang/types.js";
import type { Token } from "./tokens.js";

export const TAGS = ["O", "B-S", "I-S", "B-C", "I-C"] as const;
export type Tag = (typeof TAGS)[number];

/** The weights, as a language pack declares them (src/lang/types.ts). */
export type TaggerModel = AttributionTaggerModel;

/**
 * A word is a likely cue when at least this share of its uses are cues (PolNeAR train): "said"
 * (0.93), "shows" (0.54), "believes" (0.30) pass; "show" (0.26), "report" (0.09) do not. Set by
 * hand before the first fit and not swept; the model also sees each word's share in buckets.
 */
export const LIKELY_CUE = 0.3;
/** How far (tokens) a source may sit from its cue: "Harbour Authority spokeswoman Olga Brandt, a former pilot, said" fits. */
const CUE_REACH = 12;

const PUNCT = /^[^\p{L}\p{N}]$/u;
const QUOTE = /^["“”«»]$/;

function shape(raw: string): string {
  if (PUNCT.test(raw)) return raw === "," || raw === "." || QUOTE.test(raw) || raw === ":" ? raw : "p";
  if (/^\d/.test(raw)) return "d";
  if (/^\p{Lu}[\p{Lu}.&-]+$/u.test(raw)) return "X";
  if (/^\p{Lu}/u.test(raw)) return raw.endsWith(".") ? "Xx." : "Xx";
  return "x";
}

function shareBucket(share: number | undefined): number {
  if (share === undefined || share < 0.1) return 0;
  return share < LIKELY_CUE ? 1 : share < 0.6 ? 2 : 3;
}

const distBucket = (d: number): string => (d <= 3 ? String(d) : d <= 5 ? "4-5" : d <= 8 ? "6-8" : "9+");

/** Where the nearest likely cue sits on one side, and what lies between (comma, quote, clause end). */
function nearestCue(tokens: readonly Token[], i: number, step: 1 | -1, share: (j: number) => number | undefined): [string, string] {
  let comma = false, quote = false;
  for (let d = 1; d <= CUE_REACH; d++) {
    const t = tokens[i + step * d];
    if (!t) return ["none", ""];
    if ((share(i + step * d) ?? 0) >= LIKELY_CUE) return [`${distBucket(d)}|${comma ? "," : ""}${quote ? "q" : ""}`, t.low];
    if (t.raw === ",") comma = true;
    else if (QUOTE.test(t.raw)) quote = true;
    else if (t.raw === "." || t.raw === ";" || t.raw === ":") return ["stop", ""];
  }
  return ["far", ""];
}

/** What the hand-written cue rules read a token as: part of a source, of a cue, or neither. */
export type RuleReading = "S" | "C" | "O";

/**
 * Features of each token that do not depend on the tags chosen before it. `rules` is the
 * hand-written finder's reading of each token: the model learns when to trust it.
 */
export function staticFeatures(tokens: readonly Token[], model: Pick<TaggerModel, "cueShare" | "wordClass">, rules: readonly RuleReading[]): string[][] {
  // Every reading of a token is computed once: each feature looks at its neighbours' too.
  const classes = tokens.map((t) => {
    const c = model.wordClass[t.low];
    if (!c) return PUNCT.test(t.raw) ? "p" : "?";
    return `${c[0] < 0.05 ? 0 : c[0] < 0.2 ? 1 : c[0] < 0.5 ? 2 : 3}${c[1] < 0.1 ? 0 : c[1] < 0.4 ? 1 : 2}`;
  });
  const shares = tokens.map((t) => model.cueShare[t.low]);
  const buckets = shares.map(shareBucket);
  const shapes = tokens.map((t) => shape(t.raw));
  const verb = (i: number): string => classes[i] ?? "_";
  const cs = (i: number): number => buckets[i] ?? 0;
  const w = (i: number): string => tokens[i]?.low ?? (i < 0 ? "<s>" : "</s>");
  const sh = (i: number): string => shapes[i] ?? "_";
  const share = (j: number): number | undefined => shares[j];
  let quotes = 0;
  return tokens.map((t, i) => {
    const inside = quotes % 2 === 1;
    if (QUOTE.test(t.raw)) quotes++;
    const [right, rightWord] = nearestCue(tokens, i, 1, share);
    const [left, leftWord] = nearestCue(tokens, i, -1, share);
    const rule = rules[i] ?? "O";
    const here = sh(i), next = tokens[i + 1]?.low ?? "";
    return [
      "b", `w=${w(i)}`, `w-1=${w(i - 1)}`, `w+1=${w(i + 1)}`, `w-2=${w(i - 2)}`, `w+2=${w(i + 2)}`,
      `w-1w=${w(i - 1)}|${w(i)}`, `ww+1=${w(i)}|${w(i + 1)}`, `s3=${t.low.slice(-3)}`,
      `sh=${here}`, `sh-1=${sh(i - 1)}`, `sh+1=${sh(i + 1)}`, `shs=${sh(i - 1)}|${here}|${sh(i + 1)}`,
      `cs=${cs(i)}`, `cs-1=${cs(i - 1)}`, `cs+1=${cs(i + 1)}`,
      `rc=${right}`, `lc=${left}`, `rcsh=${right}|${here}`, `lcsh=${left}|${here}`,
      `q=${inside ? 1 : 0}`, `pos=${i === 0 ? "first" : i === tokens.length - 1 ? "last" : "mid"}`,
      `rcw=${rightWord}`, `lcw=${leftWord}`, `w-3=${w(i - 3)}`, `w+3=${w(i + 3)}`,
      `r=${rule}`, `r-1r+1=${rules[i - 1] ?? "_"}|${rule}|${rules[i + 1] ?? "_"}`, `rsh=${rule}|${here}`,
      `s3+1=${next.slice(-3)}`, `sh+1s3+1=${sh(i + 1)}|${next.slice(-2)}`, `cs+2=${cs(i + 2)}`,
      `s2=${t.low.slice(-2)}`, `vc=${verb(i)}`, `vc+1=${verb(i + 1)}`, `vc+2=${verb(i + 2)}`,
      `vc-1=${verb(i - 1)}`, `vc+1+2=${verb(i + 1)}|${verb(i + 2)}`, `shvc+1=${here}|${verb(i + 1)}`,
    ];
  });
}

/** Features that join a token with the tags chosen before it. */
export function tagFeatures(fixed: readonly string[], prev: Tag, prev2: Tag): string[] {
  // fixed[1] is the word, fixed[9] the shape, fixed[16] the right-cue reading, fixed[26] the rules' reading (see staticFeatures).
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1${fixed[1]}`, `t-1${fixed[9]}`, `t-1${fixed[16]}`, `t-1${fixed[26]}`];
}

/** The rules' reading of each token, from the spans they found (offsets in the same text as the tokens). */
export function ruleReadings(tokens: readonly Token[], found: ReadonlyArray<{ source: { start: number; end: number }; cue: { start: number; end: number } }>): RuleReading[] {
  const within = (t: Token, r: { start: number; end: number }): boolean => t.start >= r.start && t.end <= r.end;
  return tokens.map((t) => (found.some((a) => within(t, a.source)) ? "S" : found.some((a) => within(t, a.cue)) ? "C" : "O"));
}

/** A tag may continue a span only after the same kind of span. */
export function allowed(tag: Tag, prev: Tag): boolean {
  return tag[0] !== "I" || prev.slice(1) === tag.slice(1);
}

export function scoreTags(weightOf: (feature: string) => ArrayLike<number> | undefined, features: readonly string[]): number[] {
  const s = new Array<number>(TAGS.length).fill(0);
  for (const f of features) {
    const w = weightOf(f);
    if (w) for (let k = 0; k < TAGS.length; k++) s[k]! += w[k]!;
  }
  return s;
}

/** Greedy left-to-right tagging. */
export function tagTokens(tokens: readonly Token[], model: TaggerModel, rules: readonly RuleReading[]): Tag[] {
  const fixed = staticFeatures(tokens, model, rules);
  const out: Tag[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = out[i - 1] ?? "O", prev2 = out[i - 2] ?? "O";
    const s = scoreTags((f) => model.weights[f], [...fixed[i]!, ...tagFeatures(fixed[i]!, prev, prev2)]).map((x, k) => x + (model.bias[k] ?? 0));
    let best = 0;
    for (let k = 1; k < TAGS.length; k++) if (allowed(TAGS[k]!, prev) && s[k]! > s[best]!) best = k;
    out.push(TAGS[best]!);
  }
  return out;
}

/** Runs of one kind of tag as [first, last] token indices. */
export function spansOf(tags: readonly Tag[], kind: "S" | "C"): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  tags.forEach((t, i) => {
    if (t === `B-${kind}`) out.push([i, i]);
    else if (t === `I-${kind}` && out.length && out[out.length - 1]![1] === i - 1) out[out.length - 1]![1] = i;
  });
  return out;
}
