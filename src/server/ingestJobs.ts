/**
 * Ingests, one build at a time: each upload is read at once (its items and their ids are known
 * when the request is answered), queued, and built with every upload that arrived while the
 * previous build ran. A client waits for its job or polls it. JSON lines, the bulk format, are
 * read from the request as they arrive, a line at a time, and spooled to a file that the build
 * reads line by line again: the size limit applies to each article, not to the upload.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { type FileHandle, open, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveConfig } from "../config.js";
import { parseBytes, streamInputs } from "../ingest/readInputs.js";
import type { Builder, UploadSource } from "./builders.js";

export interface IngestItem {
  readonly path: string;
  readonly id: string | null;
  readonly status: "stored" | "rejected" | "pending";
  readonly error?: string;
}

export interface IngestJob {
  readonly job: string;
  state: "queued" | "running" | "done" | "failed";
  items: IngestItem[];
  error?: string;
  stories?: number;
}

/** Finished jobs remembered for polling: the oldest is forgotten first. */
const KEPT_JOBS = 1000;
/** Items of the jobs remembered, in all, at most (about 150 bytes each). */
const MAX_REMEMBERED_ITEMS = 1_000_000;
/** Bytes waiting for a build at most: beyond it an upload is refused (503), so a flood cannot fill memory. */
const MAX_QUEUED_BYTES = 256 * 1024 * 1024;
/** The largest JSON-lines upload, spooled to disk (a line over the per-article limit is rejected alone). */
export const MAX_STREAMED_BYTES = 2 * 1024 * 1024 * 1024;
/** Spooled bytes waiting for a build at most: beyond it an upload is refused (503), so a flood cannot fill the disk. */
const MAX_SPOOLED_BYTES = 4 * 1024 * 1024 * 1024;

/** Lines of one JSON-lines upload at most: each is an item of the job's answer, kept for polling. */
export const MAX_UPLOAD_LINES = 100_000;

/** A streamed upload past MAX_STREAMED_BYTES or MAX_UPLOAD_LINES: nothing of it is kept. */
export class UploadTooLarge extends Error {
  constructor(readonly limit: number, what = "bytes") {
    super(`too large: a JSON-lines upload of more than ${limit} ${what} (send it in parts, or build the file with \`dossier build\`)`);
  }
}

/** Streamed uploads waiting for a build fill the spool's allowance (MAX_SPOOLED_BYTES): try again shortly. */
export class SpoolFull extends Error {}

/** The spool could not be written (a full disk, too many open files): the server's fault, not the upload's. */
export class SpoolFailed extends Error {}

interface Queued {
  readonly job: IngestJob;
  readonly source: UploadSource;
  /** Bytes held in memory, or spooled to disk. */
  readonly size: { readonly memory: number; readonly disk: number };
  readonly done: Array<() => void>;
}

