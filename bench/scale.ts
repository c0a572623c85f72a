/**
 * `npm run bench:scale`: end-to-end builds of generated corpora (bench/scale/corpus.ts) from
 * JSON lines into a SQLite store, in a child process as a user runs them, per size: articles
 * per second (wall), CPU time per article, peak RSS (/usr/bin/time -v), the wall and CPU
 * time to add 100 more articles to the full store, and the store's size on disk. Sizes: 10k and 100k by
 * default; `-- 1000000` (or any sizes) as arguments; `--cpu-prof` writes V8 profiles of
 * each first build to the temporary folder. Corpora are written to a temporary folder and
 * deleted (unless `--keep`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { baseTexts, writeCorpus } from "./scale/corpus.js";

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const profile = args.includes("--cpu-prof");
const keep = args.includes("--keep");
const ROOT = join(import.meta.dirname, "..");
const MORE = 100;

interface Run {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  readonly code: number;
}

/** `dossier build FILE` in a child under /usr/bin/time -v. */
function build(file: string, db: string, out: string, profileDir?: string): Run {
  const node = [...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []), "--import", "tsx", join(ROOT, "src", "cli", "main.ts"), "build", file, "--db", db, "--out", out];
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, ...node], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
  const field = (name: string): string => new RegExp(`${name}: (.+)`).exec(r.stderr)?.[1]?.trim() ?? "";
  const wall = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)").split(":").map(Number).reduce((t, x) => t * 60 + x, 0);
  if (r.status !== 0 && r.status !== 1) process.stderr.write(r.stderr.slice(-4000));
  return {
    wallSeconds: wall,
    cpuSeconds: Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)")),
    peakRssMb: Number(field("Maximum resident set size \\(kbytes\\)")) / 1024,
    code: r.status ?? -1,
  };
}

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
console.log("| articles | build wall s | articles/s | CPU ms/article | peak RSS MB | +100 wall s | +100 CPU s | +100 peak RSS MB | store MB | reports MB |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const size of sizes.length ? sizes : [10_000, 100_000]) {
  const corpus = join(dir, `corpus-${size}.jsonl`);
  const more = join(dir, `more-${size}.jsonl`);
  await writeCorpus(corpus, texts, size, 0, size);
  await writeCorpus(more, texts, MORE, size, size + 1);
  const db = join(dir, `store-${size}.db`);
  const out = join(dir, `out-${size}`);
  const first = build(corpus, db, out, profile ? join(dir, `profile-${size}`) : undefined);
  const added = build(more, db, out);
  const store = bytesOf(db) + bytesOf(`${db}-wal`);
  const row = [
    size,
    first.wallSeconds.toFixed(0),
    (size / first.wallSeconds).toFixed(0),
    ((first.cpuSeconds / size) * 1000).toFixed(2),
    first.peakRssMb.toFixed(0),
    added.wallSeconds.toFixed(1),
    added.cpuSeconds.toFixed(1),
    added.peakRssMb.toFixed(0),
    (store / 2 ** 20).toFixed(0),
    (bytesOf(out) / 2 ** 20).toFixed(1),
  ];
  console.log(`| ${row.join(" | ")} |${first.code > 1 || added.code > 1 ? ` exit ${first.code}/${added.code}` : ""}`);
  if (!keep) rmSync(join(dir, `corpus-${size}.jsonl`), { force: true });
}
if (!keep && !profile) rmSync(dir, { recursive: true, force: true });
