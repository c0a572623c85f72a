import type { EntityKnowledge } from "../types.js";

/** Stems, so every case form matches ("ministerstwo", "ministerstwa", "ministerstwie"). */
export const entities: EntityKnowledge = {
  // A man's instrumental "Solanem", "Dravoskiem" and dative "Solanowi". Not the adjectival and feminine endings ("-ej",
  // "-ego", "-ym": SemEval pl-pl, the grouper's score 0.670 without them, 0.661 with), nor "-ów", "-ach", "-om", "-im":
  // nominatives end so ("Kraków", "Auerbach", "Gazprom", "Ibrahim").
  nameEndings: ["iem", "em", "owi"],
  organizationWords: ["ministerstw", "agencj", "rząd", "rzęd", "parti", "komitet", "bank", "fundusz", "fundacj", "spółk", "grup", "armi", "sąd", "uniwersytet", "instytut", "urząd", "urzęd", "sejm", "senat"],
  placeNouns: ["miast", "wieś", "wsi", "region", "województw", "powiat", "gmin", "wysp", "rzeka", "rzece", "rzeki", "dolin", "stolic"],
  // Not "z": it also means "with" ("z Donaldem Tuskiem").
  placePrepositions: ["w", "we", "do", "na", "pod"],
  honorifics: ["pan", "pani", "p"],
};
