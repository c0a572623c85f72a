import type { CompoundKnowledge } from "../types.js";

/** Tussenklanken: reddings-boot, boeken-kast, zonne-schijn. */
export const compounds: CompoundKnowledge = { links: ["", "s", "en", "e"] };
