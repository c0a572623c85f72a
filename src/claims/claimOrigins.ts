/**
 * Origins: where a mention's information comes from. A source is followed back along the
 * story's citation chain (an outlet that only ever relays one source, as the Post relays the
 * documents, stands for that source); an article that reports someone else's report in its
 * lead ("The Washington Post reported Friday…") passes that source to the sentences that name
 * none; a sentence with no source anywhere is the article's own reporting, and copies share
 * their original's. Names that denote one thing are one origin: "U.S. government documents",
 * "internal U.S. government documents" and "внутренние документы правительства США" are the
 * documents of the United States, in any language.
 */
import { type Article, articleName, type CopyLink, type EntityType } from "../model.js";
import { type Languages, perLanguage, perLanguages } from "../lang/languages.js";
import { countryName, countryOfAdjective } from "../lang/countries.js";
import { spellingKey } from "../lang/spelling.js";
import type { PlacedCitation } from "./citations.js";
import { independence } from "./independence.js";
import { speaksFor } from "./spokespeople.js";
import { stopwords } from "./words.js";
import { describesOnly, originMeanings, sameMeanings } from "./originNames.js";

/** Sentences at an article's start where a source it reports as a whole is named. */
export const LEAD_SENTENCES = 2;
/** Longest chain of relays followed: more is a loop in the readings, not a chain. */
const MAX_CHAIN = 8;
/** Document names of a story compared across languages at most (pairs: its square). */
const MAX_DOCUMENT_NAMES = 64;
/** Longest entity alias looked for inside a source's name, in words. */
const MAX_ALIAS_WORDS = 4;

export interface Origin {
  /** Equal for names that denote one origin. */
  readonly key: string;
  /** How the origin is shown: the commonest spelling, the shortest among equals. */
  readonly name: string;
  /**
   * "own": the article's own reporting; "described": a source named only by what it is ("the
   * judge", "those people"), who may be a named one of the story; "named" otherwise.
   */
  readonly kind: "own" | "named" | "described";
}

export interface OriginTracer {
  /** The origin of a sentence of `articleId` attributed to `attributedTo` (a canonical source name), or to nothing. */
  originOf(articleId: string, attributedTo: string | null): Origin;
  /** The story's origins: roots of its citation chains, most independently cited first. */
  readonly storyOrigins: readonly string[];
  /** The keys of the sources an origin's key passes on anywhere in the story ("The Harbour Gazette": the port authority documents, the mayor). */
  relaysOf(key: string): ReadonlySet<string>;
}

export interface OriginInputs {
  /** The story's citations, with canonical source names and article offsets. */
  readonly citations: readonly PlacedCitation[];
  readonly copies: readonly CopyLink[];
  readonly articles: readonly Article[];
  /** Per article, where its lead ends (an offset): citations before it may speak for the article. */
  readonly leadEnd: ReadonlyMap<string, number>;
  /** The story's entities by every surface form: "США" → United States, person. */
  readonly entityOf: (surface: string) => { readonly name: string; readonly type: EntityType } | undefined;
  readonly languages: Languages;
}

/** Nouns for documents and reports in every language ("documents", "документы", "report"). */
const documentNounsOf = perLanguages((languages) => new Set(languages.every("citations").flatMap((k) => k.genericSources).map((w) => w.toLowerCase())));
/** Stop words of every language ("of", "and", "für", "и"): what joins a name to other words rather than titles it. */
const functionWordsOf = perLanguages((languages) => new Set(languages.codes.flatMap((code) => [...stopwords(code, languages)])));
/** A country's English name from a name or an adjective written in any of the languages (src/lang/countries.ts). */
const countriesOf = perLanguages((languages) => {
  const packs = languages.codes.map((code) => ({ code, k: languages.pack(code)?.entities }));
  return {
    ofName: (name: string): string | null => {
      for (const { code, k } of packs) {
        const found = countryName(name, code, k?.countryAbbreviations);
        if (found) return found;
      }
      return null;
    },
    ofAdjective: (word: string): string | null => {
      for (const { code, k } of packs) {
        const found = countryOfAdjective(word, code, k?.countryAdjectives);
        if (found) return found;
      }
      return null;
    },
  };
});

