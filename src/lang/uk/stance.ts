import type { StanceKnowledge } from "../types.js";

/**
 * Words by which a Ukrainian text takes a side (lower-case prefixes, matched at a word's start),
 * written from the language, not tuned on a dataset: no labelled Ukrainian stance data is here.
 * `denials` are what make one article's sentence deny another's (src/claims/verdicts.ts).
 */
export const stance: StanceKnowledge = {
  conditionals: ["якщо"],
  refuting: ["фейк", "спросту", "неправда", "неправдив", "дезінформ", "вигадк", "брехн"],
  hedging: ["нібито", "ймовірно", "можливо", "за неофіційн", "за чутками", "начебто"],
  supporting: ["підтверди", "підтвердж", "офіційно"],
  // "не вдалося незалежно перевірити", "інформація не підтверджена", "непідтверджені дані".
  unverified: [
    "не підтверд", "не підтвердж", "непідтвердж", "не вдалося підтвердити", "не вдалося перевірити", "не вдалося незалежно", "не може підтвердити",
    "не можуть підтвердити", "не змогли підтвердити", "не перевірен", "неперевірен", "поки не підтверд",
  ],
  // Would not or did not answer: a reaction, no claim.
  noComment: ["не відповів на запит", "не відповіла на запит", "не відповіли на запит", "відмовився від коментарів", "відмовилася від коментарів", "відмовилися від коментарів"],
  denials: ["спросту", "заперечи", "заперечу", "не підтверди", "не підтвердж", "неправда", "неправдив", "фейк"],
  negations: ["не", "ні", "ніколи", "жоден", "жодна", "жодних", "нічого"],
  notNegating: ["не тільки", "не лише", "не більше", "не менше", "не пізніше"],
  // Refusing makes a claim negative: asserted only by a text that negates or refuses too.
  refusals: ["відмовився", "відмовилася", "відмовилось", "відмовилися", "відмовляється", "відмовляються", "відмовив", "відмовила", "відмовили", "відхилив", "відхилила", "відхилили"],
  // A judgement, guess or wish: a sentence that is someone's words holding one, and no number, is an opinion, no claim.
  opinionCues: ["я думаю", "я вважаю", "ми вважаємо", "я сподіваюся", "на мою думку", "здається", "ймовірно", "мабуть"],
};
