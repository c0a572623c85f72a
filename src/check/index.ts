/**
 * `dossier check`: which stored articles bear on a claim a user types, each read as asserting,
 * denying or only reporting it, with its best quote and where that sentence's information
 * comes from; then one verdict line. The reading is the claims stage's stance reading
 * (src/claims/stance.ts): the same that FNC-1 measures through this command.
 */
import { wholeWords } from "../regexp.js";
import { cueEndAt, cueParts, deniedScope, denialUndone } from "../claims/cues.js";
import type { ClaimsConfig } from "../config.js";
import { loadLanguageIdentifier } from "../extract/language.js";
import { findAttributions, isReportingCue } from "../claims/attribution/rules.js";
import { findDates } from "../claims/timeline.js";
import { CLAUSE_BREAK, datesItsSaying, isNegation, negatesAt } from "../claims/verdicts.js";
import { sentenceRules, splitSentences } from "../text/sentences.js";
import { stanceOf } from "../claims/stance.js";
import { readStanceText, type StanceText, stanceStems } from "../claims/stanceFeatures.js";
import { sourceName } from "../claims/citations.js";
import { findValues, participleIn, PEOPLE_UNIT, rangesMeet } from "../claims/numbers.js";
import { stem } from "../claims/words.js";
import { bodyNounsOf, ownOriginName, withoutRelay } from "../claims/claimOrigins.js";
import { type Languages, perLanguage } from "../lang/languages.js";
import { type Article, articleName, type ClaimMention, type Story } from "../model.js";
import { idf } from "../text/measures.js";
import { readTokens } from "../text/index.js";
import { rejectionEnd, rejectionsOf } from "../claims/rejections.js";
import { ACROSS_THRESHOLD, type AcrossSentence, bestAcross, claimPivots, claimWordKeys, nameKeys, readAcross } from "./acrossLanguages.js";
import { cueHits } from "../claims/stanceFeatures.js";
import type { PivotSentence } from "../claims/crossLanguage.js";

export type CheckStance = "asserts" | "denies" | "reports";

export interface CheckedArticle {
  readonly articleId: string;
  /** How the article is shown: its title, else its input's file name (`articleName`). */
  readonly name: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly stance: CheckStance;
  /**
   * Probability, by the stance model, that the article is about the claim; for an article in
   * another language than the claim's, the share of words its best sentence and the claim
   * share across the two (src/check/acrossLanguages.ts).
   */
  readonly relatedness: number;
  readonly language: string;
  /** Read across languages: the article is in another language than the claim, and is read as reporting or denying it, never asserting. */
  readonly acrossLanguages: boolean;
  /** The sentence that bears most on the claim: an exact substring of the article's text. */
  readonly quote: string;
  /** Who that sentence names as its source, else the article's outlet. */
  readonly origin: string;
  /** Where the sentence counts what the claim counts otherwise: "helicopters: 3 in the claim, 2 here". An article that would assert the claim then denies it. */
  readonly numbers?: string;
  /**
   * Where the sentence dates what the claim dates otherwise: "day: Wednesday in the claim, Tuesday
   * (2025-10-14) here", the sentence's day resolved against its article's date. Read as `numbers` is.
   */
  readonly days?: string;
  /**
   * Read as reporting the claim by its names alone: its quote has none of the claim's other words
   * (written in lower case, or opening it) nor its numbers. The verdict line counts it apart.
   */
  readonly namesOnly?: true;
  /**
   * For an article read as asserting the claim: the claim's words in lower case that its quote
   * does not have ("resigned" against "… chief executive Sofie Lund apologised …"). Asserting is
   * read from most of the claim (the stance model of FNC-1), not all of it: a reader checks these.
   */
  readonly missing?: readonly string[];
}

export interface CheckResult {
  readonly id: string | null;
  readonly claim: string;
  /** Articles bearing on the claim, most related first. */
  readonly articles: readonly CheckedArticle[];
  readonly counts: Readonly<Record<CheckStance, number>>;
  readonly verdict: string;
}

export interface ClaimToCheck {
  readonly id?: string | null;
  readonly claim: string;
  /**
   * The claim's language, when known: articles in other languages are then read across
   * languages. `checkArticlePages` (the CLI, the server) identifies it when it is not given;
   * `checkClaims` reads every article as if in the claim's language when it is not.
   */
  readonly language?: string;
}

/**
 * Articles read closely per claim: those sharing the most rarity-weighted words with it. The
 * stance model costs a pass over the article; this bounds a claim's cost in a large store.
 */
const MAX_CANDIDATES = 300;
/** Articles in other languages read per claim: those sharing the most rarity-weighted names and numbers with it. */
const MAX_ACROSS_CANDIDATES = 100;

const STANCE_OF = { agree: "asserts", disagree: "denies", discuss: "reports" } as const;

/**
 * Checks claims against articles held in memory (the library's entry; `dossier check` reads a
 * store a page at a time through `checkArticlePages`, with the same result).
 */
export function checkClaims(
  claims: readonly ClaimToCheck[],
  articles: readonly Article[],
  config: ClaimsConfig,
  languages: Languages,
  stories: readonly Story[] = [],
): CheckResult[] {
  const check = new ClaimCheck(claims, languages);
  for (const a of articles) check.count(a);
  articles.forEach((a, i) => check.score(a, i));
  const storyOf = new Map(stories.flatMap((story) => story.articleIds.map((id) => [id, story] as const)));
  return check.candidates().map((positions, k) => check.finish(k, check.read(k, positions.map((i) => articles[i]!), config), (id) => storyOf.get(id)));
}

/** Articles a page at a time, in a fixed order, as many passes as asked: a store read without holding it whole. */
export interface ArticlePages {
  /** One pass over every article, in the same order each time. */
  pages(): AsyncIterable<readonly Article[]>;
  /** Articles by id. */
  get(ids: readonly string[]): Promise<ReadonlyMap<string, Article>>;
  /** The story each article belongs to, for the origins the dossier traced in it. */
  stories(articleIds: readonly string[]): Promise<ReadonlyMap<string, Story>>;
}

/**
 * Checks claims against articles read a page at a time: one pass counts the words, one keeps
 * each claim's best candidates, then only those are read closely. What is held grows with the
 * claims and the vocabulary, not with the store.
 */
export async function checkArticlePages(given: readonly ClaimToCheck[], source: ArticlePages, config: ClaimsConfig, languages: Languages): Promise<CheckResult[]> {
  const claims = await withLanguages(given, languages);
  const check = new ClaimCheck(claims, languages);
  for await (const page of source.pages()) for (const a of page) check.count(a);
  let position = 0;
  const idAt = new Map<number, string>();
  for await (const page of source.pages())
    for (const a of page) {
      if (check.score(a, position)) idAt.set(position, a.id);
      position++;
    }
  const results: CheckResult[] = [];
  const candidates = check.candidates();
  // Claims in groups whose candidates are read together: an article bearing on several is read once per group.
  for (let from = 0; from < claims.length; from += CLAIMS_READ_TOGETHER) {
    const group = candidates.slice(from, from + CLAIMS_READ_TOGETHER);
    const ids = [...new Set(group.flat().map((i) => idAt.get(i)!))];
    const articles = await source.get(ids);
    const read = group.map((positions, k) =>
      check.read(
        from + k,
        positions.map((i) => articles.get(idAt.get(i)!)).filter((a): a is Article => a !== undefined),
        config,
      ),
    );
    // Stories are read for the articles that bear on a claim only.
    const stories = await source.stories([...new Set(read.flat().map((f) => f.articleId))]);
    read.forEach((found, k) => results.push(check.finish(from + k, found, (id) => stories.get(id))));
  }
  return results;
}

