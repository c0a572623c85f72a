import type { EntityKnowledge } from "../types.js";

/** Stems, so every case form matches ("ministerstwo", "ministerstwa", "ministerstwie"). */
export const entities: EntityKnowledge = {
  // Instrumental "Solanem", "Dravoskiem"; dative "Solanowi"; a woman's "Dvorakovej"; plural "Nowaków", "Nowakach", "Nowakami", "Nowakom"; adjectival "Nowego", "Nowemu", "Nowym".
  nameEndings: ["iem", "em", "owi", "ej", "ów", "ach", "ami", "om", "ego", "emu", "ym", "im"],
  organizationWords: ["ministerstw", "agencj", "rząd", "rzęd", "parti", "komitet", "bank", "fundusz", "fundacj", "spółk", "grup", "armi", "sąd", "uniwersytet", "instytut", "urząd", "urzęd", "sejm", "senat"],
  placeNouns: ["miast", "wieś", "wsi", "region", "województw", "powiat", "gmin", "wysp", "rzeka", "rzece", "rzeki", "dolin", "stolic"],
  // Not "z": it also means "with" ("z Donaldem Tuskiem").
  placePrepositions: ["w", "we", "do", "na", "pod"],
  honorifics: ["pan", "pani", "p"],
};
