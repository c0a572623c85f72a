import type { FramingKnowledge } from "../types.js";

/** Polish loaded words and positioning labels, as lowercase prefixes so inflections count ("dyktator", "dyktatora", "dyktatorem"). */
export const framing: FramingKnowledge = {
  loadedTerms: [
    "dyktator", "dyktatur", "reżim", "tyran", "despot", "uzurpator", "marionet", "junt", "terroryst", "ekstremist",
    "przerażon", "zdesperowan", "agresor", "okupant", "okupacj", "propagand", "krwaw", "zbrodnicz",
    "tak zwan", "pachoł", "faszyst", "nazist", "bandy", "skandaliczn", "haniebn", "żałosn", "absurdaln", "kompromitując",
    "skrajnie prawicow", "skrajna prawica", "skrajnej prawicy", "histeri", "samozwańcz", "rzeź", "masakr",
  ],
  labels: [
    "prezydent", "premier", "minister", "ministra", "rzecznik", "rzeczniczk", "poseł", "posłank", "senator", "burmistrz", "prezes",
    "przewodnicząc", "lider", "dyktator", "szef", "dyrektor", "generał", "wojewod", "ambasador", "kanclerz", "marszał",
  ],
};
