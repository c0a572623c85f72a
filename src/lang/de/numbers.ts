import type { NumberKnowledge } from "../types.js";

const words = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
  "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"];
const tens = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];
// "einundzwanzig" … "neunundneunzig": a unit, "und", a ten, written as one word.
const units = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
const compounds = tens.flatMap((t, i) => units.map((u, j) => [`${u}und${t}`, (i + 2) * 10 + j + 1] as const));
// "zweihundert" … "neunhundert".
const hundreds = units.slice(1).map((u, j) => [`${u}hundert`, (j + 2) * 100] as const);

export const numbers: NumberKnowledge = {
  words: new Map<string, number>([
    ...words.map((w, i) => [w, i] as const), ...tens.map((t, i) => [t, (i + 2) * 10] as const), ...compounds, ...hundreds,
    ["hundert", 100], ["einhundert", 100], ["dutzend", 12],
  ]),
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
