/**
 * The claims stage: a story group and its articles → citations, claims, entities,
 * timeline and framing. Every quote is an exact substring of its article's text.
 */
import anyAscii from "any-ascii";
import type { ClaimsConfig } from "../config.js";
import type { Article, Citation, Claim, ClaimMention, Entity, StoryAnalysis, StoryGroup } from "../model.js";
import { independentCount } from "./independence.js";

export { independentCount } from "./independence.js";

export function analyseStory(group: StoryGroup, articles: ReadonlyMap<string, Article>, config: ClaimsConfig): StoryAnalysis {
  const members = group.articleIds.map((id) => articles.get(id)).filter((a): a is Article => !!a);
  const citations = members.flatMap(findCitations);
  const origins = [...new Set(citations.map((c) => c.source))];
  return {
    citations,
    origins,
    claims: findNumericClaims(members, group, config),
    entities: findEntities(members),
    timeline: [],
    framing: [],
  };
}

/** "according to (a report in) X", "X reported" — English only for now. */
const CITATION = /\baccording to (?:a (?:recent )?report (?:in|from|by) )?((?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)|((?:The )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*) (?:has )?reported\b/g;

function findCitations(article: Article): Citation[] {
  const out: Citation[] = [];
  for (const m of article.text.matchAll(CITATION)) {
    const source = (m[1] ?? m[2])!.replace(/^the /i, "The ");
    out.push({ articleId: article.id, source, via: null, quote: m[0] });
  }
  return out;
}

const SENTENCE = /[^.!?\n]+[.!?]?/g;
const NUMBER_WITH_UNIT = /\b(\d{1,3}(?:,\d{3})+|\d+)\s+([\p{L}-]+)/gu;

/** Sentences that carry a number with a following word, aligned across articles by (value, word). */
function findNumericClaims(members: readonly Article[], group: StoryGroup, config: ClaimsConfig): Claim[] {
  const byKey = new Map<string, ClaimMention[]>();
  for (const article of members) {
    for (const s of article.text.matchAll(SENTENCE)) {
      const quote = s[0].trim();
      if (quote.length > config.maxQuoteChars) continue;
      for (const m of quote.matchAll(NUMBER_WITH_UNIT)) {
        const value = Number(m[1]!.replace(/,/g, ""));
        const unit = anyAscii(m[2]!).toLowerCase().slice(0, 5);
        const key = `${value} ${unit}`;
        const list = byKey.get(key) ?? [];
        if (!list.some((x) => x.articleId === article.id)) {
          list.push({ articleId: article.id, quote, attributedTo: null, values: [{ value, unit: m[2]!.toLowerCase() }] });
        }
        byKey.set(key, list);
      }
    }
  }
  return [...byKey.values()].map((mentions, i) => ({
    id: `${group.id}-c${i + 1}`,
    summary: mentions[0]!.quote,
    status: independentCount(mentions.map((m) => m.articleId), group.copies) >= 2 ? "corroborated" : "single-source",
    mentions,
    conflict: null,
  }));
}

/** Capitalised word runs not at a sentence start, merged across scripts by their ASCII form. */
function findEntities(members: readonly Article[]): Entity[] {
  const found = new Map<string, { names: Map<string, number>; articleIds: Set<string> }>();
  for (const article of members) {
    for (const m of article.text.matchAll(/(?<=[\p{Ll},;:] )\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*/gu)) {
      const key = anyAscii(m[0]).toLowerCase();
      const e = found.get(key) ?? { names: new Map(), articleIds: new Set() };
      e.names.set(m[0], (e.names.get(m[0]) ?? 0) + 1);
      e.articleIds.add(article.id);
      found.set(key, e);
    }
  }
  return [...found.values()]
    .filter((e) => e.articleIds.size >= 2)
    .map((e) => {
      const names = [...e.names.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
      return { name: names[0]!, type: "other" as const, aliases: names.slice(1), articleIds: [...e.articleIds] };
    });
}
