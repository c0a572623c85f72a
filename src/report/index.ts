/** The report stage: a Dossier → JSON, Markdown and HTML, and writing them to a folder. */
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { makeDirs } from "../makeDirs.js";
import type { Dossier } from "../model.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";

export { renderHtml, renderJson, renderMarkdown };
export { dossierSchema, dossierJsonSchema } from "./schema.js";

/**
 * Writes the three reports so that a kill or a full disk never leaves a truncated or mixed set:
 * each is written to a temporary file in the same folder (so the rename is atomic), and all
 * are renamed into place only once all are written. On failure the temporary files are removed
 * and the previous reports are left as they were.
 */
export async function writeReports(dossier: Dossier, dir: string, options: { html?: boolean } = {}): Promise<string[]> {
  makeDirs(dir);
  const files: Array<[string, string]> = [
    ["dossier.json", renderJson(dossier)],
    ["dossier.md", renderMarkdown(dossier)],
  ];
  // The one-page HTML report, unless the web app's static site (src/web) writes index.html instead.
  if (options.html !== false) files.push(["index.html", renderHtml(dossier)]);
  const temps: string[] = [];
  try {
    for (const [name, content] of files) {
      // Hidden, and unique per process and call: two builds writing one folder do not share a temporary file.
      const temp = join(dir, `.${name}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
      temps.push(temp);
      await writeDurably(temp, content);
    }
    for (const [i, [name]] of files.entries()) await rename(temps[i]!, join(dir, name));
  } catch (err) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw new Error(`cannot write the reports in ${dir}: ${(err as Error).message}`);
  }
  return files.map(([name]) => join(dir, name));
}

/** Writes a new file and flushes it to disk, so that the rename never exposes a file whose data is still in flight. */
async function writeDurably(path: string, content: string): Promise<void> {
  const handle = await open(path, "wx");
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
