import type { DateKnowledge } from "../types.js";

const names = [
  ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
  ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
];

export const dates: DateKnowledge = {
  months: new Map(names.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const))),
  updatedCues: ["updated", "last updated", "last modified", "modified"],
  monthFirst: true,
  // Only the United States (and a few neighbours) write month first; Britain and most of the Commonwealth do not.
  dayFirstRegions: ["gb", "uk", "ie", "au", "nz", "in", "za", "sg", "hk", "ng", "ke", "pk"],
};
