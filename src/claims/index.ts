/**
 * The claims stage: a story group and its articles → citations, origins, claims, entities,
 * timeline and framing. Every quote and term is an exact substring of its article's text.
 */
import type { ClaimsConfig } from "../config.js";
import { type Languages, perLanguages } from "../lang/languages.js";
import type { Article, Claim, StoryAnalysis, StoryGroup } from "../model.js";
import { alignClaims } from "./claimClusters.js";
import { LEAD_SENTENCES, traceOrigins } from "./claimOrigins.js";
import { judgeClaims } from "./verdicts.js";
import { type Attribution, citesHere, findAttributions, isReportingCue } from "./attribution/rules.js";
import { findCitations, isImpersonal, type PlacedCitation, type Sex, type SexRead } from "./citations.js";
import { type EntityMention, findEntityMentions, type FoundEntity, isSeatName, mergeEntities } from "./entities.js";
import { findFraming, framingCandidates, type FramingCandidates, type Placed, titleNames } from "./framing.js";
import { agesBesideNames, readNumbers, type FoundValue } from "./numbers.js";
import { origins } from "./origins.js";
import { quotesBySentence, type QuotedPhrase } from "./quotes.js";
import { perText, readTexts, type Sentence, type TextLayer, type Token, tokensWithin } from "../text/index.js";
import { isQuoted, type Quotation } from "../text/quotations.js";
import { buildTimeline, type DatedMention, findDates } from "./timeline.js";
import type { ClaimSentence } from "./claimSentences.js";
import { contentStems, tokensOutside } from "./words.js";
import { pivotKeysOf, pivotWords } from "./crossLanguage.js";
import { cueHits } from "./stanceFeatures.js";

export { independentCount } from "./independence.js";

/** A number joined by a hyphen to the letters it counts ("52-jährige", "81-year-old"). */
const NUMBER_GLUED = /^(\d{1,4})-\p{L}/u;
export { findAttributions } from "./attribution/rules.js";

/**
 * What the stage reads in one article alone, whatever story it is in: who each readable sentence
 * attributes to whom, and the names it mentions. A story analysed again when an article joins
 * it reads these of its earlier members from a cache (the build keeps them in the store) rather
 * than again: they are most of an article's cost here.
 */
export interface ArticleReadings {
  /** Per readable sentence, in order. */
  readonly attributions: readonly (readonly Attribution[])[];
  readonly mentions: readonly EntityMention[];
  /** What in its own words may frame (per readable sentence, and its title). */
  readonly framing: FramingCandidates;
}

/** Readings kept by article id, valid for the article as given and this stage's configuration and languages (the caller's to ensure). */
export interface ReadingsCache {
  get(articleId: string): ArticleReadings | undefined;
  set(articleId: string, readings: ArticleReadings): void;
}

/**
 * `languages`: the knowledge the stage reads (src/lang); a language without a pack is read
 * without cues. `layers`: the members' texts already read (src/text) by the caller, by article
 * id; any missing is read here. `cache`: members' readings made before (ArticleReadings);
 * those made here are put in it.
 */
