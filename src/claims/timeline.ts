/**
 * Timeline: dates written in the text, resolved against the article's own published date.
 * Absolute dates with a year resolve on their own; everything relative ("Friday", "last
 * week", "mid-October", "26 октября" without a year) needs the published date, and resolves
 * to nothing without it. `approximate` marks anything less than a known day. News reports
 * the past, so a bare weekday or a yearless date is the latest one on or before publication,
 * unless a future cue ("will", "is due to") stands before it in its clause.
 */
import { addDays, addMonths, addYears, format, subDays } from "date-fns";
import { type Languages, perLanguages, type TimeKnowledge } from "../lang/languages.js";
import type { Article, TimelineEvent } from "../model.js";
import type { Sentence } from "../text/sentences.js";
import { escapeRegExp } from "../regexp.js";
import { wordsOf } from "../text/index.js";

export interface DatedMention {
  readonly articleId: string;
  readonly date: string;
  readonly approximate: boolean;
  /** The date expression, an exact substring of the article. */
  readonly expression: string;
  readonly sentence: Sentence;
}

/** A sentence with fewer words than this besides its date is a dateline or page chrome, not an event. */
const MIN_EVENT_WORDS = 4;
/**
 * A part of a month without a year ("the end of November") more than this many days after
 * publication belongs to the year before; within it, to the publication's year: "until the end of
 * November" in mid-October is six weeks ahead, not eleven months back.
 */
const AHEAD_DAYS = 62;
/**
 * A day without a year more than this many days after publication belongs to the year before
 * ("was last inspected on 2 December" in mid-October); in a future clause, one this many days
 * before publication belongs to the year after.
 */
const FUTURE_SLACK_DAYS = 7;
/** Longest event text kept, in characters; a longer sentence is cut at a word boundary. */
const MAX_EVENT_CHARS = 220;
/** Words before a date expression searched for a future cue: "is due to visit the flooded town on Friday" fits. */
const FUTURE_WINDOW_WORDS = 8;

const alternation = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");

interface Patterns {
  readonly re: RegExp;
  /** A future cue as the last words of a clause's text before a date: tested on that text. */
  readonly future: RegExp | null;
  readonly months: ReadonlyMap<string, number>;
  readonly time: TimeKnowledge;
  /** The language's verb closes the clause (citations.verbFinal): a future tense follows the date. */
  readonly verbFinal: boolean;
  /** A reported-future cue ("would") not before a perfect ("would have"), and a verb of saying: both must precede the date. */
  readonly reportedFuture: RegExp | null;
  readonly saying: RegExp | null;
  /** The same verbs of saying, to find every one in a text (matchAll). */
  readonly sayingAll: RegExp | null;
}

/** Patterns by language, per Languages value. */
const cacheOf = perLanguages(() => new Map<string, Patterns | null>());

