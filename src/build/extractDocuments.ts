/**
 * Step 2, extract: every stored document this extractor has neither extracted nor refused
 * is extracted, in arrival order, a batch at a time, and its article (or the reason it was
 * refused) is stored. Reads: pending documents (store.pendingDocuments). Writes: articles,
 * extraction failures, and the meta key EXTRACTED (the sequence number up to which every
 * document is done for this extractor, so the next build starts there).
 * Documents are independent of each other: job handlers may extract them in any order.
 */
import { createExtractor, type Extractor } from "../extract/index.js";
import type { Article, InputDocument } from "../model.js";
import { languages as registeredLanguages } from "../lang/index.js";
import type { BuildContext } from "./context.js";
import type { ExtractionJob } from "./extractionThread.js";
import { boundedThreads, startThreadPool, type ThreadPool } from "./threadPool.js";

export interface Extracted {
  /** Articles stored for the first time or changed by this extraction: their stories must be looked at again. */
  readonly written: readonly string[];
  /** Documents extracted (articles or refusals). */
  readonly done: number;
}

/** Pending documents read and extracted together: a bound on memory. */
const EXTRACT_BATCH = 256;

/** The meta key of the extraction watermark: `{ key, seq }`. */
export const EXTRACTED = "extracted";

/**
 * `threads`: threads that extract side by side (src/build/extractionThread.ts), started when a
 * full batch is pending and the build reads the registered languages; while they extract a
 * batch, the build's thread stores the one before. The articles are the same either way.
 */
export async function extractDocuments(ctx: BuildContext, extractor?: Extractor, threads = 0): Promise<Extracted> {
  const key = ctx.keys.extractor;
  const mark = await readWatermark(ctx, key);
  const written: string[] = [];
  let done = 0;
  let seq = mark;
  let made = extractor;
  let pool: ThreadPool<ExtractionJob, ExtractionResult[]> | null = null;
  // Threads are tried once, for the first full batch.
  let tryThreads = !made && boundedThreads(threads) > 0 && ctx.languages === registeredLanguages();
  /** A batch whose extraction has started, not yet stored. */
  let started: { docs: InputDocument[]; results: Promise<ExtractionResult[]> } | null = null;
  const recorded = (docs: readonly InputDocument[], results: ReadonlyArray<"new" | "changed" | "same">): void => {
    results.forEach((r, i) => r !== "same" && written.push(docs[i]!.id));
    done += docs.length;
    ctx.progress?.("extract", done, null);
  };
  const store = async (batch: NonNullable<typeof started>): Promise<void> => recorded(batch.docs, await putResults(ctx, batch.docs, await batch.results));
  try {
    for (;;) {
      const pending = await ctx.store.pendingDocuments(key, seq, EXTRACT_BATCH);
      if (pending.length === 0) break;
      const docs = pending.map((p) => p.document);
      seq = pending[pending.length - 1]!.seq;
      if (tryThreads && pending.length === EXTRACT_BATCH) {
        tryThreads = false;
        const opened = await startThreadPool<ExtractionJob, ExtractionResult[]>("build/extractionThread", { config: ctx.config }, boundedThreads(threads), "extraction");
        if (opened instanceof Error) ctx.log(`extraction threads did not start (${opened.message}): extracting in the build's thread`);
        else {
          pool = opened;
          ctx.log(`extracting in ${pool.size} thread(s)`);
        }
      }
      if (pool) {
        const runs = pool;
        const part = Math.ceil(docs.length / runs.size);
        const parts = Array.from({ length: runs.size }, (_, k) => docs.slice(k * part, (k + 1) * part)).filter((p) => p.length > 0);
        const results = Promise.all(parts.map((p) => runs.run({ docs: p }))).then((r) => r.flat());
        // Held off until awaited in store(): a failure is thrown there, in order.
        results.catch(() => {});
        if (started) await store(started);
        started = { docs, results };
        continue;
      }
      const use = (made ??= await createExtractor(ctx.config.extract, ctx.languages));
      recorded(docs, await extractBatch(ctx, use, docs));
    }
    if (started) await store(started);
  } finally {
    await pool?.close();
  }
  if (seq !== mark) await ctx.store.putMeta(EXTRACTED, JSON.stringify({ key, seq }));
  return { written, done };
}

/**
 * Extracts documents and stores their articles (or refusals) in one transaction: one commit,
 * and one sync to disk, per batch. What a job handler extracting a bundle of documents calls.
 */
export async function extractBatch(ctx: BuildContext, extractor: Extractor, docs: readonly InputDocument[]): Promise<Array<"new" | "changed" | "same">> {
  return putResults(ctx, docs, docs.map((doc) => extractResult(extractor, doc)));
}

/** Stores what was made of each document, in one transaction. */
function putResults(ctx: BuildContext, docs: readonly InputDocument[], results: readonly ExtractionResult[]): Promise<Array<"new" | "changed" | "same">> {
  return ctx.store.putExtractions(results.map((result, i) => ({ id: docs[i]!.id, result })), ctx.keys.extractor);
}

/** What the extractor made of one document: its article, or the reason it was refused. */
export type ExtractionResult = { article: Article } | { error: string };

/** The extractor's article, or its error as the document's refusal. */
export function extractResult(extractor: Extractor, doc: InputDocument): ExtractionResult {
  try {
    return { article: extractor.extract(doc) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** The sequence number up to which every document is extracted by this extractor (0 when none, or another extractor). */
export async function readWatermark(ctx: BuildContext, key: string): Promise<number> {
  const raw = await ctx.store.getMeta(EXTRACTED);
  if (!raw) return 0;
  const mark = JSON.parse(raw) as { key: string; seq: number };
  return mark.key === key ? mark.seq : 0;
}
