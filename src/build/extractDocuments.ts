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
import type { BuildContext } from "./context.js";

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

export async function extractDocuments(ctx: BuildContext, extractor?: Extractor): Promise<Extracted> {
  const key = ctx.keys.extractor;
  const mark = await readWatermark(ctx, key);
  const written: string[] = [];
  let done = 0;
  let seq = mark;
  let made = extractor;
  for (;;) {
    const pending = await ctx.store.pendingDocuments(key, seq, EXTRACT_BATCH);
    if (pending.length === 0) break;
    const use = (made ??= await createExtractor(ctx.config.extract, ctx.languages));
    const results = await extractBatch(ctx, use, pending.map((p) => p.document));
    results.forEach((r, i) => r !== "same" && written.push(pending[i]!.document.id));
    seq = pending[pending.length - 1]!.seq;
    done += pending.length;
    ctx.progress?.("extract", done, null);
  }
  if (seq !== mark) await ctx.store.putMeta(EXTRACTED, JSON.stringify({ key, seq }));
  return { written, done };
}

/**
 * Extracts documents and stores their articles (or refusals) in one transaction: one commit,
 * and one sync to disk, per batch. What a job handler extracting a bundle of documents calls.
 */
export async function extractBatch(ctx: BuildContext, extractor: Extractor, docs: readonly InputDocument[]): Promise<Array<"new" | "changed" | "same">> {
  return ctx.store.putExtractions(docs.map((doc) => ({ id: doc.id, result: extractResult(extractor, doc) })), ctx.keys.extractor);
}

/** The extractor's article, or its error as the document's refusal. */
function extractResult(extractor: Extractor, doc: InputDocument): { article: Article } | { error: string } {
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
