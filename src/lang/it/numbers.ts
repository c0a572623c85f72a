import type { NumberKnowledge } from "../types.js";

const words = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici",
  "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"];
const tens = ["venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"];
// "ventuno", "ventitré", "trentotto" …: a ten and a unit as one word, the ten's last vowel dropped before "uno" and "otto".
const units = ["uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"];
const compounds = tens.flatMap((t, i) =>
  units.map((u, j) => [u === "uno" || u === "otto" ? `${t.slice(0, -1)}${u}` : u === "tre" ? `${t}tré` : `${t}${u}`, (i + 2) * 10 + j + 1] as const));
// "duecento" … "novecento".
const hundreds = units.slice(1).map((u, j) => [`${u}cento`, (j + 2) * 100] as const);

export const numbers: NumberKnowledge = {
  words: new Map<string, number>([...words.slice(2).map((w, i) => [w, i + 2] as const), ...tens.map((t, i) => [t, (i + 2) * 10] as const), ...compounds, ...hundreds,
    ["cento", 100], ["dozzina", 12],
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
