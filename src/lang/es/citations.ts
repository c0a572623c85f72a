import type { CitationKnowledge } from "../types.js";

/** Participles of the perfect ("ha precisado", "han informado"): the auxiliary is skipped, the participle is the cue. */
const PERFECT = ["dicho", "afirmado", "declarado", "indicado", "anunciado", "explicado", "señalado", "asegurado", "añadido", "agregado", "confirmado", "escrito", "informado", "revelado", "precisado", "comunicado", "reportado", "publicado", "sostenido", "manifestado"];

/** Spanish attribution cues: "según X", "dijo X", "X afirmó", "informó X, citando a Y". */
export const citations: CitationKnowledge = {
  sourceAfter: ["según", "de acuerdo con", "citado por", "citada por", "citados por", "citadas por", "informado por"],
  locativePrepositions: ["en"],
  sourceNouns: ["policía", "autoridades", "fuentes", "fiscal", "gobierno", "ministerio", "portavoz", "bomberos", "ejército", "medios"],
  relayCiting: ["citando a", "citando", "en referencia a", "con base en"],
  sayingVerbs: [
    "dijeron", "informaron", "reportaron", "comunicó", "precisó", "sostuvo", "manifestó", "calificó", "tuiteó", "escribieron", "afirmaron", "declararon", "aseguraron", "señalaron", "indicaron",
    "dijo", "afirmó", "declaró", "indicó", "anunció", "explicó", "señaló", "aseguró", "añadió", "agregó", "confirmó",
    "negó", "advirtió", "subrayó", "escribió", "informó", "reveló", "dice", "afirma", "declara", "indica", "anuncia",
    "explica", "señala", "asegura", "añade", "confirma", "informa", "escribe", "revela", "reportó", "publicó",
    ...PERFECT,
  ],
  reportingVerbs: [
    "dijo", "afirmó", "declaró", "indicó", "anunció", "señaló", "aseguró", "añadió", "agregó", "confirmó", "escribió",
    "informó", "reveló", "dice", "afirma", "declara", "indica", "anuncia", "señala", "informa", "reportó", "publicó",
    "según", "de acuerdo con", "citando a", "citando",
    // Cues of issue 11: saying to someone, writing, posting, denying, confirming, calling something a name.
    "dijeron", "informaron", "reportaron", "comunicó", "precisó", "explicó", "sostuvo", "manifestó", "calificó", "tuiteó", "escribieron", "afirmaron", "declararon", "aseguraron", "señalaron", "indicaron",
    // Denying is passing on what one says, as "denied" is in English.
    "negó",
    ...PERFECT,
  ],
  auxiliaries: ["también", "ya", "además", "ha", "han"],
  pronouns: ["él", "ella", "ellos", "ellas", "nosotros", "yo", "quien", "quienes"],
  personalPronouns: ["él", "ella"],
  femalePronouns: ["ella"],
  malePronouns: ["él"],
  continuing: ["también", "además"],
  sourceLabels: ["fuente", "fuentes"],
  genericSources: ["informe", "documentos", "documento", "diario", "periódico", "agencia", "fuentes", "carta", "medio"],
  participleEndings: ["ando", "iendo"],
  articles: ["el", "la", "los", "las", "un", "una"],
  determiners: ["el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "de", "del", "este", "esta"],
  clauseOpeners: ["pero", "y", "o", "en", "tras", "antes", "para", "con", "sin"],
  titleAbbreviations: ["Sr", "Sra", "Dr"],
  complementizers: ["que"],
  nounForms: [],
  clauseWords: ["que", "quien", "cuyo", "donde", "cuando", "si", "es", "son", "era", "fue", "ha", "han", "será", "no"],
  sourcePrepositions: ["en", "de", "del", "por"],
  nameConnectors: ["de", "del", "la", "y"],
  sourceDescriptors: ["agencia", "diario", "periódico", "cadena", "portal", "revista", "empresa", "operador"],
  spokespersonNouns: ["portavoz", "vocero", "vocera"],
  bodyNouns: ["grupo", "organización", "asociación"],
  recipientCues: ["dijo a", "declaró a", "explicó a", "aseguró a", "confirmó a"],
  viaMarkers: ["a", "en", "en una entrevista con", "en declaraciones a", "citado por"],
  sayingSettings: ["en un comunicado", "en una rueda de prensa", "en rueda de prensa", "en una conferencia de prensa", "en una entrevista", "a los periodistas", "a la prensa", "en redes sociales"],
  speakerModifiers: ["cercanas a", "cercanos a", "de", "del", "en"],
  perfectAuxiliaries: ["ha", "han", "había", "habían"],
  relativePronouns: ["quien", "quienes"],
  hedges: ["presuntamente", "supuestamente"],
  relayAfter: ["citado por", "citada por", "citados por", "citadas por"],
};
