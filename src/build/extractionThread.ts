/**
 * A thread that extracts documents for a build (src/build/extractDocuments.ts, with threads):
 * given a run of documents, it returns each one's article or the reason it was refused, as the
 * build's own thread would. Documents are independent of each other.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DossierConfig } from "../config.js";
import { createExtractor } from "../extract/index.js";
import { languages } from "../lang/index.js";
import type { InputDocument } from "../model.js";
import { type ExtractionResult, extractResult } from "./extractDocuments.js";
import type { DoneMessage, JobMessage } from "./threadPool.js";

export interface ExtractionJob {
  readonly docs: readonly InputDocument[];
}

const port = parentPort!;
const extractor = await createExtractor((workerData as { config: DossierConfig }).config.extract, languages());
port.on("message", ({ id, job }: JobMessage<ExtractionJob>) => {
  port.postMessage({ id, done: job.docs.map((doc) => extractResult(extractor, doc)) } satisfies DoneMessage<ExtractionResult[]>);
});
port.postMessage("ready");
