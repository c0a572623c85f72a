import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(написати коментар|коментарі|поділитися|підписуйтесь|читайте також)\b.*$/i,
    /\bcookie\b|\bкукі\b/i,
  ],
  tailMarkers: [/^(популярне за (тиждень|день|місяць)|схожі (новини|матеріали)|новини партнерів)$/i],
  bylinePrefixes: [/^(автор(ка)?:?)\s+/i],
  creditPatterns: [/^(фото|джерело фото):\s/i],
};
