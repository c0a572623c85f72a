/**
 * The job queue on the store's own PostgreSQL database: graphile-worker, in its own schema
 * (`graphile_worker`), beside Dossier's tables. Jobs are picked up at once (LISTEN/NOTIFY).
 *
 * A worker killed with its job locked would leave that job locked for graphile-worker's
 * four-hour expiry. So every worker holds a session advisory lock named after its worker id
 * for as long as it lives; the server drops it when the process dies, and a job whose
 * worker's lock is free is unlocked again at once (`recoverDeadWorkers`). Every job is
 * idempotent, so a job run again after its worker died does no harm.
 */
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { Logger, makeWorkerUtils, type TaskList, type WorkerUtils, run, type Runner } from "graphile-worker";
import pg from "pg";

/** The tasks a Dossier worker runs. */
export const TASKS = { extract: "dossier_extract", analyse: "dossier_analyse" } as const;

/** Advisory lock class ids ("DOSW", "DOSA"): a worker's liveness lock, and the one story assignment holds. */
const LIVENESS_LOCK_CLASS = 0x444f5357;
const ASSIGN_LOCK_CLASS = 0x444f5341;

/** Attempts before a job counts as failed for good: a job whose worker died has used one without failing. */
export const MAX_ATTEMPTS = 5;

/** A job locked for less than this may belong to a worker that has not yet taken its liveness lock. */
const RECOVERY_GRACE_SECONDS = 2;

/** Serialises graphile-worker's first-time schema install: two processes creating the schema at once collide in pg_namespace. */
const MIGRATE_LOCK_CLASS = 0x444f534d;

/** graphile-worker's own logging, kept to errors (on stderr) so that progress lines stay Dossier's; DOSSIER_QUEUE_LOG=1 shows every job. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || process.env.DOSSIER_QUEUE_LOG === "1") process.stderr.write(`dossier worker ${process.pid}: ${message}\n`);
});

/** A pool for the queue; a dropped connection fails the query in flight instead of ending the process. */
export function queuePool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return pool;
}

/** Installs or upgrades the queue's schema, one process at a time, and returns the helpers to add jobs. */
export async function openQueue(pool: pg.Pool): Promise<WorkerUtils> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1, 0)", [MIGRATE_LOCK_CLASS]);
    const utils = await makeWorkerUtils({ pgPool: pool, logger: quietLogger });
    try {
      await utils.migrate();
    } catch (err) {
      await utils.release();
      throw err;
    }
    return utils;
  } finally {
    await client.query("select pg_advisory_unlock($1, 0)", [MIGRATE_LOCK_CLASS]).catch(() => {});
    client.release();
  }
}

export interface RunningWorker {
  readonly workerId: string;
  /** Finishes the job in hand, then stops. */
  stop(): Promise<void>;
  /** Settles when the worker has stopped. */
  readonly done: Promise<void>;
}

/** How often a worker looks for the jobs of dead workers, so that none waits for a build to do it. */
const RECOVERY_INTERVAL_MS = 10_000;

/** Runs one worker (one job at a time: the work is CPU-bound, so parallelism comes from more processes). */
export async function startWorker(pool: pg.Pool, tasks: TaskList, log: (line: string) => void): Promise<RunningWorker> {
  const workerId = `dossier-${hostname()}-${process.pid}-${randomBytes(4).toString("hex")}`;
  // Held for the worker's life on a connection of its own: the server frees it when the process dies.
  const liveness = await pool.connect();
  let runner: Runner;
  try {
    await liveness.query("select pg_advisory_lock($1, hashtext($2))", [LIVENESS_LOCK_CLASS, workerId]);
    await recoverDeadWorkers(pool);
    // workerId is accepted at concurrency 1 though not in the option type of 0.16.
    runner = await run({ pgPool: pool, concurrency: 1, taskList: tasks, logger: quietLogger, noHandleSignals: true, workerId } as Parameters<typeof run>[0]);
  } catch (err) {
    liveness.release();
    throw err;
  }
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= runner.stop().catch((err: Error) => log(`worker ${workerId}: ${err.message}`)));
  // Without its liveness lock another worker would take this one's job as a dead worker's: stop instead.
  const lost = (): void => {
    log(`worker ${workerId}: lost its connection to the database; stopping`);
    void stop();
  };
  liveness.on("error", lost);
  liveness.on("end", lost);
  const timer = setInterval(() => void recoverDeadWorkers(pool).catch(() => {}), RECOVERY_INTERVAL_MS);
  timer.unref();
  const done = runner.promise.finally(() => {
    clearInterval(timer);
    liveness.off("end", lost);
    liveness.release();
  });
  return { workerId, stop, done };
}