function patterns(language: string, languages: Languages): Patterns | null {
  const cache = cacheOf(languages);
  if (cache.has(language)) return cache.get(language)!;
  const pack = languages.pack(language);
  const months = pack?.dates?.months;
  const time = pack?.time;
  let p: Patterns | null = null;
  if (months && time) {
    const M = alternation(months.keys());
    const parts = alternation(time.monthParts.keys());
    const rel = alternation([...time.dayOffsets.keys(), ...time.weekOffsets.keys(), ...time.monthOffsets.keys(), ...time.yearOffsets.keys()]);
    const W = alternation(time.weekdays.keys());
    const B = "(?<![\\p{L}\\d])";
    const E = "(?![\\p{L}\\d])";
    const source = [
      `(?<iso>\\d{4}-\\d{2}-\\d{2})`,
      `(?<dotted>\\d{1,2}\\.\\d{1,2}\\.\\d{4})`,
      `(?<part>${parts})[\\s-]+(?<partMonth>${M})\\.?(?:,?\\s+(?<partYear>\\d{4}))?`,
      `(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dfMonth>${M})\\.?(?:,?\\s+(?<dfYear>\\d{4}))?`,
      `(?<mfMonth>${M})\\.?\\s+(?<mfDay>\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+(?<mfYear>\\d{4}))?`,
      `(?<monthOnly>${M})\\s+(?<moYear>\\d{4})`,
      `(?<rel>${rel})`,
      `(?<weekday>${W})`,
    ].join("|");
    const future = time.futureCues.length ? new RegExp(`${B}(?:${alternation(time.futureCues)})${E}`, "iu") : null;
    const perfect = time.reportedFuturePerfect?.length ? `(?!\\s+(?:\\p{L}+\\s+)?(?:${alternation(time.reportedFuturePerfect)})${E})` : "";
    const reportedFuture = time.reportedFutureCues?.length ? new RegExp(`${B}(?:${alternation(time.reportedFutureCues)})${E}${perfect}`, "iu") : null;
    const sayingVerbs = pack?.citations?.sayingVerbs ?? [];
    const saying = sayingVerbs.length ? new RegExp(`${B}(?:${alternation(sayingVerbs)})${E}`, "iu") : null;
    const sayingAll = saying ? new RegExp(saying.source, "giu") : null;
    p = { re: new RegExp(`${B}(?:${source})${E}`, "giu"), future, months, time, verbFinal: pack?.citations?.verbFinal ?? false, reportedFuture, saying, sayingAll };
  }
  cache.set(language, p);
  return p;
}

const day = (d: Date): string => format(d, "yyyy-MM-dd");
const month = (d: Date): string => format(d, "yyyy-MM");
const year = (d: Date): string => format(d, "yyyy");

function parsePublished(published: string | null): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : null;
}

/**
 * A day in a month of a year not written: the publication year, or the year before when that
 * would be in the future; in a future clause, the year after when that would be in the past.
 */
function withYear(m: number, d: number, written: string | undefined, ref: Date | null, future: boolean, part = false, present = false): Date | null {
  if (written) return new Date(Number(written), m - 1, d, 12);
  if (!ref) return null;
  const guess = new Date(ref.getFullYear(), m - 1, d, 12);
  if (future) return guess < subDays(ref, FUTURE_SLACK_DAYS) ? new Date(ref.getFullYear() + 1, m - 1, d, 12) : guess;
  // A part of a month ("the end of November", "mid-December") looks ahead as often as back, and so does a day in a clause
  // with no past verb ("Indiana, which votes May 3"); a day ("on 2 December") in a past clause is past.
  return guess > addDays(ref, part || present ? AHEAD_DAYS : FUTURE_SLACK_DAYS) ? new Date(ref.getFullYear() - 1, m - 1, d, 12) : guess;
}

/**
 * Whether a date stands in a clause with no past verb, in a language that says how one is written
 * (`time.pastVerbs`): none in the words before it in its clause (after a verb of saying, up to
 * FUTURE_WINDOW_WORDS), no verb of saying right before it, none in the words after it in its
 * sentence. "which votes", "the vote is on"; not "was last inspected on", "said on … that",
 * "On November 20, the ferry sank". False where the language does not say.
 */
