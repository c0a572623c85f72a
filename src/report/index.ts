/** The report stage: a Dossier → JSON, Markdown and HTML, and writing them to a folder. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Dossier } from "../model.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";

export { renderHtml, renderJson, renderMarkdown };
export { dossierSchema, dossierJsonSchema } from "./schema.js";

export async function writeReports(dossier: Dossier, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: Array<[string, string]> = [
    ["dossier.json", renderJson(dossier)],
    ["dossier.md", renderMarkdown(dossier)],
    ["index.html", renderHtml(dossier)],
  ];
  for (const [name, content] of files) await writeFile(join(dir, name), content);
  return files.map(([name]) => join(dir, name));
}
