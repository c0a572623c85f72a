import type { StanceKnowledge } from "../types.js";

export const stance: StanceKnowledge = {
  refuting: ["yalanladı", "yalanlandı", "reddetti", "asılsız", "gerçeği yansıtmıyor", "doğru değil"],
  hedging: ["iddia", "iddiaya göre", "öne sürülen", "iddia edilen", "olduğu belirtilen", "olabilir"],
  supporting: ["doğruladı", "teyit etti", "onayladı"],
  denials: ["yalanladı", "reddetti"],
};
