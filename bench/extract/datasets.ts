/** Loads the extraction benchmarks from ../shared/data/extraction, decoded once, outside any timing. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { decodeBytes } from "../../src/ingest/decode.js";

export const DATA_ROOT = join(import.meta.dirname, "..", "..", "..", "shared", "data", "extraction");

export interface BodyPage {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly gold: string;
}

export interface SnippetPage {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
}

export function loadScrapinghub(limit = Infinity): BodyPage[] {
  const dir = join(DATA_ROOT, "scrapinghub");
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<string, { url: string; articleBody: string }>;
  return Object.entries(truth)
    .slice(0, limit)
    .map(([id, { url, articleBody }]) => ({
      id,
      url,
      html: decodeBytes(gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`)))).text,
      gold: articleBody,
    }));
}

interface EvalEntry {
  file: string;
  with: string[];
  without: string[];
  title?: string;
  author?: string;
  date?: string;
}

export function loadTrafilaturaEval(limit = Infinity): SnippetPage[] {
  const dir = join(DATA_ROOT, "trafilatura-eval");
  const data = JSON.parse(readFileSync(join(dir, "evaldata.json"), "utf8")) as Record<string, EvalEntry>;
  const pages: SnippetPage[] = [];
  for (const [url, e] of Object.entries(data).slice(0, limit)) {
    const path = [join(dir, "eval", e.file), join(dir, "cache", e.file)].find((p) => existsSync(p));
    if (!path) continue;
    pages.push({
      id: e.file,
      url,
      html: decodeBytes(readFileSync(path)).text,
      with: e.with,
      without: e.without,
      title: e.title || undefined,
      author: e.author || undefined,
      date: e.date || undefined,
    });
  }
  return pages;
}
