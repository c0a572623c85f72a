/**
 * Outlet names from domains: "themoscowtimes.com" → "The Moscow Times" when the label splits
 * cleanly into words the article itself uses or newspapers name themselves with; otherwise
 * the host as it is (a guess is worse than the domain).
 */
import { type Languages, perLanguages } from "../lang/languages.js";
import { letterKey } from "../text/keys.js";

const outletWordsOf = perLanguages((languages) => new Set(languages.every("boilerplate").flatMap((b) => b.outletWords ?? []).map((w) => w.toLowerCase())));
/** Second-level labels under a country code that are not the site's name (example.co.uk). */
const GENERIC_SECOND_LEVEL = /^(co|com|net|org|gov|ac|edu|news)$/;
/** Shorter pieces are too easy to find by chance ("a", "to"): a split using them is a guess. */
const MIN_PIECE = 3;

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

function siteLabel(host: string): string {
  const labels = host.split(".");
  if (labels.length >= 3 && GENERIC_SECOND_LEVEL.test(labels[labels.length - 2] as string)) return labels[labels.length - 3] as string;
  return labels.length >= 2 ? (labels[labels.length - 2] as string) : (labels[0] as string);
}

export function outletFromHost(host: string | null, text: string, languages: Languages): string | null {
  if (!host) return null;
  const outletWords = outletWordsOf(languages);
  const label = siteLabel(host);
  if (!/^[a-z]+$/.test(label)) return host;
  const spelled = new Map<string, string>();
  for (const w of text.match(/\p{L}+/gu) ?? []) {
    const k = w.toLowerCase();
    if (/^\p{Lu}/u.test(w) || !spelled.has(k)) spelled.set(k, w);
  }
  const known = (w: string) => w === "the" || (w.length >= MIN_PIECE && (spelled.has(w) || outletWords.has(w)));
  // Fewest pieces that cover the label, each a known word.
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= label.length; i++) {
    best[i] = null;
    for (let j = 0; j < i; j++) {
      const prev = best[j];
      const piece = label.slice(j, i);
      if (prev && known(piece) && (!best[i] || prev.length + 1 < (best[i] as string[]).length)) best[i] = [...prev, piece];
    }
  }
  const pieces = best[label.length];
  if (!pieces || pieces.length < 2) return host;
  return pieces.map((p) => spelled.get(p) && /^\p{Lu}/u.test(spelled.get(p) as string) ? (spelled.get(p) as string) : p[0]?.toUpperCase() + p.slice(1)).join(" ");
}

/** Most words of a site's name as a <title> gives it ("Портовый обозреватель", "The Northern Observer Online"). */
const MAX_TITLE_OUTLET_WORDS = 5;
/** Chrome blocks before the article a masthead is found among: a consent banner and a skip link may come first. */
const MASTHEAD_BLOCKS = 6;
/** A copyright line: it names the site's owner. */
const COPYRIGHT = /©|\(c\)|copyright/iu;

/**
 * The site's name as its <title> gives it beside the headline ("Headline - Coastal Times",
 * "Eastgate Herald :: Headline"): the <title>'s last or first segment outside the headline (the
 * last first, where sites put their names: "Opinion | Headline - The New York Times"), of a few
 * words, that the page's chrome repeats as its masthead (a block of its own among the first
 * before the headline) or in its copyright line ("© 2025 Velmaria Today Broadcasting"). A
 * section or a slogan the menu or a sidebar repeats is not read as one. `chrome`: the blocks
 * removed from the page, in page order.
 */
export function outletFromTitle(affixes: readonly string[], chrome: readonly string[], headline: string | null): string | null {
  const keys = chrome.map(letterKey);
  const headlineAt = headline ? keys.indexOf(letterKey(headline)) : -1;
  const masthead = new Set(keys.slice(0, headlineAt >= 0 ? Math.min(headlineAt, MASTHEAD_BLOCKS) : MASTHEAD_BLOCKS).filter((k) => k.length > 0));
  // A copyright line's words, so a name is found whole in it ("Sport" is not in "© 2025 Transport Weekly").
  const words = (t: string): string => ` ${t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ")} `;
  const copyright = chrome.filter((c) => COPYRIGHT.test(c)).map(words);
  const ends = [...new Set([affixes.at(-1), affixes[0]])].filter((a): a is string => a !== undefined).map((a) => a.trim());
  for (const a of ends) {
    const key = letterKey(a);
    if (key.length < MIN_PIECE || a.split(/\s+/).length > MAX_TITLE_OUTLET_WORDS || /\d/.test(a)) continue;
    if (masthead.has(key) || copyright.some((c) => c.includes(words(a)))) return a;
  }
  return null;
}
