/**
 * Which of two copies is the original, when the evidence says so; null otherwise.
 * Evidence, strongest first:
 * 1. one article names the other's outlet or links to its site (it cites its source);
 * 2. one article credits a source URL on the other's site ("Original url: ...");
 * 3. for a rewrite or translation, only one of the two carries a source URL line (even
 *    its own address, as republications print it): it holds that source's text, and the
 *    uncredited rewording derives from it;
 * 4. an earlier published date;
 * 5. for shingle copies, one text holds nearly all of the other and clearly more: copies
 *    cut, they rarely add;
 * 6. only one of the two states when it was published: the undated one cannot be shown
 *    to be earlier, and copies often drop the date with the rest of the provenance.
 */
import type { Article, CopyKind } from "../model.js";

/** How much longer (in words) the more complete text must be to count as the fuller source. */
const MORE_COMPLETE = 1.2;

/** Share of the shorter copy found in the fuller one: copies add a line or two of their own (a sign-off, a plug). */
const HOLDS_NEARLY_ALL = 0.8;

/** A line that is a bare URL, or a short label then a URL: how credits are written in any language. */
const CREDIT_LINE = /^[^\n]{0,40}?(https?:\/\/[^\s<>"]+)\s*$/gmu;

export interface CopyEvidence {
  readonly kind: CopyKind;
  /** Share of A's shingles found in B and of B's in A (0 when not measured). */
  readonly containedAinB: number;
  readonly containedBinA: number;
  readonly wordsA: number;
  readonly wordsB: number;
}

export function originalOf(a: Article, b: Article, e: CopyEvidence): string | null {
  if (cites(a, b) !== cites(b, a)) return cites(a, b) ? b.id : a.id;
  const [ca, cb] = [creditHosts(a), creditHosts(b)];
  const hb = facts(b).host;
  const ha = facts(a).host;
  const aCreditsB = hb !== null && hb !== ha && ca.has(hb);
  const bCreditsA = ha !== null && ha !== hb && cb.has(ha);
  if (aCreditsB !== bCreditsA) return aCreditsB ? b.id : a.id;
  if ((e.kind === "rewrite" || e.kind === "translation") && ca.size > 0 !== cb.size > 0) return ca.size > 0 ? a.id : b.id;
  if (a.published && b.published && a.published !== b.published) {
    const [pa, pb] = [a.published, b.published];
    // Dates of different precision compare only on the day both state.
    const day = Math.min(pa.length, pb.length);
    if (pa.slice(0, day) !== pb.slice(0, day)) return pa < pb ? a.id : b.id;
  }
  if (e.kind === "near-duplicate" || e.kind === "verbatim") {
    if (e.containedBinA >= HOLDS_NEARLY_ALL && e.wordsA >= MORE_COMPLETE * e.wordsB) return a.id;
    if (e.containedAinB >= HOLDS_NEARLY_ALL && e.wordsB >= MORE_COMPLETE * e.wordsA) return b.id;
  }
  if (!a.published !== !b.published) return a.published ? a.id : b.id;
  return null;
}

/**
 * What the rules read of one article, read once: a story of thousands of copies asks of each
 * article for every pair it is in (its text in lower case, the hosts it credits, whether it names
 * another's outlet or site), and each pair read the text again.
 */
interface ArticleFacts {
  readonly lowerText: string;
  readonly host: string | null;
  readonly credits: ReadonlySet<string>;
  /** Whether the lower-case text holds a word or host, asked before. */
  readonly holds: Map<string, boolean>;
}
const factsOf = new WeakMap<Article, ArticleFacts>();

function facts(a: Article): ArticleFacts {
  let f = factsOf.get(a);
  if (!f) factsOf.set(a, (f = { lowerText: a.text.toLowerCase(), host: host(a.url), credits: creditHostsOf(a), holds: new Map() }));
  return f;
}

function holds(a: Article, needle: string): boolean {
  const f = facts(a);
  let known = f.holds.get(needle);
  if (known === undefined) f.holds.set(needle, (known = f.lowerText.includes(needle)));
  return known;
}

/** Whether `a` names `b`'s outlet or site in its own text. */
function cites(a: Article, b: Article): boolean {
  const outlet = b.outlet?.toLowerCase();
  if (outlet && outlet.length >= 3 && outlet !== a.outlet?.toLowerCase() && holds(a, outlet)) return true;
  const h = facts(b).host;
  return h !== null && h !== facts(a).host && holds(a, h);
}

/** Sites named by standalone URL lines in an article's text or its dropped blocks. */
function creditHosts(a: Article): ReadonlySet<string> {
  return facts(a).credits;
}

function creditHostsOf(a: Article): Set<string> {
  const hosts = new Set<string>();
  for (const block of [a.text, ...a.removed]) {
    for (const m of block.matchAll(CREDIT_LINE)) {
      const h = host(m[1]!);
      if (h) hosts.add(h);
    }
  }
  return hosts;
}

function host(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    return null;
  }
}
