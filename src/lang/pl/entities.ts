import type { EntityKnowledge } from "../types.js";

/** Stems, so every case form matches ("ministerstwo", "ministerstwa", "ministerstwie"). */
export const entities: EntityKnowledge = {
  organizationWords: ["ministerstw", "agencj", "rząd", "rzęd", "parti", "komitet", "rad", "bank", "fundusz", "fundacj", "spółk", "grup", "armi", "sąd", "uniwersytet", "instytut", "urząd", "urzęd", "sejm", "senat"],
  placeNouns: ["miast", "wieś", "wsi", "region", "województw", "powiat", "gmin", "wysp", "rzek", "dolin", "port", "stolic"],
  placePrepositions: ["w", "we", "z", "ze", "do", "na", "pod"],
  honorifics: ["pan", "pani", "p"],
};
