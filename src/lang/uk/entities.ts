import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  organizationWords: ["міністерств", "агентств", "корпораці", "рада", "парті", "уряд", "комітет", "банк", "фонд", "компані", "армі", "суд", "служб"],
  placePrepositions: ["в", "у", "до", "з", "на"],
};
