import type { SentenceKnowledge } from "../types.js";

/** Titles before a name ("Av." lawyer, "Yrd. Doç.", "Op. Dr.", "Uzm."): a full stop after them ends no sentence. The citation grammar's title abbreviations are added. */
export const sentences: SentenceKnowledge = {
  abbreviations: ["Av", "Yrd", "Op", "Uzm"],
};
