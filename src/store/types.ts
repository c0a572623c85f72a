/**
 * The store is the only part of Dossier that remembers. Stages never see it: the
 * pipeline reads from it, runs the stages, and writes back what changed.
 */
import type { Article, InputDocument, Rejected, Story } from "../model.js";

export interface StoredArticle {
  readonly article: Article;
  /** Which extractor produced it; a newer one re-extracts from the kept raw document. */
  readonly extractorVersion: string;
}

export interface PendingDocument {
  readonly seq: number;
  readonly document: InputDocument;
}

export interface Store {
  /** Articles already known, by document id. */
  getArticles(ids: readonly string[]): Promise<Map<string, StoredArticle>>;
  /** Keeps the input (so it can be re-extracted later) and its article. Idempotent; returns whether anything was written. */
  putArticle(doc: InputDocument, article: Article, extractorVersion: string): Promise<boolean>;
  /**
   * Keeps input documents not stored yet, each taking the next sequence number (arrival
   * order) in the order given. Returns the ids it stored; known ids are left as they are.
   */
  putDocuments(docs: readonly InputDocument[]): Promise<string[]>;
  /**
   * Stored documents after sequence number `afterSeq`, in arrival order, at most `limit`,
   * that this extractor has neither extracted nor refused: what an extraction step still owes.
   */
  pendingDocuments(extractorVersion: string, afterSeq: number, limit: number): Promise<PendingDocument[]>;
  /**
   * Keeps what the extractor made of a stored document: its article, or the reason it was
   * refused. Returns "new" for a first article, "changed" when the article differs from the
   * stored one, "same" otherwise (a refusal is "same" unless it replaces an article).
   */
  putExtraction(id: string, result: { article: Article } | { error: string }, extractorVersion: string): Promise<"new" | "changed" | "same">;
  /** Of these documents, those this extractor refused: their input path and the reason. */
  extractionFailures(ids: readonly string[], extractorVersion: string): Promise<Map<string, Rejected>>;
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
