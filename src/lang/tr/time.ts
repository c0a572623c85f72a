import type { TimeKnowledge } from "../types.js";

export const time: TimeKnowledge = {
  weekdays: new Map([["pazar", 0], ["pazartesi", 1], ["salı", 2], ["çarşamba", 3], ["perşembe", 4], ["cuma", 5], ["cumartesi", 6]]),
  dayOffsets: new Map([["yarın", 1], ["bugün", 0], ["dün", -1], ["evvelsi gün", -2]]),
  weekOffsets: new Map([["gelecek hafta", 1], ["önümüzdeki hafta", 1], ["geçen hafta", -1], ["bu hafta", 0]]),
  monthOffsets: new Map([["gelecek ay", 1], ["önümüzdeki ay", 1], ["geçen ay", -1], ["bu ay", 0]]),
  yearOffsets: new Map([["gelecek yıl", 1], ["önümüzdeki yıl", 1], ["geçen yıl", -1], ["bu yıl", 0], ["geçen sene", -1]]),
  monthParts: new Map(),
  dayBeforeMonth: true,
  // The future's suffix is inside the verb, whole or nominalised ("yapılacak", "yapılacağını").
  pastEndings: ["dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "dığı", "diği", "duğu", "düğü", "tığı", "tiği", "tuğu", "tüğü"],
  futureCues: ["olacak", "edecek", "yapılacak", "olacağını", "edeceğini", "yapılacağını", "olacağı", "edeceği", "yapılacağı", "planlanıyor", "bekleniyor", "gelecek", "önümüzdeki"],
  dayParts: ["sabah", "öğle", "öğleden", "akşam", "akşamı", "gece", "gecesi"],
};
