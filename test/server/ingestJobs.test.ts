/**
 * Streamed JSON-lines uploads (src/server/ingestJobs.ts): read a line at a time into items,
 * spooled to a file the build reads line by line, the file gone once built; past the upload
 * limit, or when the client goes away, nothing is queued or kept.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { inlineBuilder } from "../../src/server/builders.js";
import { IngestJobs, UploadTooLarge } from "../../src/server/ingestJobs.js";
import { openStore } from "../../src/store/index.js";
import { tempDir } from "../helpers.js";

const ARTICLE = (n: number): string =>
  JSON.stringify({
    outlet: `Valley Post ${n}`,
    published: "2026-05-04",
    title: `Ferry service on Lake Orsa resumes (${n})`,
    text:
      "The ferry between Orsa and Lindholm sailed again on Monday after a six-week stop for repairs to its landing stage, the harbour office said. " +
      `Three crossings a day are planned until June, when the summer timetable of eight crossings begins, harbour master Pia Lund said in report ${n}.`,
  });

/** The bytes in chunks of `size`, as a request arrives. */
async function* chunked(text: string, size: number, failAfter?: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) {
    if (failAfter !== undefined && at >= failAfter) throw new Error("aborted");
    yield bytes.subarray(at, at + size);
  }
}

/** Files left in the spool folders made under `dir`. */
const spooled = (dir: string): string[] => readdirSync(dir).flatMap((d) => readdirSync(join(dir, d)));

test("a streamed upload is read line by line into items, built, and its spool file removed", async () => {
  const store = await openStore(":memory:");
  const dir = tempDir();
  const jobs = new IngestJobs(inlineBuilder(store), { spoolIn: dir });
  try {
    const lines = `${ARTICLE(1)}\n{"text":\n\n${ARTICLE(2)}\n`;
    // Chunks that cut lines anywhere, as a network does.
    const job = await jobs.submitStream("bulk.jsonl", chunked(lines, 7));
    assert.ok(job);
    assert.deepEqual(job.items.map((i) => [i.path.replace(/^api\/[^/]+\//, ""), i.status]), [["bulk.jsonl#1", "pending"], ["bulk.jsonl#2", "rejected"], ["bulk.jsonl#4", "pending"]]);
    assert.match(job.items[1]!.error!, /invalid JSON/);
    assert.equal(spooled(dir).length, 1, "waiting for its build: spooled");
    const done = await jobs.wait(job);
    assert.deepEqual(done.items.map((i) => i.status), ["stored", "rejected", "stored"]);
    assert.equal((await store.getArticles(done.items.flatMap((i) => (i.id ? [i.id] : [])))).size, 2, "both articles stored, under the ids the upload was answered with");
    assert.deepEqual(spooled(dir), [], "built: its spool file removed");
  } finally {
    jobs.close();
    await store.close();
  }
});

test("an upload past the limit, or cut off, is refused whole and leaves no file", async () => {
  const store = await openStore(":memory:");
  const dir = tempDir();
  const jobs = new IngestJobs(inlineBuilder(store), { maxStreamedBytes: 1000, spoolIn: dir });
  try {
    const lines = [1, 2, 3, 4].map(ARTICLE).join("\n");
    await assert.rejects(jobs.submitStream("bulk.jsonl", chunked(lines, 64)), UploadTooLarge);
    // Past the lines an upload may have (each is an item of its answer, kept for polling).
    const fewLines = new IngestJobs(inlineBuilder(store), { maxLines: 2, spoolIn: dir });
    await assert.rejects(fewLines.submitStream("bulk.jsonl", chunked("x\ny\nz\n", 2)), /more than 2 lines/);
    fewLines.close();
    await assert.rejects(jobs.submitStream("bulk.jsonl", chunked(ARTICLE(5), 64, 128)), /aborted/);
    assert.deepEqual(spooled(dir), []);
    await jobs.idle();
    assert.equal((await store.listStoryPage({ offset: 0, limit: 1, order: "newest" })).total, 0, "nothing of either was built");
  } finally {
    jobs.close();
    await store.close();
  }
  assert.deepEqual(readdirSync(dir), [], "closed: the spool folder removed");
});
