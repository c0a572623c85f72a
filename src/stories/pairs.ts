/**
 * `dossier similarity`: scores pairs of texts for "same story" in [0, 1] with the fitted
 * pair model (src/stories/pairSimilarity.ts). Document frequencies come from all texts of
 * the batch, so a word common in this batch counts less; the language of each text is
 * identified when not given.
 */
import { loadLanguageIdentifier } from "../extract/index.js";
import { repairMojibake } from "../ingest/index.js";
import type { Languages } from "../lang/languages.js";
import { dropBoilerplate } from "./boilerplate.js";
import { type PairEvidence, PairModelSimilarity, pairScore } from "./pairSimilarity.js";

export { type PairEvidence, pairScore } from "./pairSimilarity.js";

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

/** The evidence of every pair, under document frequencies of the whole batch. */
export async function readPairs(pairs: readonly TextPair[], languages: Languages): Promise<PairEvidence[]> {
  const identify = await loadLanguageIdentifier();
  const model = new PairModelSimilarity(languages);
  // Pairs come as raw text, so do what ingest and extract do for articles: undo UTF-8
  // read as Latin-1, and drop page chrome.
  const read = (raw: string, given?: string) => {
    const repaired = repairMojibake(raw).text;
    const language = given ?? identify(repaired).language;
    return model.represent({ title: null, text: dropBoilerplate(repaired, language, languages), language });
  };
  const texts = pairs.map((p) => [read(p.text1, p.lang1), read(p.text2, p.lang2)] as const);
  // Every text is read before any is weighed: the second text is a story of one member.
  return texts.map(([a, b]) => model.evidence(a, model.merge(null, b)));
}

export async function scorePairs(pairs: readonly TextPair[], languages: Languages): Promise<PairScore[]> {
  const evidence = await readPairs(pairs, languages);
  return pairs.map((p, i) => ({ id: p.id, score: Math.round(pairScore(evidence[i]!) * 10000) / 10000 }));
}
