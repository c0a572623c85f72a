import type { StanceKnowledge } from "../types.js";

/**
 * Words by which a French text takes a side (lower-case prefixes, matched at a word's start),
 * written from the language, not tuned on a dataset: no labelled French stance data is here.
 * `denials` are what make one article's sentence deny another's (src/claims/verdicts.ts).
 */
export const stance: StanceKnowledge = {
  conditionals: ["si"],
  refuting: ["faux", "fausse", "démenti", "dément ", "infond", "intox", "canular", "fake", "sans fondement"],
  hedging: ["présumé", "prétendu", "supposé", "aurait ", "auraient ", "serait ", "seraient ", "possiblement", "non confirmé", "rumeur"],
  supporting: ["confirm", "officiellement"],
  // "n'a pas pu être vérifié de source indépendante", "pas été confirmé", "non confirmé".
  unverified: [
    "pas confirm", "pas été confirm", "pas pu être confirm", "pas pu confirm", "pas encore confirm", "pas officiellement confirm", "pas vérifi",
    "pas été vérifi", "pas pu être vérifi", "pas pu vérifi", "pas de manière indépendante", "non confirm", "non vérifi", "invérifi",
  ],
  // Would not or did not answer: a reaction, no claim.
  noComment: ["n'a pas répondu à … sollicitation", "n'a pas répondu à … demande", "n'a pas souhaité commenter", "s'est refusé à tout commentaire", "n'a pas donné suite", "n'a pas souhaité réagir", "n'a pas commenté", "n'ont pas commenté", "pas encore commenté"],
  denials: ["démenti", "dément ", "démentent", "a nié", "ont nié", "nie avoir", "nient avoir", "nie que", "nient que", "n'a pas confirmé", "pas confirmé", "est faux", "sans fondement"],
  // "ne" and "n'" go with one of these, which follows the verb: the words after it are what is negated.
  // What a denial says of its clause's subject follows the first of these ("that the ferry had been overloaded").
  clauseVerbs: ["est", "sont", "était", "étaient", "a", "ont", "avait", "avaient", "sera", "serait", "aurait", "été"],
  // What a denial denies ends where a subordinate clause opens ("denied that it was overloaded when it capsized").
  subordinators: ["quand", "lorsque", "lorsqu", "après", "avant", "parce", "pendant", "depuis", "puisque", "tandis"],
  negations: ["pas", "jamais", "aucun", "aucune", "rien", "ni", "non"],
  notNegating: ["non seulement", "pas seulement", "pas moins de", "pas plus de", "pas plus tard", "rien que", "pas encore connu", "pas encore connue", "pas encore connus", "pas encore connues", "pas connu", "pas connue", "pas encore claire", "pas claire", "pas encore clair", "pas clair"],
  reportNouns: ["article", "articles", "information", "informations", "affirmation", "affirmations", "révélations"],
  // Refusing makes a claim negative: asserted only by a text that negates or refuses too.
  refusals: ["refusé", "refuse", "refusent", "refusait", "refusaient", "refusera", "refuser"],
  // A judgement, guess or wish: a sentence that is someone's words holding one, and no number, is an opinion, no claim.
  opinionCues: ["je pense", "je crois", "nous pensons", "j'espère", "à mon avis", "semble", "probablement", "peut-être", "sans doute"],
};