/** Confidence of the language identifier at or above which a claim's language is taken as identified. */
const CLAIM_LANGUAGE_CONFIDENCE = 0.5;

/** Each claim with its language: as given, or as identified where a language pack knows it. */
async function withLanguages(claims: readonly ClaimToCheck[], languages: Languages): Promise<ClaimToCheck[]> {
  if (claims.every((c) => c.language)) return [...claims];
  const identify = await loadLanguageIdentifier();
  return claims.map((c) => {
    if (c.language) return c;
    const guess = identify(c.claim);
    return guess.confidence >= CLAIM_LANGUAGE_CONFIDENCE && languages.pack(guess.language) ? { ...c, language: guess.language } : c;
  });
}

/** Claims whose candidate articles are read from the store together (at most 300 articles each). */
const CLAIMS_READ_TOGETHER = 16;

/**
 * The work of a check, stage by stage: word counts over every article, then each claim's
 * candidates (the articles sharing the most rarity-weighted words with it, at most
 * MAX_CANDIDATES), then each claim read against its candidates.
 */
class ClaimCheck {
  private readonly df = new Map<string, number>();
  private documents = 0;
  private readonly articleLanguages: string[] = [];
  /** Per claim, its stems per language of the articles, in the order the languages were met. */
  private stemsByLanguage: Array<Array<readonly string[]>> | null = null;
  /** Per claim, its best candidates so far as [position, score], best first: in its language (or any, when it is not known), and in others. */
  private readonly best: Array<Array<readonly [number, number]>>;
  /** Per claim, whether it neither negates, denies nor refuses (plain): read once. */
  private readonly plainClaims = new Map<number, boolean>();
  private readonly bestAcross: Array<Array<readonly [number, number]>>;
  /** Per claim, the keys of its names and numbers (src/check/acrossLanguages.ts), when its language is known; articles counted by key. */
  private readonly claimNameKeys: Array<ReadonlySet<string> | null>;
  private readonly nameDf = new Map<string, number>();
  /** Per claim, its words as another language compares them, made when first needed. */
  private readonly pivots = new Map<number, PivotSentence>();
  /** Per claim, the pivot keys of what it says beyond its names (`claimWordKeys`), made when first needed. */
  private readonly wordKeys = new Map<number, ReadonlySet<string>>();
  /** Per claim and article language, the one day the claim names (`claimDayOf`), made when first needed. */
  private readonly claimDays = new Map<string, ClaimDay | null>();
  /** Whether each claim is itself a denial, read once. */
  private readonly claimDenials = new Map<number, boolean>();
  /** Claims by stem, to find the claims an article shares a word with. */
  private claimsOf: Map<string, number[]> | null = null;
  private readonly articlesRead: ArticlesRead = new Map();
  private readonly mentionsByStory = new WeakMap<Story, ReadonlyMap<string, readonly ClaimMention[]>>();

  constructor(
    private readonly claims: readonly ClaimToCheck[],
    private readonly languages: Languages,
  ) {
    this.best = claims.map(() => []);
    this.bestAcross = claims.map(() => []);
    this.claimNameKeys = claims.map((c) => (c.language && languages.pack(c.language) ? nameKeys(c.claim) : null));
  }

  /** Whether the article is read across languages for claim k: the claim's language is known and the article's is another one a pack knows. */
  private across(k: number, a: Article): boolean {
    const language = this.claims[k]!.language;
    return this.claimNameKeys[k] !== null && language !== a.language && this.languages.pack(a.language) !== undefined;
  }

  /** First pass: an article's words counted. */
  count(a: Article): void {
    this.documents++;
    if (!this.articleLanguages.includes(a.language)) this.articleLanguages.push(a.language);
    for (const s of new Set(stanceStems(a.text, a.language, this.languages))) this.df.set(s, (this.df.get(s) ?? 0) + 1);
    if (this.claimNameKeys.some((keys) => keys !== null)) for (const key of nameKeys(a.text)) this.nameDf.set(key, (this.nameDf.get(key) ?? 0) + 1);
  }

  readonly weight = (s: string): number => idf(this.documents, this.df.get(s) ?? 0, 1) + 1;

  /** Second pass: an article (at its position in the pass's order) scored for each claim it shares a word with; whether it is a candidate of any so far. */
  score(a: Article, position: number): boolean {
    if (!this.stemsByLanguage) {
      this.stemsByLanguage = this.claims.map((c) => this.articleLanguages.map((language) => [...new Set(stanceStems(c.claim, language, this.languages))]));
      this.claimsOf = new Map();
      this.stemsByLanguage.forEach((perLanguage, k) => {
        for (const s of new Set(perLanguage.flat())) (this.claimsOf!.get(s) ?? this.claimsOf!.set(s, []).get(s)!).push(k);
      });
    }
    const stems = new Set(stanceStems(a.text, a.language, this.languages));
    const sharing = new Set<number>();
    for (const s of stems) for (const k of this.claimsOf!.get(s) ?? []) sharing.add(k);
    let kept = false;
    // In another language than the claim's, the names and numbers both spell alike find the article.
    let keys: Set<string> | undefined;
    this.claims.forEach((_, k) => {
      if (!this.across(k, a)) return;
      keys ??= nameKeys(a.text);
      let total = 0;
      for (const key of this.claimNameKeys[k]!) if (keys.has(key)) total += idf(this.documents, this.nameDf.get(key) ?? 0, 1) + 1;
      if (total > 0) kept = offerTo(this.bestAcross[k]!, MAX_ACROSS_CANDIDATES, position, total) || kept;
    });
    for (const k of sharing) {
      if (this.across(k, a)) continue;
      // Summed in the claim's order of languages and stems, as the weights were always added.
      let total = 0;
      for (const list of this.stemsByLanguage[k]!) for (const s of list) if (stems.has(s)) total += this.weight(s);
      kept = this.offer(k, position, total) || kept;
    }
    return kept;
  }

  /**
   * Whether claim `k` neither negates, denies nor refuses: only such a claim is asserted across languages by a sentence
   * holding its words ("… was not sentenced" is not: the sentence holds its words, not its "not").
   */
  private plain(k: number): boolean {
    let plain = this.plainClaims.get(k);
    if (plain === undefined) {
      const { claim, language } = this.claims[k]!;
      const lang = language!;
      plain = !refusesOrDenies(claim, lang, this.languages) && !readTokens(claim, lang, this.languages).some((t) => isNegation(t, lang, this.languages));
      this.plainClaims.set(k, plain);
    }
    return plain;
  }

