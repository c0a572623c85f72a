/**
 * The learned English attribution tagger (PolNeAR), read on first use from
 * models/attribution-tagger.en.json (2 MB; written by bench/claims/attributionTrain.ts).
 */
import { readModel } from "../../modelFiles.js";
import type { AttributionTaggerModel } from "../types.js";

export const attributionTagger = (): AttributionTaggerModel => readModel<AttributionTaggerModel>("attribution-tagger.en.json");
