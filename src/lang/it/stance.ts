import type { StanceKnowledge } from "../types.js";

/**
 * Words by which a Italian text takes a side (lower-case prefixes, matched at a word's start),
 * written from the language, not tuned on a dataset: no labelled Italian stance data is here.
 * `denials` are what make one article's sentence deny another's (src/claims/verdicts.ts).
 */
export const stance: StanceKnowledge = {
  conditionals: ["se"],
  refuting: ["falso", "falsa", "bufala", "smenti", "fake", "infondat", "fantasi"],
  hedging: ["presunt", "sarebbe", "avrebbe", "secondo indiscrezioni", "forse", "rumor", "non confermat"],
  supporting: ["conferm", "ufficialmente"],
  // "non è stato possibile verificare in modo indipendente", "non è stata confermata", "non confermata".
  unverified: [
    "non confermat", "non è stato confermat", "non è stata confermat", "non sono stati confermat", "non ha confermato", "non ancora confermat",
    "non verificat", "non è stato verificat", "non è stata verificat", "non è stato possibile verificare", "non è stato possibile confermare",
    "non è possibile verificare", "senza conferma",
  ],
  // Would not or did not answer: a reaction, no claim.
  noComment: ["non ha risposto alla richiesta", "non ha risposto a … richiesta", "ha rifiutato di commentare", "non ha voluto commentare", "si è rifiutato di commentare"],
  denials: ["smentit", "smentisc", "ha smentito", "ha negato", "hanno negato", "nega ", "negano ", "non conferm", "è falso", "non è vero", "bufala"],
  negations: ["non", "mai", "nessun", "nessuno", "nessuna", "niente", "nulla", "né"],
  notNegating: ["non solo", "non soltanto", "non più di", "non meno di", "non oltre"],
  // Refusing makes a claim negative: asserted only by a text that negates or refuses too.
  refusals: ["rifiutato", "rifiuta", "rifiutano", "rifiutò", "rifiutarono", "rifiutare"],
  // A judgement, guess or wish: a sentence that is someone's words holding one, and no number, is an opinion, no claim.
  opinionCues: ["penso che", "credo che", "crediamo che", "spero che", "secondo me", "sembra", "probabilmente", "forse"],
};