/** A language's one-word nouns that say what a body is ("company", "Konzern", "group"; `sourceDescriptors` and `bodyNouns`), lower case. */
export const bodyNounsOf = perLanguage((language, languages): ReadonlySet<string> => {
  const k = languages.pack(language)?.citations;
  return new Set([...(k?.sourceDescriptors ?? []), ...(k?.bodyNouns ?? [])].filter((d) => !d.includes(" ")).map((d) => d.toLowerCase()));
});

/** Those of every language: "the Varnholt group" is Varnholt, whichever language names it. */
const descriptorsOf = perLanguages((languages) => new Set(languages.codes.flatMap((code) => [...bodyNounsOf(code, languages)])));

/** Articles of every language ("the", "die", "la"): "The Washington Post" and "Washington Post" name one outlet. */
const articlesOf = perLanguages((languages) => new Set(languages.every("citations").flatMap((k) => k.articles).map((w) => w.toLowerCase())));
/** "SportsBusinessNews' Howard Bloom", "the Post's Jane Doe": a person named with the outlet they report for. */
const OWNED_NAME = /^(.+?)['’]s?\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)$/u;
/** A web host standing for its outlet ("washingtonpost.com", "www.huffpost.com"): its name is the label before the suffix. */
const HOST = /^(?:www\.)?([\p{L}\p{N}-]+)\.[\p{L}.]{2,}$/u;

/** An origin named with the source that relayed it: "U.S. government documents (via The Washington Post)". */
export function relayedName(origin: string, relay: string): string {
  return `${origin} (via ${relay})`;
}

/** The origin a name given by `relayedName` names, without its relay. */
export function withoutRelay(name: string): string {
  return name.replace(/\s*\(via [^)]*\)$/u, "");
}

/** Where a dateline's credit is looked for: the text's first characters, and its first lines (a headline may stand above it). */
const DATELINE_CHARS = 400;
const DATELINE_LINES = 3;
/** A dateline's place and date, a credit in brackets, and a dash, a colon or (for a credit in capitals) the text straight after it. */
const DATELINE = /^\s*([^()]{0,60}?)\s*\(([^()]{2,30})\)(\s*\.?(?:[—–-]{1,2}|:)|(?=\p{Lu}\p{Ll}))/u;
/** A party and state tag ("R-Texas", "D-N.Y.", "R"): who a politician is, not who filed the report. */
const PARTY_TAG = /^[RDI](?:-|$)/u;

/**
 * The wire or outlet a text's dateline credits with the report ("BEDFORD, N.H. (AP) —", "WASHINGTON,
 * Jan 5 (Reuters) -", "КИЕВ, 5 июня (РИА Новости) —", "(dpa) -", "Washington (CNN)The …"), or null.
 * The place is written in capitals, with its state, country or date after a comma; or it is one word
 * before a credit in capitals ("Washington (CNN)"); or there is none. Not a bracket after a name or
 * a headline ("Sen. Ted Cruz (R-Texas):", "Watch (Video):").
 */
