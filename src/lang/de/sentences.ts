import type { SentenceKnowledge } from "../types.js";

/** Numbers ("Nr."), "bzw.", "ca.", "vgl.", streets ("Str.") and months written short; a day's ordinal takes a full stop ("am 16. Oktober"): a full stop after them ends no sentence. The citation grammar's title abbreviations are added. */
export const sentences: SentenceKnowledge = {
  abbreviations: ["Nr", "bzw", "ca", "vgl", "Str", "Jan", "Feb", "Aug", "Sept", "Okt", "Nov", "Dez"],
  ordinalDays: true,
};
