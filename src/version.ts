import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package version, recorded with every stored article. */
export const VERSION: string = (createRequire(import.meta.url)("../package.json") as { version: string }).version;

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
    walk(fileURLToPath(new URL(".", import.meta.url)));
    code = hash.digest("hex").slice(0, 12);
  }
  return code;
}
