import type { CitationKnowledge } from "../types.js";

/** "nach Angaben der Polizei", "laut Berichten des Senders": the source is what the information is of, not "Angaben". */
const ACCORDING_TO = ["nach", "laut"].flatMap((p) => ["angaben", "berichten", "informationen"].flatMap((n) => ["der", "des", "von"].map((d) => `${p} ${n} ${d}`)));

/** German attribution cues; German often ends the clause with the verb ("…, teilte X mit") or inverts it ("…, sagte X"). */
export const citations: CitationKnowledge = {
  sourceAfter: ["laut", "zufolge", ...ACCORDING_TO, "wie", "berichtet von"],
  clauseInitialOnly: ["wie", "zufolge"],
  verbClosed: ["wie"],
  locativePrepositions: ["in", "im", "bei"],
  sourceNouns: ["polizei", "behörde", "staatsanwalt", "ermittler", "regierung", "ministerium", "sprecher", "angaben", "bericht", "informationen", "medien", "feuerwehr", "armee", "militär"],
  relayCiting: ["unter berufung auf", "mit verweis auf", "berufend auf"],
  sayingVerbs: [
    "bestätigten", "schrieben", "berichten",
    "nannte", "nennt", "twitterte", "mitteilte", "mitteilten",
    "sagte", "sagten", "sagt", "sagen", "berichtet", "berichtete", "berichteten", "erklärte", "erklärt", "erklärten",
    "teilte", "teilten", "meldet", "meldete", "schreibt", "schrieb", "betonte", "betont", "warnte", "warnt",
    "bestätigte", "bestätigt", "dementierte", "bestritt", "bestritten", "bestreitet", "kritisierte", "forderte", "fordert", "äußerte", "hieß es", "beteuert", "beteuerte",
    // Claiming, before what is claimed; not "sich behaupten" (holding one's ground: "Der Dax behauptete sich").
    "behauptet ,", "behauptete ,", "behaupteten ,", "behaupten ,",
    // "ankündigen" split, as a main clause splits it, right before what was announced ("kündigte an, dass …"); "kündigte" alone also
    // ends a contract, and "kündigte an der Universität" is ending one there.
    "kündigte an , dass", "kündigten an , dass", "kündigt an , dass", "angekündigt",
    // Participles of the perfect, after "hat" or "haben" ("Die Polizei hat mitgeteilt, dass …"); not those a passive takes as often ("wurde gemeldet").
    "gesagt", "mitgeteilt",
  ],
  reportingVerbs: [
    "sagte", "sagten", "sagt", "berichtet", "berichtete", "berichteten", "erklärte", "erklärt", "teilte", "teilten",
    "meldet", "meldete", "schreibt", "schrieb", "bestätigte", "laut", "zufolge", "unter berufung auf", ...ACCORDING_TO,
    // Cues of issue 11: saying to someone, writing, posting, denying, confirming, calling something a name.
    "sagten", "bestätigten", "bestätigt", "dementierte", "bestritt", "bestritten", "bestreitet", "mitteilte", "mitteilten", "teilte mit", "nannte", "nennt", "betonte", "betont", "twitterte", "schrieben", "erklärten", "berichten", "beteuert", "beteuerte",
    "kündigte an , dass", "kündigten an , dass", "kündigt an , dass", "angekündigt",
    // Participles of the perfect, after "hat" or "haben" ("Die Polizei hat mitgeteilt, dass …"); not those a passive takes as often ("wurde gemeldet").
    "gesagt", "mitgeteilt",
    // Claiming is reporting what someone says, not vouching for it ("Greenline behauptet, bei dem Brand sei Chlorgas ausgetreten").
    "behauptet ,", "behauptete ,", "behaupteten ,", "behaupten ,",
  ],
  auxiliaries: ["hat", "habe", "hatte", "auch", "zudem", "bereits", "am", "mit"],
  pronouns: ["er", "sie", "es", "wir", "ich", "der", "die", "das"],
  sourceLabels: ["quelle", "quellen"],
  genericSources: ["bericht", "dokumente", "dokumenten", "zeitung", "blatt", "agentur", "behörde", "quellen", "kreise", "papier", "schreiben"],
  participleEndings: [],
  articles: ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"],
  determiners: [],
  clauseOpeners: [],
  titleAbbreviations: ["Dr", "Prof", "St"],
  complementizers: ["dass"],
  questionWords: ["ob"],
  nounForms: ["bericht"],
  clauseWords: ["mit", "dass", "der", "die", "das", "welche", "welcher", "wo", "wenn", "weil", "aber", "und", "oder", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden",
    "hat", "haben", "hatte", "hatten", "sei", "seien", "habe", "soll", "sollen", "kann", "könne", "will", "muss", "nicht"],
  sourcePrepositions: ["in", "im", "aus", "von", "vom", "bei"],
  nameConnectors: ["von", "der", "des", "für", "und", "zu"],
  sourceDescriptors: ["betreiber", "unternehmen", "konzern", "firma", "nachrichtenagentur", "agentur", "zeitung", "sender", "portal", "magazin"],
  spokespersonNouns: ["sprecher", "sprecherin", "pressesprecher", "pressesprecherin"],
  bodyNouns: ["gruppe", "organisation", "verband"],
  recipientCues: ["sagte", "sagt", "erklärte", "bestätigte"],
  // Denying is also playing a match or paying one's way ("bestreitet sein erstes Heimspiel", "bestritt seinen Lebensunterhalt"):
  // a cue only beside the words said ("bestritt am Donnerstag, dass …").
  weakReportingVerbs: ["bestritt", "bestritten", "bestreitet"],
  viaMarkers: ["gegenüber", "im", "in der", "auf", "via"],
  sayingSettings: ["in einer mitteilung", "in einer erklärung", "in einem interview", "auf einer pressekonferenz", "bei einer pressekonferenz", "vor journalisten", "vor reportern", "gegenüber journalisten", "gegenüber reportern"],
  nounsCapitalised: true,
  // Konjunktiv I in the third person, where it differs from the indicative ("er sei", "er habe"; "ist", "hat"): German news reports speech in it, sentence after sentence.
  reportedSpeechForms: ["sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "gebe", "wisse"],
  // …but not in a first person's indicative ("ich habe") or an idiom ("Gott sei Dank", "es sei denn", "sei es", "Seien Sie").
  reportedSpeechExceptions: ["ich habe", "habe ich", "ich werde", "werde ich", "ich sei", "sei dank", "sei denn", "sei es", "seien sie", "gebe gott"],
  speakerModifiers: ["aus", "bei", "im", "in", "von", "vom", "des"],
  relativePronouns: ["der", "die", "das", "dessen", "deren", "welcher", "welche", "welches"],
  neuterPronouns: ["es"],
  unnamedReportCues: ["berichten zufolge", "wie es heißt"],
  hedges: ["angeblich", "mutmaßlich"],
  // "Das teilte die Polizei mit.", "Dies bestätigte ein Sprecher der Reederei.": the verb and its speaker follow the pointer.
  pointingBack: ["das", "dies"],
};
