import type { DateKnowledge } from "../types.js";

const names = [
  ["januari", "jan"], ["februari", "feb"], ["maart", "mrt", "mar"], ["april", "apr"], ["mei"], ["juni", "jun"],
  ["juli", "jul"], ["augustus", "aug"], ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["december", "dec"],
];

export const dates: DateKnowledge = {
  months: new Map(names.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const))),
  updatedCues: ["bijgewerkt", "laatst bijgewerkt", "gewijzigd", "laatst gewijzigd"],
};
