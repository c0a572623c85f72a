import type { SentenceKnowledge } from "../types.js";

/** Streets and avenues, "tzw." (so-called), "np.", "nr", hours ("godz."), "św." (saint), ranks and "ks." (priest): a full stop after them ends no sentence. The citation grammar's title abbreviations are added. */
export const sentences: SentenceKnowledge = {
  abbreviations: ["ul", "al", "tzw", "np", "nr", "godz", "św", "gen", "płk", "mjr", "ks"],
};
