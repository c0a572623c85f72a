import type { StanceKnowledge } from "../types.js";

/**
 * Words by which a Italian text takes a side (lower-case prefixes, matched at a word's start),
 * written from the language, not tuned on a dataset: no labelled Italian stance data is here.
 * `denials` are what make one article's sentence deny another's (src/claims/verdicts.ts).
 */
export const stance: StanceKnowledge = {
  refuting: ["falso", "falsa", "bufala", "smenti", "fake", "infondat", "fantasi"],
  hedging: ["presunt", "sarebbe", "avrebbe", "secondo indiscrezioni", "forse", "rumor", "non confermat"],
  supporting: ["conferm", "ufficialmente"],
  denials: ["smentit", "smentisc", "ha smentito", "ha negato", "hanno negato", "nega ", "negano ", "non conferm", "è falso", "non è vero", "bufala"],
  negations: ["non", "mai", "nessun", "nessuno", "nessuna", "niente", "nulla", "né"],
  notNegating: ["non solo", "non soltanto", "non più di", "non meno di", "non oltre"],
};
