/**
 * The learned English attribution tagger (PolNeAR), handed out on first use. Its weights sit
 * with the tagger's trainer output (src/claims/attribution/models/en.ts, written by
 * bench/claims/attributionTrain.ts).
 */
import { model } from "../../claims/attribution/models/en.js";
import type { AttributionTaggerModel } from "../types.js";

export const attributionTagger = (): AttributionTaggerModel => model;
