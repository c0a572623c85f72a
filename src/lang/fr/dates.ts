import type { DateKnowledge } from "../types.js";

const names = [
  ["janvier", "janv"], ["février", "fevrier", "févr", "fév"], ["mars"], ["avril", "avr"], ["mai"], ["juin"],
  ["juillet", "juil"], ["août", "aout"], ["septembre", "sept"], ["octobre"], ["novembre"], ["décembre", "decembre", "déc"],
];

export const dates: DateKnowledge = {
  months: new Map(names.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const))),
  updatedCues: ["mis à jour", "mise à jour", "modifié"],
};
