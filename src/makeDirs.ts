/**
 * `mkdir -p` that fails rather than loops. Node 20's `mkdir(path, { recursive: true })` never
 * returns where a parent exists but refuses new entries (`--out /proc/forbidden` spun a build
 * at full CPU for good): here the missing folders are found by walking up to the first that
 * exists, then made one by one, each error thrown as it comes. A few system calls, so
 * synchronous wherever it is called from.
 */
import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

const codeOf = (err: unknown): unknown => (err as NodeJS.ErrnoException | null)?.code;

export function makeDirs(path: string): void {
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    try {
      statSync(at);
      break;
    } catch (err) {
      if (codeOf(err) !== "ENOENT") throw err;
      missing.push(at);
      if (dirname(at) === at) break;
    }
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (err) {
      // Made meanwhile by another build writing the same folder.
      if (codeOf(err) !== "EEXIST") throw err;
    }
  }
  // A file (or a link to one) where the folder should be: said here, not by the first write into it.
  if (!statSync(path).isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: "ENOTDIR" });
}
