/**
 * Scores what the product says about a story's entities, citations and framing, and whether
 * its claims align facts across languages, against the reading labels (bench/verdicts/reading/)
 * and the fact labels. Counts only, so that stories add up into parts and datasets. Rules:
 * docs/verdict-labelling.md, "How the bench scores the reading labels".
 */
import type { EntityType } from "../../src/model.js";
import type { LabelledStory } from "./labels.js";
import { indexSentences, placeOfQuote, sentenceOfPlacedQuote, sentenceOfQuote } from "./match.js";
import type { GoldEntityType, ReadingStory } from "./reading.js";
import type { StoryRun } from "./run.js";
import { SENTENCES_IN_SCOPE } from "./sentences.js";

export interface ReadingCounts {
  goldMentions: number;
  systemMentions: number;
  mentionsMatched: number;
  typeRight: number;
  /** Pairs of matched mentions: same gold entity, same system entity, both. */
  goldSamePairs: number;
  systemSamePairs: number;
  bothSamePairs: number;
  goldCitations: number;
  goldCitationsWithVia: number;
  systemCitations: number;
  systemCitationsOutOfScope: number;
  systemCitationsUnplaced: number;
  citationsMatched: number;
  viaRight: number;
  /** Matched pairs whose gold has a via, and of them those the system gives right. */
  viaGoldMatched: number;
  viaGoldRight: number;
  goldTerms: number;
  systemTerms: number;
  systemTermsTitle: number;
  systemTermsOutOfScope: number;
  systemTermsUnplaced: number;
  termsRight: number;
  /** System terms that are a job title or role. */
  termsRoles: number;
  crossPairs: number;
  crossPairsAligned: number;
}

export function emptyReadingCounts(): ReadingCounts {
  return {
    goldMentions: 0, systemMentions: 0, mentionsMatched: 0, typeRight: 0, goldSamePairs: 0, systemSamePairs: 0, bothSamePairs: 0,
    goldCitations: 0, goldCitationsWithVia: 0, systemCitations: 0, systemCitationsOutOfScope: 0, systemCitationsUnplaced: 0, citationsMatched: 0,
    viaRight: 0, viaGoldMatched: 0, viaGoldRight: 0,
    goldTerms: 0, systemTerms: 0, systemTermsTitle: 0, systemTermsOutOfScope: 0, systemTermsUnplaced: 0, termsRight: 0, termsRoles: 0,
    crossPairs: 0, crossPairsAligned: 0,
  };
}

export function addReadingCounts(into: ReadingCounts, c: ReadingCounts): void {
  for (const k of Object.keys(c) as (keyof ReadingCounts)[]) into[k] += c[k];
}

/** Characters of the product's text before a citation's quote that place it among repeated quotes. */
const CONTEXT_CHARS = 40;

/**
 * Job titles and roles, in the set's languages: never framing. A system term containing one
 * of these words is counted apart.
 */
const ROLE_WORDS = new Set(
  ("president presidential commissioner director minister chief secretary spokesman spokeswoman spokesperson chairman chairwoman governor mayor " +
    "senator cardinal judge editor ceo executive manager official officer head leader chancellor premier king queen general captain doctor " +
    "professor ambassador reporter correspondent lawyer attorney prosecutor sheriff police candidate nominee congressman congresswoman " +
    "präsident präsidentin minister ministerin chef chefin bürgermeister kanzler kanzlerin richterin richter sprecher sprecherin " +
    "presidente ministro jefe gobernador alcalde portavoz secretaria secretario directeur ministre bourgmestre maire porte-parole prezes " +
    "başkan bakan vali müdür مدير رئيس وزير").split(" "),
);

const STOP = new Set("the a an of and to in on at for by from der die das den dem des und von la el los las le les de del du et y en il".split(" "));
const words = (s: string): string[] => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w));

/** Two surfaces overlap when one contains the other (case-folded). */
export function surfacesOverlap(a: string, b: string): boolean {
  const x = a.toLowerCase().trim();
  const y = b.toLowerCase().trim();
  return !!x && !!y && (x.includes(y) || y.includes(x));
}

/** Source phrases agree when one contains the other or they share a content word. */
export function sourcesAgree(a: string, b: string): boolean {
  if (surfacesOverlap(a, b)) return true;
  const wa = new Set(words(a));
  return words(b).some((w) => wa.has(w));
}

