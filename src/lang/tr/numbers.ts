import type { NumberKnowledge } from "../types.js";

export const numbers: NumberKnowledge = {
  // "bir" is also the indefinite article: not a count.
  words: new Map([["iki", 2], ["üç", 3], ["dört", 4], ["beş", 5], ["altı", 6], ["yedi", 7], ["sekiz", 8], ["dokuz", 9], ["on", 10], ["yirmi", 20], ["otuz", 30], ["elli", 50], ["yüz", 100]]),
  multipliers: new Map([["bin", 1e3], ["milyon", 1e6], ["milyar", 1e9]]),
  singular: [],
  decimalComma: true,
  timeMarkers: [],
  unitsBefore: new Map([["yüzde", "%"], ["%", "%"]]),
  units: new Map([
    ["km", "km"], ["kilometre", "km"], ["m", "m"], ["metre", "m"], ["ton", "t"], ["kg", "kg"], ["%", "%"],
    ["tl", "TRY"], ["lira", "TRY"], ["dolar", "USD"], ["$", "USD"], ["euro", "EUR"], ["avro", "EUR"], ["€", "EUR"],
    ["yıl", "years"], ["yıllık", "years"], ["ay", "months"], ["gün", "days"], ["saat", "hours"], ["kişi", "people"], ["kişinin", "people"], ["sakin", "people"],
  ]),
};
