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
  prompts: [
    /^(jetzt (kostenlos )?(registrieren|anmelden|abonnieren|teilen|weiterlesen)|zum newsletter|(artikel|beitrag) (drucken|merken|vorlesen|anhören)|verpassen sie (keine|nichts))/i,
    /^(folgen sie|folge) (\p{Lu}[\p{L}.'’-]*\s?){1,3} (auf|bei) (twitter|x|facebook|instagram|linkedin|mastodon)\b/u,
    /^(haben sie|hast du) (fragen|anregungen|hinweise)\b.{0,40}\b(schreiben sie|schreib|kontaktieren sie)\b/i,
    /^(lust auf mehr|sie lesen gern|du liest gern|gefällt (ihnen|dir) (dieser|der|unser) (artikel|beitrag|blog|podcast)|hat (ihnen|dir) (dieser|der) (artikel|beitrag) gefallen)\b/i,
    /^(jetzt )?(abonnieren sie|abonniere|melden sie sich|melde dich|registrieren sie sich|tragen sie sich|bestellen sie)\b.{0,80}\b(newsletter|an|ein|abo)\b/i,
    /^(folgen sie uns|folge uns|besuchen sie uns|abonnieren sie uns) (auf|bei|in)\b/i,
    /^(unterstützen sie|unterstütze) (uns|unsere arbeit|unabhängigen journalismus)/i,
    /^(lesen sie (auch|weiter|mehr)|lies auch|schon gelesen|auch interessant|neueste (artikel|beiträge)|empfohlene (artikel|beiträge)|(vorschau auf den )?nächste[rn]? (artikel|beitrag)|vorherige[rn]? (artikel|beitrag)|zurück zur übersicht)\b\s*[?:]?/i,
    /^(weitere informationen|mehr informationen|kontakt|ansprechpartner(in)?|pressekontakt)\s*:?$/i,
    /^(telefon|tel\.|fax)\s*:\s*[+\d(][\d\s()/+-]{4,}$/i,
    /^((bild|foto|video|quellen?|inhalt) (anzeigen|ausblenden|einblenden))$/i,
    /^war (der|dieser) (artikel|beitrag) (hilfreich|nützlich)\?/i,
    /^\(?noch keine bewertungen\)?/i,
    /^wir respektieren (ihre|deine) privatsphäre/i,
    /^(anzeige|werbung)\s*[,|:–-]\s*(enthält|dieser (artikel|beitrag)|unbezahlt|affiliate)/i,
  ],
  edgeNotes: [
    /^(dieser (artikel|beitrag|text) (erschien|ist) (zuerst|erstmals|ursprünglich)|der (artikel|beitrag|text) erschien (zuerst|erstmals)|mit material von\b)/i,
    /^(\p{Lu}[\p{L}.'’-]*\s){1,3}(ist|war) ([\p{L}-]+\s){0,3}(redakteur|journalist|autor|korrespondent|reporter|kolumnist|fotograf|volontär|blogger)(in)?\b/u,
    /^(\p{Lu}[\p{L}.'’-]*\s){1,3}(leitet|schreibt (für|über)|berichtet (für|über))\b/u,
    /\b(zeige alle|alle|weitere) (beiträge|artikel) von\b.{0,60}$/i,
    /^(dieser (artikel|beitrag) enthält (affiliate|werbe)|(\*\s?)?affiliate-?links?\b)/i,
  ],
  notices: [/^(?=.*\bcookies?\b)(?=.*\b(akzeptier|zustimm|einverstanden|einwillig|datenschutz|einstellungen|partner))/is],
  bylinePrefixes: [/^(von|text:|autor(in)?:)\s+/i],
  creditPatterns: [/^(foto|bild|quelle):\s/i, /\((foto|bild):?\s[^)]{2,60}\)$/i],
};
