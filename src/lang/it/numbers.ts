import type { NumberKnowledge } from "../types.js";

const words = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici"];

export const numbers: NumberKnowledge = {
  words: new Map<string, number>([...words.slice(2).map((w, i) => [w, i + 2] as const), ["venti", 20], ["trenta", 30], ["cento", 100], ["dozzina", 12],
    // Collective numerals ("una trentina di persone": about thirty).
    ["decina", 10], ["ventina", 20], ["trentina", 30], ["centinaio", 100]]),
  multipliers: new Map([["mila", 1e3], ["milione", 1e6], ["milioni", 1e6], ["miliardo", 1e9], ["miliardi", 1e9]]),
  singular: [],
  collectives: ["dozzina", "decina", "ventina", "trentina", "centinaio"],
  decimalComma: true,
  timeMarkers: ["ore"],
  countModifiers: ["altri", "altre"],
  units: new Map([
    ["km", "km"], ["chilometri", "km"], ["m", "m"], ["metri", "m"], ["tonnellate", "t"], ["t", "t"], ["kg", "kg"],
    ["%", "%"], ["euro", "EUR"], ["€", "EUR"], ["dollari", "USD"], ["anni", "years"], ["mesi", "months"],
    ["giorni", "days"], ["persone", "people"], ["abitanti", "people"], ["residenti", "people"],
  ]),
  bounds: ["o più", "e più", "o meno"],
  rangeJoiners: ["o"],
  rangeBetween: [["tra", "e"], ["fra", "e"]],
};
