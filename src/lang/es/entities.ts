import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  // What joins a body's word to the name of what it is of ("Ministerio de Transporte", "Banco de España", "Universidad de la Laguna"); an article may follow it.
  nameJoints: ["de", "del"],
  organizationWords: ["ministerio", "agencia", "gobierno", "partido", "comité", "consejo", "banco", "fondo", "compañía", "empresa", "grupo", "ejército", "tribunal", "universidad", "instituto", "diario"],
  placeNouns: ["ciudad", "pueblo", "aldea", "región", "provincia", "municipio", "isla", "río", "valle", "puerto", "capital"],
  placeNameOpeners: ["san", "los", "las", "puerto"],
  placePrepositions: ["en", "a", "desde", "hacia"],
};