  /** Keeps the article among the claim's MAX_CANDIDATES best (higher score first, then earlier position). */
  private offer(k: number, position: number, score: number): boolean {
    return offerTo(this.best[k]!, MAX_CANDIDATES, position, score);
  }

  /** Each claim's candidates, by position in the passes' order. */
  candidates(): number[][] {
    return this.best.map((list, k) => [...list, ...this.bestAcross[k]!].map(([position]) => position).sort((a, b) => a - b));
  }

  /** A claim read against its candidates (in the passes' order): the articles that bear on it, each with its best sentence and the source that sentence names. */
  read(k: number, candidates: readonly Article[], config: ClaimsConfig): CheckedArticle[] {
    const claim = this.claims[k]!.claim;
    const languages = this.languages;
    const found: CheckedArticle[] = [];
    for (const a of candidates) {
      if (this.across(k, a)) {
        let pivots = this.pivots.get(k);
        if (!pivots) this.pivots.set(k, (pivots = claimPivots(claim, this.claims[k]!.language!, languages)));
        const best = bestAcross(pivots, readArticleAcross(a, languages, this.articlesRead), a.language, languages);
        if (!best || best.similarity < ACROSS_THRESHOLD) continue;
        // A claim that is itself a denial ("The ministry denied that …") is not denied by a sentence denying the same.
        let isDenial = this.claimDenials.get(k);
        if (isDenial === undefined) this.claimDenials.set(k, (isDenial = denialCueEnd(claim, this.claims[k]!.language!, languages) >= 0));
        // A sentence holding every word of the claim in its own voice (no source named, no hedge, no negation) asserts it:
        // "murió el martes a los 77 años" asserts "died aged 77".
        const stance = best.denies && !isDenial ? "denies" : best.covers && this.plain(k) && ownVoice(best.text, best.start, a.language, languages) ? "asserts" : "reports";
        let words = this.wordKeys.get(k);
        if (!words) this.wordKeys.set(k, (words = claimWordKeys(claim, this.claims[k]!.language!, languages)));
        const namesOnly = stance === "reports" && ![...words].some((key) => best.keys.has(key));
        found.push({
          articleId: a.id, name: articleName(a), title: a.title, outlet: a.outlet, stance, relatedness: round(best.similarity), language: a.language, acrossLanguages: true, quote: best.text,
          origin: originOf(best.text, best.start, a, languages),
          ...(namesOnly ? { namesOnly } : {}),
        });
        continue;
      }
      const r = stanceOf(claim, readArticle(a, languages, this.articlesRead).text, a.language, languages, { weight: this.weight, relatedThreshold: config.stanceRelated, agreeThreshold: config.stanceAgree });
      if (r.stance === "unrelated") continue;
      const { quote, start, origin } = bestSentence(claim, a, this.weight, languages, this.articlesRead);
      // "Three helicopters rescued …" against "Two army helicopters lifted …": an article that states it in its own voice
      // states otherwise, and denies the claim; one that reports it says otherwise, and is shown so.
      const numbers = STANCE_OF[r.stance] === "denies" ? null : otherCount(claim, quote, a.language, languages);
      // "The ferry capsized on Wednesday" against "… capsized … on Tuesday": a day given otherwise, read as a count is.
      let dated = this.claimDays.get(`${k}\u0000${a.language}`);
      if (dated === undefined) this.claimDays.set(`${k}\u0000${a.language}`, (dated = claimDayOf(claim, a.language, languages)));
      const days = STANCE_OF[r.stance] === "denies" || !dated ? null : otherDay(dated, quote, start, a, languages);
      // "The group on Wednesday denied that chlorine gas was released": a sentence denying most of the claim, on its source's word, denies it.
      // "The amount was specified" against "… though the amount was not specified": the quote negates what the claim states, or states what it negates.
      const denied = r.stance !== "disagree" && (deniesClaim(claim, quote, a.language, languages) || (r.stance === "agree" && negatedOtherwise(claim, quote, a.language, languages)));
      let stance: CheckedArticle["stance"] = ((numbers || days) && r.stance === "agree") || denied ? "denies" : STANCE_OF[r.stance];
      // Reporting read from the names alone: the quote has none of the claim's other words nor its numbers ("Aliens landed in Port Velmar").
      const namesOnly = stance === "reports" && !numbers && !days && !sharesWords(claim, quote, a.language, languages);
      // A claim that negates, denies or refuses ("Russia refused to send missiles") is asserted only by a quote that does too:
      // one stating the rest ("His request includes 14 missile systems") reports it.
      if (stance === "asserts" && refusesOrDenies(claim, a.language, languages) && !negativeIn(quote, a.language, languages)) stance = "reports";
      // Asserting is read from most of the claim: what the quote does not say is shown ("resigned" against "… apologised …").
      const missing = stance === "asserts" ? missingWords(claim, quote, a.language, languages) : [];
      found.push({
        articleId: a.id, name: articleName(a), title: a.title, outlet: a.outlet, stance, relatedness: round(r.relatedness), language: a.language, acrossLanguages: false, quote, origin,
        ...(numbers ? { numbers } : {}),
        ...(days ? { days } : {}),
        ...(namesOnly ? { namesOnly } : {}),
        ...(missing.length ? { missing } : {}),
      });
    }
    return found;
  }

  /** A story's claim mentions by article, in the story's order: indexed once per story, however many of its articles bear on claims. */
  private mentionsIn(story: Story): ReadonlyMap<string, readonly ClaimMention[]> {
    let byArticle = this.mentionsByStory.get(story);
    if (!byArticle) {
      const index = new Map<string, ClaimMention[]>();
      for (const claim of story.claims)
        for (const m of claim.mentions) {
          const list = index.get(m.articleId);
          if (list) list.push(m);
          else index.set(m.articleId, [m]);
        }
      this.mentionsByStory.set(story, (byArticle = index));
    }
    return byArticle;
  }

  /** The claim's result: each article's origin as the dossier traced it where its story has the sentence quoted, most related first, and the verdict. */
  finish(k: number, read: readonly CheckedArticle[], storyOf: (articleId: string) => Story | undefined): CheckResult {
    const c = this.claims[k]!;
    const found = read.map((checked) => {
      const story = storyOf(checked.articleId);
      // A claim about a person named first ("Bernie Sanders won the New York primary") is asserted only by a quote naming
      // them: "Hillary Clinton wins the Democratic primary in New York" says it of another.
      let f = checked;
      if (f.stance === "asserts" && story && !namesSubject(c.claim, f.quote, f.language, story, this.languages)) {
        const { missing: _missing, ...rest } = f;
        f = { ...rest, stance: "reports" };
      }
      // Origins as the dossier traced them (citation chains, the article's lead source), by the sentence quoted.
      const mentions = story ? this.mentionsIn(story).get(f.articleId) ?? [] : [];
      const traced = mentions.find((m) => f.quote.includes(m.quote) || m.quote.includes(f.quote))?.origin;
      if (traced !== undefined) return { ...f, origin: traced };
      // Else a name the story knows that the origin read here ends with, as the story names it: "Дравоска Марек Солан"
      // (a place's genitive before the name) is Marek Solan.
      const known = story ? endingName(f.origin, story) : null;
      return known ? { ...f, origin: known } : f;
    });
    found.sort((x, y) => y.relatedness - x.relatedness);
    const counts = { asserts: 0, denies: 0, reports: 0 };
    for (const f of found) counts[f.stance]++;
    return { id: c.id ?? null, claim: c.claim, articles: found, counts, verdict: verdictLine(found) };
  }
}

