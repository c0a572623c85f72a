/**
 * Ingests, one build at a time: each upload is read at once (its items and their ids are known
 * when the request is answered), queued, and built with every upload that arrived while the
 * previous build ran. A client waits for its job or polls it.
 */
import { randomBytes } from "node:crypto";
import { resolveConfig } from "../config.js";
import { parseBytes } from "../ingest/readInputs.js";
import type { Builder } from "./builders.js";

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
/** Bytes waiting for a build at most: beyond it an upload is refused (503), so a flood cannot fill memory. */
const MAX_QUEUED_BYTES = 256 * 1024 * 1024;

interface Queued {
  readonly job: IngestJob;
  readonly source: { path: string; bytes: Uint8Array };
  readonly done: Array<() => void>;
}

export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private queue: Queued[] = [];
  private queuedBytes = 0;
  private running: Promise<void> | null = null;
  private readonly ingestConfig = resolveConfig().ingest;

  constructor(private readonly builder: Builder) {}

  /** Reads an upload into items and queues its build; null when the queue is full. */
  submit(name: string, bytes: Uint8Array): IngestJob | null {
    if (this.queuedBytes + bytes.length > MAX_QUEUED_BYTES) return null;
    const job = `${new Date().toISOString().replace(/[-:]/g, "").slice(0, 15)}-${randomBytes(4).toString("hex")}`;
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
    this.queue.push({ job: record, source: { path, bytes }, done: [] });
    this.queuedBytes += bytes.length;
    this.kick();
    return record;
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
        this.queuedBytes -= q.source.bytes.length;
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
    if (this.jobs.size > KEPT_JOBS) this.jobs.delete(this.jobs.keys().next().value!);
  }
}
