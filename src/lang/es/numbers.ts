import type { NumberKnowledge } from "../types.js";

const words = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"];

export const numbers: NumberKnowledge = {
  words: new Map<string, number>([...words.slice(2).map((w, i) => [w, i + 2] as const), ["veinte", 20], ["treinta", 30], ["cien", 100], ["docena", 12],
    // Collective numerals ("una treintena de animales": about thirty).
    ["decena", 10], ["veintena", 20], ["treintena", 30], ["centenar", 100]]),
  multipliers: new Map([["mil", 1e3], ["millón", 1e6], ["millones", 1e6], ["mil millones", 1e9]]),
  singular: [],
  collectives: ["docena", "decena", "veintena", "treintena", "centenar"],
  decimalComma: true,
  timeMarkers: ["horas", "h"],
  // What befalls people counted: nine dead and nine missing are two counts.
  countedStates: [["muert", "murier", "fallec", "víctima", "cadáver"], ["desaparecid"], ["herid", "lesionad"], ["rescatad", "evacuad", "salvad", "sobreviv"], ["detenid", "arrestad"]],
  countModifiers: ["otros", "otras"],
  units: new Map([
    ["km", "km"], ["kilómetros", "km"], ["m", "m"], ["metros", "m"], ["toneladas", "t"], ["t", "t"], ["kg", "kg"],
    ["%", "%"], ["euros", "EUR"], ["€", "EUR"], ["dólares", "USD"], ["años", "years"], ["meses", "months"],
    ["días", "days"], ["personas", "people"], ["residentes", "people"], ["habitantes", "people"], ["vecinos", "people"],
  ]),
  bounds: ["o más", "y más", "o menos"],
  rangeJoiners: ["o"],
  rangeBetween: [["entre", "y"]],
};
