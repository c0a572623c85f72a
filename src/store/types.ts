/**
 * The store is the only part of Dossier that remembers. Stages never see it: the
 * pipeline reads from it, runs the stages, and writes back what changed.
 */
import type { Article, InputDocument, Story } from "../model.js";

export interface StoredArticle {
  readonly article: Article;
  /** Which extractor produced it; a newer one re-extracts from the kept raw document. */
  readonly extractorVersion: string;
}

export interface Store {
  /** Articles already known, by document id. */
  getArticles(ids: readonly string[]): Promise<Map<string, StoredArticle>>;
  /** Keeps the input (so it can be re-extracted later) and its article. Idempotent; returns whether anything was written. */
  putArticle(doc: InputDocument, article: Article, extractorVersion: string): Promise<boolean>;
  /** Every input document kept, in arrival order: what a newer extractor re-reads. */
  listDocuments(): Promise<InputDocument[]>;
  /** Every article, in arrival order. */
  listArticles(): Promise<Article[]>;
  listStories(): Promise<Story[]>;
  /** Replaces the stories; writes nothing when they are unchanged. Returns whether anything changed. */
  replaceStories(stories: readonly Story[]): Promise<boolean>;
  /**
   * Forgets stored articles and the inputs they came from, each matched by document id, input
   * path or article url. Returns, per key, the ids it removed (empty when nothing matched).
   * Stories are not touched: the next build regroups what is left.
   */
  removeArticles(keys: readonly string[]): Promise<Map<string, string[]>>;
  /** A value the pipeline remembers between builds (e.g. what the stored analyses were made with), or null. */
  getMeta(key: string): Promise<string | null>;
  /** Sets a remembered value; writes nothing when it is already that. */
  putMeta(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
