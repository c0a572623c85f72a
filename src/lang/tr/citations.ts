import type { CitationKnowledge } from "../types.js";

/** Verbs of saying in the past and present, singular and plural ("söyledi", "söylediler", "söylüyor"). */
const SAYING = [
  "söyledi", "söylediler", "söylüyor", "dedi", "dediler", "diyor", "açıkladı", "açıkladılar", "açıklıyor", "bildirdi", "bildirdiler", "bildiriyor",
  "belirtti", "belirttiler", "belirtiyor", "kaydetti", "kaydettiler", "ifade etti", "ifade ettiler", "aktardı", "aktardılar", "duyurdu", "duyurdular",
  "vurguladı", "vurguladılar", "ekledi", "eklediler", "yazdı", "yazdılar", "doğruladı", "doğruladılar", "yalanladı", "yalanladılar",
  "iddia etti", "iddia ettiler", "diye konuştu", "açıklamasında bulundu", "uyardı", "uyardılar",
];

/**
 * Turkish attribution cues. The verb closes the sentence and its speaker opens it, set off by a
 * comma ("İçişleri Bakanı Ali Yılmaz, … olduğunu söyledi"); a source before "göre" ("polise
 * göre", "Reuters'ın haberine göre").
 */
export const citations: CitationKnowledge = {
  sourceAfter: [],
  // "polise göre"; "Pegasus Havayolları'ndan yapılan açıklamada", "valinin açıklamasında": in a statement by X.
  // Not "yaptığı açıklamada": its subject says where and to whom ("Ankara'da gazetecilere yaptığı açıklamada").
  sourceBefore: ["göre", "yapılan açıklamada", "açıklamasında", "yapılan yazılı açıklamada"],
  verbFinal: true,
  sourceNouns: ["polis", "emniyet", "yetkili", "görevli", "kaynak", "bakanlı", "valili", "hükümet", "sözcü", "ordu", "savcılı", "itfaiye", "ajans", "yönetim"],
  // "kule görevlileri … söyledi", "emniyet yetkilisi … açıkladı", "valiliği": bare, plural, possessive (vowel harmony, a softened ğ).
  subjectEndings: ["", "ler", "lar", "i", "ı", "u", "ü", "si", "sı", "su", "sü", "leri", "ları", "ği", "ğı", "ğu", "ğü", "k", "klar", "kları"],
  bareSubjectEndings: ["", "ler", "lar", "k", "klar"],
  // Participles after a vowel ("arayan"; "gelen" is read by what precedes it), locative, ablative and dative endings
  // ("saatlerinde", "yerine", "polisten"); not a bare "-ne" ("hastane"), nor "-an" ("liman").
  modifierNotEndings: ["yan", "yen", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "ine", "ına", "una", "üne", "ya", "ye"],
  relayCiting: [],
  sayingVerbs: SAYING,
  reportingVerbs: [...SAYING.filter((v) => !v.startsWith("uyardı")), "göre", "yapılan açıklamada", "açıklamasında", "yapılan yazılı açıklamada"],
  auxiliaries: ["da", "de", "ayrıca", "ise"],
  pronouns: ["o", "onlar", "biz", "ben"],
  sourceLabels: ["kaynak"],
  genericSources: ["açıklama", "açıklamada", "açıklamasında", "rapor", "raporda", "haber", "haberde", "haberine", "kaynaklar", "kaynaklara", "belgeler", "belgelere", "gazete", "ajans"],
  participleEndings: [],
  articles: [],
  determiners: ["bu", "şu", "bir"],
  clauseOpeners: ["ancak", "ama", "fakat", "ve", "ayrıca"],
  titleAbbreviations: ["Dr", "Prof", "Doç"],
  complementizers: ["ki"],
  nounForms: [],
  clauseWords: ["ve", "ama", "ancak", "ki", "için", "gibi", "olan", "oldu", "olarak", "değil", "ile"],
  sourcePrepositions: [],
  nameConnectors: ["ve"],
  sourceDescriptors: ["ajansı", "gazetesi", "kanalı", "televizyonu", "sitesi", "şirketi"],
  spokespersonNouns: ["sözcüsü"],
  recipientCues: [],
  viaMarkers: [],
  apostropheSuffixes: true,
  placeSuffixes: ["da", "de", "ta", "te", "daki", "deki", "taki", "teki"],
  sourceSuffixes: ["dan", "den", "tan", "ten", "ndan", "nden"],
};
