import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The package version, recorded with every stored article. */
export const VERSION: string = (createRequire(import.meta.url)("../package.json") as { version: string }).version;

/** The folder of the running modules (src/ run from source, dist/ as built), and their file ending. */
const ROOT = fileURLToPath(new URL(".", import.meta.url));
const ENDING = import.meta.url.endsWith(".ts") ? ".ts" : ".js";

let code: string | undefined;

/**
 * A fingerprint of the code that is running (every module beside this one, as built or as
 * source), so that work a store remembers is redone after any change to the code, not only
 * after a release: a developer's rebuild never shows what an older extractor made.
 */
export function codeFingerprint(): string {
  if (code === undefined) {
    const hash = createHash("sha256");
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(?:js|ts)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path));
      }
    };
    walk(ROOT);
    code = hash.digest("hex").slice(0, 12);
  }
  return code;
}

/**
 * Relative module specifiers a module loads when it runs: static imports and re-exports, and
 * dynamic imports of a literal path. `import type` loads nothing (and is gone from built code).
 */
const LOADED = /(?:^|[;\s}])(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']|\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** The modules some modules load, themselves included: paths from src/ (or dist/) with their ending, sorted. */
export function moduleClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const todo = entries.map((e) => join(ROOT, `${e}${ENDING}`));
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`code fingerprint: ${relative(ROOT, file)} is not a module of this build`);
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(LOADED)) {
      const target = join(dirname(file), m[1] ?? m[2]!);
      // Source imports name the built file ("./x.js"); run from source, the module is x.ts.
      todo.push(ENDING === ".ts" ? target.replace(/\.js$/, ".ts") : target);
    }
  }
  return [...seen].map((file) => relative(ROOT, file)).sort();
}

const closures = new Map<string, string>();

/**
 * A fingerprint of the code some modules run: the modules named (paths from src/ without their
 * ending, "extract/index") and every module they load (moduleClosure). A step whose stored work
 * depends on these modules alone keeps that work across a change elsewhere: a new web page or
 * claims rule does not extract 100,000 stored articles again.
 */
export function modulesFingerprint(entries: readonly string[]): string {
  const id = entries.join("\n");
  let fingerprint = closures.get(id);
  if (fingerprint === undefined) {
    const hash = createHash("sha256");
    for (const file of moduleClosure(entries)) hash.update(file).update("\n").update(readFileSync(join(ROOT, file)));
    fingerprint = hash.digest("hex").slice(0, 12);
    closures.set(id, fingerprint);
  }
  return fingerprint;
}
