import type { NumberKnowledge } from "../types.js";

const words = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
  "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
  "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"];
const tens = ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
// "doscientos" … "novecientas", both genders.
const hundreds = ["dosc", "tresc", "cuatroc", "quin", "seisc", "setec", "ochoc", "novec"].flatMap((h, i) =>
  (h === "quin" ? ["quinientos", "quinientas"] : [`${h}ientos`, `${h}ientas`]).map((w) => [w, (i + 2) * 100] as const));

export const numbers: NumberKnowledge = {
  words: new Map<string, number>([...words.slice(2).map((w, i) => [w, i + 2] as const), ...tens.map((t, i) => [t, (i + 3) * 10] as const), ...hundreds,
    ["cien", 100], ["ciento", 100], ["docena", 12],
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
