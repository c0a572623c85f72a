import type { CitationKnowledge } from "../types.js";

/**
 * Past-tense forms of a Polish verb of saying: he, she, they (men; others), it. A stem in -ia
 * makes its men's plural in -ieli ("zapowiedział", "zapowiedzieli").
 */
const past = (stem: string): string[] => [`${stem}ł`, `${stem}ła`, `${stem.replace(/ia$/u, "ie")}li`, `${stem}ły`, `${stem}ło`];

/**
 * Verbs that pass information on: "poinformował", "podali". Not "przekazać", which as often hands
 * over money ("Fundacja przekazuje 1,3 mln zł"): only "jak przekazał" cites.
 */
const REPORTING_PAST = [
  "poinformowa", "stwierdzi", "doda", "oświadczy", "napisa", "podkreśli", "zaznaczy", "wyjaśni",
  "potwierdzi", "ogłosi", "relacjonowa", "ujawni", "przypomnia", "zapowiedzia", "powiadomi", "komunikowa", "zakomunikowa",
].flatMap(past);
const REPORTING_PRESENT = ["mówi", "mówią", "podaje", "podają", "informuje", "informują", "pisze", "piszą", "dodaje", "potwierdza", "twierdzi", "twierdzą", "ogłasza"];

/**
 * Polish attribution cues. Like Russian, Polish puts the verb before its subject as often as after
 * ("poinformowała w piątek sieć handlowa", "rzecznik powiedział"), so the engine looks both ways.
 */
export const citations: CitationKnowledge = {
  sourceAfter: [
    "według", "zdaniem", "jak podaje", "jak podają", "jak podał", "jak podała", "jak poinformował", "jak poinformowała", "jak poinformowali",
    "jak przekazał", "jak przekazała", "jak pisze", "jak piszą", "jak twierdzi", "jak czytamy w", "jak dowiedział się", "jak dowiedziała się",
  ],
  adverbialPrepositions: ["w", "we", "na", "po", "przy", "podczas", "do", "od", "z", "ze"],
  locativePrepositions: ["w", "we"],
  sourceNouns: ["policj", "władz", "źródł", "prokuratur", "rząd", "ministerstw", "rzecznik", "straż", "wojsk", "media", "służb"],
  relayCiting: ["powołując się na", "powołuje się na", "cytując", "cytuje"],
  sayingVerbs: [
    ...REPORTING_PAST, ...REPORTING_PRESENT,
    ...past("powiedzia"),
    // "podał" also resigns ("podał się do dymisji"): a saying verb, not a citation of its own.
    ...["przekaza", "poda", "oceni", "zapewni", "tłumaczy", "uzna", "wskaza", "zauważy", "skomentowa", "zdementowa", "zaprzeczy", "przyzna", "ostrzeg", "twierdzi", "apelowa", "zaapelowa"].flatMap(past),
    "przekazuje", "przekazują", "ocenia", "zapewnia", "tłumaczy", "uważa", "uważają", "przyznaje", "ostrzega", "zaprzecza", "apeluje",
  ],
  reportingVerbs: [...REPORTING_PAST, ...REPORTING_PRESENT, ...past("powiedzia")],
  auxiliaries: ["także", "też", "również", "już", "wcześniej", "natomiast"],
  pronouns: ["on", "ona", "oni", "one", "ono", "my", "ja", "wy", "który", "która", "które", "którzy"],
  personalPronouns: ["on", "ona"],
  femalePronouns: ["ona"],
  malePronouns: ["on"],
  continuing: ["także", "również", "też"],
  // With the forms a cue before them asks for ("według gazety", "według raportu", "w gazecie").
  sourceLabels: ["źródło"],
  genericSources: [
    "raport", "raportu", "raporcie", "dokument", "dokumentu", "dokumenty", "dokumentów", "dokumentach", "gazeta", "gazety", "gazecie",
    "dziennik", "dziennika", "dzienniku", "agencja", "agencji", "źródła", "źródło", "źródeł", "komunikat", "komunikatu", "komunikacie",
    "list", "listu", "media", "mediów", "portal", "portalu",
  ],
  participleEndings: ["ąc"],
  articles: [],
  determiners: [],
  clauseOpeners: [],
  titleAbbreviations: ["dr", "prof", "hab", "inż"],
  complementizers: ["że", "iż"],
  questionWords: ["czy"],
  nounForms: [],
  clauseWords: ["że", "iż", "który", "która", "które", "którzy", "gdzie", "kiedy", "jak", "ale", "a", "aby", "żeby", "jeśli", "był", "była", "było", "byli", "będzie", "nie", "to", "jest", "są", "się"],
  // Not "w" or "na": "rzecznika policji w Gdańsku" is the spokesman, not Gdańsk.
  sourcePrepositions: ["z", "ze", "od"],
  nameConnectors: ["i"],
  sourceDescriptors: ["agencja", "agencji", "dziennik", "dziennika", "gazeta", "gazety", "portal", "portalu", "telewizja", "telewizji", "stacja", "stacji", "firma", "spółka", "sieć", "ministerstwo", "resort", "urząd", "rzecznik", "rzeczniczka"],
  spokespersonNouns: ["rzecznik", "rzeczniczka", "rzecznika", "rzeczniczki"],
  bodyNouns: ["grupa", "organizacja", "stowarzyszenie"],
  recipientCues: [],
  viaMarkers: ["w rozmowie z", "w wywiadzie dla", "dla", "w", "na"],
  sayingSettings: ["w oświadczeniu", "w komunikacie", "na konferencji prasowej", "dziennikarzom", "w rozmowie z dziennikarzami"],
  relativePronouns: ["który", "która", "które", "którzy"],
  neuterPronouns: ["ono"],
  unnamedReportCues: ["podobno"],
  hedges: ["rzekomo"],
};
