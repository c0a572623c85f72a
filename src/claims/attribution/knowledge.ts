/** A language's citation knowledge (src/lang/<code>/citations.ts) compiled once into sets and token phrases for the cue rules. */
import { type CitationKnowledge, type Languages, perLanguages } from "../../lang/languages.js";
import { stopwords } from "../words.js";

/** Multi-word phrases as token arrays, longest first, so "according to" wins over "to". */
function phraseList(phrases: readonly string[]): string[][] {
  return phrases.map((p) => p.split(/\s+/)).sort((a, b) => b.length - a.length);
}

/**
 * Stop lists write the apostrophe straight ("it's"); news text mostly curls it ("it’s"), and
 * the rules compare words as they are written: each listed word is there both ways, so "it’s
 * said that" is no source, as "it's said that" is not.
 */
function withCurlyApostrophes(words: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...words].flatMap((w) => (w.includes("'") ? [w, w.replace(/'/g, "’")] : [w])));
}

export interface Compiled {
  readonly k: CitationKnowledge;
  readonly after: string[][];
  /** Postpositions a source comes before ("göre"). */
  readonly before: string[][];
  readonly relay: string[][];
  /** The pack's `heldBy`: who holds a document the source names ("seen by"). */
  readonly heldBy: string[][];
  readonly verbs: string[][];
  readonly aux: ReadonlySet<string>;
  /** The pack's `preverbalAdverbs`. */
  readonly adverbs: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  readonly generic: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly stop: ReadonlySet<string>;
  readonly clause: ReadonlySet<string>;
  readonly nounForms: ReadonlySet<string>;
  readonly participles: readonly string[];
  readonly finiteEndings: readonly string[];
  readonly articles: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly openers: ReadonlySet<string>;
  /** Abbreviated titles read with their dot ("Mr."). */
  readonly titles: ReadonlySet<string>;
  readonly reporting: ReadonlySet<string>;
  /** Reporting verbs that cite only beside the words said (`weakReportingVerbs`), lowercase. */
  readonly weak: ReadonlySet<string>;
  /** Verbs that cite only when a record speaks by them (`recordVerbs`), lowercase. */
  readonly records: ReadonlySet<string>;
  /** Nouns records and polls are named by: `genericSources` that no `sourceNouns` prefix (people, bodies) opens. */
  readonly documentNouns: ReadonlySet<string>;
  /** Articles and determiners a source phrase may open with ("laut der Nachrichtenagentur"). */
  readonly bridges: ReadonlySet<string>;
  /** Nouns sources are named by, lowercase prefixes: documents, outlets, bodies, authorities. */
  readonly sourceNouns: readonly string[];
  /** Weekday names, lowercase, also opening a compound: "Freitagnacht" after "laut" is when, not who. */
  readonly weekdays: readonly string[];
  readonly months: ReadonlySet<string>;
  /** Words that name a day: weekdays, "yesterday", "ayer", "вчера". */
  readonly days: ReadonlySet<string>;
  /** Parts of a day ("evening", "Abend"), lowercase. */
  readonly dayParts: ReadonlySet<string>;
  /** The first words of the phrases saying how or where words were said (`citations.sayingSettings`: "журналистам", "in", "to"), lowercase. */
  readonly settings: ReadonlySet<string>;
  /** The same phrases, as words ("a", "los", "periodistas"). */
  readonly settingPhrases: readonly (readonly string[])[];
  /** Prepositions a source's name may hold ("Polizei in Den Haag"), as a set. */
  readonly sourcePrepositions: ReadonlySet<string>;
  /** The one-word markers of `viaMarkers` ("to", "via", "on"): what a relay's name follows. */
  readonly relayWords: ReadonlySet<string>;
  /** Phrases of relative time ("last week", "geçen hafta"), lowercase. */
  readonly timePhrases: readonly string[];
  /** The same, as words ("last", "week"). */
  readonly timePhraseWords: readonly (readonly string[])[];
  readonly modifiers: string[][];
}

/** Compiled knowledge by language, per Languages value. */
const compiledOf = perLanguages(() => new Map<string, Compiled | null>());

export function compile(language: string, languages: Languages): Compiled | null {
  const compiled = compiledOf(languages);
  if (compiled.has(language)) return compiled.get(language)!;
  const pack = languages.pack(language);
  const k = pack?.citations;
  const timePhrases = [...(pack?.time?.weekOffsets.keys() ?? []), ...(pack?.time?.monthOffsets.keys() ?? []), ...(pack?.time?.yearOffsets.keys() ?? [])].map((p) => p.toLowerCase());
  const c = k
    ? {
        k,
        after: phraseList(k.sourceAfter),
        before: phraseList(k.sourceBefore ?? []),
        relay: phraseList(k.relayCiting),
        heldBy: phraseList(k.heldBy ?? []),
        verbs: phraseList(k.sayingVerbs),
        aux: new Set(k.auxiliaries),
        adverbs: new Set(k.preverbalAdverbs ?? []),
        pronouns: new Set(k.pronouns),
        generic: new Set(k.genericSources),
        connectors: new Set(k.nameConnectors),
        stop: withCurlyApostrophes(stopwords(language, languages)),
        clause: new Set(k.clauseWords),
        nounForms: new Set(k.nounForms),
        participles: k.participleEndings,
        finiteEndings: k.finiteVerbEndings ?? [],
        articles: new Set(k.articles),
        determiners: new Set(k.determiners),
        openers: new Set(k.clauseOpeners),
        titles: new Set(k.titleAbbreviations),
        // As tokens ("kündigte an , dass", what the rules join) and as text ("kündigte an, dass", a cue as written).
        reporting: new Set(
          [...k.reportingVerbs, ...(k.weakReportingVerbs ?? []), ...k.sourceAfter, ...k.relayCiting].flatMap((v) => {
            const low = v.toLowerCase();
            return [low, low.replace(/ ([,;:])/gu, "$1")];
          }),
        ),
        weak: new Set((k.weakReportingVerbs ?? []).map((v) => v.toLowerCase())),
        records: new Set((k.recordVerbs ?? []).map((v) => v.toLowerCase())),
        documentNouns: new Set(k.genericSources.filter((w) => !k.sourceNouns?.some((p) => w.startsWith(p)))),
        modifiers: phraseList(k.speakerModifiers ?? []),
        // Not a preposition joined to its article ("im Bundestag", "am Montag"): that opens a place or a time.
        bridges: new Set(
          [...k.articles, ...k.determiners, ...(pack?.entities?.nounDeterminers ?? [])].filter(
            (w) => !k.sourcePrepositions.includes(w) && !(pack?.entities?.placePrepositions ?? []).includes(w),
          ),
        ),
        sourceNouns: [...k.genericSources, ...k.sourceDescriptors, ...(k.sourceNouns ?? []), ...(pack?.entities?.organizationWords ?? [])].map((w) => w.toLowerCase()),
        weekdays: [...(pack?.time?.weekdays.keys() ?? [])].filter((w) => w.length >= 3),
        months: new Set(pack?.dates?.months.keys() ?? []),
        days: new Set([...(pack?.time?.weekdays.keys() ?? []), ...(pack?.time?.dayOffsets.keys() ?? [])]),
        dayParts: new Set(pack?.time?.dayParts ?? []),
        settings: new Set((k.sayingSettings ?? []).map((p) => p.split(" ")[0]!)),
        settingPhrases: (k.sayingSettings ?? []).map((p) => p.split(" ")),
        sourcePrepositions: new Set(k.sourcePrepositions),
        relayWords: new Set((k.viaMarkers ?? []).filter((m) => !m.includes(" "))),
        timePhrases,
        timePhraseWords: timePhrases.map((p) => p.split(/\s+/)),
      }
    : null;
  compiled.set(language, c);
  return c;
}

