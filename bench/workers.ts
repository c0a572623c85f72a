/**
 * `npm run bench:workers` (under scripts/with-postgres.sh, or with DOSSIER_BENCH_POSTGRES_URL):
 * throughput of the parallel stages, extraction and story analysis, with 1 and 2
 * `dossier worker` processes on one PostgreSQL store. Goal: 2 workers ≥ 1.7× one.
 *
 * Corpus: N real news texts (PolNeAR, ../shared/data/attribution/polnear/train/text), each
 * with a copy and a rewrite (paragraphs in another order), so stories have three articles.
 * The workers are started, and warmed up by a build of 20 other texts, before the clock
 * starts; the build itself starts none (--workers 0), as with workers on other machines. Figures are articles per second
 * of wall time for each stage, from the build's own progress lines, with the cores the whole
 * machine kept busy meanwhile (/proc/stat): where two workers already fill every core, more
 * speed-up has to come from less work per article, not from more workers. The cores are also
 * split by process (/proc/PID/stat): each worker (its threads together: V8 compiles and collects
 * garbage beside the JavaScript), the PostgreSQL server, and this process, which runs the build.
 * `BENCH_WORKER_NODE_FLAGS` passes Node flags to the workers (e.g. "--single-threaded-gc").
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freshDatabase } from "./lib/postgres.js";
import { openPostgresStore } from "../src/store/index.js";
import { buildWithWorkers } from "../src/workers/build.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TEXTS = join(ROOT, "..", "shared", "data", "attribution", "polnear", "train", "text");
const BASE_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 150);
/** `-- --same-session`: the workers in this process's session, as `build --workers N` starts them. */
const SAME_SESSION = process.argv.includes("--same-session");
const admin = process.env.DOSSIER_BENCH_POSTGRES_URL ?? process.env.DOSSIER_TEST_POSTGRES_URL;
if (!admin) throw new Error("set DOSSIER_BENCH_POSTGRES_URL, or run under scripts/with-postgres.sh");

/** Texts for the warm-up build that comes before the clock starts: each worker loads its models and compiles its hot code. */
const WARM_UP_TEXTS = 20;

function corpus(from: number, texts: number): { dir: string; count: number } {
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-workers-"));
  const files = readdirSync(TEXTS).filter((f) => f.endsWith(".txt")).sort().slice(from, from + texts);
  for (const [i, f] of files.entries()) {
    const text = readFileSync(join(TEXTS, f), "utf8");
    const paragraphs = text.split(/\n\s*\n/);
    mkdirSync(join(dir, String(i)));
    writeFileSync(join(dir, String(i), "a.txt"), text);
    writeFileSync(join(dir, String(i), "b.txt"), `${text}\n\nThis article first appeared elsewhere.`);
    writeFileSync(join(dir, String(i), "c.txt"), [paragraphs[0], ...paragraphs.slice(1).reverse()].join("\n\n"));
  }
  return { dir, count: files.length * 3 };
}

/** A `dossier worker` process, resolved once it says it waits for jobs, with its pid and a stop. */
function startWorker(url: string): Promise<{ pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [...(process.env.BENCH_WORKER_NODE_FLAGS ?? "").split(" ").filter(Boolean), "--import", "tsx", join(ROOT, "src", "cli", "main.ts"), "worker", "--db", url], {
    // The IPC channel stops the worker when this bench ends, however it ends.
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    // Each worker in a session of its own, as a service on its own machine would be: Linux's autogroup
    // scheduler gives one session one share of a busy machine, however many processes it runs.
    detached: !SAME_SESSION,
  });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  return new Promise((resolve, reject) => {
    let text = "";
    child.stderr!.on("data", (d: Buffer) => {
      text += d.toString();
      if (text.includes("waiting for jobs")) resolve({ pid: child.pid!, stop: () => (child.kill("SIGTERM"), exited) });
    });
    child.once("exit", (code) => reject(new Error(`worker ended (${code}): ${text}`)));
  });
}

/** The machine's CPU time so far, busy and total, in clock ticks (Linux /proc/stat); null elsewhere. */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    // user, nice, system, idle, iowait, irq, softirq, steal: guest time is already counted in user.
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const idle = fields[3]! + (fields[4] ?? 0);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}
/** The CPUs /proc/stat counts (the whole machine's, which a container's CPU set may not be). */
const CORES = (() => {
  try {
    return readFileSync("/proc/stat", "utf8").split("\n").filter((l) => /^cpu\d+\s/.test(l)).length || availableParallelism();
  } catch {
    return availableParallelism();
  }
})();

/** A process's CPU time so far in clock ticks, user + system; with `children`, that of its ended children too (Linux /proc/PID/stat); 0 when unreadable. */
function processTicks(pid: number | "self", children = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command's closing bracket: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
    return f[11]! + f[12]! + (children ? f[13]! + f[14]! : 0);
  } catch {
    return 0;
  }
}

/** CPU ticks of the PostgreSQL server: its live processes, and the backends that ended (counted in the postmaster's children). */
function postgresTicks(): number {
  let ticks = 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let comm = "";
    try {
      comm = readFileSync(`/proc/${name}/comm`, "utf8").trim();
    } catch {
      continue;
    }
    if (comm !== "postgres") continue;
    // The postmaster is the one whose parent is not a postgres process.
    let parentComm = "";
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1];
      parentComm = readFileSync(`/proc/${ppid}/comm`, "utf8").trim();
    } catch {
      // gone meanwhile
    }
    ticks += processTicks(Number(name), parentComm !== "postgres");
  }
  return ticks;
}

