/**
 * `dossier build --db postgres://… --workers N`: the build of src/pipeline.ts with its two
 * parallel steps handed to a job queue. It stores the inputs, puts every document still to
 * extract on the queue in bundles, starts N local worker processes (Node runs one thread, so
 * parallel work needs processes), and waits; assigns the articles to stories itself (serial,
 * in arrival order, under one advisory lock: the stories are those of a single-process
 * build); puts the stories on the work list on the queue in bundles, and waits again.
 * Workers on other machines take the same jobs. What it returns is what buildDossier returns.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { finishAnalysis, startAnalysis } from "../build/analyseStories.js";
import { assignStories } from "../build/assignStories.js";
import { buildContext } from "../build/context.js";
import { EXTRACTED, readWatermark } from "../build/extractDocuments.js";
import { storeInputs } from "../build/storeInputs.js";
import type { InputSource } from "../ingest/index.js";
import { type BuildOptions, type BuildSummary, extractionOutcome, logAnalysed, logAssigned } from "../pipeline.js";
import type { Store } from "../store/index.js";
import { dropRun, openQueue, queuePool, TASKS, waitForRun, withAssignLock } from "./queue.js";
import { type AnalyseJob, type ExtractJob, jobSpec } from "./tasks.js";

export interface WorkerBuildOptions extends Omit<BuildOptions, "store" | "languages"> {
  /** The store's postgres:// URL: the workers open it themselves. */
  readonly url: string;
  readonly store: Store;
  /** Local worker processes to start; 0 leaves the jobs to workers started elsewhere. */
  readonly workers: number;
}

/** Documents per extract job: a job costs a few queries, an article some milliseconds. */
const EXTRACT_JOB_DOCUMENTS = 16;
/** Stories per analyse job: most stories have a few articles; small bundles spread a build evenly over the workers. */
const ANALYSE_JOB_STORIES = 4;
/** Pending documents, or queued stories, read from the store at a time to make jobs of. */
const PAGE = 256;

export async function buildWithWorkers(inputs: readonly InputSource[], options: WorkerBuildOptions): Promise<BuildSummary> {
  const { store, url } = options;
  const overrides = options.config ?? {};
  const ctx = buildContext(store, { config: overrides, log: options.log, progress: options.progress });
  const { log, keys } = ctx;
  const pool = queuePool(url, 2);
  const children: ChildProcess[] = [];
  try {
    const utils = await openQueue(pool);
    const run = randomBytes(6).toString("hex");
    try {
      for (let i = 0; i < options.workers; i++) children.push(startLocalWorker(url));
      const alive = (): boolean => options.workers === 0 || children.some((c) => c.exitCode === null && c.signalCode === null);
      const jobKeys = { extractor: keys.extractor, analysis: keys.analysis };
      const addJob = async (task: string, payload: ExtractJob | AnalyseJob, name: string): Promise<void> => {
        await utils.addJob(task, payload, jobSpec(run, name));
      };

      // Inputs are stored first: a worker on any machine reads them from the store.
      const given = await storeInputs(ctx, inputs);
      // Every document this extractor still owes (this build's, and any a killed build left), a job per bundle.
      let seq = await readWatermark(ctx, keys.extractor);
      const mark = seq;
      let documents = 0;
      let jobs = 0;
      for (;;) {
        const page = await store.pendingDocuments(keys.extractor, seq, PAGE);
        if (page.length === 0) break;
        seq = page[page.length - 1]!.seq;
        documents += page.length;
        const ids = page.map((p) => p.document.id);
        for (let i = 0; i < ids.length; i += EXTRACT_JOB_DOCUMENTS) {
          await addJob(TASKS.extract, { run, config: overrides, keys: jobKeys, ids: ids.slice(i, i + EXTRACT_JOB_DOCUMENTS) }, `extract:${jobs++}`);
        }
      }
      log(`read ${given.read} document(s), rejected ${given.rejected.length}; ${documents} to extract in ${jobs} job(s) on ${options.workers || "remote"} worker(s)`);
      await waitForRun(pool, run, alive, (pending) => ctx.progress?.("extract", Math.min(documents, (jobs - pending) * EXTRACT_JOB_DOCUMENTS), documents));
      // Every document up to the last one sent is done (checked: a worker of other code would leave them to do),
      // so the next build's extraction starts after it.
      const left = await store.pendingDocuments(keys.extractor, mark, 1);
      if (left.length > 0 && left[0]!.seq <= seq) throw new Error(`document ${left[0]!.document.id} was not extracted by the workers; is every worker running this version of Dossier?`);
      if (seq !== mark) await store.putMeta(EXTRACTED, JSON.stringify({ key: keys.extractor, seq }));
      const { added, failed } = await extractionOutcome(ctx, given);

      const assigned = await withAssignLock(pool, () => assignStories(ctx));
      logAssigned(ctx, assigned);

      // The work list, a job per bundle: this build's stories, and any a killed build left.
      const sameKey = await startAnalysis(ctx);
      const sent: string[] = [];
      let after: { position: number; storyId: string } | undefined;
      for (;;) {
        const page = await store.queuedStories(PAGE, after);
        if (page.length === 0) break;
        after = page[page.length - 1]!;
        for (let i = 0; i < page.length; i += ANALYSE_JOB_STORIES) {
          const stories = page.slice(i, i + ANALYSE_JOB_STORIES);
          await addJob(TASKS.analyse, { run, config: overrides, keys: jobKeys, sameKey, stories }, `analyse:${stories[0]!.storyId}`);
          sent.push(...stories.map((s) => s.storyId));
        }
      }
      const analyseJobs = Math.ceil(sent.length / ANALYSE_JOB_STORIES);
      await waitForRun(pool, run, alive, (pending) => ctx.progress?.("analyse", Math.min(sent.length, (analyseJobs - pending) * ANALYSE_JOB_STORIES), sent.length));
      await finishAnalysis(ctx);

      // Stories the jobs wrote, and those they deleted (no article left).
      const changed: string[] = [];
      const emptied = new Set<string>();
      for (let i = 0; i < sent.length; i += PAGE) {
        const ids = sent.slice(i, i + PAGE);
        const found = await store.getStories(ids);
        for (const id of ids) {
          if (found.has(id)) changed.push(id);
          else emptied.add(id);
        }
      }
      const written = new Set(changed);
      const removed = [...new Set([...assigned.removed, ...emptied])].filter((id) => !written.has(id));
      logAnalysed(ctx, changed.length, removed.length, 0);
      return { read: given.read, added, rejected: [...given.rejected, ...failed], assigned: assigned.assigned, storiesChanged: changed, storiesRemoved: removed };
    } finally {
      // A build that stops (killed by a signal, or failed) leaves no jobs behind: the next build makes its own of what is left.
      await dropRun(pool, run).catch(() => {});
      await utils.release();
    }
  } finally {
    await Promise.all(children.map(stopLocalWorker));
    await pool.end();
  }
}

/** The CLI next to this module (main.ts under tsx, main.js when built). */
function cliPath(): string {
  const ext = extname(fileURLToPath(import.meta.url));
  return fileURLToPath(new URL(`../cli/main${ext}`, import.meta.url));
}

/** A `dossier worker` child process; it stops when this process ends, however it ends (the IPC channel closes). */
function startLocalWorker(url: string): ChildProcess {
  const main = cliPath();
  const loader = extname(main) === ".ts" ? ["--import", "tsx"] : [];
  return spawn(process.execPath, [...loader, main, "worker", "--db", url], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
}

function stopLocalWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    if (child.connected) child.disconnect();
  });
}
