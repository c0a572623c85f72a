/**
 * The command users run: `dossier` is dist/cli/main.js (package.json "bin"), the compiled
 * JavaScript, not the TypeScript sources under tsx (which compiles every module at start: about
 * 1.3 s more CPU a process). Benches that time the CLI build it first, so that they time the
 * sources as they are now, the way users run them.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
let built: string | null = null;

/** Path of the freshly built CLI entry point: `npm run build` once per bench process. */
export function builtCli(): string {
  if (built) return built;
  const r = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "build"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
  built = join(ROOT, "dist", "cli", "main.js");
  return built;
}

export interface Run {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  readonly code: number;
}

/** `dossier build FILE` in a child under /usr/bin/time -v: wall and CPU seconds, peak RSS, exit code. */
export function timedBuild(file: string, db: string, out: string, profileDir?: string, extra: readonly string[] = []): Run {
  const node = [...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []), builtCli(), "build", file, "--db", db, "--out", out, ...extra];
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
