/**
 * Scores one story's system claims against its labels. Everything is kept as counts so
 * that stories add up into parts (tuned, held out) and datasets.
 */
import type { ClaimStatus } from "../../src/model.js";
import { indexSentences, sentenceOfQuote } from "./match.js";
import type { GoldStatus, LabelledStory } from "./labels.js";
import type { StoryRun } from "./run.js";
import { sentenceHash, SENTENCES_IN_SCOPE } from "./sentences.js";

/** A claim counts as a labelled fact when more than this share of its in-scope mentions are. */
const MOSTLY = 0.5;

export interface Counts {
  stories: number;
  articles: number;
  sentences: number;
  /** Articles the product rejected (their sentences can hold no claim). */
  rejected: number;
  /** Labelled stories the product split into more than one story. */
  splitStories: number;
  /** Labels whose sentence hash no longer matches the text (the dataset or splitter changed). */
  drifted: number;
  goldFacts: number;
  /** Gold facts stated in two or more articles: the ones recall is measured on. */
  goldMultiFacts: number;
  goldConflicts: number;
  quoteVariants: number;
  systemClaims: number;
  /** System claims with at least one mention on an in-scope sentence. */
  claimsInScope: number;
  /** ... whose in-scope mentions are mostly on labelled facts. */
  claimsOnFacts: number;
  /** Claims on a fact that another claim of the story is already on. */
  duplicateClaims: number;
  mentions: number;
  mentionsUnplaced: number;
  mentionsOutOfScope: number;
  multiFactsFound: number;
  /** Gold facts any system mention lands on. */
  factsTouched: number;
  conflictingClaims: number;
  conflictingClaimsRight: number;
  goldConflictsFound: number;
  /** Gold conflicts whose two sides one claim holds, whatever its status. */
  goldConflictsGrouped: number;
  variantsCalledConflicting: number;
  corroboratedClaims: number;
  corroboratedClaimsOnFacts: number;
  corroboratedClaimsRight: number;
  statusJudged: number;
  statusRight: number;
  /** Right when the gold `single-origin` is read as today's `single-source`. */
  statusRightThreeWay: number;
  /** Mentions on a labelled fact sentence, and those whose origin the dossier names as the label does (originMatches). */
  originsJudged: number;
  originsRight: number;
  /** Gold status → system status, over claims on facts. */
  confusion: Record<string, Record<string, number>>;
}

export function emptyCounts(): Counts {
  return {
    stories: 0, articles: 0, rejected: 0, splitStories: 0, sentences: 0, drifted: 0, goldFacts: 0, goldMultiFacts: 0, goldConflicts: 0, quoteVariants: 0,
    systemClaims: 0, claimsInScope: 0, claimsOnFacts: 0, duplicateClaims: 0, mentions: 0, mentionsUnplaced: 0, mentionsOutOfScope: 0,
    multiFactsFound: 0, factsTouched: 0, conflictingClaims: 0, conflictingClaimsRight: 0, goldConflictsFound: 0, goldConflictsGrouped: 0,
    variantsCalledConflicting: 0, corroboratedClaims: 0, corroboratedClaimsOnFacts: 0, corroboratedClaimsRight: 0,
    statusJudged: 0, statusRight: 0, statusRightThreeWay: 0, originsJudged: 0, originsRight: 0, confusion: {},
  };
}

export function addCounts(into: Counts, c: Counts): void {
  for (const k of Object.keys(c) as (keyof Counts)[]) {
    if (k === "confusion") {
      for (const [g, row] of Object.entries(c.confusion)) for (const [s, n] of Object.entries(row)) (into.confusion[g] ??= {})[s] = (into.confusion[g]![s] ?? 0) + n;
    } else into[k] += c[k];
  }
}

