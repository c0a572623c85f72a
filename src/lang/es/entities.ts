import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  // What joins a body's word to the name of what it is of ("Ministerio de Transporte", "Banco de España", "Universidad de la Laguna"); an article may follow it.
  nameJoints: ["de", "del"],
  // Titles before a person's name, not part of it ("Frau Merkel" is Merkel).
  honorifics: ["sr", "sra", "srta", "don", "doña", "dr", "dra"],
  organizationWords: ["ministerio", "agencia", "gobierno", "partido", "comité", "consejo", "banco", "fondo", "compañía", "empresa", "grupo", "ejército", "tribunal", "universidad", "instituto", "diario"],
  placeNouns: ["ciudad", "pueblo", "aldea", "región", "provincia", "municipio", "isla", "río", "valle", "puerto", "capital"],
  placeNameOpeners: ["san", "los", "las", "puerto"],
  placePrepositions: ["en", "a", "desde", "hacia"],
};
