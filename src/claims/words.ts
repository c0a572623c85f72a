/**
 * Words for matching statements: lowercase letter runs, stop words dropped, stemmed in the
 * article's language (the shared src/lang/words.ts knowledge).
 */
import type { Languages } from "../lang/languages.js";

export function stopwords(language: string, languages: Languages): ReadonlySet<string> {
  return languages.words(language).stopwords;
}

export function stem(word: string, language: string, languages: Languages): string {
  return languages.words(language).stem(word);
}

/**
 * Claims' own word grammar, kept because the claims figures were set with it (docs/benchmarks.md,
 * History): letters and digits joined by hyphens or apostrophes, without marks; a number's
 * digit groups are words of their own.
 */
export const CLAIM_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Stemmed content words of a text. */
export function contentStems(text: string, language: string, languages: Languages): string[] {
  const { stopwords: stop, stem: s } = languages.words(language);
  const out: string[] = [];
  for (const m of text.matchAll(CLAIM_WORD)) {
    const w = m[0].toLowerCase();
    if (w.length < 2 || stop.has(w) || /^\d+$/.test(w)) continue;
    out.push(s(w));
  }
  return out;
}
