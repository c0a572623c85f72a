/**
 * Step 1, store the inputs: read the inputs as a stream and keep each document in the store,
 * a batch at a time, in arrival order (a document's sequence number is its place in that
 * order). Writes: documents. Reads: which documents are already stored. Nothing is
 * extracted here, so a JSON-lines file of any size costs one batch of memory.
 */
import { type InputSource, streamInputs } from "../ingest/index.js";
import type { InputDocument, Rejected } from "../model.js";
import type { BuildContext } from "./context.js";

export interface StoredInputs {
  /** This build's documents, in input order (stored now or before); each once. */
  readonly ids: readonly string[];
  /** Of them, those this build stored for the first time. */
  readonly added: ReadonlySet<string>;
  /** Documents read (before duplicates are dropped). */
  readonly read: number;
  /** Input items that are no document, each with its reason. */
  readonly rejected: readonly Rejected[];
}

/** Documents stored together: one transaction and one query for what is already there, and a bound on memory. */
const STORE_BATCH = 256;

export async function storeInputs(ctx: BuildContext, inputs: readonly InputSource[]): Promise<StoredInputs> {
  const ids: string[] = [];
  const seen = new Set<string>();
  const added = new Set<string>();
  const rejected: Rejected[] = [];
  let read = 0;
  let batch: InputDocument[] = [];
  const flush = async (): Promise<void> => {
    for (const id of await ctx.store.putDocuments(batch)) added.add(id);
    batch = [];
  };
  for await (const item of streamInputs(inputs, ctx.config.ingest)) {
    if ("error" in item) {
      rejected.push(item);
      continue;
    }
    read++;
    if (!seen.has(item.id)) ids.push(item.id);
    seen.add(item.id);
    batch.push(item);
    if (batch.length >= STORE_BATCH) await flush();
  }
  await flush();
  return { ids, added, read, rejected };
}
