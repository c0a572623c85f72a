import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(написати коментар|коментарі|поділитися|підписуйтесь|читайте також)\b.*$/i,
    /\bcookie\b|\bкукі\b/i,
  ],
  tailMarkers: [/^(популярне за (тиждень|день|місяць)|схожі (новини|матеріали)|новини партнерів)$/i],
  prompts: [/^(підпишіться|підписуйтеся|стежте за нами|читайте нас у|приєднуйтесь до нас|підтримайте|якщо ви (знайшли|помітили) помилку)/i],
  bylinePrefixes: [/^(автор(ка)?:?)\s+/i],
  creditPatterns: [/^(фото|джерело фото):\s/i],
};
