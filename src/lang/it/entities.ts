import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  // What joins a body's word to the name of what it is of ("Ministero della Salute", "Università di Bologna"); an article may follow it.
  nameJoints: ["di", "del", "della", "dei", "degli"],
  // Titles before a person's name, not part of it ("Frau Merkel" is Merkel).
  honorifics: ["sig", "sigra", "dott", "dr", "prof", "on"],
  organizationWords: ["ministero", "agenzia", "governo", "partito", "comitato", "consiglio", "banca", "fondo", "società", "gruppo", "esercito", "tribunale", "università", "istituto", "corriere", "gazzetta"],
  placeNouns: ["città", "paese", "villaggio", "regione", "provincia", "comune", "isola", "fiume", "valle", "porto", "capitale"],
  placeNameOpeners: ["san", "porto"],
  placePrepositions: ["in", "a", "da", "verso"],
};
