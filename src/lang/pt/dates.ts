import type { DateKnowledge } from "../types.js";

// Brazilian and European spellings ("março", "marco" where the cedilla is lost) and the usual abbreviations.
const names = [
  ["janeiro", "jan"], ["fevereiro", "fev"], ["março", "marco", "mar"], ["abril", "abr"], ["maio", "mai"], ["junho", "jun"],
  ["julho", "jul"], ["agosto", "ago"], ["setembro", "set"], ["outubro", "out"], ["novembro", "nov"], ["dezembro", "dez"],
];

export const dates: DateKnowledge = {
  months: new Map(names.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const))),
  updatedCues: ["atualizado", "atualizada", "actualizado", "atualização", "actualização", "modificado"],
};
