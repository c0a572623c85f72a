import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(написать комментарий|комментарии|поделиться|подписывайтесь|подписаться|читайте также|реклама)\b.*$/i,
    /^также следите за .{0,60} в социальных сетях$/i,
    /\bcookie\b|\bкуки\b/i,
  ],
  tailMarkers: [/^(популярное за (неделю|день|месяц)|похожие (новости|материалы)|новости партн[её]ров|мнение|комментарии)$/i],
  bylinePrefixes: [/^(автор:?|текст:)\s+/i],
  creditPatterns: [/^(фото|источник фото|фотография):\s/i],
};
