import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(написать комментарий|комментарии|поделиться|подписывайтесь|читайте также)\b.*$/i,
    /^также следите за .{0,60} в социальных сетях$/i,
    /\bcookie\b|\bкуки\b/i,
  ],
  tailMarkers: [/^(популярное за (неделю|день|месяц)|читайте также|похожие (новости|материалы)|мнение)$/i],
};
