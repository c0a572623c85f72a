/**
 * Titles without the site's name: "Headline | Section | example.com" → "Headline".
 * A segment is dropped when it names the site (its name, its domain) or, for pipe-separated
 * titles, when it is not the longest segment: pipes separate site furniture, dashes can be
 * part of a headline ("Venezuela's Maduro Seeks ... – Washington Post" names a source).
 */

/** Separators sites put between a headline and their own name or section; dashes may be the headline's. */
const FURNITURE = /\s(?:\||»|«|::)\s/;
const SEPARATOR = /\s+(?:\||–|—|-|·|•|::|»|«|\/|~)\s+/;
/** A domain written as a title segment (`london-news.example.com`). */
const DOMAIN = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/iu;

/** An h1 of one word is a logo or a section name ("Home", "Blog"), not the headline. */
const MIN_H1_WORDS = 2;

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function namesSite(segment: string, sites: readonly string[]): boolean {
  const f = fold(segment);
  if (!f) return true;
  if (DOMAIN.test(segment.trim())) return true;
  return sites.some((s) => {
    const g = fold(s.replace(/^www\./, "").replace(/\.[a-z]{2,}$/i, ""));
    return g.length > 2 && (f === g || (f.length >= 4 && (g.includes(f) || f.includes(g)) && Math.min(f.length, g.length) / Math.max(f.length, g.length) > 0.5));
  });
}

export function cleanTitle(raw: string | null | undefined, sites: readonly string[] = []): string | null {
  if (!raw) return null;
  const title = raw.replace(/\s+/g, " ").trim();
  if (!title) return null;
  const segments = title.split(SEPARATOR);
  if (segments.length === 1) return title;
  let kept = segments.filter((s) => !namesSite(s, sites));
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

/** Picks the page's headline among what the markup offers. */
export function chooseTitle(
  c: { og: string | null; tag: string | null; h1: string | null; jsonLd: string | null },
  sites: readonly string[],
  nearBody: string | null = null,
): string | null {
  const og = cleanTitle(c.og, sites);
  const tag = cleanTitle(c.tag, sites);
  const ld = cleanTitle(c.jsonLd, sites);
  const h1 = c.h1 ? c.h1.replace(/\s+/g, " ").trim() : null;
  const declared = [og, ld, tag].filter((t): t is string => !!t);
  const agrees = (h: string) => declared.some((d) => fold(d).includes(fold(h)) || fold(h).includes(fold(d)));
  if (nearBody && fold(nearBody) && agrees(nearBody)) return nearBody;
  // The visible headline wins when the metadata agrees it is the headline, or when it is a
  // real headline at all: on trafilatura-eval the page's h1 is the gold title far more often
  // than og:title or <title> (which carry sections and slogans).
  if (h1 && declared.some((d) => fold(d).includes(fold(h1)) || fold(h1).includes(fold(d)))) return h1;
  if (nearBody && nearBody.split(" ").length >= MIN_H1_WORDS) return nearBody;
  if (h1 && h1.split(" ").length >= MIN_H1_WORDS) return h1;
  return og ?? ld ?? tag ?? h1;
}
