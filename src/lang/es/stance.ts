import type { StanceKnowledge } from "../types.js";

/**
 * Words by which a Spanish text takes a side (lower-case prefixes, matched at a word's start),
 * written from the language, not tuned on a dataset: no labelled Spanish stance data is here.
 * `denials` are what make one article's sentence deny another's (src/claims/verdicts.ts).
 */
export const stance: StanceKnowledge = {
  conditionals: ["si"],
  refuting: ["falso", "falsa", "bulo", "desmint", "desmient", "fake", "infundad", "noticia falsa"],
  hedging: ["presunt", "supuest", "al parecer", "podría", "habría ", "rumor", "sin confirmar"],
  supporting: ["confirm", "oficialmente"],
  // "no pudo ser verificado de forma independiente", "no ha sido confirmado", "sin confirmar".
  unverified: [
    "no confirm", "no ha sido confirmad", "no han sido confirmad", "no fue confirmad", "no se ha confirmado", "no ha podido confirmar", "no pudo confirmar",
    "no pudo ser confirmad", "no verific", "no ha sido verificad", "no pudo ser verificad", "no ha podido verificar", "no pudo verificar",
    "sin confirmar", "sin verificar",
  ],
  // Would not or did not answer: a reaction, no claim.
  noComment: ["declinó hacer comentarios", "declinó comentar", "no respondió a … solicitud", "no respondió a … petición", "no quiso hacer comentarios", "rehusó comentar", "no hizo comentarios", "no ha comentado", "no han comentado", "no comentó"],
  denials: ["negó", "niega ", "niegan ", "negaron", "desmint", "desmient", "no confirm", "no ha confirmado", "es falso", "no es cierto", "no es verdad", "bulo"],
  // What a denial says of its clause's subject follows the first of these ("that the ferry had been overloaded").
  clauseVerbs: ["es", "son", "era", "eran", "fue", "fueron", "ha", "han", "había", "habían", "será", "sería", "estaba", "estaban"],
  // What a denial denies ends where a subordinate clause opens ("denied that it was overloaded when it capsized").
  subordinators: ["cuando", "después", "antes", "porque", "mientras", "aunque", "desde", "hasta"],
  negations: ["no", "nunca", "jamás", "ningún", "ninguna", "ninguno", "nada", "ni", "tampoco"],
  notNegating: ["no solo", "no sólo", "no más de", "no menos de", "no obstante", "no más tarde de"],
  reportNouns: ["artículo", "artículos", "información", "informaciones", "noticia", "afirmación", "afirmaciones"],
  // Refusing makes a claim negative: asserted only by a text that negates or refuses too.
  refusals: ["rechazó", "rechaza", "rechazan", "rechazaron", "negó", "negaron", "niega", "niegan", "negarse"],
  // A judgement, guess or wish: a sentence that is someone's words holding one, and no number, is an opinion, no claim.
  opinionCues: ["creo que", "pienso que", "creemos que", "espero que", "en mi opinión", "parece", "probablemente", "quizás", "tal vez"],
};