/**
 * The story's entity whose name or alias, of two words or more, ends `origin` after one word of its
 * own; null where none does. Not an organisation: "Kellhaven Port Authority" is no "Port Authority".
 */
function endingName(origin: string, story: Story): string | null {
  let best: { name: string; length: number } | null = null;
  for (const e of story.entities) {
    if (e.type === "organization") continue;
    for (const alias of [e.name, ...e.aliases]) {
      if (alias.split(/\s+/u).length < 2 || !origin.endsWith(` ${alias}`) || /\s/u.test(origin.slice(0, origin.length - alias.length - 1))) continue;
      if (!best || alias.length > best.length) best = { name: e.name, length: alias.length };
    }
  }
  return best?.name ?? null;
}

/** An article as the stance reading reads it, and its sentences' stems as sets: read once however many claims are checked against it. */
interface ReadArticle {
  readonly text: StanceText;
  readonly sentences: ReadonlyArray<{ readonly start: number; readonly text: string; readonly stems: ReadonlySet<string> }>;
}
/** Articles kept read, by id, the least recently used dropped first: a store's candidates are read in groups, and most recur from group to group. */
const MAX_ARTICLES_READ = 4096;

/**
 * One check's articles read (a cache of the check's own: it goes when the check is done): as the
 * stance reading reads them, and, once a claim in another language meets one, as that language
 * compares its sentences.
 */
type ArticlesRead = Map<string, ArticleRead>;
interface ArticleRead {
  readonly text: string;
  readonly language: string;
  read?: ReadArticle;
  across?: readonly AcrossSentence[];
}

function readArticle(a: Article, languages: Languages, articlesRead: ArticlesRead): ReadArticle {
  const entry = entryOf(a, articlesRead);
  if (!entry.read) {
    const text = readStanceText(a.text, a.language, languages);
    entry.read = { text, sentences: text.sentences.map((s) => ({ start: s.start, text: s.text, stems: new Set(s.stems) })) };
  }
  return entry.read;
}

function readArticleAcross(a: Article, languages: Languages, articlesRead: ArticlesRead): readonly AcrossSentence[] {
  const entry = entryOf(a, articlesRead);
  return (entry.across ??= readAcross(a, languages));
}

/** The article's entry (its readings made when first asked), kept for the same text and language; the most recently used last. */
function entryOf(a: Article, articlesRead: ArticlesRead): ArticleRead {
  const kept = articlesRead.get(a.id);
  articlesRead.delete(a.id);
  const entry: ArticleRead = kept && kept.text === a.text && kept.language === a.language ? kept : { text: a.text, language: a.language };
  articlesRead.set(a.id, entry);
  if (articlesRead.size > MAX_ARTICLES_READ) articlesRead.delete(articlesRead.keys().next().value!);
  return entry;
}

/**
 * Share of the best sentence's score a sentence counting the claim's thing needs to be quoted
 * instead: one that shares little else with the claim counts something else ("two hostages were
 * freed" for "three journalists were killed"). FNC-1 through check: 82.17% → 82.08% with it (both
 * halves alike), for the quotes and count notes a fact-checker needs (docs/benchmarks.md, stop 35).
 */
const COUNTING_SHARE = 0.5;

/**
 * The sentence carrying most of the claim's weighted stems, or, where the claim counts something,
 * one counting the same thing that carries COUNTING_SHARE of that; and who it names as its source.
 */
function bestSentence(claim: string, a: Article, weight: (s: string) => number, languages: Languages, articlesRead: ArticlesRead): { quote: string; start: number; origin: string } {
  const wanted = new Set(stanceStems(claim, a.language, languages));
  // Where the claim counts something, a sentence that counts the same thing is the one that bears on it
  // most ("His request includes … 14 missile systems" for "Maduro asked Putin for 20 missile systems").
  const counted = countedStems(claim, a.language, languages);
  // Of those, one that gives the claim's own count is the likeliest ("12 were injured" over "employs about 800 people").
  const claimed = counted.length ? new Set(findValues(claim, a.language, languages).map((v) => v.value)) : new Set<number>();
  let best = { score: -1, start: 0, text: a.text.slice(0, 200) };
  let bestCounting: typeof best | null = null;
  let bestSameCount: typeof best | null = null;
  for (const s of readArticle(a, languages, articlesRead).sentences) {
    let score = 0;
    for (const stem of s.stems) if (wanted.has(stem)) score += weight(stem);
    if (score > best.score) best = { score, start: s.start, text: s.text };
    if (!counted.length || score <= Math.min(bestCounting?.score ?? 0, bestSameCount?.score ?? 0)) continue;
    const counts = countsOf(s.text, counted, a.language, languages);
    if (counts.length && score > (bestCounting?.score ?? 0)) bestCounting = { score, start: s.start, text: s.text };
    if (counts.some((v) => claimed.has(v)) && score > (bestSameCount?.score ?? 0)) bestSameCount = { score, start: s.start, text: s.text };
  }
  const enough = (x: typeof best | null): x is typeof best => !!x && x.score >= COUNTING_SHARE * best.score;
  const chosen = enough(bestSameCount) ? bestSameCount : enough(bestCounting) ? bestCounting : best;
  return { quote: chosen.text, start: chosen.start, origin: originOf(chosen.text, chosen.start, a, languages) };
}

/**
 * Two units' stems count one thing where they share a word, but not where they share only the
 * head noun each qualifies otherwise: "army helicopters" / "helicopters rescued" and "missile
 * systems" / "missile units" do, "missile systems" / "radar systems" do not.
 */
function sameThing(a: readonly string[], b: readonly string[]): boolean {
  const shared = a.filter((x) => b.includes(x));
  if (shared.length === 0) return false;
  return !(a.length > 1 && b.length > 1 && shared.length === 1 && shared[0] === a.at(-1) && shared[0] === b.at(-1));
}

/** A unit's words as stems ("missile systems": missil, system). */
function unitStems(unit: string, language: string, languages: Languages): string[] {
  return unit.toLowerCase().split(" ").map((w) => stem(w, language, languages));
}

/**
 * The stems of the units a claim counts, and of the participle that tells what befell them ("12
 * people were injured": people, and injured, which "12 were injured" counts by).
 */
function countedStems(claim: string, language: string, languages: Languages): string[][] {
  return findValues(claim, language, languages).flatMap((v) => {
    if (v.unit === null) return [];
    const after = v.unit.split(" ").length;
    const told = participleIn(v.context.slice(after, after + PARTICIPLE_REACH), language, languages);
    return [unitStems(v.unit, language, languages), ...(told ? [unitStems(told, language, languages)] : [])];
  });
}

