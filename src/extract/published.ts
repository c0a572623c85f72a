/**
 * The article's publication date among what an HTML page offers, in the order htmldate
 * trusts them: the declared publication date (JSON-LD, meta, itemprop), checked against
 * the dateline a reader sees under the headline; then that dateline alone; datelines near
 * the body's start; `<time>` and date-classed elements; the URL's date path; and only then
 * a last-modified date or a line below the article.
 */
import { type Languages, perLanguages } from "../lang/languages.js";
import type { DateCandidate } from "./html/metadata.js";
import { type FoundDate, dateFromUrl, findDate, findShortYearDate, normaliseDate } from "./dates.js";
import { wordsOf } from "../text/index.js";
import { escapeRegExp } from "../regexp.js";

/** "Updated Mar 12, 2020", "aktualisiert am 3.2.2021": the date after such a word is a revision's. */
const updatedOf = perLanguages((languages) => {
  const updatedCues = [...new Set(languages.every("dates").flatMap((k) => k.updatedCues ?? []))].map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}])(?:${updatedCues.join("|")})(?![\\p{L}])`, "iu");
});

/** A dateline is short; a date inside a long paragraph is usually about an event, not the article. */
const MAX_DATELINE_CHARS = 120;
/** A timestamp given in UTC ("Z", "+00:00", "GMT"): the newsroom's own day may be the next or the previous one. */
const UTC = /(?:Z|[+-]00:?00|\bGMT|\bUTC)\s*$/i;
/**
 * Time zones lie within 14 hours of UTC: a visible local time further than this from a UTC
 * timestamp is another event (a teaser's date), not the same moment written locally.
 */
const MAX_ZONE_HOURS = 14;
/**
 * A dateline says little besides the date: "Stand: 28.04.2020, 18:00 Uhr", "By Jane Roe | 12 May 2020",
 * "Updated 2010 GMT (0410 HKT) March 14, 2021". More words than this around the date make it a
 * sentence, a quote or an event notice ("Ab 1. März 2024 die neue Rathauschefin ..."). Set on
 * trafilatura-eval's even half.
 */
const MAX_DATELINE_WORDS = 4;
/** The westernmost time zone, UTC-12. */
const WEST_MOST_HOURS = 12;
const DAY_MS = 86_400_000;
/** Length of a normalised value with a time ("YYYY-MM-DDTHH:MM"). */
const MINUTE_PRECISION = 16;
const HOUR_MS = 3_600_000;

interface Dated {
  readonly raw: string;
  readonly value: string;
}

const day = (d: string) => d.slice(0, 10);

/** The signature line of an embedded post or a quote ("— Jane Roe (@jroe) May 16, 2018"): its date is the post's. */
const EMBED_SIGNATURE = /^\s*[—–-]\s|\(@\w+\)/;
/**
 * Where a dateline glued to the front of a lede ends: "Pressemitteilung vom 25. Januar 2022 | Berlin – Die ...",
 * "3. März 2020 – Die Stadt ...". A bar or a spaced dash, as news datelines set them off.
 */
const LEAD_SEPARATOR = /\s(?:\||[–—-])\s/;

/**
 * The lines to read datelines from: short lines as they are, a long line by the part before its first
 * separator when that part is a dateline (a date and at most MAX_DATELINE_WORDS words), and multi-line
 * blocks line by line.
 */
function datelineTexts(texts: readonly string[], monthFirst: boolean, languages: Languages): string[] {
  return texts.flatMap((t) => t.split(/\n+/)).flatMap((t) => {
    if (t.length <= MAX_DATELINE_CHARS) return [t];
    const cut = LEAD_SEPARATOR.exec(t);
    const lead = cut && cut.index <= MAX_DATELINE_CHARS ? t.slice(0, cut.index) : null;
    return lead && findDate(lead, languages, monthFirst) && isDateline(lead, monthFirst, languages) ? [lead] : [];
  });
}

function dated(raws: readonly string[], monthFirst: boolean, languages: Languages): Dated[] {
  return raws.flatMap((raw) => {
    const value = normaliseDate(raw, languages, monthFirst);
    return value ? [{ raw, value }] : [];
  });
}

/** Two readings of one moment: a UTC timestamp and a local time a whole number of quarter hours away, within a zone's reach. */
function sameMoment(utc: Dated, local: string): boolean {
  if (!UTC.test(utc.raw.trim()) || utc.value.length < MINUTE_PRECISION || local.length < MINUTE_PRECISION) return false;
  const gap = Date.parse(`${local}:00Z`) - Date.parse(`${utc.value}:00Z`);
  return Math.abs(gap) <= MAX_ZONE_HOURS * HOUR_MS && gap % (HOUR_MS / 4) === 0;
}

/** The local day of a UTC timestamp in some time zone (UTC-12 to UTC+14) is `localDay`. */
function dayInSomeZone(utc: Dated, localDay: string): boolean {
  if (!UTC.test(utc.raw.trim()) || utc.value.length < MINUTE_PRECISION) return false;
  const t = Date.parse(`${utc.value}:00Z`);
  const d = day(localDay);
  return day(new Date(t - WEST_MOST_HOURS * HOUR_MS).toISOString()) === d || day(new Date(t + MAX_ZONE_HOURS * HOUR_MS).toISOString()) === d;
}

/** The first line with a date; a two-digit year ("31.10.23") counts only on a line that is a dateline. */
function firstDateline(texts: readonly string[], monthFirst: boolean, languages: Languages): Dated | undefined {
  for (const raw of texts) {
    const value = normaliseDate(raw, languages, monthFirst);
    if (value) return { raw, value };
    const short = findShortYearDate(raw, languages);
    if (short && isDateline(raw, monthFirst, languages, short)) return { raw, value: short.value };
  }
  return undefined;
}

/** A line that says little besides its date (see MAX_DATELINE_WORDS). */
function isDateline(line: string, monthFirst: boolean, languages: Languages, f: FoundDate | null = findDate(line, languages, monthFirst) ?? findShortYearDate(line, languages)): boolean {
  if (!f) return false;
  // Only the date's own segment counts when a bar or spaced dash sets it apart: "05.02.2020 - Redaktion: Jane Roe (press office)".
  const before = line.slice(0, f.start);
  const after = line.slice(f.end);
  const from = Math.max(...[...before.matchAll(new RegExp(LEAD_SEPARATOR, "g"))].map((m) => m.index + m[0].length), 0);
  const to = LEAD_SEPARATOR.exec(after)?.index ?? after.length;
  const rest = before.slice(from) + after.slice(0, to);
  return wordsOf(rest).filter((w) => w.length >= 2).length <= MAX_DATELINE_WORDS;
}

/** A date given as an update's ("Updated Mar 12, 2020"). */
function isRevision(line: string, monthFirst: boolean, languages: Languages): boolean {
  const cue = updatedOf(languages).exec(line);
  const date = findDate(line, languages, monthFirst) ?? findShortYearDate(line, languages);
  return cue !== null && date !== null && cue.index < date.start;
}

/**
 * The declared publication date. When a page declares several that differ (a CMS's creation date in
 * JSON-LD, the release date in a meta tag), the one a visible date confirms, if the first is not confirmed.
 */
function confirmedDeclared(declared: readonly Dated[], seen: readonly (string | undefined)[]): Dated | undefined {
  const first = declared[0];
  if (!first) return undefined;
  const days = new Set(seen.filter((v): v is string => !!v).map(day));
  if (days.has(day(first.value))) return first;
  return declared.find((d) => days.has(day(d.value))) ?? first;
}

function dayGap(a: string, b: string): number {
  return Math.abs(Date.parse(day(a)) - Date.parse(day(b))) / DAY_MS;
}

export function choosePublished(
  metaDates: readonly (string | DateCandidate)[],
  nearStart: readonly string[],
  url: string | null,
  monthFirst: boolean,
  languages: Languages,
  nearEnd: readonly string[] = [],
  nearHeadline: readonly string[] = [],
): { published: string | null; warning: string | null } {
  const candidates = metaDates.map((d): DateCandidate => (typeof d === "string" ? { raw: d, source: "published" } : d));
  const of = (source: DateCandidate["source"]) => dated(candidates.filter((c) => c.source === source).map((c) => c.raw), monthFirst, languages);
  const lines = (texts: readonly string[]) => dated(texts.filter((t) => t.length <= MAX_DATELINE_CHARS), monthFirst, languages);
  const underHeadline = firstDateline(datelineTexts(nearHeadline, monthFirst, languages), monthFirst, languages);
  const near = lines(nearStart);
  // When the headline was not found (or shows no date), the datelines a reader sees just above the body stand in for it.
  const visible =
    underHeadline ?? firstDateline(datelineTexts(nearStart, monthFirst, languages).filter((t) => isDateline(t, monthFirst, languages) && !isRevision(t, monthFirst, languages) && !EMBED_SIGNATURE.test(t)), monthFirst, languages);
  const declared = confirmedDeclared(of("published"), [visible?.value, ...of("time").map((d) => d.value), ...of("class").map((d) => d.value)]);
  if (declared) {
    if (visible && day(visible.value) === day(declared.value)) {
      // The same day: the visible time is the newsroom's clock, the declared one may be UTC.
      return { published: UTC.test(declared.raw.trim()) && visible.value.length >= MINUTE_PRECISION ? visible.value : declared.value, warning: null };
    }
    if (visible && (sameMoment(declared, visible.value) || dayInSomeZone(declared, visible.value))) return { published: visible.value, warning: null };
    // Day and month swapped (05/08/2019 read the other way round) is the same date, not a disagreement.
    if (visible && normaliseDate(visible.raw, languages, !monthFirst)?.slice(0, 10) === day(declared.value)) return { published: declared.value, warning: null };
    // Otherwise the date a reader sees under the headline wins: on trafilatura-eval's even half,
    // declared dates that disagree with it are more often a CMS's creation or import date than
    // the article's own date. Only a real dateline counts, not a date inside a sentence or quote,
    // nor the date of an update ("Updated Mar 12, 2020"), which is not the publication's.
    if (visible && isDateline(visible.raw, monthFirst, languages) && !isRevision(visible.raw, monthFirst, languages)) return { published: visible.value, warning: null };
    // A UTC timestamp a day off the page's own dateline: the dateline has the local day.
    const local = near.find((d) => dayGap(d.value, declared.value) <= 1 && day(d.value) !== day(declared.value) && (d.value.length < MINUTE_PRECISION || sameMoment(declared, d.value)));
    if (local && UTC.test(declared.raw.trim())) return { published: local.value, warning: null };
    return { published: declared.value, warning: null };
  }
  if (underHeadline) return { published: underHeadline.value, warning: "publication date read from the dateline under the headline (medium confidence)" };
  if (near[0]) return { published: near[0].value, warning: "publication date read from the page text near the article's start (medium confidence)" };
  const marked = [...of("time"), ...of("class")][0];
  if (marked) return { published: marked.value, warning: "publication date read from a date element of the page (medium confidence)" };
  const urlDay = dateFromUrl(url);
  if (urlDay) return { published: urlDay, warning: "publication date inferred from the URL (day precision, medium confidence)" };
  const modified = of("modified")[0];
  if (modified) return { published: modified.value, warning: "publication date taken from the last-modified date (low confidence)" };
  // Below the article, a footer may give the last change before the publication ("Letzte Änderung: …  Erschienen am: …"):
  // the publication first; a revision date only when it is all there is (a page's one date, as its readers see it).
  const below = datelineTexts(nearEnd, monthFirst, languages);
  const after = dated(below.filter((t) => !isRevision(t, monthFirst, languages)), monthFirst, languages)[0] ?? dated(below, monthFirst, languages)[0];
  if (after) return { published: after.value, warning: "publication date read from a line below the article (low confidence: may be an update or copyright date)" };
  return { published: null, warning: null };
}
