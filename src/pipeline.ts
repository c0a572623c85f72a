/**
 * buildDossier: ingest → extract → (store) → stories → claims. The store keeps every
 * input and article; stories and their analysis are recomputed over all stored articles
 * in arrival order, so the same inputs give the same dossier however they were batched.
 */
import { analyseStory } from "./claims/index.js";
import { type ConfigOverrides, resolveConfig } from "./config.js";
import { createExtractor } from "./extract/index.js";
import { type InputSource, readInputs } from "./ingest/index.js";
import type { Article, Dossier, Rejected, Story } from "./model.js";
import { openSqliteStore, type Store } from "./store/index.js";
import { groupStories } from "./stories/index.js";
import { VERSION } from "./version.js";

export interface BuildOptions {
  /** Where to remember articles and stories; an in-memory store when omitted. */
  readonly store?: Store;
  readonly config?: ConfigOverrides;
  /** Progress lines for a person (the CLI sends them to stderr). */
  readonly log?: (line: string) => void;
}

export async function buildDossier(inputs: readonly InputSource[], options: BuildOptions = {}): Promise<Dossier> {
  const config = resolveConfig(options.config);
  const log = options.log ?? (() => {});
  const store = options.store ?? (await openSqliteStore(":memory:"));
  try {
    const { documents, rejected } = await readInputs(inputs, config.ingest);
    log(`read ${documents.length} document(s), rejected ${rejected.length}`);
    const extractor = await createExtractor(config.extract);
    const failed: Rejected[] = [];
    let added = 0;
    const known = await store.getArticles(documents.map((d) => d.id));
    for (const doc of documents) {
      let article: Article;
      try {
        article = extractor.extract(doc);
      } catch (err) {
        failed.push({ path: doc.path, error: (err as Error).message });
        continue;
      }
      if (!known.has(doc.id)) added++;
      await store.putArticle(doc, article, VERSION);
    }
    log(`extracted ${documents.length - failed.length} article(s), ${added} new`);

    const articles = await store.listArticles();
    const byId = new Map(articles.map((a) => [a.id, a]));
    const stories: Story[] = groupStories(articles, config.stories).map((group) => ({
      ...group,
      ...analyseStory(group, byId, config.claims),
    }));
    const changed = await store.replaceStories(stories);
    log(`${stories.length} stor${stories.length === 1 ? "y" : "ies"} over ${articles.length} article(s)${changed ? "" : " (unchanged)"}`);
    return { schemaVersion: 1, articles, stories, rejected: [...rejected, ...failed] };
  } finally {
    if (!options.store) await store.close();
  }
}

/** Extracts without storing or grouping: one article (or rejection) per input item. */
export async function extractInputs(
  inputs: readonly InputSource[],
  config?: ConfigOverrides,
): Promise<{ articles: Article[]; rejected: Rejected[] }> {
  const resolved = resolveConfig(config);
  const { documents, rejected } = await readInputs(inputs, resolved.ingest);
  const extractor = await createExtractor(resolved.extract);
  const articles: Article[] = [];
  for (const doc of documents) {
    try {
      articles.push(extractor.extract(doc));
    } catch (err) {
      rejected.push({ path: doc.path, error: (err as Error).message });
    }
  }
  return { articles, rejected };
}
