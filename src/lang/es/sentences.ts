import type { SentenceKnowledge } from "../types.js";

/** Titles and forms of address, avenues, "núm.", "pág.", "aprox.": a full stop after them ends no sentence. The citation grammar's title abbreviations are added. */
export const sentences: SentenceKnowledge = {
  abbreviations: ["Sres", "Dña", "Avda", "núm", "pág", "aprox", "Ud", "Uds", "Gral", "Lic"],
};
