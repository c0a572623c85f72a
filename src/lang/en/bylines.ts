import type { BylineKnowledge } from "../types.js";

export const bylines: BylineKnowledge = {
  labels: ["posted by", "post author by", "post author", "written by", "words by", "story by", "text by", "report by", "reported by", "interview by", "published by", "view all posts by", "all posts by", "more from", "author", "by"],
  commentVerbs: ["says", "said", "wrote", "writes", "replied"],
};