/** Words after a claim's counted noun searched for the participle that tells what befell it ("people were injured"). */
const PARTICIPLE_REACH = 3;

/** The numbers by which a sentence counts a unit that counts one thing with one the claim counts (`sameThing`). */
function countsOf(sentence: string, counted: readonly (readonly string[])[], language: string, languages: Languages): number[] {
  return findValues(sentence, language, languages).flatMap((v) => (v.unit !== null && counted.some((c) => sameThing(unitStems(v.unit!, language, languages), c)) ? [v.value] : []));
}

/**
 * Where a sentence counts a thing the claim counts, by another number and never by the
 * claim's: "helicopters: 3 in the claim, 2 here". The same thing is the same unit, or units
 * that count one thing by `sameThing` ("helicopters rescued" / "army helicopters").
 */
function otherCount(claim: string, sentence: string, language: string, languages: Languages): string | null {
  const claimed = findValues(claim, language, languages).filter((v) => v.unit !== null);
  if (claimed.length === 0) return null;
  const given = findValues(sentence, language, languages).filter((v) => v.unit !== null);
  const stems = (unit: string): string[] => unitStems(unit, language, languages);
  // Words written with a capital in either text: names, which say nothing of what a count is of.
  const named = new Set([...`${claim} ${sentence}`.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*/gu)].map((m) => m[0].toLowerCase()));
  // The words next to a count, names left out: its unit and a few words after it ("people were injured in"), the words before it ("employs about").
  const saidOf = (v: (typeof given)[number]): Set<string> =>
    new Set(
      [...v.context.slice(0, v.unit!.split(" ").length + SAID_OF_WORDS), ...v.lead]
        .filter((w) => /^\p{L}+$/u.test(w) && !named.has(w))
        .flatMap((w) => stanceStems(w, language, languages))
        .filter((x) => !stems(v.unit!).includes(x)),
    );
  for (const c of claimed) {
    const counted = stems(c.unit!);
    // People, counted by the word every language normalises to: one count only where the words around both say the same of them
    // ("12 people were injured" / "19 people were injured"; not "600 people gathered", "employs about 800 people").
    const ofThem = c.unit === PEOPLE_UNIT ? saidOf(c) : null;
    const same = given.filter(
      (g) => (g.unit === c.unit || sameThing(stems(g.unit!), counted)) && (!ofThem || g.unit !== PEOPLE_UNIT || [...saidOf(g)].some((x) => ofThem.has(x))),
    );
    if (same.length === 0 || same.some((g) => g.value === c.value || rangesMeet(g, c))) continue;
    // What both count, in the claim's words: "helicopters", not "helicopters rescued".
    const theirs = new Set(same.flatMap((g) => stems(g.unit!)));
    const what = c.unit!.split(" ").filter((w) => theirs.has(stem(w.toLowerCase(), language, languages))).join(" ") || c.unit!;
    return `${what}: ${c.value} in the claim, ${same.map((g) => g.value).join(" and ")} here`;
  }
  return null;
}

/** What a claim dates, read once per claim and language: its one weekday or one full date, and its words beyond names and weekdays. */
interface ClaimDay {
  readonly weekdays: ReadonlyMap<string, number>;
  /** The full date it names, or null where it names a weekday. */
  readonly claimed: string | null;
  readonly claimedWeekday: number | null;
  /** The day as the claim writes it. */
  readonly shown: string;
  readonly claimWords: ReadonlySet<string>;
}

/** The weekdays a text names, as written and as day numbers. */
function weekdaysIn(text: string, weekdays: ReadonlyMap<string, number>): Array<[string, number]> {
  return (text.match(/\p{L}+/gu) ?? []).flatMap((w) => (weekdays.has(w.toLowerCase()) ? [[w, weekdays.get(w.toLowerCase())!] as [string, number]] : []));
}

/** The one day a claim names (a weekday or a full date), or null where it names none or several. */
function claimDayOf(claim: string, language: Article["language"], languages: Languages): ClaimDay | null {
  const weekdays = languages.pack(language)?.time?.weekdays;
  if (!weekdays) return null;
  const claimArticle: Article = { id: "", path: "", url: null, outlet: null, title: null, byline: null, published: null, language, text: claim, removed: [], warnings: [] };
  const claimDays = new Set(findDates(claimArticle, splitSentences(claim, sentenceRules(language, languages)), languages).filter((d) => !d.approximate && d.date.length === 10).map((d) => d.date));
  const written = weekdaysIn(claim, weekdays);
  const claimWeekdays = new Set(written.map(([, n]) => n));
  if (claimDays.size + claimWeekdays.size !== 1) return null;
  const claimed = [...claimDays][0] ?? null;
  return {
    weekdays,
    claimed,
    claimedWeekday: [...claimWeekdays][0] ?? null,
    shown: written[0]?.[0] ?? claimed!,
    // The claim's words beyond its names: the clause a day is read in must hold them.
    claimWords: new Set(
      readTokens(claim, language, languages)
        .filter((t) => t.kind === "word" && !t.stop && !t.capitalised && !weekdays.has(t.lower))
        .flatMap((t) => stanceStems(t.surface, language, languages)),
    ),
  };
}

/**
 * Where a sentence dates what the claim dates otherwise: the claim names one weekday or one full
 * date, the sentence one day (src/claims/timeline.ts, resolved against the article's own date, or
 * a weekday it writes where the article has no date), and they differ. A day that dates the
 * saying ("the coast guard said on Thursday that nine had died") is not the event's.
 */