export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private queue: Queued[] = [];
  private queuedBytes = 0;
  private spooledBytes = 0;
  /** Where streamed uploads wait for their build: made when the first arrives, removed on close. */
  private spool: string | null = null;
  private running: Promise<void> | null = null;
  private readonly ingestConfig = resolveConfig().ingest;

  private readonly maxStreamedBytes: number;
  private readonly maxLines: number;
  private readonly spoolIn: string;
  /** Items of the jobs remembered, in all. */
  private rememberedItems = 0;

  /**
   * `maxStreamedBytes`, `maxLines`: the largest JSON-lines upload (MAX_STREAMED_BYTES, MAX_UPLOAD_LINES);
   * `spoolIn`: the folder its spool is made in (DOSSIER_SPOOL, else the system's temporary folder).
   */
  constructor(
    private readonly builder: Builder,
    options: { readonly maxStreamedBytes?: number; readonly maxLines?: number; readonly spoolIn?: string } = {},
  ) {
    this.maxStreamedBytes = options.maxStreamedBytes ?? MAX_STREAMED_BYTES;
    this.maxLines = options.maxLines ?? MAX_UPLOAD_LINES;
    // DOSSIER_SPOOL names another folder (the system's temporary folder may be in memory).
    this.spoolIn = options.spoolIn ?? (process.env.DOSSIER_SPOOL || tmpdir());
  }

  /** Reads an upload into items and queues its build; null when the queue is full. */
  submit(name: string, bytes: Uint8Array): IngestJob | null {
    if (this.queuedBytes + bytes.length > MAX_QUEUED_BYTES) return null;
    const job = jobId();
    const path = `api/${job}/${name}`;
    const items: IngestItem[] = parseBytes(path, bytes, this.ingestConfig).map((d) =>
      "error" in d ? { path: d.path, id: null, status: "rejected", error: d.error } : { path: d.path, id: d.id, status: "pending" },
    );
    const record: IngestJob = { job, state: "queued", items };
    this.remember(record);
    if (!items.some((i) => i.status === "pending")) {
      record.state = "done";
      return record;
    }
    this.queue.push({ job: record, source: { path, bytes }, size: { memory: bytes.length, disk: 0 }, done: [] });
    this.queuedBytes += bytes.length;
    this.kick();
    return record;
  }

  /**
   * Reads a JSON-lines upload as it arrives, a line at a time, into items, and spools its bytes
   * to a file for the build; null when too much waits for a build already. Throws
   * UploadTooLarge past its limit (MAX_STREAMED_BYTES), or the stream's error (a client that went away):
   * nothing of such an upload is queued.
   */
  async submitStream(name: string, stream: AsyncIterable<Uint8Array>): Promise<IngestJob | null> {
    if (this.spooledBytes >= MAX_SPOOLED_BYTES) return null;
    const job = jobId();
    const path = `api/${job}/${name}`;
    let out: FileHandle;
    let file: string;
    try {
      this.spool ??= mkdtempSync(join(this.spoolIn, "dossier-uploads-"));
      file = join(this.spool, `${job}.jsonl`);
      out = await open(file, "wx");
    } catch (err) {
      throw new SpoolFailed(`the upload could not be spooled: ${(err as Error).message}`);
    }
    let size = 0;
    const items: IngestItem[] = [];
    const limit = this.maxStreamedBytes;
    // Bytes are reserved as they arrive: uploads streaming at once share the spool's allowance.
    const reserve = (n: number): void => {
      this.spooledBytes += n;
      size += n;
    };
    const spooledBytes = (): number => this.spooledBytes;
    try {
      const spooled = async function* (): AsyncGenerator<Uint8Array> {
        for await (const chunk of stream) {
          reserve(chunk.length);
          if (size > limit) throw new UploadTooLarge(limit);
          if (spooledBytes() > MAX_SPOOLED_BYTES) throw new SpoolFull("too many uploads are waiting to be built; try again shortly");
          try {
            await out.write(chunk);
          } catch (err) {
            throw new SpoolFailed(`the upload could not be spooled: ${(err as Error).message}`);
          }
          yield chunk;
        }
      };
      for await (const d of streamInputs([{ path, stream: spooled() }], this.ingestConfig)) {
        if (items.length >= this.maxLines) throw new UploadTooLarge(this.maxLines, "lines");
        items.push("error" in d ? { path: d.path, id: null, status: "rejected", error: d.error } : { path: d.path, id: d.id, status: "pending" });
      }
      await out.close();
    } catch (err) {
      this.spooledBytes -= size;
      await out.close().catch(() => {});
      await unlink(file).catch(() => {});
      throw err;
    }
    const record: IngestJob = { job, state: "queued", items };
    this.remember(record);
    if (!items.some((i) => i.status === "pending")) {
      record.state = "done";
      this.spooledBytes -= size;
      await unlink(file).catch(() => {});
      return record;
    }
    this.queue.push({ job: record, source: { path, file }, size: { memory: 0, disk: size }, done: [] });
    this.kick();
    return record;
  }

  /** Removes the spool of streamed uploads (call after `idle`). */
  close(): void {
    if (this.spool) rmSync(this.spool, { recursive: true, force: true });
    this.spool = null;
  }

  get(job: string): IngestJob | null {
    return this.jobs.get(job) ?? null;
  }

  /** Resolves once the job is done or failed. */
  wait(job: IngestJob): Promise<IngestJob> {
    if (job.state === "done" || job.state === "failed") return Promise.resolve(job);
    const queued = this.queue.find((q) => q.job === job) ?? this.inFlight.find((q) => q.job === job);
    return new Promise((resolve) => queued!.done.push(() => resolve(job)));
  }

  /** Waits for the builds queued so far. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private inFlight: Queued[] = [];

  private kick(): void {
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.queue.length > 0) this.kick();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      this.inFlight = this.queue;
      this.queue = [];
      for (const q of this.inFlight) q.job.state = "running";
      const reply = await this.builder.build({ sources: this.inFlight.map((q) => q.source) });
      for (const q of this.inFlight) {
        this.queuedBytes -= q.size.memory;
        this.spooledBytes -= q.size.disk;
        if ("file" in q.source) await unlink(q.source.file).catch(() => {});
        if ("error" in reply) {
          q.job.state = "failed";
          q.job.error = reply.error;
        } else {
          const rejected = new Map(reply.rejected.map((r) => [r.path, r.error]));
          q.job.items = q.job.items.map((i) => {
            if (i.status !== "pending") return i;
            const error = rejected.get(i.path);
            return error === undefined ? { ...i, status: "stored" } : { ...i, status: "rejected", error };
          });
          q.job.state = "done";
          q.job.stories = reply.stories;
        }
        for (const done of q.done) done();
      }
      this.inFlight = [];
    }
  }

  private remember(job: IngestJob): void {
    this.jobs.set(job.job, job);
    this.rememberedItems += job.items.length;
    // The oldest forgotten first, past KEPT_JOBS jobs or MAX_REMEMBERED_ITEMS items in all (a job's items bound its memory).
    while (this.jobs.size > 1 && (this.jobs.size > KEPT_JOBS || this.rememberedItems > MAX_REMEMBERED_ITEMS)) {
      const [id, oldest] = this.jobs.entries().next().value!;
      this.rememberedItems -= oldest.items.length;
      this.jobs.delete(id);
    }
  }
}

/** A job's id: when it came, and a random part. */
const jobId = (): string => `${new Date().toISOString().replace(/[-:]/g, "").slice(0, 15)}-${randomBytes(4).toString("hex")}`;
