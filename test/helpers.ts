/** Shared test helpers: run the CLI from source, make temporary folders, find the shared seeds. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEMO = join(ROOT, "examples");
export const SEEDS = join(ROOT, "..", "shared", "examples", "maduro-aid");
export const SEEDS_MISSING = existsSync(SEEDS) ? false : `seed folder ${SEEDS} is absent`;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `dossier ARGS` from the TypeScript sources (so tests never see a stale build). */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer } = {}): CliResult {
  // tsx by where this checkout has it, so that a command run in another folder (a relative path's) finds it too.
  const r = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), join(ROOT, "src", "cli", "main.ts"), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = "dossier-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
