import type { FramingKnowledge } from "../types.js";

export const framing: FramingKnowledge = {
  loadedTerms: ["dictador", "dictadura", "régimen", "tirano", "déspota", "terrorista", "extremista", "propaganda", "agresor", "invasión", "ocupante", "títere", "asustado", "desesperado", "supuesto", "sanguinario"],
  labels: ["presidente", "presidenta", "primer ministro", "ministro", "ministra", "portavoz", "diputado", "senador", "alcalde", "líder", "dictador", "jefe", "director", "general"],
};
