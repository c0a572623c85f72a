import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(partager( sur .*)?|(à )?lire (aussi|la suite)|laisser un commentaire|s'abonner|abonnez-vous|mentions légales)$/i,
    /\bcookies?\b.*\b(accepter|consentement|utilis)/i,
  ],
  tailMarkers: [/^(articles similaires|sur le même sujet|vous aimerez aussi|commentaires|à propos de l'auteur)$/i],
  bylinePrefixes: [/^(par)\s+/i],
  creditPatterns: [/^(photo|crédit( photo)?)\s?:\s/i],
};
