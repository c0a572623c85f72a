import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(kommentar(e)? (schreiben|verfassen)|teilen|artikel teilen|mehr (zum thema|lesen)|weiterlesen|newsletter abonnieren|impressum|datenschutz(erklärung)?)$/i,
    /\bcookies?\b.*\b(akzeptieren|zustimm|einverstanden|verwenden)/i,
    /^(sie müssen (sich )?(angemeldet|eingeloggt) sein|sie müssen sich einloggen|sie sind (aktuell )?nicht (angemeldet|eingeloggt)|keine kommentare|noch keine kommentare|kommentar verfassen|antwort hinterlassen).{0,80}$/i,
    /^(-\s*)?anzeige(\s*-)?$|^werbung$|^beitragsbild$|^\(?noch keine bewertungen\)?$|^war (der|dieser) (artikel|beitrag) (hilfreich|nützlich)\??$|^(artikel|beitrag) teilen\??$|^möchten sie den (artikel|beitrag) teilen\??$/i,
  ],
  tailMarkers: [
    /^(das könnte (sie|dich) (auch )?interessieren|(das )?(könnte|dürfte) (sie|dich) auch interessieren|auch interessant|ähnliche (artikel|beiträge)|verwandte (artikel|beiträge)|mehr zum thema|weitere (artikel|beiträge|themen)|weiterführende links?|kommentare|schlagworte|schlagwörter|über (den|die) autor(in)?|zum autor|zur autorin|(das|dieses) thema könnte (sie|dich) auch interessieren)\s*:?$/i,
  ],
  bylinePrefixes: [/^(von|text:|autor(in)?:)\s+/i],
  creditPatterns: [/^(foto|bild|quelle):\s/i, /\((foto|bild):?\s[^)]{2,60}\)$/i],
};
