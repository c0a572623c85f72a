/**
 * What the stance reading measures on a (statement, text) pair: how much of the statement the
 * text carries (whole text, best sentences, lead, word pairs, numbers, the rarest word missing)
 * and which side-taking words (src/lang/<code>/stance.ts) stand near it. Plain numbers, so a
 * small linear model (src/claims/stanceModel.ts) can weigh the relatedness ones.
 */
import type { Languages } from "../lang/languages.js";
import { readText, readTokens, type Token } from "../text/index.js";
import { escapeRegExp } from "../regexp.js";
import { cueParts } from "./cues.js";

/** Sentences read for side-taking words: the ones that align best with the statement. */
const STANCE_SENTENCES = 3;
/** Fewest words a denial says after its cue to deny a matter of its own ("denied reports that toxic smoke reached the city"). */
const OWN_MATTER_WORDS = 3;
/** Opening sentences counted as the lead: news states its subject first. */
const LEAD_SENTENCES = 3;
/** Main words of a text: its highest rarity-weighted counts. */
const BODY_TOP = 10;
/** Longest stop word still dropped: function words ("the", "its", "from", "with"), not story words ("third", "million"). */
const SHORT_STOPWORD = 4;

/** Names of the relatedness features, in the order `readPair` returns them. */
export const RELATEDNESS_FEATURES = [
  "contained", "best", "second", "plain", "bigrams", "lead", "numbers", "noNumbers", "missingRare",
  "cosine", "density", "logLength", "headLength", "containedXbest", "first", "repeated", "bodyTop",
] as const;

export interface PairReading {
  /** Features in the order of RELATEDNESS_FEATURES. */
  readonly relatedness: number[];
  /** Weighted share of the statement's stems in the one sentence that carries most of them. */
  readonly best: number;
  /** That sentence ("" for a text without one). */
  readonly bestSentence: string;
  /** Weighted share of the statement's stems that sentence writes in lower case: more than names shared ("Hollen" in "the Hollen mayor said"). */
  readonly bestPlain: number;
  /** Side-taking cues (src/lang/<code>/stance.ts) in the sentences that align best, and in the statement itself. */
  readonly refutingNear: number;
  readonly refutingStatement: number;
  readonly hedgingNear: number;
  readonly hedgingStatement: number;
  /** Phrases anywhere in the text saying that what it reports is not confirmed ("could not be independently verified"). */
  readonly unverified: number;
}

/**
 * Stems with possessives dropped and compounds split, so "Velk’s" and "ex-mayor" meet "Velk"
 * and "mayor": headlines and bodies join words differently. Only short stop words are
 * dropped: long stop lists hold words that name a story ("third", "million", "state"), and the
 * caller's rarity weights discount the common ones anyway.
 */
export function stanceStems(text: string, language: string, languages: Languages): string[] {
  return stemsOfTokens(readTokens(text, language, languages), language, languages);
}

function stemsOfTokens(tokens: readonly Token[], language: string, languages: Languages): string[] {
  const { stopwords, stem } = languages.words(language);
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    const whole = t.lower.replace(/['’]s$/u, "");
    const parts = /['’-]/.test(whole) ? whole.split(/['’-]+/) : [whole];
    for (const w of parts) {
      if (w.length < 2 || /^\d+$/.test(w) || (w.length <= SHORT_STOPWORD && stopwords.has(w))) continue;
      out.push(w === t.lower ? t.stem : stem(w));
    }
  }
  return out;
}


/** How many of the cues occur at a word start in the text (a typographic apostrophe read as "'": "didn’t confirm"); " … " in a cue is a gap (src/claims/cues.ts). */
export function cueHits(text: string, cues: readonly string[]): number {
  const low = ` ${text.toLowerCase().replace(/’/g, "'")}`;
  return cues.filter((c) => cuePattern(c).test(low)).length;
}

