import type { FramingKnowledge } from "../types.js";

export const framing: FramingKnowledge = {
  loadedTerms: ["diktatör", "rejim", "terörist", "darbeci", "hain", "işgalci", "işgal", "katliam", "sözde", "skandal", "utanç", "vahşet", "zorba"],
  labels: ["cumhurbaşkanı", "başbakan", "bakan", "lider", "başkan", "sözcü", "vali", "milletvekili", "general", "büyükelçi", "diktatör"],
};
