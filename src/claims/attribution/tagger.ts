/**
 * A learned attribution tagger: reads a sentence's tokens left to right and labels each as
 * part of a Source, part of a Cue, or neither (BIO tags), with a linear model over the
 * words around it, their shapes, how often each word is a cue, and where the nearest
 * likely cue sits. The weights come from annotated text (bench/claims/attributionTrain.ts)
 * and live per language in models/attribution-tagger.<code>.json, declared by a pack's
 * `attributionTagger`; a language without one keeps the rules. Features are named by strings
 * (what the model file and the fitting script read) but tagging looks them up by hashed key
 * in typed arrays (featureHash.ts), which gives the same scores without building a string.
 */
import type { AttributionTaggerModel } from "../../lang/types.js";
import { appendPiece, copyPiece, LANES, lookup, pieceOf, weightTable, type WeightTable, writePiece } from "./featureHash.js";
import type { AttributionToken } from "./tokens.js";

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
function nearestCue(tokens: readonly AttributionToken[], i: number, step: 1 | -1, share: (j: number) => number | undefined): [string, string] {
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

/** The per-token readings the features are made of; a feature joins some of them at offsets from the token. */
export const Column = {
  Word: 0, Shape: 1, CueShare: 2, VerbClass: 3, Suffix3: 4, Suffix2: 5, RightCue: 6, LeftCue: 7, RightCueWord: 8, LeftCueWord: 9, Quoted: 10, Position: 11, Rule: 12,
} as const;
export type Column = (typeof Column)[keyof typeof Column];

/** What a column reads beyond the sentence's ends (before the first token, after the last). */
const PAD: Readonly<Record<Column, readonly [string, string]>> = {
  [Column.Word]: ["<s>", "</s>"], [Column.Shape]: ["_", "_"], [Column.CueShare]: ["0", "0"], [Column.VerbClass]: ["_", "_"],
  [Column.Suffix3]: ["", ""], [Column.Suffix2]: ["", ""], [Column.Rule]: ["_", "_"],
  // Read at the token itself only.
  [Column.RightCue]: ["", ""], [Column.LeftCue]: ["", ""], [Column.RightCueWord]: ["", ""], [Column.LeftCueWord]: ["", ""], [Column.Quoted]: ["", ""], [Column.Position]: ["", ""],
};

/** A feature: its name, then the readings it joins with "|", each a column at an offset from the token. */
export type Template = readonly [name: string, parts: ReadonlyArray<readonly [Column, number]>];

const C = Column;
/** The static features, in the order their weights are summed (the order the model was fitted with). */
export const TEMPLATES: readonly Template[] = [
  ["b", []], ["w=", [[C.Word, 0]]], ["w-1=", [[C.Word, -1]]], ["w+1=", [[C.Word, 1]]], ["w-2=", [[C.Word, -2]]], ["w+2=", [[C.Word, 2]]],
  ["w-1w=", [[C.Word, -1], [C.Word, 0]]], ["ww+1=", [[C.Word, 0], [C.Word, 1]]], ["s3=", [[C.Suffix3, 0]]],
  ["sh=", [[C.Shape, 0]]], ["sh-1=", [[C.Shape, -1]]], ["sh+1=", [[C.Shape, 1]]], ["shs=", [[C.Shape, -1], [C.Shape, 0], [C.Shape, 1]]],
  ["cs=", [[C.CueShare, 0]]], ["cs-1=", [[C.CueShare, -1]]], ["cs+1=", [[C.CueShare, 1]]],
  ["rc=", [[C.RightCue, 0]]], ["lc=", [[C.LeftCue, 0]]], ["rcsh=", [[C.RightCue, 0], [C.Shape, 0]]], ["lcsh=", [[C.LeftCue, 0], [C.Shape, 0]]],
  ["q=", [[C.Quoted, 0]]], ["pos=", [[C.Position, 0]]],
  ["rcw=", [[C.RightCueWord, 0]]], ["lcw=", [[C.LeftCueWord, 0]]], ["w-3=", [[C.Word, -3]]], ["w+3=", [[C.Word, 3]]],
  ["r=", [[C.Rule, 0]]], ["r-1r+1=", [[C.Rule, -1], [C.Rule, 0], [C.Rule, 1]]], ["rsh=", [[C.Rule, 0], [C.Shape, 0]]],
  ["s3+1=", [[C.Suffix3, 1]]], ["sh+1s3+1=", [[C.Shape, 1], [C.Suffix2, 1]]], ["cs+2=", [[C.CueShare, 2]]],
  ["s2=", [[C.Suffix2, 0]]], ["vc=", [[C.VerbClass, 0]]], ["vc+1=", [[C.VerbClass, 1]]], ["vc+2=", [[C.VerbClass, 2]]],
  ["vc-1=", [[C.VerbClass, -1]]], ["vc+1+2=", [[C.VerbClass, 1], [C.VerbClass, 2]]], ["shvc+1=", [[C.Shape, 0], [C.VerbClass, 1]]],
];

/**
 * The static features tagFeatures repeats under a "t-1" prefix: the word, the shape, the
 * right-cue reading, the rules' reading. The prefix carries no tag (so these do not depend
 * on the tag before); the model was fitted so, and they are kept as fitted.
 */
export const TAG_JOINED = [1, 9, 16, 26] as const;

/** One row of readings per column, one entry per token: what every feature of the sentence is made of. */
export type Columns = ReadonlyArray<readonly string[]>;

/**
 * Each token's readings that do not depend on the tags chosen before it. `rules` is the
 * hand-written finder's reading of each token: the model learns when to trust it.
 */
export function featureColumns(tokens: readonly AttributionToken[], model: Pick<TaggerModel, "cueShare" | "wordClass">, rules: readonly RuleReading[]): Columns {
  const shares = tokens.map((t) => model.cueShare[t.low]);
  const share = (j: number): number | undefined => shares[j];
  const cols: string[][] = Array.from({ length: Object.keys(Column).length }, () => new Array<string>(tokens.length));
  let quotes = 0;
  tokens.forEach((t, i) => {
    const c = model.wordClass[t.low];
    const inside = quotes % 2 === 1;
    if (QUOTE.test(t.raw)) quotes++;
    const [right, rightWord] = nearestCue(tokens, i, 1, share);
    const [left, leftWord] = nearestCue(tokens, i, -1, share);
    cols[Column.Word]![i] = t.low;
    cols[Column.Shape]![i] = shape(t.raw);
    cols[Column.CueShare]![i] = String(shareBucket(shares[i]));
    cols[Column.VerbClass]![i] = !c ? (PUNCT.test(t.raw) ? "p" : "?") : `${c[0] < 0.05 ? 0 : c[0] < 0.2 ? 1 : c[0] < 0.5 ? 2 : 3}${c[1] < 0.1 ? 0 : c[1] < 0.4 ? 1 : 2}`;
    cols[Column.Suffix3]![i] = t.low.slice(-3);
    cols[Column.Suffix2]![i] = t.low.slice(-2);
    cols[Column.RightCue]![i] = right;
    cols[Column.LeftCue]![i] = left;
    cols[Column.RightCueWord]![i] = rightWord;
    cols[Column.LeftCueWord]![i] = leftWord;
    cols[Column.Quoted]![i] = inside ? "1" : "0";
    cols[Column.Position]![i] = i === 0 ? "first" : i === tokens.length - 1 ? "last" : "mid";
    cols[Column.Rule]![i] = rules[i] ?? "O";
  });
  return cols;
}

/** A column's reading at token j, or its pad beyond the sentence. */
function reading(cols: Columns, column: Column, j: number): string {
  const row = cols[column]!;
  return j < 0 ? PAD[column][0] : j >= row.length ? PAD[column][1] : row[j]!;
}

/** The static features as strings (what the model file names; the fitting script reads these). */
export function staticFeatures(tokens: readonly AttributionToken[], model: Pick<TaggerModel, "cueShare" | "wordClass">, rules: readonly RuleReading[]): string[][] {
  const cols = featureColumns(tokens, model, rules);
  return tokens.map((_, i) => TEMPLATES.map(([name, parts]) => name + parts.map(([c, d]) => reading(cols, c, i + d)).join("|")));
}

/** Features that join a token with the tags chosen before it. */
export function tagFeatures(fixed: readonly string[], prev: Tag, prev2: Tag): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, ...TAG_JOINED.map((f) => `t-1${fixed[f]}`)];
}

