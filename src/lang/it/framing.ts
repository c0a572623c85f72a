import type { FramingKnowledge } from "../types.js";

/** Italian loaded words and positioning labels, as lowercase prefixes so inflections count. */
export const framing: FramingKnowledge = {
  loadedTerms: [
    "dittatore", "dittatura", "regime", "tiranno", "despota", "estremist", "propaganda", "aggressore", "occupant", "fantoccio",
    "spaventat", "disperat", "cosiddett", "sanguinari", "polemic", "scandalos", "vergognos", "ridicol", "tragic", "disastros",
    "estrema destra", "ultradestra", "estrema sinistra", "fiasco", "farsa", "sciagurat", "famigerat", "autoproclamat",
    "strage", "massacro", "sconcertant",
  ],
  labels: ["presidente", "premier", "primo ministro", "ministro", "ministra", "portavoce", "deputato", "senatore", "sindaco", "leader", "dittatore", "capo", "direttore", "generale"],
};
