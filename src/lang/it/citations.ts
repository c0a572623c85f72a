import type { CitationKnowledge } from "../types.js";

/** Italian attribution cues: "secondo X", "ha detto X", "X ha affermato", "riferisce X, citando Y". */
export const citations: CitationKnowledge = {
  sourceAfter: ["secondo", "stando a", "citato da", "riportato da", "riferito da"],
  locativePrepositions: ["a", "in"],
  sourceNouns: ["polizia", "autorità", "fonti", "procura", "governo", "ministero", "portavoce", "vigili", "esercito", "carabinieri", "media"],
  relayCiting: ["citando", "che cita", "sulla base di", "facendo riferimento a"],
  sayingVerbs: [
    "definito", "twittato", "definisce",
    "detto", "affermato", "dichiarato", "annunciato", "spiegato", "sottolineato", "aggiunto", "confermato", "negato",
    "avvertito", "scritto", "riferito", "rivelato", "riportato", "precisato", "dice", "afferma", "dichiara", "annuncia",
    "spiega", "sottolinea", "aggiunge", "conferma", "nega", "scrive", "riferisce", "rivela", "riporta", "precisa",
    "disse", "affermò", "dichiarò", "annunciò", "scrisse",
  ],
  reportingVerbs: [
    "detto", "affermato", "dichiarato", "annunciato", "confermato", "scritto", "riferito", "rivelato", "riportato",
    "dice", "afferma", "dichiara", "annuncia", "scrive", "riferisce", "rivela", "riporta", "secondo", "citando",
    // Cues of issue 11: saying to someone, writing, posting, denying, confirming, calling something a name.
    "spiegato", "sottolineato", "definito", "twittato", "spiega", "sottolinea", "definisce", "ha detto",
    // Denying is passing on what one says, as "denied" is in English.
    "negato", "nega",
  ],
  auxiliaries: ["ha", "hanno", "è", "anche", "già", "poi", "inoltre"],
  pronouns: ["lui", "lei", "loro", "egli", "ella", "noi", "io", "chi"],
  personalPronouns: ["lui", "lei"],
  continuing: ["anche", "inoltre"],
  genericSources: ["rapporto", "documenti", "documento", "giornale", "quotidiano", "agenzia", "fonti", "lettera", "media"],
  participleEndings: ["ando", "endo"],
  articles: ["il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "l'", "l’"],
  determiners: ["il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "suo", "sua", "suoi", "sue", "del", "della", "dei", "questo", "questa"],
  clauseOpeners: ["ma", "e", "o", "in", "dopo", "prima", "per", "con", "senza"],
  titleAbbreviations: ["Sig", "Sig.ra", "Dott", "On"],
  complementizers: ["che"],
  nounForms: [],
  clauseWords: ["che", "chi", "cui", "dove", "quando", "se", "è", "sono", "era", "fu", "ha", "hanno", "sarà", "non"],
  sourcePrepositions: ["in", "di", "del", "della", "da", "per"],
  nameConnectors: ["di", "del", "della", "de", "e"],
  sourceDescriptors: ["agenzia", "quotidiano", "giornale", "emittente", "portale", "rivista", "società", "operatore"],
  spokespersonNouns: ["portavoce"],
  bodyNouns: ["gruppo", "organizzazione", "associazione"],
  recipientCues: ["ha detto a", "ha dichiarato a", "ha spiegato a"],
  viaMarkers: ["a", "su", "in un'intervista a", "in un'intervista con", "citato da"],
  sayingSettings: ["in una nota", "in un comunicato", "in conferenza stampa", "in una conferenza stampa", "ai giornalisti", "alla stampa"],
  perfectAuxiliaries: ["ha", "hanno", "aveva", "avevano"],
  unnamedReportCues: ["secondo quanto riportato"],
  hedges: ["presuntamente", "asseritamente"],
};
