import type { SentenceKnowledge } from "../types.js";

/** "т. зв." (so-called), years ("рр."), "ім." (named after), streets ("вул."): a full stop after them ends no sentence. The citation grammar's title abbreviations are added. */
export const sentences: SentenceKnowledge = {
  abbreviations: ["т. зв", "рр", "ім", "вул"],
};
