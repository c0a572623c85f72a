/**
 * The article's publication date among what an HTML page offers: metadata (JSON-LD,
 * meta, time, itemprop), datelines near the article's start, and the URL's date path.
 */
import { dateFromUrl, normaliseDate } from "./dates.js";

/** A dateline is short; a date inside a long paragraph is usually about an event, not the article. */
const MAX_DATELINE_CHARS = 120;
/** Timestamps in UTC ("Z", "+00:00") may fall on the next or previous day of the newsroom's own date. */
const UTC = /(?:Z|[+-]00:?00)\s*$/;
const DAY_MS = 86_400_000;

function dayGap(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY_MS;
}

export function choosePublished(
  metaDates: readonly string[],
  nearStart: readonly string[],
  url: string | null,
  monthFirst: boolean,
  nearEnd: readonly string[] = [],
): { published: string | null; warning: string | null } {
  const meta = metaDates.map((raw) => ({ raw, value: normaliseDate(raw, monthFirst) })).filter((d): d is { raw: string; value: string } => !!d.value);
  const near = nearStart.filter((t) => t.length <= MAX_DATELINE_CHARS).map((t) => normaliseDate(t, monthFirst)).filter((d): d is string => !!d);
  const urlDay = dateFromUrl(url);
  // The URL's date is the day the CMS filed the story: the candidate that agrees with it is
  // the published date, not a last-modified one.
  if (urlDay) {
    const agreeing = [...meta.map((d) => d.value), ...near].find((d) => d.slice(0, 10) === urlDay);
    if (agreeing) return { published: agreeing, warning: null };
  }
  const first = meta[0];
  if (first) {
    // A UTC timestamp a day off the page's own dateline: the dateline has the local day.
    const local = UTC.test(first.raw.trim()) ? near.find((d) => dayGap(d, first.value) <= 1 && d.slice(0, 10) !== first.value.slice(0, 10)) : undefined;
    return { published: local ?? first.value, warning: null };
  }
  if (near[0]) return { published: near[0], warning: "publication date read from the page text near the article's start (medium confidence)" };
  if (urlDay) return { published: urlDay, warning: "publication date inferred from the URL (day precision, medium confidence)" };
  const after = nearEnd.filter((t) => t.length <= MAX_DATELINE_CHARS).map((t) => normaliseDate(t, monthFirst)).find((d) => d);
  if (after) return { published: after, warning: "publication date read from a line below the article (low confidence: may be an update or copyright date)" };
  return { published: null, warning: null };
}
