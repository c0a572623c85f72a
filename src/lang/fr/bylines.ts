import type { BylineKnowledge } from "../types.js";

export const bylines: BylineKnowledge = {
  labels: ["propos recueillis par", "publié par", "écrit par", "rédigé par", "auteur", "autrice", "texte", "par"],
  commentVerbs: ["dit", "a dit", "écrit"],
};