/** What one system claim became on the bench's sentences, for the report file. */
export interface ClaimTrace {
  readonly id: string;
  readonly status: ClaimStatus;
  readonly summary: string;
  /** "A:3" per in-scope mention; "A:out" beyond scope; "?" when unplaced. */
  readonly sentences: readonly string[];
  readonly fact: string | null;
  readonly goldStatus: GoldStatus | null;
  /** The claim's independent origins, as the dossier names them, and the gold fact's. */
  readonly origins: readonly string[];
  readonly goldOrigins: readonly string[] | null;
}

const threeWay = (s: GoldStatus): ClaimStatus => (s === "single-origin" ? "single-source" : s);

/** A name's words of three letters or more, lower case, accents off: what two spellings of one source share. */
const nameWords = (name: string): Set<string> =>
  new Set(name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && w !== "the"));

/**
 * Whether a mention's origin, as the dossier names it, is the labelled one. Both the article's own
 * reporting: the label's stand-in (`<dataset> <item>`, the outlet or wire) against the name the
 * dossier gives an article's own reporting (an outlet, a “title”, or the input line). Both named:
 * when the words of one name are all words of the other, the relay after "(via" left out
 * ("Washington Post" and "The Washington Post (via …)", "Bill Daly" and "Commissioner Bill Daly";
 * not "New York Post" and "New York Times": until 2026-12-05 any shared word counted, which
 * matched those). A label in another language than the name (the guidelines write origins in
 * English) is counted wrong.
 */
