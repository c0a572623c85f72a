import type { NumberKnowledge } from "../types.js";

const words = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
  "treize", "quatorze", "quinze", "seize"];
// "dix-sept", "vingt-deux", "soixante-dix" are read as the sum of their parts; the tens below are the parts.
const tens = [["quarante", 40], ["cinquante", 50], ["soixante", 60], ["quatre-vingt", 80], ["quatre-vingts", 80], ["quatre-vingt-dix", 90]] as const;

export const numbers: NumberKnowledge = {
  words: new Map<string, number>([...words.slice(2).map((w, i) => [w, i + 2] as const), ["vingt", 20], ["trente", 30], ...tens, ["cent", 100], ["douzaine", 12],
    // Collective numerals ("une trentaine de personnes": about thirty).
    ["dizaine", 10], ["vingtaine", 20], ["trentaine", 30], ["centaine", 100]]),
  multipliers: new Map([["cent", 100], ["cents", 100], ["mille", 1e3], ["million", 1e6], ["millions", 1e6], ["milliard", 1e9], ["milliards", 1e9]]),
  singular: [],
  collectives: ["douzaine", "dizaine", "vingtaine", "trentaine", "centaine"],
  decimalComma: true,
  timeMarkers: ["h", "heures"],
  // What befalls people counted: nine dead and nine missing are two counts.
  countedStates: [["mort", "morts", "morte", "mortes", "tué", "tués", "tuée", "tuées", "décéd", "péri", "périrent", "victime"], ["disparu"], ["bless"], ["secouru", "sauvé", "évacu", "rescap"], ["arrêt", "interpell"]],
  countModifiers: ["autres"],
  units: new Map([
    ["km", "km"], ["kilomètres", "km"], ["m", "m"], ["mètres", "m"], ["tonnes", "t"], ["t", "t"], ["kg", "kg"],
    ["%", "%"], ["euros", "EUR"], ["€", "EUR"], ["dollars", "USD"], ["ans", "years"], ["années", "years"],
    ["mois", "months"], ["jours", "days"], ["heures", "hours"], ["personnes", "people"], ["habitants", "people"], ["résidents", "people"],
  ]),
  bounds: ["ou plus", "et plus", "ou moins"],
  // Not "à": "passé de 150 à 200 morts" is a change, not a range.
  rangeJoiners: ["ou"],
  rangeBetween: [["entre", "et"]],
};
