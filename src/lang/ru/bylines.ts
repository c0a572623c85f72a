import type { BylineKnowledge } from "../types.js";

export const bylines: BylineKnowledge = {
  labels: ["опубликовал", "опубликовала", "автор", "текст"],
  commentVerbs: ["пишет", "сказал", "сказала"],
};
