import type { BylineKnowledge } from "../types.js";

export const bylines: BylineKnowledge = {
  labels: ["опублікував", "опублікувала", "авторка", "автор", "текст"],
  commentVerbs: ["пише", "сказав", "сказала"],
};