function otherDay(dated: ClaimDay, sentence: string, start: number, a: Article, languages: Languages): string | null {
  const { weekdays, claimed, claimedWeekday, shown, claimWords } = dated;
  const s = { start, end: start + sentence.length, text: sentence, paragraph: 0 };
  const reporting = findAttributions(sentence, s.start, a.language, languages)
    .filter((x) => isReportingCue(x.cue.text, a.language, languages))
    .map((x) => [Math.min(x.cue.start, x.source.start), Math.max(x.cue.end, x.source.end)] as const);
  // The day of what the claim says: its clause (between commas) holds two words of the claim beyond its names ("the ferry capsized
  // … on Tuesday morning"; not "Divers on Thursday recovered two bodies from the Saltholm Star, which capsized …").
  const inClaimClause = (expression: string): boolean => {
    const at = sentence.indexOf(expression);
    if (at < 0) return false;
    const from = Math.max(sentence.lastIndexOf(",", at), sentence.lastIndexOf(";", at)) + 1;
    const next = sentence.slice(at).search(/[,;]/u);
    const clause = new Set(stanceStems(sentence.slice(from, next >= 0 ? at + next : sentence.length), a.language, languages));
    // Two of the claim's words, or its one: "Divers on Thursday recovered two bodies from the ferry, which capsized" has the ferry only.
    if ([...claimWords].filter((x) => clause.has(x)).length >= Math.min(2, claimWords.size)) return true;
    // Or one the day dates: the day's own ("in Tuesday's explosion", a word between at most), or one right before it and
    // a preposition ("the explosion on Tuesday"); not a word merely near it ("On Wednesday the explosion site was sealed").
    const after = /^['’]s\s+((?:\S+\s+)?\S+)/u.exec(sentence.slice(at + expression.length))?.[1] ?? "";
    const before = /(\S+)\s+\p{Ll}{1,3}\s+$/u.exec(sentence.slice(from, at))?.[1] ?? "";
    return stanceStems(`${after} ${before}`, a.language, languages).some((x) => claimWords.has(x));
  };
  const own = (expression: string): boolean => !datesItsSaying(s, reporting, expression, a.language, languages) && inClaimClause(expression);
  const given = findDates(a, [s], languages).filter((d) => !d.approximate && d.date.length === 10 && own(d.expression));
  if (given.length > 0) {
    const days = [...new Set(given.map((d) => d.date))];
    if (days.length !== 1) return null;
    const day = days[0]!;
    const differs = claimed !== null ? claimed !== day : new Date(`${day}T12:00:00Z`).getUTCDay() !== claimedWeekday;
    return differs ? `day: ${shown} in the claim, ${given[0]!.expression} (${day}) here` : null;
  }
  // No date to resolve a weekday against: the weekdays as written.
  if (claimedWeekday === null || a.published) return null;
  const written = weekdaysIn(sentence, weekdays).filter(([w]) => own(w));
  const named = [...new Set(written.map(([, n]) => n))];
  return named.length === 1 && named[0] !== claimedWeekday ? `day: ${shown} in the claim, ${written[0]![0]} here` : null;
}

/** Words after a count's unit read for what is said of what it counts ("people were injured in the explosion": were, injured, in). */
const SAID_OF_WORDS = 3;

/**
 * Whether a sentence has a word of the claim beyond its names, or one of its numbers: a word in
 * lower case, or the claim's first where the sentence does not write it with a capital ("Aliens
 * landed …"; not "Ilse Marrow resigned" against "… Ilse Marrow said …").
 */
function sharesWords(claim: string, sentence: string, language: string, languages: Languages): boolean {
  const tokens = readTokens(claim, language, languages);
  const plain = tokens.filter((t) => t.kind === "word" && !t.stop && (!t.capitalised || (t.clauseStart && !sentence.includes(t.surface)))).map((t) => t.surface);
  const stems = new Set(stanceStems(sentence, language, languages));
  if (stanceStems(plain.join(" "), language, languages).some((x) => stems.has(x))) return true;
  const numbers = (text: string): string[] => text.match(/\d+(?:[.,]\d+)*/gu) ?? [];
  const given = new Set(numbers(sentence));
  return numbers(claim).some((n) => given.has(n));
}

/**
 * Share of the claim's lower-case content words the words after a denial cue must hold for the
 * sentence to deny the claim ("denied that chlorine gas was released" against "Chlorine gas was
 * released during the fire").
 */
const DENIED_SHARE = 0.5;

/** Where the first cue that denies ends in a text, or -1; a verb rejecting a report is one ("“flatly rejects” a report that …"). */
function denialCueEnd(text: string, language: string, languages: Languages): number {
  const { cues } = denialKnowledgeOf(language, languages);
  const undone = (low: string, at: number): boolean => denialUndone(low, at, language, languages);
  const rejections = rejectionsOf(language, languages);
  const low = text.toLowerCase();
  let start = -1, end = -1;
  for (const parts of cues)
    for (let at = low.indexOf(parts[0]!); at >= 0; at = low.indexOf(parts[0]!, at + 1)) {
      if ((at > 0 && /[\p{L}\p{N}]/u.test(low[at - 1]!)) || undone(low, at)) continue;
      const to = cueEndAt(low, at, parts);
      if (to < 0) continue;
      if (start < 0 || at < start) [start, end] = [at, to];
      break;
    }
  if (rejections.verbs.size > 0)
    for (const word of low.matchAll(/(?<![\p{L}\p{N}])\p{L}+/gu)) {
      if (start >= 0 && word.index >= start) break;
      if (!rejections.verbs.has(word[0]) || undone(low, word.index)) continue;
      const to = rejectionEnd(low, word.index, rejections);
      if (to >= 0) {
        [start, end] = [word.index, to];
        break;
      }
    }
  return end;
}

/**
 * Whether the sentence denies the claim: a denial of its language ("denied that", "не подтвердил";
 * the stance pack's `denials`) opens a word in it, the sentence names what the claim names, and
 * what follows the cue holds at least half the claim's other content words, two at least (one where the claim has one). A claim that itself reports a denial is not
 * denied by another report of it.
 */
function deniesClaim(claim: string, sentence: string, language: string, languages: Languages): boolean {
  if (denialCueEnd(claim, language, languages) >= 0) return false;
  const after = denialCueEnd(sentence, language, languages);
  if (after < 0) return false;
  const rest = sentence.slice(after);
  const words = readTokens(claim, language, languages).filter((t) => t.kind === "word" && !t.stop);
  // Its content words: in lower case, or opening it where the sentence does not capitalise them ("Aliens landed …"); in a
  // language that capitalises its nouns, every word.
  const nouns = languages.pack(language)?.citations?.nounsCapitalised === true;
  const plain = words.filter((t) => nouns || !t.capitalised || (t.clauseStart && !sentence.includes(t.surface)));
  const stems = new Set(stanceStems(rest, language, languages));
  const held = plain.filter((t) => stanceStems(t.surface, language, languages).some((x) => stems.has(x))).length;
  const low = sentence.toLowerCase();
  const named = words.filter((t) => t.capitalised && !plain.includes(t)).every((t) => low.includes(t.surface.toLowerCase()));
  if (!named || held < Math.min(2, plain.length) || held === 0 || held / plain.length < DENIED_SHARE) return false;
  // Two words at least, or the one the claim has beyond its names ("The Saltholm Star was overloaded"), said of the subject.
  if (plain.length > 1) return true;
  // What the denial says of its subject (src/claims/cues.ts, deniedScope): where the claim has one word beyond its names,
  // that word must be there, not in a clause after it ("denied that the ferry had been overloaded when it capsized").
  const scopedStems = new Set(stanceStems(deniedScope(rest, language, languages), language, languages));
  return stanceStems(plain[0]!.surface, language, languages).some((x) => scopedStems.has(x));
}

/** Fewest content words of the claim a clause of the quote must hold to be read against it. */
const MIN_CLAUSE_SHARE = 2;

/** The words opening a subordinate clause (`stance.subordinators`), lower case, read once. */
const subordinatorsOf = perLanguage((language, languages): ReadonlySet<string> => new Set((languages.knowledge("stance", language)?.subordinators ?? []).map((w) => w.toLowerCase())));

/** One clause of a text: its content words as stems, whether a negation stands in it, and the content words it negates (those after it; all, where none follows). */
interface Clause {
  readonly stems: ReadonlySet<string>;
  readonly negative: boolean;
  readonly negated: ReadonlySet<string>;
}

/**
 * A text's clauses, cut at the marks that end one and at the words opening a subordinate clause
 * ("though the amount was not specified"): each clause's content words (names aside, since a
 * negation is of what is said of them) and whether it negates ("not only" does not).
 */
function clausesOf(text: string, language: string, languages: Languages): Clause[] {
  const subordinators = subordinatorsOf(language, languages);
  const tokens = readTokens(text, language, languages);
  const out: Array<{ stems: Set<string>; negative: boolean; negated: Set<string> }> = [{ stems: new Set(), negative: false, negated: new Set() }];
  tokens.forEach((t, i) => {
    if (i > 0 && (CLAUSE_BREAK.test(text.slice(tokens[i - 1]!.end, t.start)) || subordinators.has(t.lower))) out.push({ stems: new Set(), negative: false, negated: new Set() });
    const clause = out.at(-1)!;
    if (negatesAt(tokens, i, language, languages)) clause.negative = true;
    if (isNegation(t, language, languages)) return;
    if (t.kind !== "word" || (t.capitalised && !t.clauseStart)) return;
    // Content words as the stance reading has them (its stop list, not the text layer's wider one, which holds "specified").
    for (const x of stanceStems(t.surface, language, languages)) {
      clause.stems.add(x);
      if (clause.negative) clause.negated.add(x);
    }
  });
  // A negation closing its clause ("эвакуированы не были") negates the words before it.
  for (const c of out) if (c.negative && c.negated.size === 0) for (const x of c.stems) c.negated.add(x);
  return out.filter((c) => c.stems.size > 0);
}

/**
 * Whether a quote says otherwise by a negation: a clause of it holding enough of the claim's words
 * negates what the claim states ("the amount was specified" / "…, though the amount was not
 * specified"), or states what the claim negates ("No residents were evacuated" / "Residents were
 * evacuated …"), and holds a word of the claim that no clause of the claim's own polarity holds:
 * what it says otherwise. "Residents were evacuated …, but no residents were injured" does not deny
 * the evacuation (its negated clause holds only "residents", which the first holds too), and denies
 * "Residents of the lower town were injured".
 */
function negatedOtherwise(claim: string, quote: string, language: string, languages: Languages): boolean {
  const claimClauses = clausesOf(claim, language, languages);
  const wanted = new Set(claimClauses.flatMap((c) => [...c.stems]));
  const negative = claimClauses.some((c) => c.negative);
  const clauses = clausesOf(quote, language, languages);
  const agreeing = new Set(clauses.filter((c) => c.negative === negative).flatMap((c) => [...c.stems]));
  // What a clause says otherwise is what its negation reaches (the words after it), or, for a negative claim, what the claim's does.
  const claimNegated = new Set(claimClauses.flatMap((c) => [...c.negated]));
  return clauses.some((c) => {
    if (c.negative === negative) return false;
    const held = [...c.stems].filter((x) => wanted.has(x));
    const otherwise = negative ? claimNegated : c.negated;
    return held.length >= Math.min(MIN_CLAUSE_SHARE, wanted.size) && held.some((x) => !agreeing.has(x) && otherwise.has(x));
  });
}

/** A language's denial cues (the stance pack's `denials`) as their parts, read once per language; what takes one back: src/claims/cues.ts, denialUndone. */
const denialKnowledgeOf = perLanguage((language, languages) => ({
  cues: (languages.knowledge("stance", language)?.denials ?? []).map(cueParts).filter((parts) => parts.length > 0),
}));

/**
 * Whether the quote names the person the claim is about, where the claim opens with one: two or
 * three capitalised words ("Bernie Sanders"), one of them a word of a person's name the story
 * knows (not "Hong Kong protesters", "American Airlines"), or one word that is the family name of
 * a person the story names in full ("Sanders"), then a lower-case word (not a headline in title
 * case). The quote must hold its family name, in any case ("Ивану Петрову"). True for a claim
 * that opens otherwise.
 */
function namesSubject(claim: string, quote: string, language: string, story: Story, languages: Languages): boolean {
  const articles = new Set(languages.pack(language)?.citations?.articles ?? []);
  const tokens = readTokens(claim, language, languages);
  let i = 0;
  while (i < tokens.length && articles.has(tokens[i]!.lower)) i++;
  const name: string[] = [];
  for (; i < tokens.length && tokens[i]!.kind === "word" && tokens[i]!.capitalised && !tokens[i]!.stop; i++) name.push(tokens[i]!.folded);
  // A name of two words or more ("Bernie Sanders"; a sentence's first word is capitalised whatever it is: "Florida woman …"),
  // not a headline in title case ("Triple-Breasted Woman Pictured Before …"): a few capitalised words, then a lower-case one.
  if (name.length < 1 || name.length > MAX_SUBJECT_WORDS || !(tokens[i]?.kind === "word" && !tokens[i]!.capitalised)) return true;
  const persons = personWordsOf(story, language, languages);
  // One word is a person's only where it is the family name of one the story names in full ("Sanders won …"): a
  // sentence's first word is capitalised whatever it is.
  if (name.length === 1 ? !persons.families.has(name[0]!) : !name.some((w) => persons.words.has(w))) return true;
  // A word the quote writes in lower case is a word there, not a name: "Brown bears attacked …" / "… attacked by brown bears".
  const quoteTokens = readTokens(quote, language, languages);
  if (name.length === 1 && quoteTokens.some((t) => !t.capitalised && t.folded === name[0])) return true;
  // The family name (its last word), in any case of an inflected language ("Ивану Петрову" names Иван Петров): one folded
  // spelling a prefix of the other, a few letters of ending apart; a given name is no family name ("Пётр" / "Петров").
  const surname = name.at(-1)!;
  return quoteTokens.some((t) => t.capitalised && sameNameWord(t.folded, surname));
}

/** A story's persons' name words, folded: all of them, and the family names (last words) of those named in two words or more. */
interface PersonWords {
  readonly words: ReadonlySet<string>;
  readonly families: ReadonlySet<string>;
}

/** The folded words of the names and aliases of a story's persons, by language: read once per story, however many articles and claims ask. */
const personWords = new WeakMap<Story, Map<string, PersonWords>>();
function personWordsOf(story: Story, language: string, languages: Languages): PersonWords {
  let byLanguage = personWords.get(story);
  if (!byLanguage) personWords.set(story, (byLanguage = new Map()));
  let known = byLanguage.get(language);
  if (!known) {
    const words = new Set<string>();
    const families = new Set<string>();
    for (const e of story.entities) {
      if (e.type !== "person") continue;
      for (const alias of [e.name, ...e.aliases]) {
        const tokens = readTokens(alias, language, languages).filter((t) => t.kind === "word");
        for (const t of tokens) words.add(t.folded);
        if (tokens.length >= 2) families.add(tokens.at(-1)!.folded);
      }
    }
    byLanguage.set(language, (known = { words, families }));
  }
  return known;
}

/** Letters of a case ending two spellings of one name may differ by ("Петров" / "Петрову", "Nowak" / "Nowakowi"). */
const NAME_ENDING_LETTERS = 3;
/** Fewest letters a name word's shorter spelling has for an ending to be read off it. */
const NAME_STEM_LETTERS = 4;

/** Whether two folded spellings are one name word: equal, or one the other with a case ending of a few letters. */
function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= NAME_STEM_LETTERS && long.length - short.length <= NAME_ENDING_LETTERS && long.startsWith(short);
}

