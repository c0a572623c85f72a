import type { CitationKnowledge } from "../types.js";

/** French attribution cues: "selon X", "a déclaré X", "X a indiqué", "rapporte X, citant Y". */
export const citations: CitationKnowledge = {
  sourceAfter: ["selon", "d'après", "d’après", "de source", "rapporté par", "cité par", "citée par", "cités par", "citées par"],
  locativePrepositions: ["à", "en"],
  sourceNouns: ["police", "autorités", "sources", "parquet", "gouvernement", "ministère", "porte-parole", "pompiers", "armée", "médias", "préfecture"],
  relayCiting: ["citant", "en citant", "se référant à", "s'appuyant sur", "s’appuyant sur"],
  sayingVerbs: [
    "a communiqué", "a qualifié", "a tweeté", "qualifie",
    "a déclaré", "a dit", "a affirmé", "a indiqué", "a annoncé", "a expliqué", "a précisé", "a ajouté", "a assuré",
    "a confirmé", "a démenti", "a averti", "a souligné", "a estimé", "a écrit", "a rapporté", "a révélé",
    "déclare", "dit", "affirme", "indique", "annonce", "explique", "précise", "ajoute", "assure", "confirme",
    "rapporte", "écrit", "estime", "souligne", "révèle", "selon",
  ],
  reportingVerbs: [
    "a déclaré", "a dit", "a affirmé", "a indiqué", "a annoncé", "a précisé", "a ajouté", "a confirmé", "a écrit",
    "a rapporté", "a révélé", "déclare", "dit", "affirme", "indique", "annonce", "précise", "ajoute", "confirme",
    "rapporte", "écrit", "révèle", "selon", "d'après", "d’après", "citant",
    // Cues of issue 11: saying to someone, writing, posting, denying, confirming, calling something a name.
    "a communiqué", "a expliqué", "a souligné", "a qualifié", "a tweeté", "a assuré", "a estimé", "explique", "souligne", "qualifie", "assure", "estime",
    // Denying is passing on what one says, as "denied" is in English: "La compagnie a démenti que …".
    "a démenti",
  ],
  auxiliaries: ["aussi", "également", "encore", "déjà"],
  pronouns: ["il", "elle", "ils", "elles", "on", "nous", "je", "qui"],
  personalPronouns: ["il", "elle"],
  genericSources: ["rapport", "documents", "document", "journal", "quotidien", "agence", "sources", "lettre", "source", "média"],
  participleEndings: ["ant"],
  articles: ["le", "la", "les", "l'", "un", "une"],
  determiners: ["le", "la", "les", "un", "une", "des", "du", "de", "son", "sa", "ses", "leur", "leurs", "ce", "cette"],
  clauseOpeners: ["mais", "et", "ou", "donc", "car", "dans", "après", "avant", "pour", "avec"],
  titleAbbreviations: ["M", "Mme", "Dr"],
  complementizers: ["que", "qu'", "qu’"],
  nounForms: [],
  clauseWords: ["que", "qui", "dont", "où", "quand", "si", "est", "sont", "était", "a", "ont", "sera", "ne", "pas"],
  sourcePrepositions: ["dans", "de", "du", "par"],
  nameConnectors: ["de", "du", "des", "la", "le", "et"],
  sourceDescriptors: ["agence", "journal", "quotidien", "chaîne", "site", "magazine", "société", "opérateur"],
  spokespersonNouns: ["porte-parole"],
  bodyNouns: ["groupe", "organisation", "association"],
  recipientCues: ["a dit à", "a déclaré à", "a confié à", "a expliqué à"],
  viaMarkers: ["à", "sur", "dans une interview à", "dans un entretien avec", "au micro de", "cité par"],
  sayingSettings: ["dans un communiqué", "lors d'une conférence de presse", "en conférence de presse", "dans une interview", "à la presse", "aux journalistes"],
  speakerModifiers: ["proche de", "proches de", "au sein de", "de", "du", "des", "à"],
  invertedPronouns: ["-t-elles", "-t-elle", "-t-ils", "-t-il", "-t-on", "-elles", "-elle", "-ils", "-il", "-on"],
  relativePronouns: ["qui"],
  relayAfter: ["cité par", "citée par", "cités par", "citées par"],
};
