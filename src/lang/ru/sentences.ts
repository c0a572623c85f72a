import type { SentenceKnowledge } from "../types.js";

/** "т. е." (that is), "т. д.", years ("гг."), "им." (named after), streets ("ул."): a full stop after them ends no sentence. The citation grammar's title abbreviations are added. */
export const sentences: SentenceKnowledge = {
  abbreviations: ["т. е", "т. д", "гг", "им", "ул"],
};
