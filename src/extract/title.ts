/**
 * Titles without the site's name: "Headline | Section | example.com" → "Headline".
 * A segment is dropped when it names the site (its name, its domain) or is only a date, or,
 * for pipe-separated titles, when it is not the longest segment: pipes separate site
 * furniture, dashes can be part of a headline ("Venezuela's Maduro Seeks ... – Washington
 * Post" names a source).
 */
import type { Languages } from "../lang/languages.js";
import { findDate } from "./dates.js";
import type { Heading } from "./html/pageLines.js";
import { letterKey } from "../text/keys.js";
import { wordsOf } from "../text/index.js";

/** Separators sites put between a headline and their own name or section; dashes may be the headline's. */
const FURNITURE = /\s(?:\||»|«|::)\s|[|｜]|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}！？」』）])[-_－–—]/u;
/** Spaced separators anywhere; unspaced pipes; and dashes glued to CJK text ("…的城！-新华网"), where a headline has no spaces. */
const SEPARATOR = /\s+(?:\||–|—|-|·|•|::|»|«|\/|~)\s+|\s*[|｜]\s*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}！？」』）])[-_－–—]/u;
/** A domain written as a title segment (`london-news.example.com`). */
const DOMAIN = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/iu;

/** An h1 of one word is a logo or a section name ("Home", "Blog"), not the headline. */
const MIN_H1_WORDS = 2;

/** Soft hyphens and zero-width characters: invisible, but they make two spellings of a headline differ. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

export function namesSite(segment: string, sites: readonly string[]): boolean {
  const f = letterKey(segment);
  if (!f) return true;
  if (DOMAIN.test(segment.trim())) return true;
  return sites.some((s) => {
    const g = letterKey(s.replace(/^www\./, "").replace(/\.[a-z]{2,}$/i, ""));
    return g.length > 2 && (f === g || (f.length >= 4 && (g.includes(f) || f.includes(g)) && Math.min(f.length, g.length) / Math.max(f.length, g.length) > 0.5));
  });
}

/** A blog's date header ("Samstag, 5. Oktober 2013") set as a heading: a date and at most a weekday. */
function dateHeader(t: string, languages: Languages): boolean {
  const d = findDate(t, languages);
  return d !== null && wordsOf(`${t.slice(0, d.start)} ${t.slice(d.end)}`).length <= 1;
}

/** A segment that is only a date ("23.01.2022", "11/05/2022"): the page's stamp, not its headline. */
function onlyDate(segment: string, languages: Languages): boolean {
  const d = findDate(segment, languages);
  return d !== null && letterKey(segment.slice(0, d.start) + segment.slice(d.end)) === "";
}

/** A spaced colon separates a site's name too ("Headline : Blog name"), but French typography spaces every colon: only a site-naming end is cut. */
const SPACED_COLON = /\s+:\s+/;

export function cleanTitle(raw: string | null | undefined, languages: Languages, sites: readonly string[] = []): string | null {
  const t = cleanSegments(raw, sites, languages);
  if (!t) return t;
  const parts = t.split(SPACED_COLON);
  if (parts.length < 2) return trimSeparators(t);
  const drop = (s: string) => namesSite(s, sites) || onlyDate(s, languages);
  if (drop(parts[parts.length - 1] as string)) parts.pop();
  else if (drop(parts[0] as string)) parts.shift();
  return trimSeparators(parts.length ? parts.join(" : ") : t);
}

/** A separator left dangling at an end ("Headline -" where a CMS left the site name empty). */
function trimSeparators(t: string): string {
  return t.replace(/^[\s|｜–—·•:-]+|[\s|｜–—·•:-]+$/gu, "") || t;
}

function cleanSegments(raw: string | null | undefined, sites: readonly string[], languages: Languages): string | null {
  if (!raw) return null;
  const title = squash(raw);
  if (!title) return null;
  const segments = title.split(SEPARATOR);
  if (segments.length === 1) return title;
  let kept = segments.filter((s) => !namesSite(s, sites) && !onlyDate(s, languages));
  if (kept.length === 0) return segments[0] ?? title;
  if (kept.length === segments.length) {
    // Nothing named the site: only pipes and guillemets are trusted to be furniture.
    if (!FURNITURE.test(title)) return title;
    kept = [kept.reduce((a, b) => (b.length > a.length ? b : a))];
  }
  if (kept.length > 1 && FURNITURE.test(title)) kept = [kept.reduce((a, b) => (b.length > a.length ? b : a))];
  // Re-join what is left with the original separators between neighbours.
  if (kept.length === 1) return (kept[0] as string).trim();
  const first = title.indexOf(kept[0] as string);
  const last = kept[kept.length - 1] as string;
  return title.slice(first, title.lastIndexOf(last) + last.length).trim();
}

export interface TitleCandidates {
  readonly og: string | null;
  readonly twitter?: string | null;
  readonly tag: string | null;
  readonly h1: string | null;
  readonly jsonLd: string | null;
}

/**
 * Picks the page's headline among what the markup offers, by agreement: a visible heading
 * that says what the declared titles say wins, in its visible spelling; a kicker or a date
 * set apart inside the heading is dropped when the rest is what the declared titles say (or
 * its class names it a kicker); headings holding the site's name or logo are passed over.
 */