export function wireCredit(text: string): string | null {
  for (const line of text.slice(0, DATELINE_CHARS).split("\n").filter((l) => l.trim()).slice(0, DATELINE_LINES)) {
    const m = DATELINE.exec(line);
    if (!m) continue;
    const [place = "", rest] = m[1]!.split(/,\s*(.*)/su);
    const credit = m[2]!.trim();
    if (PARTY_TAG.test(credit) || (credit.match(/\p{L}/gu) ?? []).length < 2) continue;
    const capitals = (credit.match(/\p{Lu}/gu) ?? []).length >= 2;
    // After the place: its state or country, a few words, or its date ("N.H.", "Ukraine", "Jan 5", "12 mars 2019").
    const restFits = rest === undefined || (rest.length <= DATELINE_REST_CHARS && rest.split(/\s+/).length <= DATELINE_REST_WORDS);
    // One word of a place before the credit: with a credit in capitals ("Washington (CNN)"), or with a dash after it
    // ("Kyiv (Reuters) -", "Berlin (dpa) -"), not a colon ("Watch (Video):").
    const dashed = /[—–-]/u.test(m[3]!);
    const placeFits = place === "" || (/^\p{Lu}[\p{Lu}\p{N} .'’&/-]*$/u.test(place) && /\p{Lu}{2}/u.test(place)) || ((capitals || dashed) && /^\p{Lu}\p{Ll}+$/u.test(place));
    if (!placeFits || !restFits) continue;
    // Straight into the text only after a credit in capitals: "(CNN)The".
    if (!m[3]!.trim() && !/^[\p{Lu}\p{N}]+$/u.test(credit)) continue;
    return credit;
  }
  return null;
}
/** Longest state, country or date after a dateline's place. */
const DATELINE_REST_CHARS = 25;
const DATELINE_REST_WORDS = 4;

/** How an article's own reporting is named as an origin: its outlet, else its “title”, else its input's file name. */
export function ownReportName(a: Pick<Article, "outlet" | "title" | "path">): string {
  return a.outlet ?? (a.title ? `“${a.title}”` : articleName(a));
}

/**
 * Whose reporting an article's sentence naming no source is: the wire its dateline credits, or the
 * source a line of its own names ("Source: Assyrian International News Agency"), else the
 * article's own (ownReportName).
 */
export function ownOriginName(a: Pick<Article, "outlet" | "title" | "path" | "text" | "removed" | "language">, languages: Languages): string {
  return creditedSource(a, languages) ?? ownReportName(a);
}

/** The wire or source an article credits with its report: its dateline's credit, else a "Source: …" line (kept or removed as chrome). */
export function creditedSource(a: Pick<Article, "text" | "removed" | "language">, languages: Languages): string | null {
  return wireCredit(a.text) ?? sourceLine(a, languages);
}

/** Most words of the name a source line gives. */
const SOURCE_LINE_WORDS = 8;
/** Lines from the text's end a source line is looked for in. */
const SOURCE_LINE_TAIL = 3;

/** The source a line at the article's end labelled with the language's `citations.sourceLabels` names ("Source: Reuters", "Quelle: dpa"), or null. */
function sourceLine(a: Pick<Article, "text" | "removed" | "language">, languages: Languages): string | null {
  const labels = languages.pack(a.language)?.citations?.sourceLabels ?? [];
  if (labels.length === 0) return null;
  // The article's last lines, kept or removed as chrome (in the page's order): a source line closes a report. Not a line
  // anywhere in the page's chrome ("Source: Refinitiv" in a sidebar).
  const lines = [...a.removed.slice(-SOURCE_LINE_TAIL), ...a.text.split("\n").filter((l) => l.trim()).slice(-SOURCE_LINE_TAIL)];
  for (const line of lines) {
    const m = /^\s*([\p{L}]+)\s*:\s*(.+?)\s*\.?\s*$/u.exec(line);
    if (!m || !labels.includes(m[1]!.toLowerCase())) continue;
    const name = m[2]!;
    // A name: a few words opening with a capital, or one word ("dpa"), or a domain ("bbc.co.uk"); not a sentence, a link,
    // a list of several ("Reuters, AP, AFP"), nor a picture's or a chart's credit ("Getty Images", "Harbour Authority data").
    if (/https?:|www\./iu.test(name) || name.split(/\s+/).length > SOURCE_LINE_WORDS || /[,;/&]|\s(?:and|und|et|y|e|и|i)\s/u.test(name)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(name) && !/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*$/u.test(name)) continue;
    if (CREDIT_WORDS.test(name)) continue;
    return name;
  }
  return null;
}

/** Words of a picture's, a chart's or a data table's credit, in the languages Dossier reads. */
const CREDIT_WORDS = /(?<![\p{L}])(?:images?|photos?|pictures?|graphics?|charts?|data|fotos?|bild|bilder|grafik|daten|dati|datos|données|immagini|imágenes|фото|данные)(?![\p{L}])/iu;

export function traceOrigins(inputs: OriginInputs): OriginTracer {
  const { citations, copies, articles, leadEnd, entityOf } = inputs;
  const documentNouns = documentNounsOf(inputs.languages);
  const isDocumentName = (name: string): boolean => name.split(/\s+/).some((w) => documentNouns.has(w.toLowerCase()));

  // The entities a name holds ("U.S." in "U.S. government documents"), or the country an adjective
  // names ("американского" in "документах американского правительства"): what a document is of.
  // A country is named by its English name, whichever language wrote it.
  const countries = countriesOf(inputs.languages);
  const entitiesIn = (name: string): string[] => {
    const words = name.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ""));
    const found = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      let matched = false;
      for (let n = Math.min(MAX_ALIAS_WORDS, words.length - i); n >= 1; n--) {
        const e = entityOf(words.slice(i, i + n).join(" "));
        if (e) {
          found.add(countries.ofName(e.name) ?? e.name);
          i += n - 1;
          matched = true;
          break;
        }
      }
      const adjective = matched ? null : countries.ofAdjective(words[i]!);
      if (adjective) found.add(adjective);
    }
    return [...found].sort();
  };
  // One spelling of a name whatever its articles, spaces and punctuation: "The Washington Post",
  // "Washington Post", "washingtonpost.com"; "Sports Business News" and "SportsBusinessNews".
  const articleWords = articlesOf(inputs.languages);
  const compact = (name: string): string => {
    const host = HOST.exec(name.trim());
    const words = (host ? host[1]! : name).split(/\s+/).filter((w) => w && !articleWords.has(w.toLowerCase()));
    return spellingKey(words.join(" ")).replace(/[^\p{L}\p{N}]+/gu, "");
  };
  // Outlets the story knows (the articles' own, and every source cited), by their compact spelling.
  const outletKeys = new Set([...articles.flatMap((a) => (a.outlet ? [compact(a.outlet)] : [])), ...citations.flatMap((c) => [compact(c.source), ...(c.via ? [compact(c.via)] : [])])]);
  // "Commissioner Bill Daly", "NHL deputy commissioner Bill Daly", "Richterin Ann Donnelly": a
  // person of the story named at the end of a longer source is that person, whatever their role
  // words (an open class in every language). Two words at least: "Daly" alone may be anyone. Not
  // after a function word: "Critics of Vera Lind" and "Tom Berg and Vera Lind" are someone else.
  const functionWords = functionWordsOf(inputs.languages);
  const personAtEnd = (name: string): string | undefined => {
    const words = name.split(/\s+/);
    for (let i = 1; i <= words.length - 2; i++) {
      const e = entityOf(words.slice(i).join(" "));
      if (e?.type !== "person") continue;
      return functionWords.has(words[i - 1]!.toLowerCase()) ? undefined : e.name;
    }
    return undefined;
  };
  // "Die Umweltorganisation Greenline", "the environmental group Greenline": a body of the story
  // named at the end of a longer source, after words that say what it is, is that body. Not after
  // a function word ("Critics of Greenline"), nor after a name or a country ("Russian Foreign
  // Ministry" and "Ukrainian Foreign Ministry" are two).
  const bodyAtEnd = (name: string): string | undefined => {
    const words = name.split(/\s+/);
    for (let i = 1; i < words.length; i++) {
      const e = entityOf(words.slice(i).join(" "));
      if (!e || e.type === "person") continue;
      if (functionWords.has(words[i - 1]!.toLowerCase())) return undefined;
      const before = words.slice(0, i).filter((w) => !articleWords.has(w.toLowerCase()));
      return before.some((w) => entityOf(w) || countries.ofAdjective(w) || countries.ofName(w)) ? undefined : e.name;
    }
    return undefined;
  };
  // "The Varnholt group", "Dornex company": a body of the story named with what it is (a noun of
  // some language's `sourceDescriptors` or `bodyNouns`) after it is that body.
  const descriptors = descriptorsOf(inputs.languages);
  const bodyDescribed = (name: string): string | undefined => {
    const words = name.split(/\s+/).filter((w, i) => i > 0 || !articleWords.has(w.toLowerCase()));
    if (words.length < 2 || !descriptors.has(words.at(-1)!.toLowerCase())) return undefined;
    const e = entityOf(words.slice(0, -1).join(" "));
    return e && e.type !== "person" ? e.name : undefined;
  };
  // A reporter named with their outlet reports for it, also where named alone ("Bloom said"); a
  // spokesperson named with the body they speak for speaks for it ("Dornex spokesman Henrik Aalto",
  // "Пресс-секретарь Кремля Дмитрий Песков"), where the story names that body: one origin with it.
  const reporters = new Map<string, string>();
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const c of citations) {
    for (const n of c.via ? [c.source, c.via] : [c.source]) {
      const owned = OWNED_NAME.exec(n);
      if (owned && outletKeys.has(compact(owned[1]!)) && compact(owned[1]!) !== compact(owned[2]!)) reporters.set(compact(owned[2]!), compact(owned[1]!));
    }
    const a = byId.get(c.articleId);
    const entity = entityOf(c.source);
    const person = entity?.type === "person" ? entity.name : personAtEnd(c.source);
    if (!a || !person || c.sourceStart === undefined || c.sourceEnd === undefined) continue;
    const body = speaksFor(a.text.slice(c.sourceStart, c.sourceEnd), person, a.language, inputs.languages)
      .map((named) => entityOf(named))
      .find((e) => e !== undefined && e.type !== "person");
    if (body) reporters.set(compact(person), compact(body.name));
  }
  const keys = new Map<string, string>();
  // Documents the story names with what they are of ("Kellhaven Port Authority documents"), by their words in lower case:
  // the same documents named without the name ("port authority documents") are those, where one such name holds all its words.
  const wordsOf = (name: string): string[] => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !articleWords.has(w));
  let namedDocuments: Array<{ words: ReadonlySet<string>; held: string[] }> | undefined;
  const documentsNamedAs = (name: string): string[] => {
    namedDocuments ??= [...new Set(citations.flatMap((c) => (c.via ? [c.source, c.via] : [c.source])))]
      .filter(isDocumentName)
      .map((n) => ({ words: new Set(wordsOf(n)), held: entitiesIn(n) }))
      .filter((d) => d.held.length > 0);
    const words = wordsOf(name);
    if (words.length < 2) return [];
    const holders = namedDocuments.filter((d) => words.every((w) => d.words.has(w)));
    return holders.length > 0 && holders.every((d) => d.held.join() === holders[0]!.held.join()) ? holders[0]!.held : [];
  };
  // Documents named in two languages by words of one meaning ("port authority documents", "Dokumente der Hafenbehörde"):
  // one origin, keyed as the name that holds an entity, else as the first in order.
  let sameDocuments: Map<string, string> | undefined;
  const documentsAcross = (): Map<string, string> => {
    if (sameDocuments) return sameDocuments;
    sameDocuments = new Map();
    const languageOf = new Map(articles.map((a) => [a.id, a.language]));
    const named = new Map<string, string>();
    for (const c of citations) for (const n of c.via ? [c.source, c.via] : [c.source]) if (!named.has(n) && isDocumentName(n)) named.set(n, languageOf.get(c.articleId) ?? "und");
    const docs = [...named].slice(0, MAX_DOCUMENT_NAMES).filter(([n, l]) => describesOnly(n, l, inputs.languages) && !isGeneric(n));
    if (new Set(docs.map(([, l]) => l)).size < 2) return sameDocuments;
    const meanings = docs.map(([n, l]) => originMeanings(n, l, inputs.languages));
    for (let i = 0; i < docs.length; i++)
      for (let j = i + 1; j < docs.length; j++) {
        if (docs[i]![1] === docs[j]![1] || !sameMeanings(meanings[i]!, meanings[j]!)) continue;
        const [a, b] = [docs[i]![0], docs[j]![0]];
        const canonical = sameDocuments.get(a) ?? sameDocuments.get(b) ?? (entitiesIn(b).length && !entitiesIn(a).length ? b : a);
        for (const n of [a, b]) if (n !== canonical) sameDocuments.set(n, canonical);
      }
    return sameDocuments;
  };
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      const same = isDocumentName(name) ? documentsAcross().get(name) : undefined;
      if (same !== undefined && same !== name) {
        key = keyOf(same);
        keys.set(name, key);
        return key;
      }
      const direct = isDocumentName(name) ? entitiesIn(name) : [];
      const held = direct.length || !isDocumentName(name) ? direct : documentsNamedAs(name);
      const owned = OWNED_NAME.exec(name);
      const plain = compact(entityOf(name)?.name ?? personAtEnd(name) ?? bodyAtEnd(name) ?? bodyDescribed(name) ?? name);
      const outlet = owned && outletKeys.has(compact(owned[1]!)) ? compact(owned[1]!) : (reporters.get(plain) ?? plain);
      key = held.length ? `documents of ${held.join(", ")}` : `source ${outlet}`;
      keys.set(name, key);
    }
    return key;
  };
  // A name that is only a document noun ("the report", "the newspaper") refers back to the source the article reports.
  const isGeneric = (name: string): boolean => isDocumentName(name) && entitiesIn(name).length === 0 && name.split(/\s+/).filter((w) => !articleWords.has(w.toLowerCase())).length === 1;

  // Spellings seen per key, for the name shown.
  const spellings = new Map<string, Map<string, number>>();
  const see = (name: string): string => {
    const key = keyOf(name);
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    spellings.set(key, counts);
    return key;
  };
  const nameOf = (key: string): string => {
    const counts = spellings.get(key);
    if (!counts) return key;
    // The body a spokesperson or a reporter speaks for names the origin, rather than they ("Dornex", not "Henrik Aalto").
    const entries = [...counts.entries()];
    const bodies = entries.filter(([name]) => !reporters.has(compact(name)));
    return (bodies.length ? bodies : entries).sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
  };

  // A relay that passes on one source only stands for it.
  const relayed = new Map<string, Set<string>>();
  for (const c of citations) {
    const source = see(c.source);
    if (!c.via) continue;
    const via = see(c.via);
    if (via !== source) relayed.set(via, (relayed.get(via) ?? new Set()).add(source));
  }
  const root = (key: string): string => {
    let at = key;
    for (let step = 0; step < MAX_CHAIN; step++) {
      const next = relayed.get(at);
      if (!next || next.size !== 1) break;
      const [only] = next;
      if (only === key) break;
      at = only!;
    }
    return at;
  };

  // The source an article reports as a whole: the first it names in its lead, unless a person; an outlet before any
  // other ("Brasken Lines has denied that …, the Northern Observer reported": the Observer's report is what it carries).
  const outlets = new Set([...articles.flatMap((a) => (a.outlet ? [compact(a.outlet)] : [])), ...citations.flatMap((c) => (c.via ? [compact(c.via)] : []))]);
  const leadSource = new Map<string, string>();
  const leadOutlet = new Set<string>();
  for (const c of [...citations].sort((a, b) => a.start - b.start)) {
    if (leadOutlet.has(c.articleId) || c.start >= (leadEnd.get(c.articleId) ?? 0)) continue;
    if (entityOf(c.source)?.type === "person" || isGeneric(c.source)) continue;
    const outlet = outlets.has(compact(c.source));
    if (leadSource.has(c.articleId) && !outlet) continue;
    leadSource.set(c.articleId, keyOf(c.source));
    if (outlet) leadOutlet.add(c.articleId);
  }

  // Own reporting: one origin per group of copies, named by its original's outlet. Not through a rewrite of a known
  // original: what it adds is its own ("Westport families … have been told to call the hotline"), and what it rewords from its original rests where
  // the original's sentence of the same claim does (src/claims/verdicts.ts, asTheirOriginals).
  const parent = new Map<string, string>();
  // With the path walked pointed at its root: a story of thousands of copies made chains as long as
  // the story, walked again for each of its sentences (8% of the analysis of the 1M build's largest stories).
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    while (x !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  for (const link of copies) {
    // (Where which one was first is not known, the two are one report's as before: nothing maps the sentences.)
    if (link.kind === "rewrite" && link.original) continue;
    const [a, b] = link.articleIds;
    const original = link.original ?? a;
    const copy = original === a ? b : a;
    if (byId.has(a) && byId.has(b) && find(copy) !== find(original)) parent.set(find(copy), find(original));
  }
  // The wire or source each article credits with its report (its dateline, a "Source:" line), read once.
  const wires = new Map<string, string | null>();
  const wireOf = (articleId: string): string | null => {
    let wire = wires.get(articleId);
    if (wire === undefined) {
      const a = byId.get(articleId);
      wires.set(articleId, (wire = a ? creditedSource(a, inputs.languages) : null));
    }
    return wire;
  };
  const ownName = (articleId: string): string => {
    const a = byId.get(find(articleId)) ?? byId.get(articleId);
    return a ? ownReportName(a) : articleId;
  };

  const originOf = (articleId: string, attributedTo: string | null): Origin => {
    // A sentence naming no source is the article's own reporting; "the report" is the one its lead
    // names, or the article's own where its lead names none.
    const key = !attributedTo ? undefined : isGeneric(attributedTo) ? leadSource.get(articleId) : keyOf(attributedTo);
    if (key === undefined) {
      // A wire's report another outlet carries ("BEDFORD, N.H. (AP) — …"): the wire's own reporting, one origin wherever it is carried.
      const wire = wireOf(find(articleId));
      if (wire) {
        const own = keyOf(wire);
        return { key: own, name: spellings.has(own) ? nameOf(own) : wire, kind: "own" };
      }
      // An article's own reporting is its outlet's: the same origin as a citation of that outlet elsewhere.
      const outlet = byId.get(find(articleId))?.outlet;
      if (outlet) {
        const own = `source ${compact(outlet)}`;
        return { key: own, name: spellings.has(own) ? nameOf(own) : outlet, kind: "own" };
      }
      return { key: `own report ${find(articleId)}`, name: ownName(articleId), kind: "own" };
    }
    const r = root(key);
    // A source named only where it is described ("an airline source") is shown as named there.
    const shownAs = (k: string): string => (spellings.has(k) || !attributedTo ? nameOf(k) : attributedTo);
    // The relay stays in sight: "U.S. government documents (via The Washington Post)".
    const kind = spellings.has(r) || spellings.has(key) ? "named" : "described";
    return { key: r, name: r === key ? shownAs(r) : relayedName(nameOf(r), shownAs(key)), kind };
  };

  // The story's origins: chain roots, most independently cited first, each shown as most citations reach it.
  const citers = new Map<string, Set<string>>();
  const shown = new Map<string, Map<string, Set<string>>>();
  for (const c of citations) {
    const o = originOf(c.articleId, c.source);
    citers.set(o.key, (citers.get(o.key) ?? new Set()).add(c.articleId));
    const names = shown.get(o.key) ?? new Map<string, Set<string>>();
    shown.set(o.key, names.set(o.name, (names.get(o.name) ?? new Set()).add(c.articleId)));
  }
  const count = independence(copies);
  const storyOrigins = [...citers.entries()]
    .map(([key, ids]) => ({ key, ids, independent: count([...ids]) }))
    .sort((a, b) => b.independent - a.independent || b.ids.size - a.ids.size)
    .map(({ key }) => [...shown.get(key)!.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]![0]);
  return { originOf, storyOrigins, relaysOf: (key) => relayed.get(key) ?? new Set() };
}
