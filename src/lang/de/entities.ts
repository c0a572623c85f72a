import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  organizationWords: ["ministerium", "agentur", "zeitung", "regierung", "partei", "bundes", "gericht", "bank", "konzern", "gruppe", "verband", "rat", "amt", "behörde"],
  placePrepositions: ["in", "im", "nach", "aus", "bei"],
};
