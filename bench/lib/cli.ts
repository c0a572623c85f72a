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
