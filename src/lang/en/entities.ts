import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  organizationWords: [
    "ministry", "agency", "post", "times", "news", "corporation", "council", "duma", "party", "government", "committee",
    "department", "bank", "fund", "company", "group", "union", "army", "navy", "force", "office", "parliament",
    "congress", "senate", "court", "university", "institute", "association", "organization", "organisation", "reuters",
    "herald", "wire", "gazette", "tribune", "journal", "press", "media", "radio", "television", "network", "daily",
    "weekly", "observer", "guardian", "telegraph", "chronicle", "courier", "review", "monitor", "magazine", "hydro",
    "energy", "airlines", "airways", "motors", "industries", "holdings", "capital", "partners", "inc", "ltd", "corp",
  ],
  // English names of bodies ("Harbour Agency", "Reuters") stand in texts of every Latin-script language.
  borrowedInScript: "Latin",
  placeNouns: ["town", "city", "village", "region", "province", "county", "district", "island", "river", "valley", "capital", "port", "state of", "republic"],
  placePrepositions: ["in", "to", "into", "from", "near", "across", "inside"],
};
