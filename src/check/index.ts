/**
 * `dossier check`: which stored articles bear on a claim a user types, each read as asserting,
 * denying or only reporting it, with its best quote and where that sentence's information
 * comes from; then one verdict line. The reading is the claims stage's stance reading
 * (src/claims/stance.ts): the same that FNC-1 measures through this command.
 */
import type { ClaimsConfig } from "../config.js";
import { findAttributions } from "../claims/attribution/rules.js";
import { stanceOf } from "../claims/stance.js";
import { readStanceText, type StanceText, stanceStems } from "../claims/stanceFeatures.js";
import { sourceName } from "../claims/citations.js";
import { type Languages, perLanguages } from "../lang/languages.js";
import type { Article, Story } from "../model.js";
import { idf } from "../text/measures.js";

export type CheckStance = "asserts" | "denies" | "reports";

export interface CheckedArticle {
  readonly articleId: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly stance: CheckStance;
  /** Probability, by the stance model, that the article is about the claim. */
  readonly relatedness: number;
  /** The sentence that bears most on the claim: an exact substring of the article's text. */
  readonly quote: string;
  /** Who that sentence names as its source, else the article's outlet. */
  readonly origin: string;
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
}

/**
 * Articles read closely per claim: those sharing the most rarity-weighted words with it. The
 * stance model costs a pass over the article; this bounds a claim's cost in a large store.
 */
const MAX_CANDIDATES = 300;

const STANCE_OF = { agree: "asserts", disagree: "denies", discuss: "reports" } as const;

/** Checks claims against articles: one index over the articles, then each claim against the articles sharing a rare word with it. */
export function checkClaims(
  claims: readonly ClaimToCheck[],
  articles: readonly Article[],
  config: ClaimsConfig,
  languages: Languages,
  stories: readonly Story[] = [],
): CheckResult[] {
  // Origins as the dossier traced them (citation chains, the article's lead source), by the sentence quoted.
  const traced = new Map<string, Array<{ quote: string; origin: string }>>();
  for (const story of stories)
    for (const claim of story.claims)
      for (const m of claim.mentions) traced.set(m.articleId, [...(traced.get(m.articleId) ?? []), { quote: m.quote, origin: m.origin }]);
  const stems = articles.map((a) => new Set(stanceStems(a.text, a.language, languages)));
  const df = new Map<string, number>();
  for (const set of stems) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  const weight = (s: string): number => idf(articles.length, df.get(s) ?? 0, 1) + 1;
  const index = new Map<string, number[]>();
  stems.forEach((set, i) => {
    for (const s of set) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });
  return claims.map((c) => {
    const shared = new Map<number, number>();
    for (const language of new Set(articles.map((a) => a.language)))
      for (const s of new Set(stanceStems(c.claim, language, languages))) for (const i of index.get(s) ?? []) shared.set(i, (shared.get(i) ?? 0) + weight(s));
    const candidates = [...shared.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_CANDIDATES).map(([i]) => i);
    const found: CheckedArticle[] = [];
    for (const i of candidates.sort((a, b) => a - b)) {
      const a = articles[i]!;
      const r = stanceOf(c.claim, readArticle(a, languages).text, a.language, languages, { weight, relatedThreshold: config.stanceRelated, agreeThreshold: config.stanceAgree });
      if (r.stance === "unrelated") continue;
      const { quote, origin: named } = bestSentence(c.claim, a, weight, languages);
      const mentions = traced.get(a.id) ?? [];
      const origin = mentions.find((m) => quote.includes(m.quote) || m.quote.includes(quote))?.origin ?? named;
      found.push({ articleId: a.id, title: a.title, outlet: a.outlet, stance: STANCE_OF[r.stance], relatedness: round(r.relatedness), quote, origin });
    }
    found.sort((x, y) => y.relatedness - x.relatedness);
    const counts = { asserts: 0, denies: 0, reports: 0 };
    for (const f of found) counts[f.stance]++;
    return { id: c.id ?? null, claim: c.claim, articles: found, counts, verdict: verdictLine(found) };
  });
}

/** An article as the stance reading reads it, and its sentences' stems as sets: read once however many claims are checked against it. */
interface ReadArticle {
  readonly text: StanceText;
  readonly sentences: ReadonlyArray<{ readonly start: number; readonly text: string; readonly stems: ReadonlySet<string> }>;
}
const articlesReadBy = perLanguages(() => new WeakMap<Article, ReadArticle>());
function readArticle(a: Article, languages: Languages): ReadArticle {
  const articlesRead = articlesReadBy(languages);
  let read = articlesRead.get(a);
  if (!read) {
    const text = readStanceText(a.text, a.language, languages);
    articlesRead.set(a, (read = { text, sentences: text.sentences.map((s) => ({ start: s.start, text: s.text, stems: new Set(s.stems) })) }));
  }
  return read;
}

/** The sentence carrying most of the claim's weighted stems, and who it names as its source. */
function bestSentence(claim: string, a: Article, weight: (s: string) => number, languages: Languages): { quote: string; origin: string } {
  const wanted = new Set(stanceStems(claim, a.language, languages));
  let best = { score: -1, start: 0, text: a.text.slice(0, 200) };
  for (const s of readArticle(a, languages).sentences) {
    let score = 0;
    for (const stem of s.stems) if (wanted.has(stem)) score += weight(stem);
    if (score > best.score) best = { score, start: s.start, text: s.text };
  }
  const cited = findAttributions(best.text, best.start, a.language, languages).find((x) => x.ruleSource && x.kind === "named");
  return { quote: best.text, origin: (cited?.ruleSource && sourceName(cited.ruleSource.text, a.language, languages)) ?? a.outlet ?? a.title ?? a.id };
}

/** "asserted by 3 articles from 1 origin (The Washington Post); denied by 1 (TASS); reported by 2". */
export function verdictLine(found: readonly CheckedArticle[]): string {
  if (found.length === 0) return "no stored article bears on this claim";
  const part = (stance: CheckStance, verb: string): string | null => {
    const of = found.filter((f) => f.stance === stance);
    if (of.length === 0) return null;
    const origins = [...new Set(of.map((f) => f.origin))];
    const n = (k: number, w: string): string => `${k} ${w}${k === 1 ? "" : "s"}`;
    return `${verb} by ${n(of.length, "article")} from ${n(origins.length, "origin")} (${origins.slice(0, 3).join("; ")}${origins.length > 3 ? "; …" : ""})`;
  };
  return [part("asserts", "asserted"), part("denies", "denied"), part("reports", "reported without taking a side")].filter(Boolean).join("; ");
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
