/**
 * Framing: per article, the loaded words it chooses (src/lang/<code>/framing.ts) and the
 * labels it puts before a person's name ("President Maduro" vs "диктатор Мадуро"), each with
 * the entity it is applied to when one is named next to it.
 */
import { languagePack } from "../lang/index.js";
import type { Article, Framing, FramingTerm } from "../model.js";
import type { FoundEntity } from "./entities.js";
import type { Sentence } from "./sentences.js";

/** Farthest a name may sit from a loaded word (characters) and still be what the word is about: an adjective and a first name fit. */
const ABOUT_WINDOW = 40;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function findFraming(article: Article, sentences: readonly Sentence[], entities: readonly FoundEntity[]): Framing {
  const k = languagePack(article.language)?.framing;
  if (!k) return { articleId: article.id, terms: [] };
  const mentions = entities.flatMap((e) => e.mentions.filter((m) => m.articleId === article.id).map((m) => ({ m, e })));
  const found: Array<FramingTerm & { at: number }> = [];
  const seen = new Set<string>();
  const add = (term: string, at: number, about: string | null): void => {
    const key = `${term.toLowerCase()}|${about}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ term, about, at });
  };
  const loaded = new RegExp(`(?<![\\p{L}])(?:${k.loadedTerms.map(escape).join("|")})[\\p{L}-]*`, "giu");
  for (const s of sentences) {
    for (const m of s.text.matchAll(loaded)) {
      const at = s.start + m.index;
      const end = at + m[0].length;
      // The nearest name in the same sentence: after the word ("dictator Maduro") or before it ("Maduro's regime").
      let best: { name: string; d: number } | null = null;
      for (const { m: em, e } of mentions) {
        if (em.start < s.start || em.end > s.end) continue;
        const d = em.start >= end ? em.start - end : at - em.end;
        if (d >= 0 && d <= ABOUT_WINDOW && (!best || d < best.d)) best = { name: e.name, d };
      }
      add(m[0], at, best?.name ?? null);
    }
  }
  for (const { m, e } of mentions) {
    if (e.type !== "person" || !m.before || !k.labels.some((l) => m.before.startsWith(l))) continue;
    const at = article.text.lastIndexOf(article.text.slice(0, m.start).match(/([\p{L}-]+)\s*$/u)?.[1] ?? "\u0000", m.start);
    if (at < 0) continue;
    add(article.text.slice(at, at + m.before.length), at, e.name);
  }
  return { articleId: article.id, terms: found.sort((a, b) => a.at - b.at).map(({ term, about }) => ({ term, about })) };
}
