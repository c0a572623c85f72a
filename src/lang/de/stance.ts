import type { StanceKnowledge } from "../types.js";

/**
 * Words by which a German text takes a side (lower-case prefixes, matched at a word's start),
 * written from the language, not tuned on a dataset: no labelled German stance data is here.
 * `denials` are what make one article's sentence deny another's (src/claims/verdicts.ts).
 */
export const stance: StanceKnowledge = {
  conditionals: ["falls", "wenn", "sofern", "ob"],
  refuting: ["falschmeldung", "fake", "gefälscht", "erfunden", "unwahr ", "unwahre ", "nicht wahr", "dementi", "dementier", "widerleg", "haltlos", "zurückgewiesen"],
  hedging: ["angeblich", "mutmaßlich", "offenbar", "vermutlich", "möglicherweise", "unbestätigt", "berichten zufolge", "gerücht", "soll ", "sollen ", "könnte", "könnten", "dürfte", "dürften", "wohl "],
  supporting: ["bestätig", "offiziell"],
  // "konnte nicht unabhängig überprüft werden", "ist noch nicht bestätigt", "unbestätigt".
  unverified: [
    "nicht bestätig", "nicht offiziell bestätig", "nicht unabhängig überprüf", "nicht unabhängig bestätig", "nicht unabhängig verifizier", "nicht überprüf", "nicht verifizier", "nicht überprüfbar", "nicht nachprüf",
    "unbestätigt", "nicht zu bestätigen", "nicht zu überprüfen",
  ],
  // Would not or did not answer: a reaction, no claim.
  noComment: ["wollte sich nicht äußern", "wollte sich … nicht äußern", "lehnte eine stellungnahme ab", "ließ eine anfrage … unbeantwortet", "reagierte nicht auf … anfrage", "war für eine stellungnahme nicht erreichbar", "äußerte sich nicht", "äußerte sich zunächst nicht", "äußerten sich zunächst nicht", "hat sich bislang nicht geäußert", "haben sich bislang nicht geäußert", "hat sich noch nicht geäußert", "haben sich noch nicht geäußert"],
  denials: [
    "dementier", "dementi ", "bestritt die vorwürfe", "bestreitet die vorwürfe", "bestritt, ", "bestreitet, ", "bestreiten, ", "wies die vorwürfe zurück",
    // A time or a subject between the verb and what it denies: "bestritt am Donnerstag, dass …", "bestreitet jedoch, dass …".
    "bestritt …, dass", "bestreitet …, dass", "bestritten …, dass", "wies … zurück, dass",
    "nicht bestätig", "stimmt nicht", "nicht der wahrheit", "ist unwahr", "sei unwahr", "unwahre ", "falschmeldung",
  ],
  // What a denial denies ends where a subordinate clause opens ("denied that it was overloaded when it capsized").
  subordinators: ["als", "nachdem", "bevor", "weil", "während", "obwohl", "seit", "bis", "wenn", "sobald"],
  negations: ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts", "weder", "keineswegs", "keinesfalls"],
  notNegating: ["nicht nur", "nicht mehr als", "nicht weniger als", "nicht zuletzt", "nicht später als", "kein wunder", "nichts als", "nicht bekannt", "noch nicht bekannt", "nicht klar", "noch nicht klar"],
  reportNouns: ["bericht", "berichte", "meldung", "meldungen", "artikel", "behauptung", "behauptungen", "darstellung"],
  // Refusing makes a claim negative: asserted only by a text that negates or refuses too.
  refusals: ["weigerte", "weigerten", "weigert", "weigern", "verweigert", "verweigerte", "verweigerten", "abgelehnt"],
  // A judgement, guess or wish: a sentence that is someone's words holding one, and no number, is an opinion, no claim.
  opinionCues: ["ich glaube", "ich denke", "ich finde", "wir glauben", "ich hoffe", "meiner meinung", "scheint", "wahrscheinlich", "unwahrscheinlich", "vielleicht"],
};
