import type { FramingKnowledge } from "../types.js";

export const framing: FramingKnowledge = {
  loadedTerms: ["diktator", "regime", "tyrann", "despot", "machthaber", "terrorist", "extremist", "propaganda", "aggressor", "invasion", "besatzer", "marionette", "verängstigt", "verzweifelt", "sogenannt", "schurkenstaat", "hetze"],
  labels: ["präsident", "kanzler", "minister", "sprecher", "abgeordnete", "bürgermeister", "machthaber", "diktator", "regierungschef", "chef", "leiter", "vorsitzende"],
};
