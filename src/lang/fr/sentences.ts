import type { SentenceKnowledge } from "../types.js";

/** Titles, avenues and boulevards, "env." (about) and months written short: a full stop after them ends no sentence. The citation grammar's title abbreviations are added. */
export const sentences: SentenceKnowledge = {
  abbreviations: ["Mlle", "MM", "av", "bd", "env", "janv", "févr", "avr", "juil", "déc"],
};
