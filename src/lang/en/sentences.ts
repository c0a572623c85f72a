import type { SentenceKnowledge } from "../types.js";

/** Titles, company forms, "No." before a number, and months written short: a full stop after them ends no sentence. The citation grammar's title abbreviations are added. */
export const sentences: SentenceKnowledge = {
  abbreviations: ["Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gen", "Gov", "Lt", "Col", "Sgt", "St", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "vs", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"],
};