/** The rules' reading of each token, from the spans they found (offsets in the same text as the tokens). */
export function ruleReadings(tokens: readonly AttributionToken[], found: ReadonlyArray<{ source: { start: number; end: number }; cue: { start: number; end: number } }>): RuleReading[] {
  const within = (t: AttributionToken, r: { start: number; end: number }): boolean => t.start >= r.start && t.end <= r.end;
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

/** A model made ready for hashed lookups: its weights in a typed table, the pieces every feature key starts from. */
interface HashedTagger {
  readonly table: WeightTable;
  readonly bias: Float64Array;
  /** The piece of each template's name, LANES apart. */
  readonly names: Int32Array;
  /** Per column, the pieces of its pads before and after the sentence. */
  readonly pads: Int32Array;
  readonly separator: Int32Array;
  readonly joinedPrefix: Int32Array;
  /** Rows of "t-1=<tag>" by tag, and of "t-2t-1=<tag>|<tag>" by TAGS.length × tag before last + last. */
  readonly prevRows: Int32Array;
  readonly prev2Rows: Int32Array;
  /** Work space reused from sentence to sentence (tagging is synchronous): a fresh typed array per sentence costs more than the tagging. */
  scratch: { pieces: Int32Array; rows: Int32Array };
}

const hashed = new WeakMap<TaggerModel, HashedTagger>();
const COLUMNS = Object.values(Column);
/** Pad slots on each side of a sentence's pieces: the farthest any template reads from its token. */
const REACH = Math.max(...TEMPLATES.flatMap(([, parts]) => parts.map(([, d]) => Math.abs(d))));

function hashedTagger(model: TaggerModel): HashedTagger {
  let h = hashed.get(model);
  if (h) return h;
  const table = weightTable(model.weights, TAGS.length);
  const names = new Int32Array(TEMPLATES.length * LANES), pads = new Int32Array(COLUMNS.length * 2 * LANES);
  TEMPLATES.forEach(([name], f) => writePiece(name, names, f * LANES));
  for (const c of COLUMNS) for (const side of [0, 1]) writePiece(PAD[c][side]!, pads, (c * 2 + side) * LANES);
  h = {
    table,
    bias: Float64Array.from(TAGS, (_, k) => model.bias[k] ?? 0),
    names,
    pads,
    separator: pieceOf("|"),
    joinedPrefix: pieceOf("t-1"),
    prevRows: Int32Array.from(TAGS, (t) => lookup(table, pieceOf(`t-1=${t}`))),
    prev2Rows: Int32Array.from(TAGS.flatMap((t2) => TAGS.map((t) => lookup(table, pieceOf(`t-2t-1=${t2}|${t}`))))),
    scratch: { pieces: new Int32Array(0), rows: new Int32Array(0) },
  };
  hashed.set(model, h);
  return h;
}

/** Every static feature's row of weights (or -1), token by token: the features of staticFeatures, then tagFeatures' tag-free ones. */
function staticRows(tokens: readonly AttributionToken[], model: TaggerModel, rules: readonly RuleReading[], m: HashedTagger): Int32Array {
  const n = tokens.length, width = n + 2 * REACH, count = TEMPLATES.length + TAG_JOINED.length;
  // Each column's pieces, padded on both sides, so a template reads any offset without a test.
  if (m.scratch.pieces.length < COLUMNS.length * width * LANES) m.scratch.pieces = new Int32Array(2 * COLUMNS.length * width * LANES);
  if (m.scratch.rows.length < n * count) m.scratch.rows = new Int32Array(2 * n * count);
  const { pieces, rows } = m.scratch;
  const cols = featureColumns(tokens, model, rules);
  const key = new Int32Array(LANES), joined = new Int32Array(LANES);
  for (const c of COLUMNS) {
    for (let j = 0; j < width; j++) {
      const at = (c * width + j) * LANES, i = j - REACH;
      if (i >= 0 && i < n) writePiece(cols[c]![i]!, pieces, at);
      else {
        copyPiece(key, m.pads, (c * 2 + (i < 0 ? 0 : 1)) * LANES);
        pieces.set(key, at);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < TEMPLATES.length; f++) {
      const parts = TEMPLATES[f]![1];
      copyPiece(key, m.names, f * LANES);
      for (let k = 0; k < parts.length; k++) {
        if (k > 0) appendPiece(key, m.separator, 0);
        appendPiece(key, pieces, (parts[k]![0] * width + REACH + i + parts[k]![1]) * LANES);
      }
      rows[i * count + f] = lookup(m.table, key);
      const j = TAG_JOINED.indexOf(f as (typeof TAG_JOINED)[number]);
      if (j >= 0) {
        // "t-1" + the feature: tagFeatures joins these whatever the tag before.
        copyPiece(joined, m.joinedPrefix, 0);
        appendPiece(joined, key, 0);
        rows[i * count + TEMPLATES.length + j] = lookup(m.table, joined);
      }
    }
  }
  return rows;
}

/**
 * Greedy left-to-right tagging. The features are the strings of staticFeatures and
 * tagFeatures, summed in the same order (so the scores are the same to the last bit), but
 * looked up by hashed key in typed arrays: no feature string is built.
 */
export function tagTokens(tokens: readonly AttributionToken[], model: TaggerModel, rules: readonly RuleReading[]): Tag[] {
  const m = hashedTagger(model);
  const { weights } = m.table, width = TAGS.length, count = TEMPLATES.length + TAG_JOINED.length;
  const rows = staticRows(tokens, model, rules, m);
  const score = new Float64Array(width);
  const add = (row: number): void => {
    if (row >= 0) for (let k = 0; k < width; k++) score[k]! += weights[row * width + k]!;
  };
  const out: Tag[] = [];
  let prev = 0, prev2 = 0;
  for (let i = 0; i < tokens.length; i++) {
    score.fill(0);
    for (let f = 0; f < TEMPLATES.length; f++) add(rows[i * count + f]!);
    // tagFeatures' order: the tag before, the two before, then the tag-free joined ones.
    add(m.prevRows[prev]!);
    add(m.prev2Rows[prev2 * width + prev]!);
    for (let f = TEMPLATES.length; f < count; f++) add(rows[i * count + f]!);
    for (let k = 0; k < width; k++) score[k]! += m.bias[k]!;
    let best = 0;
    for (let k = 1; k < width; k++) if (allowed(TAGS[k]!, TAGS[prev]!) && score[k]! > score[best]!) best = k;
    out.push(TAGS[best]!);
    prev2 = prev;
    prev = best;
  }
  return out;
}

/** The same greedy tagging over the named features (a dictionary lookup per feature string): the reference tagTokens is checked and timed against. */
export function tagTokensByName(tokens: readonly AttributionToken[], model: TaggerModel, rules: readonly RuleReading[]): Tag[] {
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
