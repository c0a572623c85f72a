import type { DateKnowledge } from "../types.js";

const names = [
  ["januar", "jänner", "jan"], ["februar", "feber", "feb"], ["märz", "maerz", "mär", "mrz"], ["april", "apr"], ["mai"], ["juni", "jun"],
  ["juli", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["dezember", "dez"],
];

export const dates: DateKnowledge = {
  months: new Map(names.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const))),
  updatedCues: ["aktualisiert", "zuletzt aktualisiert", "geändert", "zuletzt geändert", "letzte änderung", "zuletzt bearbeitet"],
};