/** Each cue as a pattern (a non-letter or the text's start, its parts up to 40 characters apart, the rest of its last word), compiled once: every pair read asks for them. */
const cuePatterns = new Map<string, RegExp>();
function cuePattern(cue: string): RegExp {
  let re = cuePatterns.get(cue);
  if (!re) cuePatterns.set(cue, (re = new RegExp(`(?:^|[^\\p{L}])${cueParts(cue).map(escapeRegExp).join("[^.!?;:]{0,40}?")}\\p{L}*`, "u")));
  return re;
}

/**
 * Whether the sentence's denial is of another matter than the statement's: the words after its
 * first refuting cue, OWN_MATTER_WORDS or more, hold none of the statement's ("denied reports that
 * toxic smoke reached the city"). A bare denial ("the story is not true") or one naming what the
 * statement says denies it. Requiring a clause of its own after the cue ("that …", so that
 * "dismissed the accusations as politically motivated" would still deny) cost FNC-1 through
 * `check` 0.16 points (82.29% → 82.13%): not required.
 */
function deniesOtherMatter(sentence: string, head: ReadonlySet<string>, refuting: readonly string[], language: string, languages: Languages): boolean {
  const low = sentence.toLowerCase().replace(/’/g, "'");
  let start = -1;
  let end = -1;
  for (const c of refuting) {
    const m = cuePattern(c).exec(low);
    if (m && (start < 0 || m.index < start)) [start, end] = [m.index, m.index + m[0].length];
  }
  if (end < 0) return false;
  const denied = stemsOfTokens(readTokens(sentence.slice(end), language, languages), language, languages);
  return denied.length >= OWN_MATTER_WORDS && !denied.some((x) => head.has(x));
}

/** The values of the number tokens ("5,000" and "5000" alike). */
const numbersOf = (tokens: readonly Token[]): Set<number> => new Set(tokens.flatMap((t) => (t.value === null ? [] : [t.value])));

const pairsOf = (stems: readonly string[]): Set<string> => {
  const out = new Set<string>();
  for (let i = 1; i < stems.length; i++) out.add(`${stems[i - 1]} ${stems[i]}`);
  return out;
};

/** A text as the stance reading reads it: read once, however many statements it is compared with (`dossier check --claims`). */
export interface StanceText {
  /** The whole text's stems, in order. */
  readonly stems: readonly string[];
  readonly sentences: ReadonlyArray<{ readonly start: number; readonly text: string; readonly stems: readonly string[]; readonly plain: ReadonlySet<string> }>;
  readonly numbers: ReadonlySet<number>;
  /** How many of its language's `unverified` phrases the text holds. */
  readonly unverified: number;
}

export function readStanceText(text: string, language: string, languages: Languages): StanceText {
  const layer = readText({ text, language }, languages);
  return {
    stems: stemsOfTokens(layer.tokens, language, languages),
    sentences: layer.sentences.map((s, i) => {
      const tokens = layer.sentenceTokens[i]!;
      // Words written in lower case: what a sentence says beyond the names it holds (a first word's capital hides which it is: not counted).
      const plain = new Set(stemsOfTokens(tokens.filter((t) => !t.capitalised), language, languages));
      return { start: s.start, text: s.text, stems: stemsOfTokens(tokens, language, languages), plain };
    }),
    numbers: numbersOf(layer.tokens),
    unverified: cueHits(text, languages.pack(language)?.stance?.unverified ?? []),
  };
}

