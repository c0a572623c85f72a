import type { DateKnowledge } from "../types.js";

// Nominative and genitive forms ("октябрь", "октября") and common abbreviations.
const names = [
  ["январь", "января", "янв"], ["февраль", "февраля", "фев"], ["март", "марта", "мар"], ["апрель", "апреля", "апр"],
  ["май", "мая"], ["июнь", "июня", "июн"], ["июль", "июля", "июл"], ["август", "августа", "авг"],
  ["сентябрь", "сентября", "сен", "сент"], ["октябрь", "октября", "окт"], ["ноябрь", "ноября", "ноя"], ["декабрь", "декабря", "дек"],
];

export const dates: DateKnowledge = {
  months: new Map(names.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const))),
  updatedCues: ["обновлено", "обновлен", "изменено"],
};
