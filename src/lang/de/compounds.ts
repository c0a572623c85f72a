import type { CompoundKnowledge } from "../types.js";

/** Fugenelemente: Rettung-s-boot, Regierung-s-bündnis, Kind-er-garten, Straße-n-bahn, Tag-es-zeit. */
export const compounds: CompoundKnowledge = { links: ["", "s", "es", "n", "en", "e", "er"] };
