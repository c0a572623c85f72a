import type { EntityKnowledge } from "../types.js";

/** Stems, so every case form matches ("ministerstwo", "ministerstwa", "ministerstwie"). */
export const entities: EntityKnowledge = {
  // Instrumental "Solanem", "Dravoskiem"; dative "Solanowi"; a woman's "Dvorakovej"; plural "Nowakami"; adjectival "Nowego",
  // "Nowemu", "Nowym". Not "-ów", "-ach", "-om", "-im": nominatives end so ("Kraków", "Tarnów", "Auerbach", "Gazprom", "Ibrahim").
  nameEndings: ["iem", "em", "owi", "ej", "ami", "ego", "emu", "ym"],
  organizationWords: ["ministerstw", "agencj", "rząd", "rzęd", "parti", "komitet", "bank", "fundusz", "fundacj", "spółk", "grup", "armi", "sąd", "uniwersytet", "instytut", "urząd", "urzęd", "sejm", "senat"],
  placeNouns: ["miast", "wieś", "wsi", "region", "województw", "powiat", "gmin", "wysp", "rzeka", "rzece", "rzeki", "dolin", "stolic"],
  // Not "z": it also means "with" ("z Donaldem Tuskiem").
  placePrepositions: ["w", "we", "do", "na", "pod"],
  honorifics: ["pan", "pani", "p"],
};
