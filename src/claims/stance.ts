/**
 * Stance of an article toward a statement (a headline or a claim): unrelated, or — when it
 * aligns — agree, disagree or discuss. Whether the text is about the statement at all is read
 * from overlap features (stems and numbers, weighted by rarity; src/claims/stanceFeatures.ts)
 * weighed by a logistic model learned on the FNC-1 tuning half (src/claims/stanceModel.ts).
 * The side is read from refuting and hedging words (src/lang/<code>/stance.ts) in the sentences
 * that align best, the way conflicts are read between mentions (a learned side model did not
 * carry over from the tuning half to the held-out half: see bench/claims/stanceTrain.ts), and
 * from the voice of the sentence that aligns best: stated by the text itself, or attributed.
 */
import type { Languages } from "../lang/languages.js";
import { findAttributions, isReportingCue } from "./attribution/rules.js";
import { readPair, type StanceText } from "./stanceFeatures.js";
import { expandRelatedness, linearScores, RELATED_MODEL, sigmoid } from "./stanceModel.js";

export type Stance = "agree" | "disagree" | "discuss" | "unrelated";

export interface StanceOptions {
  /** Weight of a stem (e.g. inverse document frequency); every stem weighs 1 when omitted. */
  readonly weight?: (stem: string) => number;
  /** Probability that the text is about the statement at or above which it is read as related. */
  readonly relatedThreshold: number;
  /** Best sentence alignment at or above which an unhedged text states the statement rather than discussing it. */
  readonly agreeThreshold: number;
}

export interface StanceResult {
  readonly stance: Stance;
  /** Probability, by the learned model, that the text is about the statement. */
  readonly relatedness: number;
}

/** `text`: the text, or the text as `readStanceText` (src/claims/stanceFeatures.ts) read it, when one text meets many statements. */
export function stanceOf(statement: string, text: string | StanceText, language: string, languages: Languages, options: StanceOptions): StanceResult {
  const r = readPair(statement, text, language, languages, options.weight ?? (() => 1));
  const relatedness = sigmoid(linearScores(RELATED_MODEL, expandRelatedness(r.relatedness))[0]!);
  if (relatedness < options.relatedThreshold) return { stance: "unrelated", relatedness };
  // A denial the statement itself reports ("X denies ...") is not the text's own.
  if (r.refutingNear > r.refutingStatement) return { stance: "disagree", relatedness };
  // Agreeing is stating it in the text's own voice: the sentence that carries most of the statement
  // names no source for it ("X said", "according to X"), nothing near it hedges, and the text
  // nowhere says that what it reports is unconfirmed ("could not be independently verified").
  // Reporting what others say, however closely, is discussing it.
  if (r.hedgingNear + r.hedgingStatement === 0 && r.unverified === 0 && r.best >= options.agreeThreshold && r.bestPlain > 0 && ownVoice(r.bestSentence, language, languages)) return { stance: "agree", relatedness };
  return { stance: "discuss", relatedness };
}

/** A sentence that attributes nothing with a verb of reporting: the writer's own statement. */
function ownVoice(sentence: string, language: string, languages: Languages): boolean {
  return !findAttributions(sentence, 0, language, languages).some((a) => isReportingCue(a.cue.text, language, languages));
}
