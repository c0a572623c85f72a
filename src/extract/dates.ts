/**
 * Dates as written on pages and in scrapes → "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", keeping
 * only the precision the source gives (a date without a time stays a date) and the
 * source's own clock (no time-zone conversion: "21:32" on the page is "T21:32").
 * Month names come from the DateKnowledge of every language given.
 */
import { type Languages, perLanguages } from "../lang/languages.js";
import { escapeRegExp } from "../regexp.js";



/** Years outside this range are page furniture (copyright lines, ids), not publication dates. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** Characters allowed between a date and its time ("31 октября 2025, пятница, 22:23"). */
const TIME_GAP = 24;

const ISO = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2}))?/;
const NUMERIC_DMY = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/;
/** After a written year: no further digit, unless a time is glued to it ("3 de mayo de 202221:25", inline elements joined). */
const YEAR_END = "(?:(?=\\d{1,2}:\\d{2})|(?!\\d))";

/** Written dates in the languages' month names, compiled once per Languages value. */
const written = perLanguages((languages) => {
  const monthNames: ReadonlyMap<string, number> = new Map(languages.every("dates").flatMap((k) => [...k.months]));
  const MONTH = [...monthNames.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  return {
    monthNames,
    DAY_MONTH_YEAR: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|º)?\\s*(?:de\\s+)?(${MONTH})\\.?,?\\s*(?:de\\s+|del\\s+)?(\\d{4})${YEAR_END}`, "iu"),
    // "\s*" before the year: some templates glue them ("Feb 182009").
    MONTH_DAY_YEAR: new RegExp(`(?<![\\p{L}])(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})${YEAR_END}`, "iu"),
    SHORT_WRITTEN: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(${MONTH})\\.?\\s+(\\d{2})(?![\\d.:])`, "iu"),
  };
});
const CJK = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const TIME = /(?<!\d)(\d{1,2})[:.h](\d{2})(?!\d)(?:\s*([ap])\.?\s?m\.?)?/i;

export interface FoundDate {
  readonly value: string;
  /** Where the date starts and ends in the input. */
  readonly start: number;
  readonly end: number;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function valid(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function withTime(date: string, rest: string): string {
  const gap = rest.slice(0, TIME_GAP + 8);
  const t = TIME.exec(gap);
  if (!t || t.index > TIME_GAP || /\d/.test(gap.slice(0, t.index))) return date;
  let h = Number(t[1]);
  const min = Number(t[2]);
  if (t[3]) h = (h % 12) + (t[3].toLowerCase() === "p" ? 12 : 0);
  if (h > 23 || min > 59) return date;
  return `${date}T${pad(h)}:${pad(min)}`;
}

/**
 * The first date in `text`. `monthFirst` reads ambiguous numeric dates (03/04/2025) as
 * month/day, the American order; otherwise day/month.
 */
export function findDate(text: string, languages: Languages, monthFirst = false): FoundDate | null {
  const { monthNames, DAY_MONTH_YEAR, MONTH_DAY_YEAR } = written(languages);
  const found: FoundDate[] = [];
  const iso = ISO.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (valid(y, m, d)) {
      let value = `${y}-${pad(m)}-${pad(d)}`;
      if (iso[4] && Number(iso[4]) < 24 && Number(iso[5]) < 60) value += `T${pad(Number(iso[4]))}:${iso[5]}`;
      found.push({ value, start: iso.index, end: iso.index + iso[0].length });
    }
  }
  const num = NUMERIC_DMY.exec(text);
  if (num) {
    let [a, b] = [Number(num[1]), Number(num[3])];
    const y = Number(num[4]);
    const american = num[2] === "/" && (a <= 12 && b > 12 ? true : b <= 12 && a > 12 ? false : monthFirst);
    if (american) [a, b] = [b, a];
    if (valid(y, b, a)) {
      const end = num.index + num[0].length;
      found.push({ value: withTime(`${y}-${pad(b)}-${pad(a)}`, text.slice(end)), start: num.index, end });
    }
  }
  for (const [re, order] of [[DAY_MONTH_YEAR, "dmy"], [MONTH_DAY_YEAR, "mdy"]] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const month = monthNames.get((order === "dmy" ? m[2] : m[1])?.toLowerCase() ?? "");
    const day = Number(order === "dmy" ? m[1] : m[2]);
    const y = Number(m[3]);
    if (month && valid(y, month, day)) {
      const end = m.index + m[0].length;
      found.push({ value: withTime(`${y}-${pad(month)}-${pad(day)}`, text.slice(end)), start: m.index, end });
    }
  }
  const cjk = CJK.exec(text);
  if (cjk && valid(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]))) {
    const end = cjk.index + cjk[0].length;
    found.push({ value: withTime(`${cjk[1]}-${pad(Number(cjk[2]))}-${pad(Number(cjk[3]))}`, text.slice(end)), start: cjk.index, end });
  }
  if (found.length === 0) return null;
  return found.reduce((best, f) => (f.start < best.start ? f : best));
}

/** A machine-readable or written date → the normalised form, or null. */
export function normaliseDate(value: string | null | undefined, languages: Languages, monthFirst = false): string | null {
  if (!value) return null;
  return findDate(value, languages, monthFirst)?.value ?? null;
}

/** A date in a URL path (/2019/08/02/ or /2019-08-02-): day precision at most. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html?|$)/.exec(url);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** Two-digit years: "31.10.23", "14 Gennaio 20". Only datelines are read this way: in running text "2.1.10" is a version. */
const SHORT_NUMERIC = /(?<![\d.,])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2})(?![\d.,]*\d)/;
/** Two-digit years are read in this century: news pages with such datelines are recent. */
const CENTURY = 2000;

/** A dateline's date with a two-digit year ("Von: Jane Roe | 31.10.23") → "YYYY-MM-DD", or null. */
export function findShortYearDate(text: string, languages: Languages): FoundDate | null {
  const { monthNames, SHORT_WRITTEN } = written(languages);
  const num = SHORT_NUMERIC.exec(text);
  if (num) {
    const [d, m, y] = [Number(num[1]), Number(num[2]), CENTURY + Number(num[3])];
    if (valid(y, m, d)) return { value: withTime(`${y}-${pad(m)}-${pad(d)}`, text.slice(num.index + num[0].length)), start: num.index, end: num.index + num[0].length };
  }
  const w = SHORT_WRITTEN.exec(text);
  const month = w ? monthNames.get((w[2] as string).toLowerCase()) : undefined;
  if (w && month) {
    const [d, y] = [Number(w[1]), CENTURY + Number(w[3])];
    if (valid(y, month, d)) return { value: `${y}-${pad(month)}-${pad(d)}`, start: w.index, end: w.index + w[0].length };
  }
  return null;
}

/** Whether slashed dates are month first on a page declared in `languageTag` ("en-US", "en-GB", "de"). */
export function monthFirstFor(languageTag: string | null, languages: Languages): boolean {
  const [lang, region] = (languageTag ?? "").toLowerCase().split(/[-_]/);
  const k = lang ? languages.pack(lang)?.dates : undefined;
  if (!k?.monthFirst) return false;
  return !(region && k.dayFirstRegions?.includes(region));
}
