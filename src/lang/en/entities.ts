import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  // What joins a body's word to the name of what it is of ("Ministry of Transport", "Bank of the West", "Department for Education"); an article may follow it.
  nameJoints: ["of", "for"],
  organizationWords: [
    "ministry", "agency", "post", "times", "news", "corporation", "council", "duma", "party", "government", "committee",
    "department", "bank", "fund", "company", "group", "union", "army", "navy", "force", "office", "parliament",
    "congress", "senate", "court", "university", "institute", "association", "organization", "organisation", "reuters",
    "herald", "wire", "gazette", "tribune", "journal", "press", "media", "radio", "television", "network", "daily",
    "weekly", "observer", "guardian", "telegraph", "chronicle", "courier", "review", "monitor", "magazine", "hydro",
    "energy", "airlines", "airways", "motors", "industries", "holdings", "capital", "partners", "inc", "ltd", "corp",
    "alliance", "coalition", "federation", "foundation", "society", "league", "movement", "commission", "authority", "bureau",
    "police", "administration", "club", "assembly", "hospital", "clinic", "school", "college", "music", "electronics",
    "records", "studios", "systems", "technologies", "software", "chemical", "chemicals", "chemie", "pharmaceutical", "pharmaceuticals", "pharma",
    // Carriers: "Brasken Lines", "Nordic Shipping", "Kessel Ferries".
    "lines", "shipping", "ferries", "railway", "railways", "logistics",
  ],
  // English names of bodies ("Harbour Agency", "Reuters") stand in texts of every Latin-script language.
  borrowedInScript: "Latin",
  placeNouns: ["town", "city", "village", "region", "province", "county", "district", "island", "river", "valley", "capital", "port", "state of", "republic", "street", "avenue", "square", "tower"],
  placeNameOpeners: ["saint", "st", "st.", "san", "los", "las", "fort", "mount"],
  placePrepositions: ["in", "to", "into", "from", "near", "across", "inside"],
  demonyms: [
    "american", "british", "english", "scottish", "irish", "welsh", "french", "german", "italian", "spanish", "portuguese", "dutch",
    "belgian", "swiss", "austrian", "polish", "russian", "ukrainian", "belarusian", "czech", "hungarian", "romanian", "greek", "turkish",
    "swedish", "norwegian", "danish", "finnish", "european", "african", "asian", "arab", "arabic", "persian", "iranian", "iraqi",
    "syrian", "israeli", "palestinian", "egyptian", "saudi", "lebanese", "afghan", "pakistani", "indian", "chinese", "japanese",
    "korean", "vietnamese", "thai", "indonesian", "australian", "canadian", "mexican", "brazilian", "argentine", "argentinian",
    "venezuelan", "colombian", "cuban", "chilean", "peruvian", "nigerian", "kenyan", "latino", "hispanic", "western", "eastern",
    "jewish", "jew", "muslim", "islamic", "islamist", "christian", "catholic", "protestant", "orthodox", "evangelical", "sunni",
    "shia", "shiite", "hindu", "buddhist", "democratic", "democrat", "republican", "socialist", "communist", "conservative",
    "liberal", "soviet", "nazi", "olympic",
  ],
  honorifics: [
    "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "rev", "hon", "sir", "dame", "rep", "reps", "sen", "sens", "gov", "lt", "gen",
    "col", "maj", "capt", "cpl", "sgt", "pvt", "adm", "cmdr", "insp", "supt", "det", "atty", "amb", "pres", "sec", "jr", "sr",
  ],
  femaleHonorifics: ["mrs", "ms", "miss", "dame"],
  maleHonorifics: ["mr", "sir"],
  seatNames: [
    "white house", "kremlin", "pentagon", "downing street", "number 10", "whitehall", "capitol hill", "foggy bottom", "élysée", "elysee",
    "élysée palace", "elysee palace", "quai d'orsay", "zhongnanhai", "blue house", "bankova", "holy see", "langley", "westminster",
  ],
  countryAbbreviations: { PRC: "China", DPRK: "North Korea", UAE: "United Arab Emirates" },
  countryAdjectives: { american: "United States", russian: "Russia", chinese: "China", iranian: "Iran", ukrainian: "Ukraine", venezuelan: "Venezuela", german: "Germany", french: "France", british: "United Kingdom", israeli: "Israel", turkish: "Türkiye", polish: "Poland", italian: "Italy", spanish: "Spain", japanese: "Japan", indian: "India", syrian: "Syria", iraqi: "Iraq", cuban: "Cuba", belarusian: "Belarus", saudi: "Saudi Arabia", egyptian: "Egypt", canadian: "Canada", mexican: "Mexico", brazilian: "Brazil", "north korean": "North Korea" },
  // The US states and Washington, D.C., Canada's provinces and territories, the UK's nations, Australia's states: places.
  regions: [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho",
    "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
    "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington, D.C.", "West Virginia", "Wisconsin", "Wyoming",
    "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland", "Yukon", "Nunavut",
    "England", "Scotland", "Wales", "Northern Ireland", "New South Wales", "Queensland", "Tasmania",
  ],
};
