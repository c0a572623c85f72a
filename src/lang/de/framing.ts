import type { FramingKnowledge } from "../types.js";

/** German loaded words and positioning labels, as lowercase prefixes so inflections count ("rechtsextremen"). */
export const framing: FramingKnowledge = {
  loadedTerms: [
    "diktator", "regime", "tyrann", "despot", "machthaber", "extremist", "propaganda", "aggressor", "besatzer", "marionette",
    "verängstigt", "verzweifelt", "sogenannt", "schurkenstaat", "hetze", "hetzer", "hetzt", "rechtsextrem", "rechtspopul",
    "rechtsradikal", "rechtsnational", "rechtskonservativ", "linksextrem", "linksradikal", "linkspopul", "ultrarecht",
    "ultralink", "schmutzkampagne", "machenschaft", "eklat", "desaster", "fiasko", "debakel", "dreist",
    "skrupellos", "brutal", "krawall", "chaot", "abzocke", "umstritten", "skandalös", "peinlich", "absurd", "lächerlich",
    "unverschämt", "unsäglich", "berüchtigt", "selbsternannt", "selbst ernannt", "möchtegern", "größenwahn",
  ],
  neutralWords: ["regiment"],
  labels: ["präsident", "kanzler", "minister", "sprecher", "abgeordnete", "bürgermeister", "machthaber", "diktator", "regierungschef", "chef", "leiter", "vorsitzende"],
};