export function originMatches(gold: string, goldOwn: boolean, origin: string, ownNames: ReadonlySet<string>): boolean {
  const own = ownNames.has(origin);
  if (goldOwn || own) return goldOwn && own;
  const g = nameWords(gold);
  const o = nameWords(origin.replace(/\s*\(via .*$/u, ""));
  const within = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => x.size > 0 && [...x].every((w) => y.has(w));
  return within(g, o) || within(o, g);
}

export function scoreStory(story: LabelledStory, run: StoryRun, rawSentences: ReadonlyMap<string, readonly string[]>): { counts: Counts; traces: ClaimTrace[] } {
  const c = emptyCounts();
  c.stories = 1;
  c.articles = story.articles.length;
  c.rejected = run.rejected;
  c.splitStories = run.productStories > 1 ? 1 : 0;
  const labelOf = new Map<string, string>();
  const factArticles = new Map<string, Set<string>>();
  for (const a of story.articles) {
    const raw = rawSentences.get(a.key)!;
    for (const s of a.sentences) {
      c.sentences++;
      if (sentenceHash(raw[s.i] ?? "") !== s.sha1) c.drifted++;
      labelOf.set(`${a.key}:${s.i}`, s.fact);
      if (s.fact !== "-") (factArticles.get(s.fact) ?? factArticles.set(s.fact, new Set()).get(s.fact)!).add(a.key);
    }
  }
  const facts = Object.keys(story.facts);
  c.goldFacts = facts.length;
  const multi = facts.filter((f) => (factArticles.get(f)?.size ?? 0) >= 2);
  c.goldMultiFacts = multi.length;
  c.goldConflicts = story.conflicts.length;
  c.quoteVariants = story.quoteVariants.length;
  const index = new Map(story.articles.map((a) => [a.key, indexSentences(rawSentences.get(a.key)!)]));
  const originLabel = new Map<string, { origin: string; own: boolean }>();
  for (const a of story.articles)
    for (const s of a.sentences)
      if (s.fact !== "-" && s.origin) originLabel.set(`${a.key}:${s.i}`, { origin: s.origin, own: s.origin.startsWith(`${a.dataset} `) || s.origin === a.outlet || s.origin === a.wire });
  // How the dossier names an article's own reporting (src/claims/claimOrigins.ts): its outlet, else its “title”, else its input line.
  const ownNames = new Set([...run.dossier.articles.flatMap((a) => [...(a.outlet ? [a.outlet] : []), ...(a.title ? [`“${a.title}”`] : []), a.path.split("/").pop()!]), ...run.wires]);

  const traces: ClaimTrace[] = [];
  const claimsOnFact = new Map<string, number>();
  const touched = new Set<string>();
  const multiFound = new Set<string>();
  const grouped = new Set<number>();
  const found = new Set<number>();
  for (const { claim, articleKeys } of run.claims) {
    c.systemClaims++;
    const refs: string[] = [];
    const inScope: string[] = [];
    claim.mentions.forEach((m, k) => {
      c.mentions++;
      const key = articleKeys[k];
      const i = key ? sentenceOfQuote(index.get(key)!, m.quote) : null;
      if (key === null || key === undefined || i === null) {
        c.mentionsUnplaced++;
        refs.push("?");
      } else if (i >= SENTENCES_IN_SCOPE) {
        c.mentionsOutOfScope++;
        refs.push(`${key}:out`);
      } else {
        refs.push(`${key}:${i}`);
        inScope.push(`${key}:${i}`);
        const label = originLabel.get(`${key}:${i}`);
        if (label) {
          c.originsJudged++;
          if (originMatches(label.origin, label.own, m.origin, ownNames)) c.originsRight++;
        }
      }
    });
    const labels = inScope.map((r) => labelOf.get(r) ?? "-");
    for (const l of labels) if (l !== "-") touched.add(l);
    let fact: string | null = null;
    if (inScope.length) {
      c.claimsInScope++;
      const onFacts = labels.filter((l) => l !== "-");
      if (onFacts.length / labels.length > MOSTLY) {
        c.claimsOnFacts++;
        const tally = new Map<string, number>();
        for (const l of onFacts) tally.set(l, (tally.get(l) ?? 0) + 1);
        fact = [...tally].sort((x, y) => y[1] - x[1])[0]![0];
        const before = claimsOnFact.get(fact) ?? 0;
        if (before > 0) c.duplicateClaims++;
        claimsOnFact.set(fact, before + 1);
      }
    }
    // A claim finds a multi-article fact when its mentions of that fact span two articles.
    for (const f of multi) {
      const arts = new Set(inScope.filter((r) => labelOf.get(r) === f).map((r) => r.split(":")[0]));
      if (arts.size >= 2) multiFound.add(f);
    }
    const held = new Set(inScope);
    const covers = story.conflicts.map((g) => g.a.some((r) => held.has(r)) && g.b.some((r) => held.has(r)));
    covers.forEach((yes, g) => yes && grouped.add(g));
    if (inScope.length && claim.status === "conflicting") {
      c.conflictingClaims++;
      if (covers.some(Boolean)) c.conflictingClaimsRight++;
      covers.forEach((yes, g) => yes && found.add(g));
      if (story.quoteVariants.some((v) => v.sentences.filter((r) => held.has(r)).length >= 2)) c.variantsCalledConflicting++;
    }
    const gold = fact ? story.facts[fact]!.status : null;
    if (inScope.length && claim.status === "corroborated") {
      c.corroboratedClaims++;
      if (gold) {
        c.corroboratedClaimsOnFacts++;
        if (gold === "corroborated") c.corroboratedClaimsRight++;
      }
    }
    if (gold) {
      c.statusJudged++;
      if (gold === claim.status) c.statusRight++;
      if (threeWay(gold) === claim.status) c.statusRightThreeWay++;
      const row = (c.confusion[gold] ??= {});
      row[claim.status] = (row[claim.status] ?? 0) + 1;
    }
    traces.push({ id: claim.id, status: claim.status, summary: claim.summary, sentences: refs, fact, goldStatus: gold, origins: claim.origins, goldOrigins: fact ? story.facts[fact]!.origins : null });
  }
  c.factsTouched = touched.size;
  c.multiFactsFound = multiFound.size;
  c.goldConflictsGrouped = grouped.size;
  c.goldConflictsFound = found.size;
  return { counts: c, traces };
}
