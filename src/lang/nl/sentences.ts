import type { SentenceKnowledge } from "../types.js";

/** Titles before a name (lowercase in Dutch), "nr.", "bijv.", "ca.": a full stop after them ends no sentence. The citation grammar's title abbreviations are added. */
export const sentences: SentenceKnowledge = {
  abbreviations: ["dhr", "mevr", "drs", "ir", "mr", "dr", "prof", "nr", "bijv", "ca"],
};
