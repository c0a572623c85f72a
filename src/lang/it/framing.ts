import type { FramingKnowledge } from "../types.js";

export const framing: FramingKnowledge = {
  loadedTerms: ["dittatore", "dittatura", "regime", "tiranno", "despota", "terrorist", "estremist", "propaganda", "aggressore", "invasione", "occupant", "fantoccio", "spaventato", "disperato", "cosiddett", "sanguinari"],
  labels: ["presidente", "premier", "primo ministro", "ministro", "ministra", "portavoce", "deputato", "senatore", "sindaco", "leader", "dittatore", "capo", "direttore", "generale"],
};
