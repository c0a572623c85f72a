import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  // What joins a body's word to the name of what it is of ("Ministerium für Verkehr", "Amt der Landesregierung"); an article may follow it.
  nameJoints: ["für", "der", "des", "von"],
  // Titles before a person's name, not part of it ("Frau Merkel" is Merkel).
  honorifics: ["herr", "frau", "dr", "prof"],
  femaleHonorifics: ["frau"],
  maleHonorifics: ["herr"],
  organizationWords: ["ministerium", "agentur", "zeitung", "regierung", "partei", "bundes", "gericht", "bank", "konzern", "gruppe", "verband", "rat", "amt", "behörde", "chemie", "pharma", "werk"],
  placeNouns: ["stadt", "dorf", "gemeinde", "ort", "region", "provinz", "bezirk", "kreis", "insel", "fluss", "tal", "hafen", "hauptstadt", "bundesland"],
  placeNameOpeners: ["sankt", "st.", "san"],
  placePrepositions: ["in", "im", "nach", "aus", "bei"],
  commonNounEndings: ["ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "abend", "ismus", "nis", "nisse"],
  // Articles, contractions of preposition and article, and determiners, lowercase.
  nounDeterminers: [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen",
    "keinem", "keiner", "im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "dieser", "diese", "dieses", "diesen",
    "diesem", "jeder", "jede", "jedes", "jeden", "jedem", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre",
    "ihren", "ihrem", "ihrer", "unser", "unsere", "alle", "viele", "einige", "mehrere", "welche", "welcher",
  ],
  countryAbbreviations: { BRD: "Germany", VAE: "United Arab Emirates" },
  countryAdjectives: { amerikanisch: "United States", "us-amerikanisch": "United States", russisch: "Russia", chinesisch: "China", iranisch: "Iran", ukrainisch: "Ukraine", venezolanisch: "Venezuela", deutsch: "Germany", französisch: "France", britisch: "United Kingdom", israelisch: "Israel", türkisch: "Türkiye", polnisch: "Poland", italienisch: "Italy", spanisch: "Spain", japanisch: "Japan", indisch: "India", syrisch: "Syria", irakisch: "Iraq", kubanisch: "Cuba", belarussisch: "Belarus", "saudi-arabisch": "Saudi Arabia", ägyptisch: "Egypt", kanadisch: "Canada", mexikanisch: "Mexico", brasilianisch: "Brazil", nordkoreanisch: "North Korea" },
  // Die Bundesländer, Österreichs Bundesländer, die Kantone mit eigenem Namen: Orte.
  regions: [
    "Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen", "Mecklenburg-Vorpommern", "Niedersachsen",
    "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen",
    "Burgenland", "Kärnten", "Niederösterreich", "Oberösterreich", "Salzburg", "Steiermark", "Tirol", "Vorarlberg", "Wien",
  ],
};
