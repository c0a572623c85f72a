/**
 * Source chains across a story: one name per source however each article spells it ("WP"
 * is "The Washington Post" when its initials match; "Zhuravlev" is "Alexei Zhuravlev"), and
 * the origins: the sources the story traces back to, most independently cited first.
 */
import { type Languages, perLanguages } from "../lang/languages.js";
import type { Citation, CopyLink } from "../model.js";
import type { PlacedCitation } from "./citations.js";
import { independence } from "./independence.js";
import { spellingKey, sameWord } from "../lang/spelling.js";

/** How names are read in every language: document nouns, and articles ("The Washington Post" and "Washington Post" are one source). */
const readers = perLanguages((languages) => {
  const documentNouns = new Set(languages.every("citations").flatMap((k) => k.genericSources));
  const isDocument = (name: string): boolean => name.split(/\s+/).some((w) => documentNouns.has(w.toLowerCase()));
  const articles = new Set(languages.every("citations").flatMap((k) => k.articles));
  const withoutArticle = (name: string): string => {
    const first = name.split(/\s+/)[0]!;
    return articles.has(first.toLowerCase()) && first.length < name.length ? name.slice(first.length).trimStart() : name;
  };
  const bare = (name: string): string => spellingKey(withoutArticle(name));
  const initials = (name: string): string =>
    withoutArticle(name).split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
  return { isDocument, bare, initials };
});

/**
 * `entityName` names a source the way the story's entities do, so "Веласкес" the source is
 * "Ramón Celestino Velásquez" the entity.
 */
export function origins(
  found: readonly PlacedCitation[],
  copies: readonly CopyLink[],
  languages: Languages,
  entityName: (surface: string) => string | undefined = () => undefined,
): { citations: Citation[]; origins: string[]; sourceName: (name: string) => string } {
  const { isDocument, bare, initials } = readers(languages);
  const placed = found.map((c) => ({ ...c, source: entityName(c.source) ?? c.source, via: c.via ? entityName(c.via) ?? c.via : null }));
  const names = [...new Set(placed.flatMap((c) => (c.via ? [c.source, c.via] : [c.source])))];
  // The fullest spelling stands for every spelling of the same source.
  const canonical = new Map<string, string>();
  const sorted = [...names].sort((a, b) => b.length - a.length);
  for (const n of sorted) {
    const key = bare(n);
    const target = sorted.find((m) => {
      if (m.length <= n.length && m !== n) return false;
      const mk = bare(m);
      if (mk === key) return true;
      // An acronym of the name ("WP"), or its last word ("Zhuravlev").
      if (/^\p{Lu}{2,6}$/u.test(n) && initials(m) === n) return true;
      return !key.includes(" ") && mk.includes(" ") && sameWord(mk.split(" ").pop()!, key);
    });
    canonical.set(n, target ? canonical.get(target) ?? target : n);
  }
  const name = (n: string): string => canonical.get(n) ?? n;
  // Every place a text cites is listed (readers group them per source); readings of one place
  // (the rules' and the tagger's spans of one source, overlapping) are listed once.
  const listed = new Map<string, Array<[number, number]>>();
  const citations: Citation[] = placed
    .map(({ articleId, source, via, quote, start, end, sourceStart, sourceEnd }) => ({ articleId, source: name(source), via: via ? name(via) : null, quote, start, end, sourceStart, sourceEnd }))
    .filter((c) => {
      const key = `${c.articleId}|${c.source}|${c.via}`;
      const spans = listed.get(key) ?? [];
      if (spans.some(([s, e]) => c.start < e && s < c.end)) return false;
      listed.set(key, [...spans, [c.start, c.end]]);
      return true;
    });
  const citers = new Map<string, Set<string>>();
  const relaysIn = new Set<string>();
  for (const c of citations) {
    citers.set(c.source, (citers.get(c.source) ?? new Set()).add(c.articleId));
    if (c.via && !isDocument(c.source)) relaysIn.add(`${c.articleId}|${c.via}`);
  }
  // A source every citing article names as the relay of another outlet (РБК-Украина passing on
  // the Post) is a step in a chain, not where the story starts. An outlet citing documents is
  // where the report starts.
  const count = independence(copies);
  const traced = [...citers.entries()]
    .filter(([source, ids]) => ![...ids].every((id) => relaysIn.has(`${id}|${source}`)))
    .map(([source, ids]) => ({ source, ids, independent: count([...ids]) }))
    .sort((a, b) => b.independent - a.independent || b.ids.size - a.ids.size)
    .map(({ source }) => source);
  return { citations, origins: traced, sourceName: (n) => name(entityName(n) ?? n) };
}