/** Most words a claim's opening name has ("Hillary Rodham Clinton"). */
const MAX_SUBJECT_WORDS = 3;

/** A language's verbs of refusing (the stance pack's `refusals`: words or phrases, "declined to") as one whole-word pattern; null where it has none. */
const refusalsOf = perLanguage((language, languages): RegExp | null => wholeWords(languages.knowledge("stance", language)?.refusals ?? []));

/** Whether a text denies ("denied that", "не подтвердил") or refuses ("refused", "declined to", "отказался"). */
function refusesOrDenies(text: string, language: string, languages: Languages): boolean {
  return denialCueEnd(text, language, languages) >= 0 || (refusalsOf(language, languages)?.test(text) ?? false);
}

/** Whether a text negates a clause ("not", "never", "no"), denies or refuses anywhere. */
function negativeIn(text: string, language: string, languages: Languages): boolean {
  return clausesOf(text, language, languages).some((c) => c.negative) || refusesOrDenies(text, language, languages);
}

/** The claim's content words in lower case whose stems the sentence lacks, in the claim's order. */
function missingWords(claim: string, sentence: string, language: string, languages: Languages): string[] {
  const stems = new Set(stanceStems(sentence, language, languages));
  return readTokens(claim, language, languages).filter((t) => t.kind === "word" && !t.capitalised && !t.stop && !stanceStems(t.surface, language, languages).some((x) => stems.has(x))).map((t) => t.surface);
}