const goldType = (t: EntityType): GoldEntityType => (t === "equipment" ? "other" : t);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Whole-word occurrences [start, end) of a name in a sentence. */
function occurrences(sentence: string, name: string): Array<[number, number]> {
  if (!name.trim()) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "gu");
  return [...sentence.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

interface SystemMention {
  readonly key: string;
  readonly i: number;
  readonly surface: string;
  /** Product story index and entity index: one system entity. */
  readonly entity: string;
  readonly type: GoldEntityType;
}

/** Greedy one-to-one matching: each gold item takes the first unused system item that fits. */
function matchPairs<G, S>(gold: readonly G[], sys: readonly S[], fits: (g: G, s: S) => boolean): Array<[G, S]> {
  const used = new Set<number>();
  const pairs: Array<[G, S]> = [];
  for (const g of gold) {
    const j = sys.findIndex((s, k) => !used.has(k) && fits(g, s));
    if (j >= 0) {
      used.add(j);
      pairs.push([g, sys[j]!]);
    }
  }
  return pairs;
}

/** Citations the product missed or got wrong, per sentence ("A:3"), for the report file. */
export interface CitationTrace {
  readonly missed: ReadonlyArray<{ readonly at: string; readonly source: string; readonly cue: string }>;
  readonly wrong: ReadonlyArray<{ readonly at: string; readonly source: string }>;
}

export function scoreReading(story: LabelledStory, reading: ReadingStory, run: StoryRun, raw: ReadonlyMap<string, readonly string[]>): ReadingCounts & { citationTrace: CitationTrace } {
  const c = emptyReadingCounts();
  const inScope = (key: string): readonly string[] => raw.get(key)!.slice(0, SENTENCES_IN_SCOPE);
  const index = new Map(story.articles.map((a) => [a.key, indexSentences(raw.get(a.key)!)]));
  const gold = new Map(reading.articles.map((a) => [a.key, a]));

  // Entities: each whole-word occurrence of a system entity's name or alias in an in-scope
  // sentence of its articles is a mention; longer forms first, no two mentions overlapping.
  const sysMentions: SystemMention[] = [];
  const spans = new Map<string, Array<[number, number]>>();
  const seen = new Set<string>();
  const forms: Array<{ form: string; entity: string; type: GoldEntityType; keys: Set<string> }> = [];
  run.dossier.stories.forEach((st, si) =>
    st.entities.forEach((e, ei) => {
      const keys = new Set(e.articleIds.map((id) => run.keyOfArticle.get(id)).filter((k): k is string => !!k));
      for (const form of new Set([e.name, ...e.aliases])) forms.push({ form, entity: `${si}:${ei}`, type: goldType(e.type), keys });
    }),
  );
  forms.sort((x, y) => y.form.length - x.form.length);
  for (const f of forms) {
    for (const key of f.keys) {
      inScope(key).forEach((sentence, i) => {
        for (const [s, e] of occurrences(sentence, f.form)) {
          const taken = spans.get(`${key}:${i}`) ?? [];
          if (taken.some(([a, b]) => s < b && a < e)) continue;
          taken.push([s, e]);
          spans.set(`${key}:${i}`, taken);
          const id = `${key}:${i}:${f.form}`;
          if (seen.has(id)) continue;
          seen.add(id);
          sysMentions.push({ key, i, surface: f.form, entity: f.entity, type: f.type });
        }
      });
    }
  }
  const goldMentions = reading.articles.flatMap((a) => a.mentions.map((m) => ({ ...m, key: a.key })));
  c.goldMentions = goldMentions.length;
  c.systemMentions = sysMentions.length;
  const mentionPairs = matchPairs(goldMentions, sysMentions, (g, s) => g.key === s.key && g.i === s.i && surfacesOverlap(g.surface, s.surface));
  c.mentionsMatched = mentionPairs.length;
  for (const [g, s] of mentionPairs) if (reading.entities[g.entity]?.type === s.type) c.typeRight++;
  for (let x = 0; x < mentionPairs.length; x++) {
    for (let y = x + 1; y < mentionPairs.length; y++) {
      const [g1, s1] = mentionPairs[x]!;
      const [g2, s2] = mentionPairs[y]!;
      const goldSame = g1.entity === g2.entity;
      const sysSame = s1.entity === s2.entity;
      if (goldSame) c.goldSamePairs++;
      if (sysSame) c.systemSamePairs++;
      if (goldSame && sysSame) c.bothSamePairs++;
    }
  }

  // Citations: placed by their quote.
  const sysCitations: Array<{ key: string; i: number; source: string; via: string | null }> = [];
  // Placed by the quote with the words before it in the product's text; where those are not found
  // once, a quote the list gives again (each place a text cites) is placed at its next occurrence.
  // Two readings of one place (same start) share it.
  const textOf = new Map(run.dossier.articles.map((a) => [a.id, a.text]));
  const lastPlace = new Map<string, { start: number | undefined; from: number; next: number }>();
  for (const st of run.dossier.stories) {
    for (const cit of [...st.citations].sort((a, b) => (a.start ?? 0) - (b.start ?? 0))) {
      c.systemCitations++;
      const key = run.keyOfArticle.get(cit.articleId);
      const last = lastPlace.get(`${key}|${cit.quote}`);
      const from = !last ? 0 : last.start === cit.start ? last.from : last.next;
      const text = textOf.get(cit.articleId);
      const placed = key && text !== undefined && cit.start !== undefined ? sentenceOfPlacedQuote(index.get(key)!, text.slice(Math.max(0, cit.start - CONTEXT_CHARS), cit.start), cit.quote) : null;
      const i = placed ?? (key ? sentenceOfQuote(index.get(key)!, cit.quote, from) : null);
      if (key) lastPlace.set(`${key}|${cit.quote}`, { start: cit.start, from, next: placeOfQuote(index.get(key)!, cit.quote, from) + 1 });
      if (!key || i === null) c.systemCitationsUnplaced++;
      else if (i >= SENTENCES_IN_SCOPE) c.systemCitationsOutOfScope++;
      else sysCitations.push({ key, i, source: cit.source, via: cit.via });
    }
  }
  c.systemCitations -= c.systemCitationsOutOfScope; // precision is over citations in scope (unplaced ones count as wrong)
  const goldCitations = reading.articles.flatMap((a) => a.citations.map((g) => ({ ...g, key: a.key })));
  c.goldCitations = goldCitations.length;
  c.goldCitationsWithVia = goldCitations.filter((g) => g.via).length;
  const citationPairs = matchPairs(
    goldCitations,
    sysCitations,
    (g, s) => g.key === s.key && g.i === s.i && (sourcesAgree(g.source, s.source) || (!!g.refersTo && sourcesAgree(g.refersTo, s.source))),
  );
  c.citationsMatched = citationPairs.length;
  const citationTrace: CitationTrace = {
    missed: goldCitations.filter((g) => !citationPairs.some(([m]) => m === g)).map((g) => ({ at: `${g.key}:${g.i}`, source: g.source, cue: g.cue })),
    wrong: sysCitations.filter((s) => !citationPairs.some(([, m]) => m === s)).map((s) => ({ at: `${s.key}:${s.i}`, source: s.source })),
  };
  for (const [g, s] of citationPairs) {
    const right = g.via === null ? s.via === null : s.via !== null && sourcesAgree(g.via, s.via);
    if (right) c.viaRight++;
    if (g.via !== null) {
      c.viaGoldMatched++;
      if (right) c.viaGoldRight++;
    }
  }

  // Framing: a text term goes to the in-scope sentences that contain it; right when one of
  // them has an overlapping gold term.
  for (const fr of run.dossier.stories.flatMap((st) => st.framing)) {
    const key = run.keyOfArticle.get(fr.articleId);
    for (const t of fr.terms) {
      c.systemTerms++;
      if (words(t.term).some((w) => ROLE_WORDS.has(w))) c.termsRoles++;
      if (t.where === "title") {
        c.systemTermsTitle++;
        continue;
      }
      const all = key ? raw.get(key)! : [];
      const at = all.map((s, i) => (s.includes(t.term) ? i : -1)).filter((i) => i >= 0);
      if (!at.length) c.systemTermsUnplaced++;
      else if (at.every((i) => i >= SENTENCES_IN_SCOPE)) c.systemTermsOutOfScope++;
      else if (at.some((i) => gold.get(key!)?.framing.some((g) => g.i === i && surfacesOverlap(g.term, t.term)))) c.termsRight++;
    }
  }
  c.systemTerms -= c.systemTermsTitle + c.systemTermsOutOfScope;
  c.goldTerms = reading.articles.reduce((n, a) => n + a.framing.length, 0);

  // Cross-language same-fact pairs, from the fact labels.
  const lang = new Map(story.articles.map((a) => [a.key, a.language]));
  const refs = story.articles.flatMap((a) => a.sentences.filter((s) => s.fact !== "-").map((s) => ({ ref: `${a.key}:${s.i}`, key: a.key, fact: s.fact })));
  const held = run.claims.map(({ claim, articleKeys }) => {
    const set = new Set<string>();
    claim.mentions.forEach((m, k) => {
      const key = articleKeys[k];
      const i = key ? sentenceOfQuote(index.get(key)!, m.quote) : null;
      if (key && i !== null) set.add(`${key}:${i}`);
    });
    return set;
  });
  for (let x = 0; x < refs.length; x++) {
    for (let y = x + 1; y < refs.length; y++) {
      const a = refs[x]!;
      const b = refs[y]!;
      if (a.fact !== b.fact || lang.get(a.key) === lang.get(b.key)) continue;
      c.crossPairs++;
      if (held.some((h) => h.has(a.ref) && h.has(b.ref))) c.crossPairsAligned++;
    }
  }
  return { ...c, citationTrace };
}
