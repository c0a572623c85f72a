import type { EntityKnowledge } from "../types.js";

export const entities: EntityKnowledge = {
  organizationWords: ["bakanlı", "ajans", "parti", "hükümet", "meclis", "belediye", "şirket", "holding", "bankası", "vakf", "derne", "havayolları", "üniversite", "kurum", "müdürlü", "valili", "emniyet"],
  placeNouns: ["şehir", "kent", "ilçe", "köy", "bölge", "ada", "havalimanı", "havaalanı", "liman"],
  placePrepositions: [],
  apostropheSuffixes: true,
};
