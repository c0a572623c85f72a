import type { BylineKnowledge } from "../types.js";

export const bylines: BylineKnowledge = {
  labels: ["pubblicato da", "scritto da", "autrice", "autore", "testo"],
  commentVerbs: ["dice", "ha detto", "scrive"],
};
