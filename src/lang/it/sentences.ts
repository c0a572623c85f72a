import type { SentenceKnowledge } from "../types.js";

/** Titles before a name: a full stop after them ends no sentence. The citation grammar's title abbreviations are added. */
export const sentences: SentenceKnowledge = {
  abbreviations: ["Dr", "Avv", "Ing", "Prof", "Gen", "Mons", "Sen"],
};