/** Per-process CPU during a stage, in cores: each worker, the PostgreSQL server, this process (the build). */
interface ProcessShares {
  readonly workers: number[];
  readonly postgres: number;
  readonly build: number;
}

/** Cores busy between two readings, machine-wide: the workers, the PostgreSQL server and the build together. */
function coresBusy(from: ReturnType<typeof cpuTicks> | undefined, to: ReturnType<typeof cpuTicks> | undefined): number {
  return from && to && to.total > from.total ? ((to.busy - from.busy) / (to.total - from.total)) * CORES : NaN;
}

async function measure(workers: number, warmUp: string, input: string, count: number) {
  const url = await freshDatabase(admin!, `dossier_bench_workers_${workers}`);
  const started = await Promise.all(Array.from({ length: workers }, () => startWorker(url)));
  const stops = started.map((w) => w.stop);
  const ticksPerSecond = 100; // USER_HZ on Linux
  const perProcess = (): { at: number; workers: number[]; postgres: number; build: number } => ({
    at: performance.now(),
    workers: started.map((w) => processTicks(w.pid)),
    postgres: postgresTicks(),
    build: processTicks("self"),
  });
  const procs = new Map<string, ReturnType<typeof perProcess>>();
  const store = await openPostgresStore(url);
  const at = new Map<string, number>();
  // Progress lines by their first word: "read", "extracted", "assigned", "analysed".
  const cpu = new Map<string, ReturnType<typeof cpuTicks>>();
  const log = (line: string): void => {
    const word = line.split(" ")[0]!;
    at.set(word, performance.now());
    cpu.set(word, cpuTicks());
    procs.set(word, perProcess());
  };
  try {
    await buildWithWorkers([warmUp], { url, store, workers: 0 });
    await buildWithWorkers([input], { url, store, workers: 0, log });
  } finally {
    await store.close();
    await Promise.all(stops.map((stop) => stop()));
  }
  const extract = (at.get("extracted")! - at.get("read")!) / 1000;
  const analyse = (at.get("analysed")! - at.get("assigned")!) / 1000;
  const busy = { extract: coresBusy(cpu.get("read"), cpu.get("extracted")), analyse: coresBusy(cpu.get("assigned"), cpu.get("analysed")) };
  const shares = (from: string, to: string): ProcessShares => {
    const a = procs.get(from)!, b = procs.get(to)!;
    const seconds = (b.at - a.at) / 1000;
    const cores = (t: number): number => t / ticksPerSecond / seconds;
    return { workers: b.workers.map((t, i) => cores(t - a.workers[i]!)), postgres: cores(b.postgres - a.postgres), build: cores(b.build - a.build) };
  };
  const byProcess = { extract: shares("read", "extracted"), analyse: shares("assigned", "analysed") };
  return { workers, extract: count / extract, analyse: count / analyse, parallel: count / (extract + analyse), seconds: extract + analyse, busy, byProcess };
}

const warmUp = corpus(0, WARM_UP_TEXTS).dir;
const { dir, count } = corpus(WARM_UP_TEXTS, BASE_ARTICLES);
console.log(`bench:workers: ${count} articles (${count / 3} PolNeAR texts, each with a copy and a rewrite), PostgreSQL, workers ${SAME_SESSION ? "in this session" : "each in its own session"}`);
/** `BENCH_RUNS`: rounds of (1 worker, 2 workers), alternated so a burst of load elsewhere hits both; the ratio is of the medians. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const runs = new Map<number, Array<Awaited<ReturnType<typeof measure>>>>([[1, []], [2, []]]);
for (let round = 1; round <= RUNS; round++)
  for (const workers of [1, 2]) {
    const r = await measure(workers, warmUp, dir, count);
    runs.get(workers)!.push(r);
    console.log(
      `round ${round}, ${workers} worker(s): extraction ${r.extract.toFixed(1)} articles/s, analysis ${r.analyse.toFixed(1)} articles/s, both stages ${r.parallel.toFixed(1)} articles/s (${r.seconds.toFixed(1)} s); ` +
        `cores busy (of ${CORES}, whole machine): extraction ${r.busy.extract.toFixed(2)}, analysis ${r.busy.analyse.toFixed(2)}`,
    );
    const show = (s: ProcessShares): string => `workers ${s.workers.map((w) => w.toFixed(2)).join(" + ")}, PostgreSQL ${s.postgres.toFixed(2)}, build ${s.build.toFixed(2)}`;
    console.log(`  cores by process: extraction ${show(r.byProcess.extract)}; analysis ${show(r.byProcess.analyse)}`);
  }
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const [one, two] = [runs.get(1)!, runs.get(2)!].map((rs) => median(rs.map((r) => r.parallel))) as [number, number];
const ratios = runs.get(2)!.map((r, i) => (r.parallel / runs.get(1)![i]!.parallel).toFixed(2));
console.log(`median of ${RUNS} round(s): 1 worker ${one.toFixed(1)} articles/s, 2 workers ${two.toFixed(1)} articles/s on the parallel stages`);
console.log(`2 workers / 1 worker: ${(two / one).toFixed(2)}× (goal ≥ 1.7×); per round ${ratios.join(", ")}`);
