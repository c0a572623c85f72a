import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(condividi( su .*)?|leggi (anche|tutto)|lascia un commento|iscriviti)$/i,
    /\bcookies?\b.*\b(accett|consenso|utilizz)/i,
  ],
  tailMarkers: [/^(articoli correlati|potrebbe interessarti|commenti)$/i],
  prompts: [/^(iscriviti|seguici|abbonati|scarica (la nostra |la )?app|leggi anche\s?:|ti potrebbe interessare)/i],
  notices: [/^(?=.*\bcookies?\b)(?=.*\b(accett|consenso|privacy|impostazioni|preferenze|partner))/is],
  bylinePrefixes: [/^(di)\s+(?=\p{Lu})/iu],
  creditPatterns: [/^(foto|crediti)\s?:\s/i],
};
