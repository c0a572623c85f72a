import type { StanceKnowledge } from "../types.js";

/**
 * Words by which a Polish text takes a side (lower-case prefixes, matched at a word's start),
 * written from the language, not tuned on a dataset: no labelled Polish stance data is here.
 * `denials` are what make one article's sentence deny another's (src/claims/verdicts.ts).
 */
export const stance: StanceKnowledge = {
  conditionals: ["jeśli", "jeżeli", "gdyby"],
  refuting: ["fałszyw", "nieprawda", "nieprawdziw", "fake", "zdementowa", "dementi", "dementuj", "bzdur", "manipulac"],
  hedging: ["rzekomo", "podobno", "prawdopodobnie", "nieoficjalnie", "niepotwierdzon", "plotk", "może "],
  supporting: ["potwierdzi", "potwierdza", "oficjalnie"],
  // "nie udało się niezależnie potwierdzić", "niepotwierdzone", "nie zostało zweryfikowane".
  unverified: [
    "nie potwierdz", "nie został potwierdz", "nie została potwierdz", "nie zostało potwierdz", "nie zostały potwierdz", "niepotwierdzon", "nie zweryfikowa",
    "nie udało się potwierdzić", "nie udało się zweryfikować", "nie udało się niezależnie", "nie można potwierdzić", "nie można zweryfikować",
    "nie da się potwierdzić", "nie da się zweryfikować",
  ],
  // Would not or did not answer: a reaction, no claim.
  noComment: ["odmówił komentarza", "odmówiła komentarza", "odmówili komentarza", "nie odpowiedział na … pytania", "nie odpowiedziała na … pytania", "nie odpowiedział na prośbę", "nie odpowiedziała na prośbę", "nie odpowiedziała na … prośbę o komentarz", "nie odpowiedział na … prośbę o komentarz"],
  denials: ["zaprzeczy", "zaprzecza", "zdementowa", "dementuj", "nie potwierdzi", "nie potwierdza", "nieprawda", "nieprawdziw", "fałszyw"],
  negations: ["nie", "nigdy", "żaden", "żadna", "żadne", "żadnych", "nic", "ani"],
  notNegating: ["nie tylko", "nie więcej niż", "nie mniej niż", "nie później niż", "nie wcześniej niż"],
  // Refusing makes a claim negative: asserted only by a text that negates or refuses too.
  refusals: ["odmówił", "odmówiła", "odmówiło", "odmówili", "odmówiły", "odmawia", "odmawiają", "odrzucił", "odrzuciła", "odrzucili"],
  // A judgement, guess or wish: a sentence that is someone's words holding one, and no number, is an opinion, no claim.
  opinionCues: ["myślę, że", "uważam, że", "sądzę, że", "mam nadzieję", "moim zdaniem", "wydaje się", "prawdopodobnie", "chyba"],
};
