/**
 * `dossier check` across languages, measured on the verdict set: each labelled sentence on a fact,
 * in a story of two languages, is checked as a claim (its article's language given) against the
 * story's articles, as the library's `checkClaims` reads them. An article in the other language
 * that the check returns is right when its quote is a sentence labelled with the same fact; it is
 * one to find when it has such a sentence.
 */
import { checkClaims } from "../../src/check/index.js";
import { defaultConfig } from "../../src/config.js";
import { languages } from "../../src/lang/index.js";
import type { DatasetTexts } from "./datasets.js";
import type { LabelledStory } from "./labels.js";
import { indexSentences, sentenceOfQuote } from "./match.js";
import type { StoryRun } from "./run.js";
import { SENTENCES_IN_SCOPE, splitSentences } from "./sentences.js";

export interface AcrossCounts {
  /** Other-language articles returned for a sentence checked as a claim. */
  returned: number;
  /** Of those, whose quote is a sentence on the same fact. */
  right: number;
  /** (sentence, other-language article) pairs where the article has a sentence on the same fact. */
  findable: number;
  /** Of those, returned with such a sentence as its quote. */
  found: number;
  /** Of the returned on the same fact, those read with the stance its sentence is labelled with (asserts, reports, denies). */
  stanceRight: number;
}

export const emptyAcross = (): AcrossCounts => ({ returned: 0, right: 0, findable: 0, found: 0, stanceRight: 0 });

export function addAcross(into: AcrossCounts, c: AcrossCounts): void {
  into.returned += c.returned;
  into.right += c.right;
  into.findable += c.findable;
  into.found += c.found;
  into.stanceRight += c.stanceRight;
}

export function scoreCheckAcross(story: LabelledStory, run: StoryRun, texts: DatasetTexts): AcrossCounts {
  const c = emptyAcross();
  if (new Set(story.articles.map((a) => a.language)).size < 2) return c;
  const idOf = new Map([...run.keyOfArticle].map(([id, key]) => [key, id]));
  const byKey = new Map(story.articles.map((a) => [a.key, a]));
  const raw = new Map(story.articles.map((a) => [a.key, splitSentences(texts.text(a.dataset, a.item))]));
  const factOf = (key: string, i: number): string | null => byKey.get(key)?.sentences.find((s) => s.i === i)?.fact ?? null;
  const claims = story.articles.flatMap((a) =>
    a.sentences.filter((s) => s.fact !== "-" && s.i < SENTENCES_IN_SCOPE).map((s) => ({ key: a.key, fact: s.fact, claim: raw.get(a.key)![s.i]!, language: a.language })),
  );
  if (claims.length === 0) return c;
  const results = checkClaims(claims.map((q) => ({ claim: q.claim, language: q.language })), run.dossier.articles, defaultConfig.claims, languages());
  results.forEach((r, k) => {
    const q = claims[k]!;
    const others = story.articles.filter((a) => a.language !== q.language && idOf.has(a.key));
    for (const other of others) {
      const findable = other.sentences.some((s) => s.fact === q.fact && s.i < SENTENCES_IN_SCOPE);
      if (findable) c.findable++;
      const hit = r.articles.find((f) => f.articleId === idOf.get(other.key) && f.acrossLanguages);
      if (!hit) continue;
      c.returned++;
      const i = sentenceOfQuote(indexSentences(raw.get(other.key)!), hit.quote);
      const right = i !== null && factOf(other.key, i) === q.fact;
      if (right) c.right++;
      if (right && byKey.get(other.key)?.sentences.find((s) => s.i === i)?.stance === hit.stance) c.stanceRight++;
      if (right && findable) c.found++;
    }
  });
  return c;
}
