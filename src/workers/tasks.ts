/**
 * What a worker does with each job. Every job reads its input from the store (never from a
 * local path: workers run on any machine) and is idempotent: run again after its worker died
 * in the middle of it, it writes the same.
 *
 * - extract (parallel): a bundle of stored documents → articles (or refusals).
 * - analyse (parallel): a bundle of stories from the work list (story_queue) → analysed
 *   stories, written and taken off the list.
 * Story assignment is not a job: the build that stores the inputs runs it, serially, under
 * one advisory lock (src/workers/build.ts).
 */
import type { TaskList } from "graphile-worker";
import { ANALYSIS, analyseBatch } from "../build/analyseStories.js";
import { type BuildContext, buildContext } from "../build/context.js";
import { extractBatch } from "../build/extractDocuments.js";
import type { ConfigOverrides } from "../config.js";
import { createExtractor, type Extractor } from "../extract/index.js";
import type { InputDocument } from "../model.js";
import type { Store } from "../store/index.js";
import { FATAL_JOB_ERROR, MAX_ATTEMPTS, TASKS } from "./queue.js";
import { VERSION } from "../version.js";

/**
 * Every job carries its build run (its jobs' keys start with it), the build's configuration,
 * and the keys of the code the build runs: a worker running other code (another version, a
 * patched copy) would store articles and analyses the build cannot use, so it refuses the job.
 */
interface JobBase {
  readonly run: string;
  readonly config: ConfigOverrides;
  readonly keys: { readonly extractor: string; readonly analysis: string };
}
export interface ExtractJob extends JobBase {
  readonly ids: readonly string[];
}
export interface AnalyseJob extends JobBase {
  /** Whether the stored analyses were made with this analysis key (a story whose group is unchanged keeps its own). */
  readonly sameKey: boolean;
  readonly stories: ReadonlyArray<{ storyId: string; position: number }>;
}

/** Job specs a run adds: its key (for waiting on the run) and attempts. */
export function jobSpec(run: string, name: string) {
  return { jobKey: `${run}:${name}`, maxAttempts: MAX_ATTEMPTS };
}

/** The task list of a worker whose store is `store`. */
export function workerTasks(store: Store, log: (line: string) => void): TaskList {
  const extractors = new Map<string, Promise<Extractor>>();
  const contextOf = (job: JobBase): BuildContext => {
    const ctx = buildContext(store, { config: job.config, log });
    if (ctx.keys.extractor !== job.keys.extractor || ctx.keys.analysis !== job.keys.analysis) {
      throw new Error(`${FATAL_JOB_ERROR}this worker runs other code than the build (Dossier ${VERSION}, keys ${ctx.keys.extractor} / ${ctx.keys.analysis}; the build's ${job.keys.extractor} / ${job.keys.analysis}): run the same version of Dossier for builds and workers`);
    }
    return ctx;
  };

  return {
    async [TASKS.extract](payload: unknown) {
      const job = payload as ExtractJob;
      const ctx = contextOf(job);
      const key = ctx.keys.extractor;
      if (!extractors.has(key)) extractors.set(key, createExtractor(ctx.config.extract, ctx.languages));
      const extractor = await extractors.get(key)!;
      const docs = await store.getDocuments(job.ids);
      const known = await store.getArticles(job.ids);
      // Gone (removed), or done before this job ran (a job run again after its worker died): skipped.
      const todo = job.ids.flatMap((id): InputDocument[] => {
        const doc = docs.get(id);
        return doc && known.get(id)?.extractorVersion !== key ? [doc] : [];
      });
      if (todo.length > 0) await extractBatch(ctx, extractor, todo);
    },

    async [TASKS.analyse](payload: unknown) {
      const job = payload as AnalyseJob;
      const ctx = contextOf(job);
      // A later build with other analysis settings owns the work list now: its own jobs do the work.
      if ((await store.getMeta(ANALYSIS)) !== job.keys.analysis) return;
      await analyseBatch(ctx, job.stories, job.sameKey);
    },
  };
}
