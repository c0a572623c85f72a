import type { FramingKnowledge } from "../types.js";

/** French loaded words and positioning labels, as lowercase prefixes so inflections count. */
export const framing: FramingKnowledge = {
  loadedTerms: [
    "dictateur", "dictature", "régime", "tyran", "despote", "extrémiste", "propagande", "agresseur", "occupant", "fantoche",
    "effrayé", "désespéré", "soi-disant", "sanguinaire", "polémique", "scandaleu", "honteu", "ridicule", "ubuesque",
    "rocambolesque", "extrême droite", "extrême-droite", "ultradroite", "extrême gauche", "ultragauche", "mascarade",
    "calamiteu", "désastreu", "sinistre", "grotesque", "fiasco", "débâcle", "magouille", "diatribe", "tollé", "autoproclamé",
    "tristement célèbre", "pseudo-",
  ],
  labels: ["président", "premier ministre", "ministre", "porte-parole", "député", "sénateur", "maire", "dirigeant", "dictateur", "chef", "directeur", "général"],
};
