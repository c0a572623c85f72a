import type { BylineKnowledge } from "../types.js";

export const bylines: BylineKnowledge = {
  labels: ["yazar", "muhabir", "haber merkezi"],
  commentVerbs: ["yazdı", "dedi"],
};
