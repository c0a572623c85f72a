import type { TimeKnowledge } from "../types.js";

export const time: TimeKnowledge = {
  // Nominative, and the accusative "w środę", "w sobotę", "w niedzielę" takes.
  weekdays: new Map([
    ["niedziela", 0], ["niedzielę", 0], ["poniedziałek", 1], ["wtorek", 2], ["środa", 3], ["środę", 3], ["czwartek", 4], ["piątek", 5], ["sobota", 6], ["sobotę", 6],
  ]),
  dayOffsets: new Map([["jutro", 1], ["dziś", 0], ["dzisiaj", 0], ["wczoraj", -1], ["przedwczoraj", -2], ["pojutrze", 2]]),
  weekOffsets: new Map([["w przyszłym tygodniu", 1], ["w zeszłym tygodniu", -1], ["w ubiegłym tygodniu", -1], ["w tym tygodniu", 0]]),
  monthOffsets: new Map([["w przyszłym miesiącu", 1], ["w zeszłym miesiącu", -1], ["w ubiegłym miesiącu", -1], ["w tym miesiącu", 0]]),
  yearOffsets: new Map([["w przyszłym roku", 1], ["w zeszłym roku", -1], ["w ubiegłym roku", -1], ["w tym roku", 0]]),
  monthParts: new Map([["początku", 5], ["połowie", 15], ["końcu", 25], ["koniec", 25]]),
  dayBeforeMonth: true,
  futureCues: ["będzie", "będą", "zostanie", "zostaną", "planuje", "planują", "zamierza", "zamierzają", "ma zostać", "przyszłym", "przyszły"],
  dayParts: ["rano", "rankiem", "południe", "popołudniu", "wieczór", "wieczorem", "noc", "nocą", "północ"],
};
