/**
 * `npm run bench:scale`: end-to-end builds of generated corpora (bench/scale/corpus.ts) from
 * JSON lines into a SQLite store, in a child process as a user runs them (the built
 * dist/cli/main.js, bench/lib/cli.ts), per size: articles
 * per second (wall), CPU time per article, peak RSS (/usr/bin/time -v), the wall and CPU time
 * to add 100 more articles to the full store, and the store's size on disk. Sizes: 10k and 100k by
 * default; `-- 1000000` (or any sizes) as arguments; `--cpu-prof` writes V8 profiles of
 * each first build (profile-N/) and of each +100 build (profile-N-more/) to the temporary folder. Corpora are written to a temporary folder and
 * deleted (unless `--keep`). `--postgres` adds rows for a PostgreSQL store built with 1 and
 * with 2 local workers (`build --workers N`), on a fresh database each, under
 * scripts/with-postgres.sh or with DOSSIER_BENCH_POSTGRES_URL; CPU time and peak RSS then
 * cover the build and its worker processes, not the database server. `--threads N` (repeatable)
 * adds a row per N for SQLite with `build --threads N` (analysis threads beside the build's).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { timedBuild as build } from "./lib/cli.js";
import { freshDatabase } from "./lib/postgres.js";
import { baseTexts, writeCorpus } from "./scale/corpus.js";

const args = process.argv.slice(2);
const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== "--threads").map(Number);
const profile = args.includes("--cpu-prof");
const keep = args.includes("--keep");
const threads = args.flatMap((a, i) => (args[i - 1] === "--threads" && /^\d+$/.test(a) ? [Number(a)] : []));
const postgres = args.includes("--postgres") ? (process.env.DOSSIER_BENCH_POSTGRES_URL ?? process.env.DOSSIER_TEST_POSTGRES_URL) : undefined;
if (args.includes("--postgres") && !postgres) throw new Error("--postgres: set DOSSIER_BENCH_POSTGRES_URL, or run under scripts/with-postgres.sh");
const MORE = 100;

function bytesOf(path: string): number {
  try {
    const s = statSync(path);
    if (!s.isDirectory()) return s.size;
    return readdirSync(path).reduce((t, f) => t + bytesOf(join(path, f)), 0);
  } catch {
    return 0;
  }
}

const texts = baseTexts();
if (texts.length === 0) {
  console.log("no base texts in ../shared/data (stance/fnc1, similarity/semeval2022-task8): skipped");
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), "dossier-scale-"));
console.log(`## bench:scale: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`);
console.log(`corpora from ${texts.length} real base texts, in ${dir}\n`);
/** The stores a corpus is built into: SQLite in one process (and with --threads), and with --postgres, PostgreSQL with 1 and 2 workers. */
const stores: Array<{ name: string; db: (size: number) => Promise<string>; extra: readonly string[] }> = [
  { name: "SQLite, 1 process", db: async (size) => join(dir, `store-${size}.db`), extra: [] },
  ...threads.map((n) => ({ name: `SQLite, --threads ${n}`, db: async (size: number) => join(dir, `store-${size}-threads-${n}.db`), extra: ["--threads", String(n)] })),
  ...[1, 2].flatMap((n) => (postgres ? [{ name: `PostgreSQL, ${n} worker${n > 1 ? "s" : ""}`, db: (size: number) => freshDatabase(postgres!, `dossier_bench_scale_${size}_${n}`), extra: ["--workers", String(n)] }] : [])),
];

console.log("| store | articles | build wall s | articles/s | CPU ms/article | peak RSS MB | +100 wall s | +100 CPU s | +100 peak RSS MB | store MB | reports MB |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
for (const size of sizes.length ? sizes : [10_000, 100_000]) {
  const corpus = join(dir, `corpus-${size}.jsonl`);
  const more = join(dir, `more-${size}.jsonl`);
  await writeCorpus(corpus, texts, size, 0, size);
  await writeCorpus(more, texts, MORE, size, size + 1);
  for (const target of stores) {
    const db = await target.db(size);
    const out = join(dir, `out-${size}-${stores.indexOf(target)}`);
    const first = build(corpus, db, out, profile ? join(dir, `profile-${size}`) : undefined, target.extra);
    const added = build(more, db, out, profile ? join(dir, `profile-${size}-more`) : undefined, target.extra);
    const store = db.startsWith("postgres") ? null : bytesOf(db) + bytesOf(`${db}-wal`);
    const row = [
      target.name,
      size,
      first.wallSeconds.toFixed(0),
      (size / first.wallSeconds).toFixed(0),
      ((first.cpuSeconds / size) * 1000).toFixed(2),
      first.peakRssMb.toFixed(0),
      added.wallSeconds.toFixed(1),
      added.cpuSeconds.toFixed(1),
      added.peakRssMb.toFixed(0),
      store === null ? "–" : (store / 2 ** 20).toFixed(0),
      (bytesOf(out) / 2 ** 20).toFixed(1),
    ];
    console.log(`| ${row.join(" | ")} |${first.code > 1 || added.code > 1 ? ` exit ${first.code}/${added.code}` : ""}`);
  }
  if (!keep) rmSync(join(dir, `corpus-${size}.jsonl`), { force: true });
}
if (!keep && !profile) rmSync(dir, { recursive: true, force: true });