export function chooseTitle(
  c: TitleCandidates,
  given: readonly string[],
  languages: Languages,
  nearBody: string | null = null,
  headings: readonly Heading[] = [],
): string | null {
  const sites = [...given, ...siteHeadings(headings, c.tag)];
  const og = cleanTitle(c.og, languages, sites);
  const twitter = cleanTitle(c.twitter, languages, sites);
  const ld = cleanTitle(c.jsonLd, languages, sites);
  const titled = [og, ld, twitter].filter((t): t is string => !!t);
  // The <title> segment that og:title or JSON-LD declares, when there is one; else the cleaned <title>.
  const tag = (c.tag ? squash(c.tag).split(SEPARATOR).find((s) => titled.some((t) => letterKey(t) === letterKey(s))) : undefined) ?? cleanTitle(c.tag, languages, sites);
  const declared = [...titled, tag].filter((t): t is string => !!t);
  const folded = declared.map(letterKey);
  // A heading matches the <title> only on pages without og:title or JSON-LD: a section name ("News - Site") is a <title> too.
  const matched = titled.length ? titled : declared;
  // The first part of an og:title split by separators is the headline's place ("Headline | example.ch | Slogan"):
  // a visible heading that says it agrees with the markup even when cleaning kept a longer slogan. Not the
  // <title>'s first part: many sites put their name or section there ("Blog name » Archive » Headline").
  const leading = [c.og].flatMap((raw) => {
    const parts = raw ? squash(raw).split(SEPARATOR) : [];
    return parts.length > 1 && parts[0] && !namesSite(parts[0], sites) ? [parts[0].trim()] : [];
  });
  const equalsDeclared = (t: string) => [...matched, ...leading].find((d) => letterKey(d) === letterKey(t));
  const site = (t: string) => namesSite(t, sites) || headings.some((h) => h.logo && letterKey(h.text) === letterKey(t));
  // h1s, then h2s whose class calls them the headline ("entry-title", "article-headline").
  const visible = [...headings.filter((h) => h.level === 1), ...headings.filter((h) => h.level === 2 && h.titleClass)].filter((h) => !h.logo && !site(h.text));
  // A kicker set apart in a heading and named so by its class is not part of the headline.
  const kickerFree = (t: string) => {
    const f = letterKey(t);
    // Without such a class: when a declared title holds the rest of the heading but not the kicker with it.
    const h = headings.find((x) => x.main && letterKey(x.text) === f && (x.kickerClass || folded.some((d) => d.includes(letterKey(x.main as string)) && !d.includes(f))));
    return h?.main ?? t;
  };
  // An h1 (or its part without a kicker or a trailing stamp) that is a declared title.
  for (const h of visible) {
    for (const v of [h.text, h.main, h.lead]) {
      const d = v ? equalsDeclared(v) : undefined;
      // The visible spelling (its dashes, ellipses), unless only soft hyphens tell the declared one apart.
      if (v && d) return kickerFree(d.replace(INVISIBLE, "") === v ? d : v);
    }
  }
  const pick = (raw: string | null) => {
    if (!raw) return null;
    const t = cleanTitle(raw, languages, sites);
    return t && !site(t) && !dateHeader(t, languages) ? kickerFree(t) : null;
  };
  const h1 = pick(c.h1);
  const near = pick(nearBody);
  const agrees = (h: string) => matched.map(letterKey).some((d) => d.includes(letterKey(h)) || letterKey(h).includes(d));
  if (near && letterKey(near) && agrees(near)) return near;
  // The visible headline wins when the metadata agrees it is the headline, or when it is a
  // real headline at all: on trafilatura-eval the page's h1 is the gold title far more often
  // than og:title or <title> (which carry sections and slogans).
  if (h1 && agrees(h1)) return h1;
  if (near && near.split(" ").length >= MIN_H1_WORDS) return near;
  if (h1 && h1.split(" ").length >= MIN_H1_WORDS) return h1;
  return og ?? ld ?? twitter ?? tag ?? h1;
}

/** Every separator between a <title>'s parts, the spaced colon included. */
const TITLE_PARTS = new RegExp(`${SEPARATOR.source}|${SPACED_COLON.source}`, "u");

/** The parts of the <title> that are not the chosen headline: the site's name, its slogan, a section. */
export function titleAffixes(tag: string | null, title: string | null): string[] {
  if (!tag) return [];
  const t = title ? letterKey(title) : "";
  return squash(tag)
    .split(TITLE_PARTS)
    .filter((s) => letterKey(s) !== "" && !t.includes(letterKey(s)));
}

/**
 * Headings that hold the site's name: a logo heading, or an h1 that is one of the <title>'s
 * segments after its first, and not its longest ("Headline : Blog name | Slogan" with the h1
 * "Blog name"; a first segment is the headline's place).
 */
function siteHeadings(headings: readonly Heading[], tag: string | null): string[] {
  const segments = tag ? squash(tag).split(TITLE_PARTS).map(letterKey) : [];
  const longest = Math.max(0, ...segments.map((s) => s.length));
  const affix = (f: string) => segments.indexOf(f) > 0 && f.length < longest;
  return headings.filter((h) => h.logo || (h.level === 1 && affix(letterKey(h.text)))).map((h) => h.text);
}