export function analyseStory(
  group: StoryGroup,
  articles: ReadonlyMap<string, Article>,
  config: ClaimsConfig,
  languages: Languages,
  layers: ReadonlyMap<string, TextLayer> = new Map(),
  cache?: ReadingsCache,
): StoryAnalysis {
  const members = group.articleIds.map((id) => articles.get(id)).filter((a): a is Article => !!a);
  // Every reading below is bounded per article: long lists and tables are not read whole.
  // Each article's text read once (src/text), and handed to every reading below.
  // Copies printed word for word (a wire story in many outlets) are read once: a text's layer is its text's alone.
  const unread = members.filter((a) => !layers.has(a.id));
  const readNow = new Map(readTexts(unread, languages).map((layer, i) => [unread[i]!.id, layer]));
  const layerOf = new Map(members.map((a) => [a.id, layers.get(a.id) ?? readNow.get(a.id)!]));
  const readable = (layer: TextLayer): Sentence[] =>
    layer.sentences.filter((s) => s.text.length <= config.maxSentenceChars).slice(0, config.maxSentencesPerArticle);
  const sentences = new Map(members.map((a) => [a.id, readable(layerOf.get(a.id)!)]));
  // Read once per sentence: citations and claim units both need who each sentence is attributed to.
  const readings = new Map(members.map((a) => [a.id, readArticle(a, sentences.get(a.id)!, layerOf.get(a.id)!, languages, cache)]));
  const attributions = new Map(members.map((a) => [a.id, readings.get(a.id)!.attributions]));
  const entities = mergeEntities(members.flatMap((a) => readings.get(a.id)!.mentions), articles, config.minEntityArticles, languages);
  const entityBySurface = new Map(entities.flatMap((e) => e.mentions.map((m) => [m.text, e.name] as const)));
  // What a named speaker is, where the story's entities tell: "he" stands for a person only.
  const typeBySurface = new Map(entities.flatMap((e) => e.mentions.map((m) => [m.text, e.type] as const)));
  const speakerIsPerson = (source: string): boolean | undefined => {
    const type = typeBySurface.get(source);
    return type === undefined || type === "other" ? undefined : type === "person";
  };
  // Each article's persons named, in order: whom a "he" may stand for where no person has spoken before it.
  const personsIn = new Map<string, Array<{ start: number; name: string }>>();
  for (const e of entities)
    if (e.type === "person")
      for (const m of e.mentions) {
        const list = personsIn.get(m.articleId);
        if (list) list.push({ start: m.start, name: e.name });
        else personsIn.set(m.articleId, [{ start: m.start, name: e.name }]);
      }
  for (const list of personsIn.values()) list.sort((x, y) => x.start - y.start);
  // Each person's sex, where an honorific before a mention tells it and none tells otherwise ("Mr. Sanders", "Mrs. Clinton").
  const sexes = sexesOf(entities, articles, languages);
  const sexOf = (source: string): SexRead | undefined => sexes.get(entityBySurface.get(source) ?? source);
  const placed = members.flatMap((a) =>
    findCitations(
      a,
      sentences.get(a.id)!,
      languages,
      attributions.get(a.id)!,
      speakerIsPerson,
      (offset, from, may = () => true) => personsIn.get(a.id)?.findLast((p) => p.start < offset && p.start >= from && may(p.name))?.name ?? null,
      layerOf.get(a.id)!.quotations,
      sexOf,
    ),
  );
  // "Mr Reiss" is the entity "Reiss" is, where the honorific is all that differs ("Anton Reiss").
  const honorifics = honorificsOf(languages);
  const entityOfSource = (s: string): string | undefined => {
    const found = entityBySurface.get(s);
    if (found) return found;
    const [first, ...rest] = s.split(/\s+/);
    return rest.length > 0 && honorifics.has(first!.toLowerCase().replace(/\.$/, "")) ? entityBySurface.get(rest.join(" ")) : undefined;
  };
  const { citations, sourceName } = origins(placed, group.copies, languages, entityOfSource);
  const named = placed.map((c) => ({ ...c, source: sourceName(c.source), via: c.via ? sourceName(c.via) : null }));
  const entityByAlias = new Map(entities.flatMap((e) => [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map((a) => [a, { name: e.name, type: e.type }] as const)));
  const tracer = traceOrigins({
    citations: named.filter((c) => !c.described),
    copies: group.copies,
    articles: members,
    leadEnd: new Map(members.map((a) => [a.id, sentences.get(a.id)![LEAD_SENTENCES - 1]?.end ?? a.text.length])),
    entityOf: (surface) => entityByAlias.get(surface),
    languages,
  });
  const namesIn = new Map<string, Placed[]>();
  // A name only one article gives cannot align its sentences with another's: not a feature of claims.
  for (const e of entities.filter((x) => x.articleIds.length > 1)) {
    for (const m of e.mentions) {
      const list = namesIn.get(m.articleId) ?? [];
      list.push({ start: m.start, end: m.end, name: e.name, type: e.type, before: m.before });
      namesIn.set(m.articleId, list);
    }
  }
  const personNames = new Set(entities.filter((e) => e.type === "person").map((e) => e.name));
  const isPerson = (source: string): boolean => personNames.has(source);
  // A place cited speaks for its government ("Caracas has accused …"), and so does a seat ("the Kremlin said"):
  // a speaker, like a person, not a report.
  const placeNames = new Set(entities.filter((e) => e.type === "place").map((e) => e.name));
  const isSpeaker = (source: string): boolean => isPerson(source) || placeNames.has(source) || isSeatName(source, languages);
  // Where each article names a speaker, also one no other article names.
  const speakersIn = new Map<string, SpeakerMention[]>();
  for (const e of entities.filter((x) => isSpeaker(x.name)))
    for (const m of e.mentions) {
      const list = speakersIn.get(m.articleId);
      if (list) list.push({ start: m.start, name: e.name });
      else speakersIn.set(m.articleId, [{ start: m.start, name: e.name }]);
    }
  const citedIn = new Map(members.map((a) => [a.id, [] as typeof named]));
  for (const c of named) citedIn.get(c.articleId)?.push(c);
  const inTitle = titleNames(entities);
  const multilingual = new Set(members.map((a) => a.language)).size > 1;
  // A sentence's numbers are its text's alone: a sentence many copies repeat is read for them once.
  const valuesOf = perText((text, language) => readNumbers(text, language, languages));
  const units = members.flatMap((a) =>
    carryAttribution(
      ((quoted) =>
        sentences.get(a.id)!.map((s, i) =>
          claimSentenceOf(a, s, tokensWithin(layerOf.get(a.id)!, s.start, s.end), valuesOf(s.text, a.language), quoted[i]!, namesIn.get(a.id) ?? [], citedIn.get(a.id)!, attributions.get(a.id)![i]!, config, languages, isPerson, multilingual, layerOf.get(a.id)!.quotations),
        ))(quotesBySentence(a.text, layerOf.get(a.id)!.quotations, sentences.get(a.id)!, config.minQuoteWords)),
      carryKnowledge(languages)(a.language),
      isSpeaker,
      speakersIn.get(a.id) ?? [],
    ),
  );
  const storyLanguages = new Map<string, number>();
  for (const u of units) storyLanguages.set(u.language, (storyLanguages.get(u.language) ?? 0) + 1);
  const dated = members.flatMap((a) => findDates(a, sentences.get(a.id)!, languages));
  const daysOf = new Map<string, Array<{ date: string; expression: string }>>();
  for (const d of dated) {
    if (d.approximate || d.date.length !== 10) continue;
    const key = `${d.articleId}:${d.sentence.start}`;
    daysOf.set(key, [...(daysOf.get(key) ?? []), { date: d.date, expression: d.expression }]);
  }
  const { drafts, variants } = alignClaims(units, config, languages);
  const { claims, quoteVariants } = judgeClaims({
    drafts,
    variants,
    storyId: group.id,
    copies: group.copies,
    tracer,
    datesOf: (u) => daysOf.get(`${u.articleId}:${u.sentence.start}`) ?? [],
    publishedOf: (id) => publishedDay(articles.get(id)?.published ?? null),
    config,
    storyLanguages,
    languages,
    sentences: units,
  });
  return {
    citations,
    origins: tracer.storyOrigins,
    claims,
    quoteVariants,
    // A cited source of no known kind is an outlet or body ("Moscow said" stays a place).
    entities: entities.map(({ name, type, aliases, articleIds }) => ({
      name,
      type: type === "other" && citations.some((c) => c.source === name || c.via === name) ? "organization" : type,
      aliases,
      articleIds,
    })),
    timeline: buildTimeline(dated, claimsStated(claims), (id) => storyLanguages.get(articles.get(id)?.language ?? "") ?? 0, (d) => {
      // What a dated sentence tells: its content words, not the words of its date ("Monday", "März").
      const language = articles.get(d.articleId)?.language ?? "und";
      const pack = languages.pack(language);
      const calendar = (w: string): boolean => pack?.time?.weekdays.has(w) === true || pack?.dates?.months.has(w) === true;
      return new Set(contentStems(tokensWithin(layerOf.get(d.articleId)!, d.sentence.start, d.sentence.end).filter((t) => !calendar(t.lower))));
    }),
    framing: members.map((a) => findFraming(a, sentences.get(a.id)!, namesIn.get(a.id) ?? [], inTitle, languages, readings.get(a.id)!.framing)),
  };
}

/** Every language's honorifics ("mr", "dr", "frau"), lowercase, without the dot. */
const honorificsOf = perLanguages((languages) => new Set(languages.every("entities").flatMap((k) => k.honorifics ?? [])));

/** The day of a published date ("2026-03-07T10:00:00Z" → "2026-03-07"), or null. */
function publishedDay(published: string | null): string | null {
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}

/** The claims a dated sentence states: those with a mention of its article inside it. */
function claimsStated(claims: readonly Claim[]): (m: DatedMention) => readonly string[] {
  const byArticle = new Map<string, Array<{ quote: string; id: string }>>();
  for (const c of claims)
    for (const m of c.mentions) {
      const list = byArticle.get(m.articleId);
      if (list) list.push({ quote: m.quote, id: c.id });
      else byArticle.set(m.articleId, [{ quote: m.quote, id: c.id }]);
    }
  return (d) => (byArticle.get(d.articleId) ?? []).filter((m) => d.sentence.text.includes(m.quote)).map((m) => m.id);
}

/** One article's own readings: from the cache when it holds them for as many sentences, else read and put there. */
function readArticle(article: Article, sentences: readonly Sentence[], layer: TextLayer, languages: Languages, cache: ReadingsCache | undefined): ArticleReadings {
  const known = cache?.get(article.id);
  if (known && known.attributions.length === sentences.length && known.framing?.sentences.length === sentences.length) return known;
  const made: ArticleReadings = {
    attributions: sentences.map((s) => findAttributions(s.text, s.start, article.language, languages)),
    mentions: findEntityMentions(article, sentences, layer, languages),
    framing: framingCandidates(article, sentences, languages),
  };
  cache?.set(article.id, made);
  return made;
}

/** Share of a sentence inside quotations from which it is someone's words, not a sentence quoting a phrase («дроны дальностью до 1000 км»). */
const SPOKEN_SHARE = 0.5;
/** Share of a sentence inside quotations above which it is wholly quoted, its closing marks and full stop left outside. */
const WHOLE_QUOTE_SHARE = 0.95;

/** Share of the sentence's characters inside quotations. */
function quotedShare(quotations: readonly Quotation[], s: Sentence): number {
  let inside = 0;
  for (const q of quotations) inside += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  return s.end > s.start ? inside / (s.end - s.start) : 0;
}

function claimSentenceOf(
  article: Article,
  s: Sentence,
  tokens: readonly Token[],
  { values, named: namedNumbers }: { readonly values: readonly FoundValue[]; readonly named: readonly number[] },
  quotes: readonly QuotedPhrase[],
  mentions: readonly Placed[],
  citations: readonly PlacedCitation[],
  attributions: readonly Attribution[],
  config: ClaimsConfig,
  languages: Languages,
  isPerson: (source: string) => boolean,
  multilingual: boolean,
  quotations: readonly Quotation[],
): ClaimSentence {
  const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const share = quotedShare(quotations, s);
  const spoken = share >= SPOKEN_SHARE;
  const names = [...new Set(inSentence.map((m) => `E:${m.name}`))];
  const valueKeys = values.map((v) => `V:${v.value}`);
  // A number naming a thing ("Pier 4", "причал № 4") says which thing, as a name does, in any language.
  const namedKeys = namedNumbers.map((n) => `N:${n}`);
  const cues = attributions.map((a) => [Math.min(a.cue.start, a.source.start), Math.max(a.cue.end, a.source.end)] as const);
  // What the sentence states, in its own words: not who says it ("Interior Minister X said"),
  // and each name once, as its entity, rather than once more per word of it.
  const statement = tokensOutside(tokens, [...cues, ...inSentence.map((m) => [m.start, m.end] as const)]);
  const stems = contentStems(statement).map((w) => `${article.language}:${w}`);
  // "X reported, citing Y": the sentence rests on Y, the end of the chain it names.
  const inside = citations.filter((c) => c.start >= s.start && c.end <= s.end);
  const cited = inside.find((c) => c.via !== null && inside.some((o) => o.source === c.via)) ?? inside[0];
  // "…, she told reporters": a pronoun speaks for the person last cited before it, not for the article's lead source.
  // Only where the pronoun's verb cites, as a citation's must: "he accidentally posted a photo" cites no one.
  // Not "you" ("you just say ‘wow’"): anyone.
  // Not a relative pronoun no name stands before ("support from those who said Wall Street helps"): the ones it stands for are
  // described there, not the person last cited.
  const { relatives } = carryKnowledge(languages)(article.language);
  const speaker =
    cited ??
    (attributions.some((a) => a.kind === "pronoun" && !isImpersonal(a, article.language, languages) && !a.source.text.split(/\s+/).some((w) => relatives.has(w.toLowerCase())) && citesHere(s.text, s.start, a, article.language, languages))
      ? citations.filter((c) => c.end <= s.start && isPerson(c.source)).at(-1)
      : undefined);
  // "according to the report" where no earlier source has that head: the report the article's lead names (src/claims/claimOrigins.ts).
  const generic = attributions.find((a) => a.kind === "generic" && isReportingCue(a.cue.text, article.language, languages));
  // "According to the documents, Velásquez told an Iranian official that …": what the speaker said is known from the
  // documents, which frame the sentence before the speaker speaks: the sentence rests on them.
  const framed = generic !== undefined && speaker !== undefined && Math.max(generic.cue.start, generic.source.start) < speaker.start;
  const attributedTo = framed ? (generic.ruleSource ?? generic.source).text : (speaker?.source ?? (generic ? (generic.ruleSource ?? generic.source).text : null));
  // "52-jährige" / "Luca de Meo, 52": a number joined to the word it counts, or set beside a name, is no value of the fact
  // (an age that describes someone), but across languages it still says which sentences match.
  const gluedKeys = [
    ...tokens.flatMap((t) => (t.kind === "word" && NUMBER_GLUED.test(t.surface) ? [`V:${Number(NUMBER_GLUED.exec(t.surface)![1])}`] : [])),
    ...agesBesideNames(s.text).map((n) => `V:${n}`),
  ];
  const neutral = new Set([...names, ...valueKeys, ...gluedKeys, ...namedKeys]);
  // Names only of who says it: "…, The Washington Post noted" and "WP обратило внимание, что …" share their source, not what they state.
  // A citation's span (its source and cue), not any attribution's: "Marek Solan voted against the bid" states Solan's deed.
  const citedSpans = inside.map((c) => [Math.min(c.start, c.sourceStart ?? c.start), Math.max(c.end, c.sourceEnd ?? c.end)] as const);
  const statedNames = new Set(inSentence.filter((m) => !citedSpans.some(([from, to]) => m.start >= from && m.end <= to)).map((m) => `E:${m.name}`));
  const speakers = new Set(names.filter((n) => !statedNames.has(n)));
  // Pivot keys cost a dictionary look-up per word: read only where another language may compare them.
  // Names are words here too: a name the entity stage misses, or writes as an adjective ("иранскому"), still spells alike.
  const nameOf = (t: Token): string | null => {
    const m = inSentence.find((x) => t.start >= x.start && t.end <= x.end);
    return m ? `E:${m.name}` : null;
  };
  const pivotNames: (string | null)[] = [];
  const pivots = multilingual ? pivotWords(tokensOutside(tokens, cues), article.language, languages, nameOf, pivotNames, neutral) : [];
  return {
    articleId: article.id,
    language: article.language,
    sentence: s,
    tokens,
    values,
    quotedValues: values.length > 0 && values.every((v) => isQuoted(quotations, s.start + v.index)) && spoken,
    spoken,
    ...(share >= WHOLE_QUOTE_SHARE ? { quotedWhole: true as const } : {}),
    quotes,
    features: new Set([...stems, ...names, ...valueKeys, ...namedKeys]),
    neutral,
    speakers,
    pivots,
    pivotNames,
    pivotKeys: pivotKeysOf(neutral, pivots),
    attributedTo,
    // The source the sentence names; carryAttribution adds what its words point to.
    restsOn: attributedTo,
    cues,
    reportingCues: cues.filter((_, i) => isReportingCue(attributions[i]!.cue.text, article.language, languages)),
  };
}

/**
 * Where a sentence that names no source rests on one all the same. Not on the source the
 * sentence before it names: news does carry an attribution on ("The report indicates that Maduro
 * is seeking help. His request includes 14 missile systems."), but as often goes back to its own
 * voice ("Weiner admitted … . In 2011, Weiner resigned from Congress."). On the verdict set's
 * tuned part, carrying a source into the next sentence within a paragraph gave 12 sentences a
 * source, 2 of them rightly by the labels; carrying it to the paragraph's end 76, 8 rightly.
 * Without any carry, mention origins right 106 -> 109 of 184 (names matched then by one shared
 * word), statuses unchanged.
 *
 * Where the language marks reported speech by a verb's mood (`reportedSpeechForms`: German
 * "Er sei bereit, sagte Orban. Man wolle …"), the mood says so itself: a sentence in it rests on
 * the source the sentence before it rests on, with or without paragraphs, and passes it on;
 * where that sentence rests on none, on the speaker it opens with ("Innenministerin X kündigte
 * eine Untersuchung an. Risse seien bereits im Januar entdeckt worden"): the mood needs a speaker.
 *
 * A sentence that says it rests on reports it does not name ("Weiner reportedly sent …",
 * `unnamedReportCues`) rests on the source other than a speaker that its article names most
 * (the New York Post it cites), not on the article's own reporting; a person or a place
 * speaking for its government ("Caracas has accused …") speaks, it does not report.
 *
 * And a sentence that only points back and says who told it ("That was confirmed by the harbour
 * office.", "Об этом сообщает ТАСС.", "Das teilte die Polizei mit."; `pointingBack`) gives the
 * sentence before it, where that names no source, the one it names.
 */
function carryAttribution(
  units: readonly ClaimSentence[],
  { reportedSpeech, unnamedReports, hedges, relatives, speechVerbs, pointingBack, denials, personal, continuing, determiners }: CarryKnowledge,
  isSpeaker: (source: string) => boolean,
  speakers: readonly SpeakerMention[],
): ClaimSentence[] {
  const out: ClaimSentence[] = [];
  // "… two ships were sold. That was confirmed by the harbour office.": the sentence before rests on what this one names.
  const pointedAt = units.map((_, i) => {
    const next = units[i + 1];
    return next && next.attributedTo && pointsBack(next, pointingBack, denials) ? next.attributedTo : null;
  });
  const main = unnamedReports.length ? mostNamed(units, isSpeaker) : null;
  for (const u of units) {
    const before = out.at(-1);
    // "allegedly": the report the sentence right before names, where it names one other than a person ("According to a report
    // in The Washington Post, … The requests allegedly include …"); not one it rests on by a hedge of its own.
    const cited = before?.attributedTo && !isSpeaker(before.attributedTo) ? before.restsOn : null;
    if (!u.restsOn && cited && hedgedGoingOn(u, before!, hedges, relatives)) out.push({ ...u, restsOn: cited });
    else if (!u.restsOn && main && unnamedReports.some((cue) => u.tokens.some((_, i) => phraseAt(u.tokens, i, cue)))) out.push({ ...u, restsOn: main });
    else if (!u.restsOn && before && inReportedSpeech(u.tokens, reportedSpeech)) {
      // The speaker the sentence before opens with, where that sentence has a verb of saying ("kündigte … an"): not the
      // subject of any verb ("Lars Holm wurde festgenommen. Er habe …" is the police's account, not his).
      const says = before.tokens.some((t) => speechVerbs.has(t.lower));
      const speaker = before.restsOn ?? (says ? speakerOpening(before, speakers) : null);
      out.push(speaker ? { ...u, restsOn: speaker } : u);
    }
    // "According to the documents, Maduro requested 14 missile units. He also asked for overhauls of eight engines.": the
    // documents still speak; not where the sentence before rests on a speaker, whose own deed a "he also" may tell.
    else if (!u.restsOn && before?.restsOn && !isSpeaker(before.restsOn) && goesOn(u.sentence.text, u.sentence.start, u.tokens, personal, continuing, determiners)) out.push({ ...u, restsOn: before.restsOn });
    else out.push(u);
  }
  return out.map((u, i) => (!u.restsOn && !u.attributedTo && pointedAt[i] ? { ...u, restsOn: pointedAt[i] } : u));
}

/** Words before a hedge among which a relative pronoun after a comma puts it inside a relative clause ("…, which allegedly paid"). */
const HEDGE_CLAUSE_WORDS = 2;

/**
 * Whether a sentence hedges what the sentence before it reports: a hedge of its own clause, not of
 * a relative clause after a comma ("the Nord company, which allegedly paid …"), and a word of its statement the
 * sentence before also states ("… has formally requested radars … The requests allegedly include …";
 * not "The ministry allegedly ignored 14 warnings" after "police said the ferry hit the pier").
 */
function hedgedGoingOn(u: ClaimSentence, before: ClaimSentence, hedges: ReadonlySet<string>, relatives: ReadonlySet<string>): boolean {
  const words = u.tokens.filter((t) => t.kind === "word");
  const at = words.findIndex((t) => hedges.has(t.lower));
  if (at < 0) return false;
  // A relative pronoun after a comma opens a relative clause; without one it may be an article or a conjunction ("Dabei fordert
  // der Hafen angeblich …", "It emerged that Brekke allegedly …").
  const opensRelative = (k: number): boolean =>
    relatives.has(words[k]!.lower) && k > 0 && u.sentence.text.slice(words[k - 1]!.end - u.sentence.start, words[k]!.start - u.sentence.start).includes(",");
  for (let k = Math.max(0, at - HEDGE_CLAUSE_WORDS); k < at; k++) if (opensRelative(k)) return false;
  const own = `${u.language}:`;
  return [...u.features].some((f) => f.startsWith(own) && before.features.has(f));
}

/** Words at a sentence's opening among which a word going on ("also") follows its opening pronoun: "He also asked", "Il a également demandé". */
const CONTINUING_OPENING = 3;

/**
 * Whether a sentence goes on with the one before: it opens with a personal pronoun and has a word
 * going on among its next words ("He also asked", "Он также попросил"), or opens with that word,
 * as languages that drop the pronoun write it ("También pidió", "Także poprosił").
 */
function goesOn(text: string, start: number, tokens: readonly Token[], personal: ReadonlySet<string>, continuing: ReadonlySet<string>, determiners: ReadonlySet<string>): boolean {
  const words = tokens.filter((t) => t.kind === "word");
  if (!words[0]) return false;
  // Opened by the word itself, a verb follows it: not a comma and a subject of its own ("Además, la policía detuvo …"),
  // nor a noun phrase ("Anche la polizia ha arrestato …").
  const next = words[1];
  const verbAfter = !!next && !/[,;:]/u.test(text.slice(words[0].end - start, next.start - start)) && !determiners.has(next.lower);
  return (continuing.has(words[0].lower) && verbAfter) || (personal.has(words[0].lower) && words.slice(1, CONTINUING_OPENING + 1).some((t) => continuing.has(t.lower)));
}

/** Whether the tokens from `i` are a phrase's words (lower case), one by one. */
const phraseAt = (tokens: readonly Token[], i: number, phrase: readonly string[]): boolean => phrase.every((w, k) => tokens[i + k]?.lower === w);

/** Content words a sentence pointing back may hold beside its pointer and its attribution ("was confirmed to dpa on Wednesday"). */
const MAX_POINTING_WORDS = 4;

/**
 * Whether a sentence attributes the one before it: it opens with a pointing phrase of its language
 * (`pointingBack`: "That was", "Об этом") that its attribution begins with or right after ("That was
 * confirmed by …"; not "That is not true, the office said", "This week the mayor said"), it denies
 * nothing, and it says little beside its attribution.
 */
function pointsBack(u: ClaimSentence, pointingBack: readonly (readonly string[])[], denials: readonly string[]): boolean {
  const words = u.tokens.filter((t) => t.kind === "word");
  const cue = pointingBack.find((p) => phraseAt(words, 0, p));
  const next = cue ? words[cue.length] : undefined;
  if (!cue || !next || !u.cues.some(([start]) => start <= next.start)) return false;
  // A one-word pointer is an article where a noun follows it ("Das Ministerium teilte mit, …"), not "Das teilte … mit".
  if (cue.length === 1 && next.capitalised) return false;
  if (cueHits(u.sentence.text, denials) > 0) return false;
  const inside = (t: Token): boolean => u.cues.some(([start, end]) => t.start >= start && t.end <= end);
  return words.slice(cue.length).filter((t) => !t.stop && !inside(t)).length <= MAX_POINTING_WORDS;
}

/** Word tokens at a sentence's opening in which its subject is named: "Innenministerin Ilse Marrow kündigte …". */
const SUBJECT_OPENING = 3;

/** Where an article names a speaker (a person, a place speaking for its government). */
interface SpeakerMention {
  readonly start: number;
  readonly name: string;
}

/**
 * The one speaker a sentence names, where it names it among its first words, as its subject
 * ("Innenministerin Ilse Marrow kündigte eine Untersuchung an."), not as an object ("Die Polizei
 * nahm Jonas Brekke fest."); else none.
 */
function speakerOpening(u: ClaimSentence, speakers: readonly SpeakerMention[]): string | null {
  const named = new Set(speakers.filter((m) => m.start >= u.sentence.start && m.start < u.sentence.end).map((m) => m.name));
  if (named.size !== 1) return null;
  const opening = u.tokens.filter((t) => t.kind === "word").slice(0, SUBJECT_OPENING).at(-1);
  const [name] = named;
  return opening && speakers.some((m) => m.name === name && m.start >= u.sentence.start && m.start <= opening.start) ? name! : null;
}

/** The source other than a speaker (a person, a place speaking for its government) that an article's sentences name most often (the first of equals), if any. */
function mostNamed(units: readonly ClaimSentence[], isSpeaker: (source: string) => boolean): string | null {
  const counts = new Map<string, number>();
  for (const u of units) if (u.attributedTo && !isSpeaker(u.attributedTo)) counts.set(u.attributedTo, (counts.get(u.attributedTo) ?? 0) + 1);
  let best: string | null = null;
  for (const [source, n] of counts) if (best === null || n > counts.get(best)!) best = source;
  return best;
}

/** Whether a verb form of the language's reported-speech mood stands in the sentence, not in one of its exceptions ("ich habe", "sei denn"). */
function inReportedSpeech(tokens: readonly Token[], mood: ReportedSpeech): boolean {
  if (mood.forms.size === 0) return false;
  return tokens.some(
    (t, i) => mood.forms.has(t.lower) && !mood.exceptions.has(`${tokens[i - 1]?.lower} ${t.lower}`) && !mood.exceptions.has(`${t.lower} ${tokens[i + 1]?.lower}`),
  );
}

/** A language's reported-speech mood (CitationKnowledge.reportedSpeechForms), as sets. */
interface ReportedSpeech {
  readonly forms: ReadonlySet<string>;
  readonly exceptions: ReadonlySet<string>;
}

/** What carryAttribution reads of a language's citation knowledge. */
interface CarryKnowledge {
  readonly reportedSpeech: ReportedSpeech;
  /** `pointingBack`, each as its words. */
  readonly pointingBack: readonly (readonly string[])[];
  /** The language's denial cues (`stance.denials`): a sentence pointing back to deny gives no source. */
  readonly denials: readonly string[];
  /** `unnamedReportCues`, each as its words. */
  readonly unnamedReports: readonly (readonly string[])[];
  /** `hedges`, lower case. */
  readonly hedges: ReadonlySet<string>;
  /** `relativePronouns`, lower case: a hedge inside a relative clause qualifies that clause only. */
  readonly relatives: ReadonlySet<string>;
  /** The first words of the language's verbs of saying (`sayingVerbs`, `reportingVerbs`): "sagte", "kündigte". */
  readonly speechVerbs: ReadonlySet<string>;
  /** `personalPronouns` and `continuing`: "He also asked …" goes on with the report before. */
  readonly personal: ReadonlySet<string>;
  readonly continuing: ReadonlySet<string>;
  /** `articles` and `determiners`: a noun phrase opening after "Anche" is a subject of its own. */
  readonly determiners: ReadonlySet<string>;
}

/** Per language, made once per Languages (a story of thousands of members asked for each). */
const carryKnowledge = perLanguages((languages) => {
  const made = new Map<string, CarryKnowledge>();
  return (language: string): CarryKnowledge => {
    let k = made.get(language);
    if (!k) {
      const c = languages.pack(language)?.citations;
      made.set(language, (k = {
        reportedSpeech: { forms: new Set(c?.reportedSpeechForms ?? []), exceptions: new Set(c?.reportedSpeechExceptions ?? []) },
        unnamedReports: (c?.unnamedReportCues ?? []).map((cue) => cue.split(" ")),
        hedges: new Set((c?.hedges ?? []).map((w) => w.toLowerCase())),
        relatives: new Set((c?.relativePronouns ?? []).map((w) => w.toLowerCase())),
        pointingBack: (c?.pointingBack ?? []).map((cue) => cue.split(" ")),
        denials: languages.pack(language)?.stance?.denials ?? [],
        speechVerbs: new Set([...(c?.sayingVerbs ?? []), ...(c?.reportingVerbs ?? [])].map((v) => v.split(" ")[0]!.toLowerCase())),
        personal: new Set(c?.personalPronouns ?? []),
        continuing: new Set(c?.continuing ?? []),
        determiners: new Set([...(c?.articles ?? []), ...(c?.determiners ?? [])].map((w) => w.toLowerCase())),
      }));
    }
    return k;
  };
});

/** The persons whose sex an honorific before their mentions tells (`entities.femaleHonorifics`, `maleHonorifics`), by entity name; none where two disagree. */
function sexesOf(entities: readonly FoundEntity[], articles: ReadonlyMap<string, Article>, languages: Languages): Map<string, SexRead> {
  const out = new Map<string, SexRead>();
  for (const e of entities) {
    if (e.type !== "person") continue;
    const seen = new Set<Sex>();
    let firm = false;
    for (const m of e.mentions) {
      const k = languages.pack(articles.get(m.articleId)?.language ?? "und")?.entities;
      const before = m.before.replace(/\.$/, "");
      const sex = k?.femaleHonorifics?.includes(before) ? "female" : k?.maleHonorifics?.includes(before) ? "male" : null;
      if (!sex) continue;
      seen.add(sex);
      // Before the whole name the person is known by: theirs ("Mrs. Lindqvist" of a Lindqvist, "Mr. Jonas Brekke"); before a
      // family name only, it may be a relative's ("Mrs. Brekke, his wife" of Jonas Brekke).
      if (m.text.split(/\s+/).length >= e.name.split(/\s+/).length) firm = true;
    }
    if (seen.size === 1) out.set(e.name, { sex: [...seen][0]!, firm });
  }
  return out;
}
