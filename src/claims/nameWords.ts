/**
 * Which capitalised words of an article are not names: stop words, month and weekday words,
 * titles and loaded words that open a run ("Russian President Vladimir Putin", "Испуганный
 * Мадуро"), words the article also writes in lower case (any inflected form: "Плотина" at a
 * sentence's start when "плотины" is in the text), and, in languages that capitalise every
 * noun, the common nouns read after articles ("der Stadt Hollen").
 */
import type { Languages } from "../lang/languages.js";
import type { Article } from "../model.js";
import { stem, stopwords } from "./words.js";

export interface NameWords {
  /** A word that does not name anything by itself. */
  readonly notName: (word: string) => boolean;
  /** A common noun of a noun-capitalising language: a name only if another language's article names it too. */
  readonly commonNoun: (word: string) => boolean;
}

/** Lowercase words allowed between a determiner and its noun: adjectives ("einen neuen Damm", "der östlichen Flanke"). */
const MAX_ADJECTIVES = 2;

export function nameWords(article: Article, languages: Languages): NameWords {
  const pack = languages.pack(article.language);
  const stop = stopwords(article.language);
  const labels = pack?.framing?.labels ?? [];
  const loaded = pack?.framing?.loadedTerms ?? [];
  const calendar = new Set([...(pack?.dates?.months.keys() ?? []), ...(pack?.time?.weekdays.keys() ?? [])]);
  const descriptors = new Set((pack?.citations?.sourceDescriptors ?? []).flatMap((d) => d.split(" ")));
  const lowerWords = new Set([...article.text.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}]+/gu)].map((m) => m[0]));
  const lowerStems = new Set([...lowerWords].map((w) => stem(w, article.language)));
  const common = commonNouns(article.text, pack?.entities?.nounDeterminers);
  const commonNoun = (w: string): boolean => common.has(w);
  const notName = (w: string): boolean => {
    const low = w.toLowerCase();
    return (
      stop.has(low) || calendar.has(low) || descriptors.has(low) || lowerWords.has(low) || lowerStems.has(stem(low, article.language)) ||
      labels.some((l) => low.startsWith(l)) || loaded.some((l) => low.startsWith(l))
    );
  };
  return { notName, commonNoun };
}

/**
 * Capitalised words read more often right after a determiner (adjectives allowed between)
 * than anywhere else but a sentence's start: "der Stadt", "im Dorf" are nouns; "in Kestria",
 * "der Kestria Herald" and "Kestria hat" make Kestria a name.
 */
function commonNouns(text: string, determiners: readonly string[] | undefined): ReadonlySet<string> {
  const out = new Set<string>();
  if (!determiners?.length) return out;
  const dets = new Set(determiners);
  const counts = new Map<string, { after: number; bare: number }>();
  for (const sentence of text.split(/(?<=[.!?…:])\s+|\n+/u)) {
    const words = sentence.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
    words.forEach((w, i) => {
      if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(w)) return;
      let j = i - 1;
      while (j > 0 && i - j <= MAX_ADJECTIVES && /^\p{Ll}/u.test(words[j]!) && !dets.has(words[j]!.toLowerCase())) j--;
      const after = dets.has(words[j]!.toLowerCase());
      const c = counts.get(w) ?? { after: 0, bare: 0 };
      if (after) c.after++;
      else if (!/^\p{Lu}/u.test(words[i - 1]!)) c.bare++;
      counts.set(w, c);
    });
  }
  for (const [w, c] of counts) if (c.after > c.bare) out.add(w);
  return out;
}
