import type { StanceKnowledge } from "../types.js";

export const stance: StanceKnowledge = {
  conditionals: ["eğer"],
  refuting: ["yalanladı", "yalanlandı", "reddetti", "asılsız", "gerçeği yansıtmıyor", "doğru değil"],
  hedging: ["iddia", "iddiaya göre", "öne sürülen", "iddia edilen", "olduğu belirtilen", "olabilir"],
  supporting: ["doğruladı", "teyit etti", "onayladı"],
  // "bağımsız olarak doğrulanamadı", "teyit edilmedi", "doğrulanmamış".
  unverified: [
    "doğrulanmadı", "doğrulanmamış", "doğrulanamadı", "doğrulanamamış", "teyit edilmedi", "teyit edilmemiş", "teyit edilemedi",
    "bağımsız olarak doğrulanama", "resmi olarak doğrulanmadı",
  ],
  // Would not or did not answer: a reaction, no claim.
  noComment: ["yorum yapmaktan kaçındı", "yorum yapmadı", "talebine yanıt vermedi", "sorularını yanıtlamadı"],
  denials: ["yalanladı", "reddetti"],
  // Refusing makes a claim negative: asserted only by a text that negates or refuses too.
  refusals: ["reddetti", "reddettiler", "reddediyor", "reddediyorlar", "reddetmişti", "reddetmiş"],
  // A judgement, guess or wish: a sentence that is someone's words holding one, and no number, is an opinion, no claim.
  opinionCues: ["bence", "düşünüyorum", "inanıyorum", "umarım", "muhtemelen", "belki", "gibi görünüyor"],
};
