import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  organizationWords: ["министерств", "агентств", "корпорац", "совет", "дума", "парти", "правительств", "комитет", "банк", "фонд", "компани", "арми", "суд", "университет", "служб"],
  placePrepositions: ["в", "во", "из", "на", "до"],
};
