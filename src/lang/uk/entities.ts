import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  organizationWords: ["міністерств", "агентств", "корпораці", "рада", "парті", "уряд", "комітет", "банк", "фонд", "компані", "армі", "суд", "служб"],
  placeNouns: ["міст", "сел", "селищ", "област", "регіон", "район", "республік", "остров", "річ", "столиц", "порт"],
  placePrepositions: ["в", "у", "до", "з", "на"],
  countryAbbreviations: { РФ: "Russia", КНР: "China", КНДР: "North Korea", ФРН: "Germany", ОАЕ: "United Arab Emirates", ПАР: "South Africa" },
};
