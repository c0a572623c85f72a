import type { DateKnowledge } from "../types.js";

// Genitive forms, as dates are written ("12 marca 2020"), nominative forms and the usual abbreviations.
const names = [
  ["stycznia", "styczeń", "sty"], ["lutego", "luty", "lut"], ["marca", "marzec", "mar"], ["kwietnia", "kwiecień", "kwi"],
  ["maja", "maj"], ["czerwca", "czerwiec", "cze"], ["lipca", "lipiec", "lip"], ["sierpnia", "sierpień", "sie"],
  ["września", "wrzesień", "wrz"], ["października", "październik", "paź"], ["listopada", "listopad", "lis"], ["grudnia", "grudzień", "gru"],
];

export const dates: DateKnowledge = {
  months: new Map(names.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const))),
  updatedCues: ["zaktualizowano", "aktualizacja", "zmodyfikowano"],
};
