/**
 * `dossier similarity`: scores pairs of texts for "same story" in [0, 1]. Document
 * frequencies come from all texts of the batch, so a word common in this batch counts
 * less; the language of each text is identified when not given.
 *
 * Within one script a small logistic model fitted on SemEval-2022 task 8
 * (src/stories/pairModel.ts) combines the evidence of src/stories/pairFeatures.ts.
 * Across scripts (Russian and English) no labelled pair exists to fit on, and stems and
 * spellings never meet, so the grouper's own hand-set score (src/stories/similarity.ts),
 * which rests on cross-script name keys and numbers, is the score.
 */
import { loadLanguageIdentifier } from "../extract/index.js";
import { repairMojibake } from "../ingest/index.js";
import type { Languages } from "../lang/languages.js";
import { dropBoilerplate } from "./boilerplate.js";
import { FoldedFrequencies, foldedBags, pairFeatures, type PairText } from "./pairFeatures.js";
import { PAIR_MODEL } from "./pairModel.js";
import { applyPairModel, type PairModel } from "./pairScore.js";
import { similarity } from "./similarity.js";
import { Vocabulary } from "./vectors.js";

export interface TextPair {
  readonly id: string;
  readonly text1: string;
  readonly text2: string;
  readonly lang1?: string;
  readonly lang2?: string;
}

export interface PairScore {
  readonly id: string;
  readonly score: number;
}

/** What the score of one pair is made from: the model's features, or the hand-set score across scripts. */
export interface PairEvidence {
  readonly features: readonly number[];
  readonly sameScript: boolean;
  readonly handScore: number;
}

/** The evidence of every pair, under document frequencies of the whole batch. */
export async function readPairs(pairs: readonly TextPair[], languages: Languages): Promise<PairEvidence[]> {
  const identify = await loadLanguageIdentifier();
  const vocabulary = new Vocabulary(languages);
  const grams = new FoldedFrequencies();
  const prefixes = new FoldedFrequencies();
  // Pairs come as raw text, so do what ingest and extract do for articles: undo UTF-8
  // read as Latin-1, and drop page chrome.
  const read = (raw: string, given?: string): PairText => {
    const repaired = repairMojibake(raw).text;
    const language = given ?? identify(repaired).language;
    const text = dropBoilerplate(repaired, language, languages);
    const features = vocabulary.read({ title: null, text, language });
    return { raw: features, ...foldedBags(text) };
  };
  const texts = pairs.map((p) => [read(p.text1, p.lang1), read(p.text2, p.lang2)] as const);
  for (const pair of texts) {
    for (const t of pair) {
      vocabulary.observe(t.raw);
      grams.observe(t.grams);
      prefixes.observe(t.prefixes);
    }
  }
  return texts.map(([a, b]) => {
    const [va, vb] = [vocabulary.vectors(a.raw), vocabulary.vectors(b.raw)];
    return {
      features: pairFeatures(a, b, va, vb, grams, prefixes),
      sameScript: a.raw.script === b.raw.script,
      handScore: similarity(va, vb),
    };
  });
}

/** The score of one pair's evidence under a model (the shipped one unless given). */
export function pairScore(e: PairEvidence, model: PairModel = PAIR_MODEL): number {
  return e.sameScript ? applyPairModel(model, e.features) : e.handScore;
}

export async function scorePairs(pairs: readonly TextPair[], languages: Languages): Promise<PairScore[]> {
  const evidence = await readPairs(pairs, languages);
  return pairs.map((p, i) => ({ id: p.id, score: Math.round(pairScore(evidence[i]!) * 10000) / 10000 }));
}