function presentBefore(p: Patterns, before: string, after: string): boolean {
  const past = p.time.pastVerbs;
  if (!past) return false;
  const isPast = (w: string): boolean => past.forms.includes(w) || past.endings.some((e) => w.length > e.length + 2 && w.endsWith(e));
  const clause = before.split(/[,;:()"“”«»]/u).at(-1) ?? "";
  const said = p.sayingAll ? [...clause.matchAll(p.sayingAll)].at(-1) : undefined;
  const rest = said ? clause.slice(said.index! + said[0].length) : clause;
  // A verb of saying right before the date dates the saying, which is past ("said on November 20 that …").
  if (said && (rest.match(/\p{L}+/gu) ?? []).length <= SAYING_REACH && isPast(said[0].toLowerCase().split(/\s+/).at(-1)!)) return false;
  const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.slice(-FUTURE_WINDOW_WORDS).some(isPast)) return false;
  // Nor a past verb after it in its sentence ("On November 20, the ferry sank").
  const following = (after.split(/[.!?]/u)[0] ?? "").toLowerCase().match(/\p{L}+/gu) ?? [];
  return !following.slice(0, FUTURE_WINDOW_WORDS).some(isPast);
}

/** Words between a verb of saying and the date it dates: "said on", "said late on". */
const SAYING_REACH = 2;

/** Where the verb comes last ("Pazartesi günü açıklama yapılacak"), whether the rest of the clause after a date puts it in the future. */
function inFutureAfter(p: Patterns, after: string): boolean {
  if (!p.future) return false;
  const ends = [",", ";", ":", "!", "?", "."].map((c) => after.indexOf(c)).filter((i) => i >= 0);
  const clause = after.slice(0, ends.length ? Math.min(...ends) : after.length);
  const words = clause.split(/\s+/).filter(Boolean).slice(0, FUTURE_WINDOW_WORDS);
  // Up to the first past verb: "cuma günü … yaptığı açıklamada … yapılacağını" is a statement made on Friday.
  const past = words.findIndex((w) => (p.time.pastEndings ?? []).some((e) => w.toLowerCase().endsWith(e)) && !p.future!.test(w));
  return p.future.test((past >= 0 ? words.slice(0, past) : words).join(" "));
}

/**
 * Whether the clause before a date expression puts it in the future ("is due to visit … on Friday"),
 * or reports a future after a verb of saying earlier in the sentence ("said the piers would reopen on Thursday").
 */
function inFuture(p: Patterns, before: string): boolean {
  if (!p.future) return false;
  const clause = before.slice(Math.max(...[",", ";", ":", "!", "?", "."].map((c) => before.lastIndexOf(c))) + 1);
  const words = clause.split(/\s+/).filter(Boolean).slice(-FUTURE_WINDOW_WORDS).join(" ");
  if (p.future.test(words)) return true;
  if (!p.reportedFuture || !p.saying) return false;
  const cue = p.reportedFuture.exec(words);
  return cue !== null && p.saying.test(before.slice(0, before.length - words.length + cue.index));
}

/** Stop words a date may stand after and still open its sentence ("And on Thursday, …"). */
const OPENING_WORDS = 2;

/**
 * Whether a date opening its sentence is of the clause after it, in the future ("On Thursday, Comey
 * will testify before the committee"): the date is the sentence's first words (a stop word such as
 * "On" or "By" at most before it; not "Officials said Thursday they will …"), a future cue is among
 * the first words of the clause after it, up to its next comma (not "the director, who will retire
 * in May, testified"), and no verb of saying comes before the cue ("On Thursday, the ministry said it
 * will …" dates the saying).
 */
function opensFutureClause(p: Patterns, before: string, after: string, stop: ReadonlySet<string>): boolean {
  // Its words, quotation marks and dashes aside ("“On Thursday we will …"): stop words only, two at most ("And on Thursday, …").
  const opening = before.replace(/[\p{Pi}\p{Pf}\p{Ps}"'«»„—–-]/gu, " ").split(/\s+/).filter(Boolean);
  if (!p.future || opening.length > OPENING_WORDS || opening.some((w) => !stop.has(w.toLowerCase()))) return false;
  const rest = after.replace(/^[\s,]+/, "");
  const end = rest.search(/[.,;:!?]/);
  const words = (end >= 0 ? rest.slice(0, end) : rest).split(/\s+/).filter(Boolean).slice(0, FUTURE_WINDOW_WORDS).join(" ");
  const cue = p.future.exec(words);
  return cue !== null && !(p.saying?.test(words.slice(0, cue.index)) ?? false);
}

/**
 * Whether a date opens a sentence as a dateline does: after a place in capitals and a comma, before
 * a dash, an agency's name in brackets between at most ("LONDON, March 12 (Reuters) -", "ДРАВОСК, 12
 * марта (VPA) —"); or after a capitalised word or two, with the agency ("Dravosk, March 12 (VPA) -").
 */
function inDateline(text: string, at: number, length: number): boolean {
  const place = text.slice(0, at);
  const after = text.slice(at + length);
  // A place in capitals ("DRAVOSK, March 12 -"), or a name of a word or two and an agency in brackets ("Dravosk, March 12 (VPA) -").
  const capitals = /^\p{Lu}[\p{Lu}.'’ /-]{1,30},\s*$/u.test(place) && /^\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s/u.test(after);
  const agency = /^\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+)?,\s*$/u.test(place) && /^\s*\([^)]{1,30}\)\s*[—–-]\s/u.test(after);
  return capitals || agency;
}

export function findDates(article: Article, sentences: readonly Sentence[], languages: Languages): DatedMention[] {
  const p = patterns(article.language, languages);
  if (!p) return [];
  const ref = parsePublished(article.published);
  const stop = languages.words(article.language).stopwords;
  const out: DatedMention[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(p.re)) {
      const g = m.groups!;
      const low = (x: string | undefined): string => (x ?? "").toLowerCase();
      let date: string | null = null;
      let approximate = false;
      const before = s.text.slice(0, m.index);
      const after = s.text.slice(m.index + m[0].length);
      const future = inFuture(p, before) || (p.verbFinal ? inFutureAfter(p, after) : opensFutureClause(p, before, after, stop));
      if (g.iso) date = g.iso;
      else if (g.dotted) {
        const [d, mo, y] = g.dotted.split(".").map(Number) as [number, number, number];
        date = day(new Date(y, mo - 1, d, 12));
      } else if (g.part) {
        const mo = p.months.get(low(g.partMonth).replace(/\.$/, ""))!;
        const at = withYear(mo, p.time.monthParts.get(low(g.part))!, g.partYear, ref, future, true);
        if (at) [date, approximate] = [month(at), true];
      } else if (g.dayFirst || g.mfDay) {
        const mo = p.months.get(low(g.dfMonth ?? g.mfMonth).replace(/\.$/, ""))!;
        const d = Number(g.dayFirst ?? g.mfDay);
        if (d >= 1 && d <= 31) {
          const at = withYear(mo, d, g.dfYear ?? g.mfYear, ref, future, false, !(g.dfYear ?? g.mfYear) && presentBefore(p, before, after));
          if (at) date = day(at);
        }
      } else if (g.monthOnly) {
        date = `${g.moYear}-${String(p.months.get(low(g.monthOnly))).padStart(2, "0")}`;
        approximate = true;
      } else if (g.rel && ref) {
        const r = low(g.rel);
        if (p.time.dayOffsets.has(r)) date = day(addDays(ref, p.time.dayOffsets.get(r)!));
        else if (p.time.weekOffsets.has(r)) [date, approximate] = [day(addDays(ref, 7 * p.time.weekOffsets.get(r)!)), true];
        else if (p.time.monthOffsets.has(r)) [date, approximate] = [month(addMonths(ref, p.time.monthOffsets.get(r)!)), true];
        else if (p.time.yearOffsets.has(r)) [date, approximate] = [year(addYears(ref, p.time.yearOffsets.get(r)!)), true];
      } else if (g.weekday && ref) {
        // The latest such day on or before publication; the next one on or after it in a future clause.
        const target = p.time.weekdays.get(low(g.weekday))!;
        date = day(future ? addDays(ref, (target - ref.getDay() + 7) % 7) : subDays(ref, (ref.getDay() - target + 7) % 7));
      }
      if (!date) continue;
      // "DRAVOSK, March 12 (VPA) - An explosion …": a dateline's date is the day of filing, not of an event.
      if (inDateline(s.text, m.index, m[0].length)) continue;
      // "в воскресенье, 26 октября": the weekday only names the day the date gives.
      if (g.weekday && /^[\s,]*\d/.test(s.text.slice(m.index + m[0].length))) continue;
      const rest = wordsOf(`${s.text.slice(0, m.index)} ${s.text.slice(m.index + m[0].length)}`).filter((w) => w.length >= 2);
      if (rest.length < MIN_EVENT_WORDS) continue;
      out.push({ articleId: article.id, date, approximate, expression: m[0], sentence: s });
    }
  }
  return out;
}

/**
 * The story's events by date and precision: each day's distinct events (`eventsOf`), each told by
 * the articles that date it there and described by its fullest sentence. `claimsOf`: the claims a
 * dated sentence states (src/claims/verdicts.ts): sentences of one claim tell one event, in any
 * language. `readers`: how much of the story each article's language writes (its share of the
 * story's sentences): an event is told in the story's commonest language where one of its
 * sentences is. `wordsOf`: what a sentence tells, compared between sentences of one day.
 */
export function buildTimeline(
  mentions: readonly DatedMention[],
  claimsOf: (m: DatedMention) => readonly string[] = () => [],
  readers: (articleId: string) => number = () => 0,
  wordsOf: (m: DatedMention) => ReadonlySet<string> = lettersOf,
): TimelineEvent[] {
  const byKey = new Map<string, DatedMention[]>();
  for (const m of mentions) {
    const key = `${m.date}|${m.approximate}`;
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  return [...byKey.values()]
    .flatMap((ms) =>
      eventsOf(ms, claimsOf, wordsOf).map((event) => {
        const best = [...event].sort((a, b) => readers(b.articleId) - readers(a.articleId) || Math.min(b.sentence.text.length, MAX_EVENT_CHARS) - Math.min(a.sentence.text.length, MAX_EVENT_CHARS))[0]!;
        return { date: ms[0]!.date, approximate: ms[0]!.approximate, event: cut(best.sentence.text), articleIds: [...new Set(event.map((m) => m.articleId))] };
      }),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Events listed per day: the most reported. */
const MAX_EVENTS_PER_DAY = 3;
/** Share of its content words a sentence dated to one day must share with an event's first to tell it too. */
const SAME_EVENT = 0.3;
/** Sentences of one day read for its events. */
const MAX_DAY_SENTENCES = 200;

/** Without a reading of the sentence's words: its runs of four letters or more. */
const lettersOf = (m: DatedMention): ReadonlySet<string> => new Set(m.sentence.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/**
 * One day's dated sentences as its distinct events (a fire breaking out, a group's measurement
 * that night), each the sentences that tell it alike or state one claim: the events most articles
 * tell first, at most MAX_EVENTS_PER_DAY. A day was one event, its longest sentence, whatever
 * else happened on it.
 */
function eventsOf(ms: readonly DatedMention[], claimsOf: (m: DatedMention) => readonly string[], wordsOf: (m: DatedMention) => ReadonlySet<string>): DatedMention[][] {
  const events: Array<{ mentions: DatedMention[]; words: Set<string>; claims: Set<string> }> = [];
  // A day of a story of thousands of articles is read for its first sentences only: the cost per day is bounded.
  for (const m of ms.slice(0, MAX_DAY_SENTENCES)) {
    const w = wordsOf(m);
    const claims = claimsOf(m);
    const same = events.find((e) => {
      if (claims.some((c) => e.claims.has(c))) return true;
      let shared = 0;
      for (const x of w) if (e.words.has(x)) shared++;
      return w.size + e.words.size > 0 && (2 * shared) / (w.size + e.words.size) >= SAME_EVENT;
    });
    if (same) {
      same.mentions.push(m);
      for (const c of claims) same.claims.add(c);
    } else events.push({ mentions: [m], words: new Set(w), claims: new Set(claims) });
  }
  const articles = (e: { mentions: DatedMention[] }): number => new Set(e.mentions.map((m) => m.articleId)).size;
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => articles(b.e) - articles(a.e) || a.i - b.i)
    .slice(0, MAX_EVENTS_PER_DAY)
    .map(({ e }) => e.mentions);
}

function cut(text: string): string {
  if (text.length <= MAX_EVENT_CHARS) return text;
  return text.slice(0, text.lastIndexOf(" ", MAX_EVENT_CHARS)) + " …";
}
