import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(partager( sur .*)?|(à )?lire (aussi|la suite)|laisser un commentaire|s'abonner|abonnez-vous|mentions légales)$/i,
    /\bcookies?\b.*\b(accepter|consentement|utilis)/i,
  ],
  tailMarkers: [/^(articles similaires|sur le même sujet|vous aimerez aussi|commentaires|à propos de l'auteur)$/i],
  prompts: [
    /^(retrouvez-nous|rejoignez-nous|suivez (\p{Lu}[\p{L}.'’-]*\s?){1,3} sur)\b/u,
    /^(abonnez-vous|inscrivez-vous|suivez-nous|recevez (notre|nos|gratuitement)|pour ne rien manquer|soutenez|vous avez aimé (cet|ce) (article|contenu)|(à )?lire aussi\s?:|voir aussi\s?:)/i,
  ],
  edgeNotes: [
    /^(\p{Lu}[\p{L}.'’-]*\s){1,3}est ([\p{L}-]+\s){0,3}(journaliste|rédact(eur|rice)|correspondant|chroniqueu(r|se)|reporter|photographe)\b/u,
    /^cet article (a été|est) (initialement|d'abord|originellement) publié/i,
  ],
  notices: [/^(?=.*\b(cookies?|traceurs)\b)(?=.*\b(accept|consentement|confidentialit|param|préférences|partenaires))/is],
  bylinePrefixes: [/^(par)\s+/i],
  creditPatterns: [/^(photos?|crédits?( photos?)?)\s?:\s/i],
};
