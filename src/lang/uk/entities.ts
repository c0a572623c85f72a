import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  organizationWords: ["міністерств", "агентств", "корпораці", "рада", "парті", "уряд", "комітет", "банк", "фонд", "компані", "армі", "суд", "служб"],
  placeNouns: ["міст", "сел", "селищ", "област", "регіон", "район", "республік", "остров", "річ", "столиц", "порт"],
  placeNameOpeners: ["санкт"],
  placePrepositions: ["в", "у", "до", "з", "на"],
  countryAbbreviations: { РФ: "Russia", КНР: "China", КНДР: "North Korea", ФРН: "Germany", ОАЕ: "United Arab Emirates", ПАР: "South Africa" },
  countryAdjectives: { американськ: "United States", російськ: "Russia", китайськ: "China", іранськ: "Iran", українськ: "Ukraine", венесуельськ: "Venezuela", німецьк: "Germany", французьк: "France", британськ: "United Kingdom", ізраїльськ: "Israel", турецьк: "Türkiye", польськ: "Poland", італійськ: "Italy", іспанськ: "Spain", японськ: "Japan", індійськ: "India", сирійськ: "Syria", іракськ: "Iraq", кубинськ: "Cuba", білоруськ: "Belarus", саудівськ: "Saudi Arabia", єгипетськ: "Egypt", канадськ: "Canada", мексиканськ: "Mexico", бразильськ: "Brazil", північнокорейськ: "North Korea" },
};