/** Whether a sentence states what it says in its own voice: no source named, no hedging word, no negation. */
function ownVoice(sentence: string, start: number, language: string, languages: Languages): boolean {
  // A question asks; a condition supposes ("Falls …", "If …"): neither states.
  if (/[?？]["'”’»)]*\s*$/u.test(sentence) || conditionalOpening(sentence, language, languages)) return false;
  if (findAttributions(sentence, start, language, languages).some((x) => x.ruleSource)) return false;
  if (cueHits(sentence, languages.pack(language)?.stance?.hedging ?? []) > 0) return false;
  return !readTokens(sentence, language, languages).some((t) => isNegation(t, language, languages));
}

/** Whether a sentence opens with a word of condition of its language (`stance.conditionals`: "if", "falls", "si"). */
function conditionalOpening(sentence: string, language: string, languages: Languages): boolean {
  const first = readTokens(sentence, language, languages).find((t) => t.kind === "word");
  return !!first && (languages.knowledge("stance", language)?.conditionals ?? []).includes(first.lower);
}

/** Who a sentence names as its source, else the article's own report (or the wire's its dateline credits). */
function originOf(sentence: string, start: number, a: Article, languages: Languages): string {
  const cited = findAttributions(sentence, start, a.language, languages).find((x) => x.ruleSource && x.kind === "named");
  if (!cited?.ruleSource) return ownOriginName(a, languages);
  const named = sourceName(cited.ruleSource.text, a.language, languages);
  if (named) return named;
  // A name with what it is ("The Dornex group"): the phrase without its article, where its last word says what it is.
  const words = cited.ruleSource.text.split(/\s+/);
  const rest = (languages.pack(a.language)?.citations?.articles ?? []).includes(words[0]!.toLowerCase()) ? words.slice(1) : words;
  return rest.length >= 2 && /^\p{Lu}/u.test(rest[0]!) && bodyNounsOf(a.language, languages).has(rest.at(-1)!.toLowerCase()) ? rest.join(" ") : ownOriginName(a, languages);
}

/** Keeps a candidate among a claim's `max` best (higher score first, then earlier position); whether it was kept. */
function offerTo(list: Array<readonly [number, number]>, max: number, position: number, score: number): boolean {
  if (list.length === max && score <= list[list.length - 1]![1]) return false;
  let at = list.length;
  while (at > 0 && list[at - 1]![1] < score) at--;
  list.splice(at, 0, [position, score]);
  if (list.length > max) list.pop();
  return true;
}

/** "asserted by 3 articles from 1 origin (The Washington Post); denied by 1 (TASS); reported by 2". */
export function verdictLine(found: readonly CheckedArticle[]): string {
  if (found.length === 0) return "no stored article bears on this claim";
  const part = (stance: CheckStance, verb: string, among: readonly CheckedArticle[] = found): string | null => {
    const of = among.filter((f) => f.stance === stance);
    if (of.length === 0) return null;
    // "asserted by 2 articles …, 1 without “resigned”", "asserted in part by 1 article …, none with “resigned”": what the asserting quotes leave out of the claim.
    const lacking = of.filter((f) => f.missing?.length);
    const words = [...new Set(lacking.flatMap((f) => f.missing!))].slice(0, 3).map((w) => `“${w}”`).join(", ");
    // None of them has all of it: they assert part of the claim ("the chief executive apologised" is not "resigned").
    const inPart = lacking.length > 0 && lacking.length === of.length;
    const without = !lacking.length ? "" : inPart ? `, none with ${words}` : `, ${lacking.length} without ${words}`;
    // One origin however it was relayed: "U.S. government documents (via The Washington Post)" is "U.S. government documents".
    const byKey = new Map<string, string>();
    for (const f of of) {
      const key = withoutRelay(f.origin).toLowerCase();
      if (!byKey.has(key)) byKey.set(key, f.origin);
    }
    const origins = [...byKey.values()];
    return `${verb}${inPart ? " in part" : ""} by ${plural(of.length, "article")} from ${plural(origins.length, "origin")} (${origins.slice(0, 3).join("; ")}${origins.length > 3 ? "; …" : ""})${without}`;
  };
  // A count the articles give otherwise is what a reader must not miss, whichever way each is read.
  const counted = found.filter((f) => f.numbers);
  const notes = [...new Set(counted.map((f) => f.numbers!))];
  const otherwise = counted.length ? `counted otherwise by ${plural(counted.length, "article")} (${notes.slice(0, 2).join("; ")}${notes.length > 2 ? "; …" : ""})` : null;
  const dated = found.filter((f) => f.days);
  const dayNotes = [...new Set(dated.map((f) => f.days!))];
  const datedOtherwise = dated.length ? `dated otherwise by ${plural(dated.length, "article")} (${dayNotes.slice(0, 2).join("; ")}${dayNotes.length > 2 ? "; …" : ""})` : null;
  const reporting = found.filter((f) => f.stance === "reports" && !f.namesOnly);
  const names = found.filter((f) => f.namesOnly);
  const stated = [part("asserts", "asserted"), part("denies", "denied"), part("reports", "reported without taking a side", reporting)].filter(Boolean);
  // Articles that share only the claim's names bear on who it is about, not on what it says.
  const about = names.length ? `${stated.length ? "" : "no article states, denies or reports it; "}${plural(names.length, "article")} share${names.length === 1 ? "s" : ""} only its names` : null;
  return [...stated, about, otherwise, datedOtherwise].filter(Boolean).join("; ");
}

const plural = (k: number, w: string): string => `${k} ${w}${k === 1 ? "" : "s"}`;

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
