import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  // What joins a body's word to the name of what it is of ("Ministère de la Santé", "Banque de France", "Office des transports"); an article may follow it.
  nameJoints: ["de", "du", "des"],
  // Titles before a person's name, not part of it ("Frau Merkel" is Merkel).
  honorifics: ["m", "mme", "mlle", "me", "dr", "pr"],
  femaleHonorifics: ["mme", "mlle"],
  maleHonorifics: ["m"],
  organizationWords: ["ministère", "agence", "gouvernement", "parti", "comité", "conseil", "banque", "fonds", "société", "groupe", "armée", "tribunal", "université", "institut", "journal"],
  placeNouns: ["ville", "village", "région", "province", "commune", "département", "île", "fleuve", "rivière", "vallée", "port", "capitale"],
  placeNameOpeners: ["saint", "sainte", "st", "ste", "san", "port"],
  placePrepositions: ["en", "à", "au", "aux", "vers", "depuis"],
};
