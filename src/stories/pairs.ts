/**
 * `dossier similarity`: scores pairs of texts for "same story" in [0, 1]. Document
 * frequencies come from all texts of the batch, so a word common in this batch counts
 * less; the language of each text is identified when not given.
 */
import { loadLanguageIdentifier } from "../extract/index.js";
import { repairMojibake } from "../ingest/index.js";
import type { RawFeatures } from "./features.js";
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

export async function scorePairs(pairs: readonly TextPair[]): Promise<PairScore[]> {
  const identify = await loadLanguageIdentifier();
  // Pairs come as raw text, so do what ingest does for articles: undo UTF-8 read as Latin-1.
  const vocabulary = new Vocabulary();
  const read = (raw: string, given?: string): RawFeatures => {
    const text = repairMojibake(raw).text;
    return vocabulary.read({ title: null, text, language: given ?? identify(text).language });
  };
  const features = pairs.map((p) => [read(p.text1, p.lang1), read(p.text2, p.lang2)] as const);
  for (const [a, b] of features) {
    vocabulary.observe(a);
    vocabulary.observe(b);
  }
  return pairs.map((p, i) => {
    const [a, b] = features[i]!;
    const score = similarity(vocabulary.vectors(a), vocabulary.vectors(b));
    return { id: p.id, score: Math.round(score * 10000) / 10000 };
  });
}