/** Unlocks the jobs (and queues) of workers that have died: their liveness lock is free. Returns how many workers. */
export async function recoverDeadWorkers(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ locked_by: string }>(
    `select distinct locked_by from graphile_worker.jobs where locked_by is not null and locked_at < now() - make_interval(secs => $1)`,
    [RECOVERY_GRACE_SECONDS],
  );
  if (rows.length === 0) return 0;
  const dead: string[] = [];
  const client = await pool.connect();
  try {
    for (const { locked_by: id } of rows) {
      const free = (await client.query<{ free: boolean }>("select pg_try_advisory_lock($1, hashtext($2)) as free", [LIVENESS_LOCK_CLASS, id])).rows[0]!.free;
      if (!free) continue;
      dead.push(id);
      await client.query("select pg_advisory_unlock($1, hashtext($2))", [LIVENESS_LOCK_CLASS, id]);
    }
  } finally {
    client.release();
  }
  if (dead.length > 0) {
    // Said on the job, so that a job whose workers keep dying (a document that exhausts memory) fails with a reason.
    await pool.query(
      "update graphile_worker._private_jobs set last_error = 'its worker (' || locked_by || ') died while running it: killed, or out of memory' where locked_by = any($1::text[])",
      [dead],
    );
    // What WorkerUtils.forceUnlockWorkers runs: the jobs and named queues those workers held become free.
    await pool.query("select graphile_worker.force_unlock_workers($1::text[])", [dead]);
  }
  return dead.length;
}

/** Runs `work` as the one holder of the story-assignment lock; a holder that dies releases it with its connection. */
export async function withAssignLock<T>(pool: pg.Pool, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1, 0)", [ASSIGN_LOCK_CLASS]);
    try {
      return await work();
    } finally {
      await client.query("select pg_advisory_unlock($1, 0)", [ASSIGN_LOCK_CLASS]);
    }
  } finally {
    client.release();
  }
}

/** The jobs of one build run (their keys start with the run's id). */
export interface RunState {
  readonly pending: number;
  /** Errors of jobs that have used all their attempts. */
  readonly failed: readonly string[];
}

export async function runState(pool: pg.Pool, run: string): Promise<RunState> {
  const { rows } = await pool.query<{ pending: string; failed: string[] | null }>(
    `select count(*) filter (where attempts < max_attempts) as pending,
            array_agg(task_identifier || ' ' || key || ': ' || coalesce(last_error, 'failed'))
              filter (where attempts >= max_attempts or last_error like $2) as failed
       from graphile_worker.jobs where key like $1`,
    [`${run}:%`, `${FATAL_JOB_ERROR}%`],
  );
  return { pending: Number(rows[0]!.pending), failed: rows[0]!.failed ?? [] };
}

/** A job error that trying again cannot mend (a worker running other code): the build stops at the first one. */
export const FATAL_JOB_ERROR = "cannot run: ";

/** Takes the run's jobs that no worker holds off the queue (a build that stops leaves no work behind for later). */
export async function dropRun(pool: pg.Pool, run: string): Promise<void> {
  await pool.query("delete from graphile_worker._private_jobs where key like $1 and locked_at is null", [`${run}:%`]);
}

/** How often a waiting build looks at its jobs (and for dead workers). */
const WAIT_POLL_MS = 200;
const RECOVERY_EVERY_POLLS = 10;

/**
 * Waits until every job of `run` is done, telling `onPoll` how many are left; throws with the
 * first job's error when one failed for good, or when no worker is left to run them.
 */
export async function waitForRun(pool: pg.Pool, run: string, workersAlive: () => boolean, onPoll?: (pending: number) => void): Promise<void> {
  for (let poll = 0; ; poll++) {
    const state = await runState(pool, run);
    onPoll?.(state.pending);
    if (state.failed.length > 0) throw new Error(`a worker job failed: ${state.failed[0]}`);
    if (state.pending === 0) return;
    if (!workersAlive()) throw new Error("every local worker stopped before the work was done");
    if (poll % RECOVERY_EVERY_POLLS === RECOVERY_EVERY_POLLS - 1) await recoverDeadWorkers(pool);
    await new Promise((r) => setTimeout(r, WAIT_POLL_MS));
  }
}

export type { WorkerUtils };
