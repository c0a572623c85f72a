/**
 * The claims stage: a story group and its articles → citations, origins, claims, entities,
 * timeline and framing. Every quote and term is an exact substring of its article's text.
 */
import type { ClaimsConfig } from "../config.js";
import type { Languages } from "../lang/languages.js";
import type { Article, StoryAnalysis, StoryGroup } from "../model.js";
import { alignClaims } from "./alignment.js";
import { type Attribution, findAttributions } from "./attribution.js";
import { findCitations, type PlacedCitation } from "./citations.js";
import { findEntityMentions, mergeEntities } from "./entities.js";
import { findFraming, type Placed, titleNames } from "./framing.js";
import { findValues } from "./numbers.js";
import { origins } from "./origins.js";
import { findQuotes } from "./quotes.js";
import { type Sentence, splitSentences } from "./sentences.js";
import { buildTimeline, findDates } from "./timeline.js";
import type { Unit } from "./units.js";
import { contentStems } from "./words.js";

export { independentCount } from "./independence.js";
export { findAttributions } from "./attribution.js";

/** `languages`: the knowledge the stage reads (src/lang); a language without a pack is read without cues. */
export function analyseStory(group: StoryGroup, articles: ReadonlyMap<string, Article>, config: ClaimsConfig, languages: Languages): StoryAnalysis {
  const members = group.articleIds.map((id) => articles.get(id)).filter((a): a is Article => !!a);
  // Every reading below is bounded per article: long lists and tables are not read whole.
  const readable = (a: Article): Sentence[] =>
    splitSentences(a.text).filter((s) => s.text.length <= config.maxSentenceChars).slice(0, config.maxSentencesPerArticle);
  const sentences = new Map(members.map((a) => [a.id, readable(a)]));
  // Read once per sentence: citations and claim units both need who each sentence is attributed to.
  const attributions = new Map(members.map((a) => [a.id, sentences.get(a.id)!.map((s) => findAttributions(s.text, s.start, a.language, languages))]));
  const placed = members.flatMap((a) => findCitations(a, sentences.get(a.id)!, languages, attributions.get(a.id)!));
  const entities = mergeEntities(members.flatMap((a) => findEntityMentions(a, sentences.get(a.id)!, languages)), articles, config.minEntityArticles, languages);
  const entityBySurface = new Map(entities.flatMap((e) => e.mentions.map((m) => [m.text, e.name] as const)));
  const { citations, origins: traced, sourceName } = origins(placed, group.copies, languages, (s) => entityBySurface.get(s));
  const named = placed.map((c) => ({ ...c, source: sourceName(c.source) }));
  const namesIn = new Map<string, Placed[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = namesIn.get(m.articleId) ?? [];
      list.push({ start: m.start, end: m.end, name: e.name, type: e.type, before: m.before });
      namesIn.set(m.articleId, list);
    }
  }
  const citedIn = new Map(members.map((a) => [a.id, [] as typeof named]));
  for (const c of named) citedIn.get(c.articleId)?.push(c);
  const inTitle = titleNames(entities);
  const units = members.flatMap((a) =>
    sentences.get(a.id)!.map((s, i) => unitOf(a, s, namesIn.get(a.id) ?? [], citedIn.get(a.id)!, attributions.get(a.id)![i]!, config, languages)),
  );
  return {
    citations,
    origins: traced,
    claims: alignClaims(units, group, config, languages),
    // A cited source of no known kind is an outlet or body ("Moscow said" stays a place).
    entities: entities.map(({ name, type, aliases, articleIds }) => ({
      name,
      type: type === "other" && citations.some((c) => c.source === name || c.via === name) ? "organization" : type,
      aliases,
      articleIds,
    })),
    timeline: buildTimeline(members.flatMap((a) => findDates(a, sentences.get(a.id)!, languages))),
    framing: members.map((a) => findFraming(a, sentences.get(a.id)!, namesIn.get(a.id) ?? [], inTitle, languages)),
  };
}

function unitOf(
  article: Article,
  s: Sentence,
  mentions: readonly Placed[],
  citations: readonly PlacedCitation[],
  attributions: readonly Attribution[],
  config: ClaimsConfig,
  languages: Languages,
): Unit {
  const values = findValues(s.text, article.language, languages);
  const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const names = [...new Set(inSentence.map((m) => `E:${m.name}`))];
  const valueKeys = values.map((v) => `V:${v.value}`);
  const cues = attributions.map((a) => [Math.min(a.cue.start, a.source.start), Math.max(a.cue.end, a.source.end)] as const);
  // What the sentence states, in its own words: not who says it ("Interior Minister X said"),
  // and each name once, as its entity, rather than once more per word of it.
  const statement = blank(s, [...cues, ...inSentence.map((m) => [m.start, m.end] as const)]);
  const stems = contentStems(statement, article.language).map((w) => `${article.language}:${w}`);
  const cited = citations.find((c) => c.start >= s.start && c.end <= s.end);
  return {
    articleId: article.id,
    language: article.language,
    sentence: s,
    values,
    quotes: findQuotes(s.text, config.minQuoteWords),
    features: new Set([...stems, ...names, ...valueKeys]),
    neutral: new Set([...names, ...valueKeys]),
    attributedTo: cited?.source ?? null,
    cues,
  };
}

/** The sentence's text with the given spans (article offsets) blanked out. */
function blank(s: Sentence, spans: ReadonlyArray<readonly [number, number]>): string {
  let text = s.text;
  for (const [start, end] of spans) {
    const [from, to] = [Math.max(start - s.start, 0), Math.min(end - s.start, text.length)];
    if (from < to) text = text.slice(0, from) + " ".repeat(to - from) + text.slice(to);
  }
  return text;
}
