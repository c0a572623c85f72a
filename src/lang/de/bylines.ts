import type { BylineKnowledge } from "../types.js";

export const bylines: BylineKnowledge = {
  labels: ["zeige alle beiträge von", "alle beiträge von", "ein beitrag von", "eingestellt von", "erstellt von", "verfasst von", "geschrieben von", "veröffentlicht von", "pressemitteilung von", "text und interview", "text und fotos", "text & fotos", "interview", "autorin", "autor", "text", "von", "vom"],
  commentVerbs: ["sagt", "schreibt", "meint", "antwortete"],
};
