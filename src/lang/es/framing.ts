import type { FramingKnowledge } from "../types.js";

/** Spanish loaded words and positioning labels, as lowercase prefixes so inflections count. */
export const framing: FramingKnowledge = {
  loadedTerms: [
    "dictador", "dictadura", "régimen", "tirano", "déspota", "extremista", "propaganda", "agresor", "ocupante", "títere",
    "asustad", "desesperad", "sanguinari", "masacre", "matanza", "polémic", "escandalos", "vergonzos", "ridícul",
    "insólit", "esperpént", "trágic", "descarad", "bochornos", "ultraderech", "extrema derecha", "ultraizquierd",
    "extrema izquierda", "golpista", "autoproclamad", "nefast", "desastros", "farsa", "fiasco", "chapuza",
  ],
  labels: ["presidente", "presidenta", "primer ministro", "ministro", "ministra", "portavoz", "diputado", "senador", "alcalde", "líder", "dictador", "jefe", "director", "general"],
};
