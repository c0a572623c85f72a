import type { NumberKnowledge } from "../types.js";

const small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

export const numbers: NumberKnowledge = {
  words: new Map<string, number>([
    ...small.map((w, i) => [w, i] as const),
    ...tens.map((w, i) => [w, (i + 2) * 10] as const),
    ["hundred", 100], ["dozen", 12], ["a dozen", 12], ["a hundred", 100], ["a thousand", 1000],
  ]),
  multipliers: new Map([["hundred", 100], ["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12], ["dozen", 12], ["bn", 1e9], ["mn", 1e6], ["k", 1e3]]),
  singular: ["a", "an", "one", "single"],
  decimalComma: false,
  halves: ["and a half"],
  timeMarkers: ["a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc", "est", "cet"],
  auxiliaries: ["were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "got"],
  countedVerbEndings: ["ing", "ed"],
  participleEndings: ["ed", "en"],
  notCountingVerbs: [
    "including", "included", "excluding", "following", "according", "aged", "compared", "based", "regarding", "concerning", "involving",
    "totalling", "totaling", "numbering", "ranging", "beginning", "starting", "ending", "dated", "nearing", "exceeding", "reaching", "estimated",
  ],
  // What befalls people counted: nine dead and nine missing are two counts.
  countedStates: [["dead", "die", "died", "dies", "dying", "killed", "killing", "deaths", "death", "fatalit", "bodies", "body", "toll", "lives"], ["missing", "unaccounted"], ["injur", "wounded", "hurt", "hospitali"], ["rescu", "saved", "evacuat", "survivor", "survived"], ["arrest", "detain", "custody"]],
  countModifiers: ["more", "other", "additional", "further"],
  units: new Map([
    ["km", "km"], ["kilometers", "km"], ["kilometres", "km"], ["kilometer", "km"], ["kilometre", "km"],
    ["miles", "mi"], ["mile", "mi"], ["mi", "mi"], ["m", "m"], ["meters", "m"], ["metres", "m"],
    ["tons", "t"], ["tonnes", "t"], ["ton", "t"], ["tonne", "t"], ["kg", "kg"], ["kilograms", "kg"],
    ["percent", "%"], ["per cent", "%"], ["%", "%"], ["dollars", "USD"], ["$", "USD"], ["euros", "EUR"], ["€", "EUR"],
    ["years", "years"], ["year", "years"], ["months", "months"], ["month", "months"], ["weeks", "weeks"], ["week", "weeks"],
    ["days", "days"], ["day", "days"], ["hours", "hours"], ["hour", "hours"], ["minutes", "minutes"], ["minute", "minutes"],
    ["people", "people"], ["persons", "people"], ["residents", "people"], ["inhabitants", "people"],
  ]),
  // Words after a number that only say it is approximate: skipped before what it counts is read.
  approximators: ["or so", "or thereabouts", "odd"],
  bounds: ["or more", "or fewer", "or less", "or over", "or above", "and more", "and above", "and over"],
  countedNouns: [
    "men", "members", "member", "cases", "case", "groups", "group", "states", "state", "areas", "area", "places", "place", "parts", "part",
    "points", "point", "things", "thing", "results", "result", "sides", "side", "numbers", "number", "ends", "end", "ways", "way",
  ],
  negatives: ["minus"],
  rangeJoiners: ["or"],
  rangeBetween: [["between", "and"]],
};
