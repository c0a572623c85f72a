/**
 * The citations of a story as a reader is shown them: one line per article, source and relay,
 * with every place the article cites it, in the order the list gives them.
 */
import type { Citation } from "../model.js";

export interface CitationGroup {
  readonly articleId: string;
  readonly source: string;
  readonly via: string | null;
  readonly quotes: readonly string[];
}

export function groupCitations(citations: readonly Citation[]): CitationGroup[] {
  const groups = new Map<string, { articleId: string; source: string; via: string | null; quotes: string[] }>();
  for (const c of citations) {
    const key = JSON.stringify([c.articleId, c.source, c.via]);
    const g = groups.get(key) ?? { articleId: c.articleId, source: c.source, via: c.via, quotes: [] };
    g.quotes.push(c.quote);
    groups.set(key, g);
  }
  return [...groups.values()];
}
