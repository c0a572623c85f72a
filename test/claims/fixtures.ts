/** Builds Article and StoryGroup records from text written for the tests. */
import assert from "node:assert/strict";
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { languages } from "../../src/lang/index.js";
import type { Article, CopyLink, StoryAnalysis, StoryGroup } from "../../src/model.js";

export function article(id: string, text: string, language = "en", published: string | null = "2025-03-14"): Article {
  return { id, path: `${id}.txt`, url: null, outlet: null, title: null, byline: null, published, language, text, removed: [], warnings: [] };
}

export function story(articles: readonly Article[], copies: readonly CopyLink[] = []): { group: StoryGroup; byId: Map<string, Article> } {
  return {
    group: { id: "s", headline: "test story", articleIds: articles.map((a) => a.id), copies },
    byId: new Map(articles.map((a) => [a.id, a])),
  };
}

export function copy(a: string, b: string): CopyLink {
  return { articleIds: [a, b], original: b, kind: "rewrite", score: 0.9 };
}

/** One article's analysis, checking that every citation's quote is in its text. */
export function cite(text: string, language = "en"): StoryAnalysis {
  const a = article("a", text, language);
  const { group, byId } = story([a]);
  const r = analyseStory(group, byId, defaultConfig.claims, languages());
  for (const c of r.citations) assert.ok(a.text.includes(c.quote), `quote "${c.quote}" is in the text`);
  return r;
}
