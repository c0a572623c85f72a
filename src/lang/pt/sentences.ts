import type { SentenceKnowledge } from "../types.js";

/** Titles before a name, avenues: a full stop after them ends no sentence. The citation grammar's title abbreviations are added. */
export const sentences: SentenceKnowledge = {
  abbreviations: ["Sr", "Sra", "Dr", "Dra", "Prof", "Av"],
};
