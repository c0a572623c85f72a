import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [/^(yorum yap|yorumlar|paylaş|abone ol|ilginizi çekebilir|bunlar da ilginizi çekebilir)\b.*$/iu, /\bçerez\b|\bcookie\b/iu],
  tailMarkers: [/^(ilgili haberler|benzer haberler|en çok okunanlar|son dakika haberleri)$/iu],
  prompts: [/^(bizi takip edin|abone olun|haberlerden haberdar olmak için)/iu],
  notices: [/^(?=.*(çerez|cookie))(?=.*(kabul|onay|gizlilik|politika))/isu],
  bylinePrefixes: [/^(yazar|muhabir):?\s+/iu],
  creditPatterns: [/^(fotoğraf|foto):\s/iu],
};
