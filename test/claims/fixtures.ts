/** Builds Article and StoryGroup records from text written for the tests. */
import type { Article, CopyLink, StoryGroup } from "../../src/model.js";

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
