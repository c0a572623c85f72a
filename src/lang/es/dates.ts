import type { DateKnowledge } from "../types.js";

const names = [
  ["enero", "ene"], ["febrero"], ["marzo"], ["abril", "abr"], ["mayo"], ["junio"],
  ["julio"], ["agosto", "ago"], ["septiembre", "setiembre"], ["octubre"], ["noviembre"], ["diciembre", "dic"],
];

export const dates: DateKnowledge = {
  months: new Map(names.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const))),
  updatedCues: ["actualizado", "actualización", "modificado"],
};