/** `text`: the text, or the text as `readStanceText` read it. */
export function readPair(statement: string, text: string | StanceText, language: string, languages: Languages, weight: (stem: string) => number): PairReading {
  const read = typeof text === "string" ? readStanceText(text, language, languages) : text;
  const headTokens = readTokens(statement, language, languages);
  const headList = stemsOfTokens(headTokens, language, languages);
  const head = new Set(headList);
  const bodyList = read.stems;
  const body = new Set(bodyList);
  let total = 0, shared = 0, plain = 0, maxWeight = 0, missingRare = 0;
  for (const s of head) {
    const w = weight(s);
    total += w;
    maxWeight = Math.max(maxWeight, w);
    if (body.has(s)) {
      shared += w;
      plain++;
    } else missingRare = Math.max(missingRare, w);
  }
  const share = (stems: Iterable<string>): number => {
    const set = new Set(stems);
    let got = 0;
    for (const x of head) if (set.has(x)) got += weight(x);
    return total ? got / total : 0;
  };
  const sentences = read.sentences;
  const scored = sentences.map((s) => ({ text: s.text, score: share(s.stems), plain: s.plain })).sort((a, b) => b.score - a.score);
  const contained = total ? shared / total : 0;
  const best = scored[0]?.score ?? 0;
  const second = scored[1]?.score ?? 0;
  const lead = share(sentences.slice(0, LEAD_SENTENCES).flatMap((s) => s.stems));
  const headPairs = pairsOf(headList);
  const bodyPairs = pairsOf(bodyList);
  let pairHits = 0;
  for (const p of headPairs) if (bodyPairs.has(p)) pairHits++;
  const headNumbers = numbersOf(headTokens);
  const bodyNumbers = read.numbers;
  let numberHits = 0;
  for (const n of headNumbers) if (bodyNumbers.has(n)) numberHits++;
  // Cosine of rarity-weighted counts: how much of the text is about the statement's words.
  const tf = new Map<string, number>();
  for (const s of bodyList) tf.set(s, (tf.get(s) ?? 0) + 1);
  let dot = 0, bodyNorm = 0, headNorm = 0, occurrences = 0;
  for (const [s, n] of tf) {
    const v = n * weight(s);
    bodyNorm += v * v;
    if (head.has(s)) {
      dot += v * weight(s);
      occurrences += n;
    }
  }
  for (const s of head) headNorm += weight(s) ** 2;
  let repeated = 0;
  for (const s of head) if ((tf.get(s) ?? 0) >= 2) repeated += weight(s);
  // The text's own main words, in the statement: the other direction of containment.
  const top = [...tf].map(([s, n]) => ({ s, v: n * weight(s) })).sort((a, b) => b.v - a.v).slice(0, BODY_TOP);
  const topTotal = top.reduce((t, x) => t + x.v, 0);
  const topShared = top.reduce((t, x) => t + (head.has(x.s) ? x.v : 0), 0);
  const cosine = bodyNorm && headNorm ? dot / Math.sqrt(bodyNorm * headNorm) : 0;
  const relatedness = [
    contained, best, second, head.size ? plain / head.size : 0, headPairs.size ? pairHits / headPairs.size : 0, lead,
    headNumbers.size ? numberHits / headNumbers.size : 0, headNumbers.size ? 0 : 1, maxWeight ? missingRare / maxWeight : 0,
    cosine, Math.log1p(occurrences), Math.log1p(bodyList.length), head.size / 10, contained * best,
    share(sentences[0]?.stems ?? []), total ? repeated / total : 0, topTotal ? topShared / topTotal : 0,
  ];
  const k = languages.pack(language)?.stance;
  const nearest = scored.slice(0, STANCE_SENTENCES);
  const close = nearest.map((s) => s.text).join(" ");
  // Refuting words near the statement, but for those of a denial of another matter in the same text ("… denied reports
  // that toxic smoke reached the city"), one that shares none of the statement's words but its names.
  const headPlain = new Set(stemsOfTokens(headTokens.filter((t) => !t.capitalised), language, languages));
  const refutingText = nearest
    .filter((s) => [...s.plain].some((x) => headPlain.has(x)) || !deniesOtherMatter(s.text, head, k?.refuting ?? [], language, languages))
    .map((s) => s.text)
    .join(" ");
  const cues = (t: string, list?: readonly string[]): number => (list ? cueHits(t, list) : 0);
  return {
    relatedness, best, bestSentence: scored[0]?.text ?? "", bestPlain: scored[0] ? share(scored[0].plain) : 0, refutingNear: cues(refutingText, k?.refuting), refutingStatement: cues(statement, k?.refuting),
    hedgingNear: cues(close, k?.hedging), hedgingStatement: cues(statement, k?.hedging), unverified: read.unverified,
  };
}
