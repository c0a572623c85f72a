import type { FramingKnowledge } from "../types.js";

export const framing: FramingKnowledge = {
  loadedTerms: ["dictateur", "dictature", "régime", "tyran", "despote", "terroriste", "extrémiste", "propagande", "agresseur", "invasion", "occupant", "fantoche", "effrayé", "désespéré", "soi-disant", "sanguinaire"],
  labels: ["président", "premier ministre", "ministre", "porte-parole", "député", "sénateur", "maire", "dirigeant", "dictateur", "chef", "directeur", "général"],
};
