import type { DateKnowledge } from "../types.js";

const names = [
  ["ocak", "oca"], ["şubat", "şub"], ["mart", "mar"], ["nisan", "nis"], ["mayıs", "may"], ["haziran", "haz"],
  ["temmuz", "tem"], ["ağustos", "ağu"], ["eylül", "eyl"], ["ekim", "eki"], ["kasım", "kas"], ["aralık", "ara"],
];

export const dates: DateKnowledge = {
  months: new Map(names.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const))),
  updatedCues: ["güncelleme", "güncellendi", "son güncelleme"],
};
