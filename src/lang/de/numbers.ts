import type { NumberKnowledge } from "../types.js";

const words = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];

export const numbers: NumberKnowledge = {
  words: new Map<string, number>([...words.map((w, i) => [w, i] as const), ["zwanzig", 20], ["dreißig", 30], ["hundert", 100], ["dutzend", 12]]),
  multipliers: new Map([["tausend", 1e3], ["million", 1e6], ["millionen", 1e6], ["mio", 1e6], ["milliarde", 1e9], ["milliarden", 1e9], ["mrd", 1e9]]),
  singular: [],
  collectives: ["dutzend"],
  decimalComma: true,
  timeMarkers: ["uhr"],
  auxiliaries: ["wurden", "wurde", "sind", "waren", "ist", "war", "worden", "seien", "haben", "hatten"],
  participleEndings: ["t", "en"],
  // What befalls people counted: nine dead and nine missing are two counts.
  countedStates: [["tot", "tote", "toten", "getötet", "starb", "starben", "gestorben", "ums leben", "leiche", "todesopfer"], ["vermisst"], ["verletzt", "verwundet"], ["gerettet", "evakuiert", "geborgen", "überleb"], ["festgenommen", "verhaftet"]],
  countModifiers: ["weitere", "weiteren", "weiterer", "andere", "anderen"],
  units: new Map([
    ["km", "km"], ["kilometer", "km"], ["kilometern", "km"], ["m", "m"], ["meter", "m"], ["metern", "m"], ["tonnen", "t"], ["t", "t"],
    ["kg", "kg"], ["prozent", "%"], ["%", "%"], ["euro", "EUR"], ["€", "EUR"], ["dollar", "USD"], ["jahre", "years"], ["jahren", "years"],
    ["jahr", "years"], ["monat", "months"], ["monate", "months"], ["monaten", "months"], ["woche", "weeks"], ["wochen", "weeks"], ["tag", "days"], ["tage", "days"], ["tagen", "days"], ["stunde", "hours"], ["stunden", "hours"], ["minuten", "minutes"], ["menschen", "people"], ["personen", "people"], ["einwohner", "people"], ["einwohnern", "people"], ["bewohner", "people"], ["bewohnern", "people"], ["anwohner", "people"], ["anwohnern", "people"],
  ]),
  // Words after a number that only say it is approximate: skipped before what it counts is read.
  approximators: ["oder so"],
  bounds: ["oder mehr", "und mehr", "oder weniger", "und darüber"],
  negatives: ["minus"],
  rangeJoiners: ["oder", "bis"],
  rangeBetween: [["zwischen", "und"]],
};
