import type { NumberKnowledge } from "../types.js";

// Number words in the case forms a count takes in news text ("pięć", "pięciu", "dwóch").
const words: Array<[number, string[]]> = [
  [2, ["dwa", "dwie", "dwóch", "dwu", "dwóm", "dwoma", "dwiema"]], [3, ["trzy", "trzech", "trzem", "trzema"]],
  [4, ["cztery", "czterech", "czterem", "czterema"]], [5, ["pięć", "pięciu", "pięcioma"]], [6, ["sześć", "sześciu"]],
  [7, ["siedem", "siedmiu"]], [8, ["osiem", "ośmiu"]], [9, ["dziewięć", "dziewięciu"]], [10, ["dziesięć", "dziesięciu"]],
  [11, ["jedenaście", "jedenastu"]], [12, ["dwanaście", "dwunastu"]], [15, ["piętnaście", "piętnastu"]],
  [20, ["dwadzieścia", "dwudziestu"]], [30, ["trzydzieści", "trzydziestu"]], [50, ["pięćdziesiąt", "pięćdziesięciu"]], [100, ["sto", "stu"]],
];

export const numbers: NumberKnowledge = {
  words: new Map(words.flatMap(([n, forms]) => forms.map((f) => [f, n] as const))),
  multipliers: new Map([
    // With a fraction the genitive singular: "1,3 miliona", "2,5 tysiąca".
    ["tys", 1e3], ["tysiąc", 1e3], ["tysiąca", 1e3], ["tysiące", 1e3], ["tysięcy", 1e3], ["mln", 1e6], ["milion", 1e6], ["miliona", 1e6], ["miliony", 1e6],
    ["milionów", 1e6], ["mld", 1e9], ["miliard", 1e9], ["miliarda", 1e9], ["miliardy", 1e9], ["miliardów", 1e9],
  ]),
  singular: [],
  decimalComma: true,
  timeMarkers: ["godz"],
  countModifiers: ["kolejne", "kolejnych", "następne", "następnych", "inne", "innych"],
  units: new Map([
    ["km", "km"], ["kilometrów", "km"], ["kilometry", "km"], ["m", "m"], ["metrów", "m"], ["ton", "t"], ["tony", "t"], ["t", "t"], ["kg", "kg"],
    ["%", "%"], ["proc", "%"], ["procent", "%"], ["zł", "PLN"], ["złotych", "PLN"], ["złote", "PLN"], ["euro", "EUR"], ["€", "EUR"],
    ["dolarów", "USD"], ["dolary", "USD"], ["$", "USD"], ["lat", "years"], ["lata", "years"], ["rok", "years"], ["miesiąc", "months"], ["miesiące", "months"], ["miesięcy", "months"], ["tydzień", "weeks"], ["tygodnie", "weeks"], ["tygodni", "weeks"], ["dzień", "days"], ["dni", "days"],
    ["godzin", "hours"], ["osób", "people"], ["osoby", "people"], ["ludzi", "people"], ["mieszkańców", "people"], ["mieszkańcy", "people"],
  ]),
  bounds: ["lub więcej", "i więcej", "albo więcej", "lub mniej"],
  negatives: ["minus"],
  rangeJoiners: ["lub", "albo"],
  rangeBetween: [["od", "do"], ["między", "a"]],
};
