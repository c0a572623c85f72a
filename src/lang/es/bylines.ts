import type { BylineKnowledge } from "../types.js";

export const bylines: BylineKnowledge = {
  labels: ["publicado por", "escrito por", "redactado por", "autora", "autor", "texto", "por"],
  commentVerbs: ["dice", "dijo", "escribió"],
};
