import type { DateKnowledge } from "../types.js";

const names = [
  ["gennaio", "gen"], ["febbraio"], ["marzo"], ["aprile"], ["maggio", "mag"], ["giugno", "giu"],
  ["luglio", "lug"], ["agosto"], ["settembre", "set"], ["ottobre", "ott"], ["novembre"], ["dicembre"],
];

export const dates: DateKnowledge = {
  months: new Map(names.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const))),
  updatedCues: ["aggiornato", "aggiornamento", "modificato"],
};
