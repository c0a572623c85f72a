/**
 * Reads files, folders (recursively, in a stable order) and stdin into InputDocuments.
 * A bad item becomes a Rejected with a reason; it never stops the batch.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import type { IngestConfig } from "../config.js";
import type { GivenFields, InputDocument, Rejected } from "../model.js";
import { decodeBytes, repairMojibake } from "./decode.js";
import { streamJsonLines } from "./jsonLines.js";
import { readStream } from "./readStream.js";

export interface IngestResult {
  readonly documents: InputDocument[];
  readonly rejected: Rejected[];
}

/**
 * Something to read: a path, raw bytes that came from elsewhere (an HTTP upload), or a stream
 * (stdin), which is read only up to the size limit.
 */
export type InputSource =
  | string
  | { readonly path: string; readonly bytes: Uint8Array; readonly given?: GivenFields }
  | { readonly path: string; readonly stream: AsyncIterable<Uint8Array> };

export async function readInputs(sources: readonly InputSource[], config: IngestConfig): Promise<IngestResult> {
  const documents: InputDocument[] = [];
  const rejected: Rejected[] = [];
  for await (const item of streamInputs(sources, config)) {
    if ("error" in item) rejected.push(item);
    else documents.push(item);
  }
  return { documents, rejected };
}

/**
 * The documents of the sources one at a time, in order, so that a caller holds one at a time:
 * JSON-lines files are read line by line, whatever their size.
 */
export async function* streamInputs(sources: readonly InputSource[], config: IngestConfig): AsyncGenerator<InputDocument | Rejected> {
  for (const source of sources) {
    if (typeof source !== "string") {
      if ("stream" in source) {
        // A stream without a file name (stdin, "-") is JSON lines when its first line is a record with a text or a page.
        const { jsonLines, stream } = isJsonLines(source.path) ? { jsonLines: true, stream: source.stream } : await sniffJsonLines(source.stream);
        if (jsonLines) {
          yield* streamJsonLines(source.path, stream, config, readJsonLine);
          continue;
        }
        const read = await readStream(stream, config.maxInputBytes);
        if ("bytes" in read) yield* parseBytes(source.path, read.bytes, config);
        else yield { path: source.path, error: `too large: more than ${config.maxInputBytes} bytes, stopped reading at ${read.tooLarge} (limit ${config.maxInputBytes})` };
        continue;
      }
      yield* parseBytes(source.path, source.bytes, config, source.given);
      continue;
    }
    // Folders are walked lazily: a folder of a million files holds one directory listing at a time, not a list of every path.
    for await (const found of expandSource(source, config)) {
      if ("error" in found) {
        yield found;
        continue;
      }
      const { path, file } = found;
      try {
        if (isJsonLines(path)) {
          yield* streamJsonLines(path, createReadStream(file), config, readJsonLine);
          continue;
        }
        const info = await stat(file);
        if (info.size > config.maxInputBytes) {
          yield { path, error: `too large: ${info.size} bytes (limit ${config.maxInputBytes})` };
          continue;
        }
        yield* parseBytes(path, await readFile(file), config);
      } catch (err) {
        yield { path, error: `cannot read: ${(err as Error).message}` };
      }
    }
  }
}

/** A JSON-lines file not compressed: read as a stream, line by line. */
const isJsonLines = (path: string): boolean => /\.(jsonl|ndjson)$/i.test(path);

/** Bytes read ahead of a stream to find its first line: a JSON-lines record is longer than a line of prose, and its first field comes early. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Whether a stream is JSON lines: its first line (within SNIFF_BYTES, or all of it if shorter) is
 * a JSON object with a "text" or an "html" string. Returns the stream whole again, the bytes read
 * ahead first.
 */
async function sniffJsonLines(source: AsyncIterable<Uint8Array>): Promise<{ jsonLines: boolean; stream: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  // Read ahead only while the stream may still be JSON lines: its first byte past white space a brace, no line ended yet.
  const opensRecord = (): boolean | null => {
    for (const chunk of head) for (const b of chunk) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return b === 0x7b;
    return null;
  };
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
    if (next.value.includes(0x0a) || opensRecord() === false) break;
  }
  const bytes = Buffer.concat(head);
  const newline = bytes.indexOf(0x0a);
  const first = bytes.subarray(0, newline < 0 ? (done ? bytes.length : 0) : newline).toString("utf8").replace(/^\uFEFF/u, "").trim();
  let jsonLines = false;
  if (first.startsWith("{")) {
    try {
      const record = JSON.parse(first) as Record<string, unknown>;
      jsonLines = typeof record.text === "string" || typeof record.html === "string";
    } catch {
      // Not JSON: prose that opens with a brace.
    }
  }
  const stream = (async function* () {
    yield* head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  return { jsonLines, stream };
}

/** A file to read: `path` as the user sees it (a link's own path), `file` what is read (the link's target). */
interface FoundFile {
  readonly path: string;
  readonly file: string;
}

/** A path → the files it stands for, one at a time. A folder gives its readable files, sorted, depth first; a missing path is rejected. */
async function* expandSource(path: string, config: IngestConfig): AsyncGenerator<FoundFile | Rejected> {
  let info;
  try {
    info = await stat(path);
  } catch {
    yield { path, error: "no such file or folder" };
    return;
  }
  if (!info.isDirectory()) {
    yield { path, file: path };
    return;
  }
  // The path given is followed wherever it points; links inside it only when they stay inside it.
  const root = await realpath(path);
  yield* expandFolder(path, root, new Set([root]), config);
}

/**
 * Documents of kinds Dossier does not read, which a folder of articles may hold: each is told
 * (per folder given, counted by kind) rather than passed over in silence. A page's assets
 * (styles, scripts, images) are passed over.
 */
const UNREAD_DOCUMENTS = [".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".xml", ".csv", ".tsv", ".eml", ".mht", ".mhtml"];

async function* expandFolder(dir: string, root: string, seen: Set<string>, config: IngestConfig, unread = new Map<string, number>()): AsyncGenerator<FoundFile | Rejected> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const wanted = (name: string) => config.extensions.some((ext) => name.toLowerCase().endsWith(ext));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const child = join(dir, entry.name);
    if (entry.isDirectory()) yield* expandFolder(child, root, seen, config, unread);
    else if (entry.isSymbolicLink()) yield* followLink(child, root, seen, config, wanted(entry.name));
    else if (wanted(entry.name)) yield { path: child, file: child };
    else {
      const kind = UNREAD_DOCUMENTS.find((ext) => entry.name.toLowerCase().endsWith(ext));
      if (kind) unread.set(kind, (unread.get(kind) ?? 0) + 1);
    }
  }
  if (dir === root && unread.size) {
    const counts = [...unread].map(([ext, n]) => `${n} ${ext}`).join(", ");
    yield { path: dir, error: `files of kinds Dossier does not read were left out (${counts}): it reads ${config.extensions.join(" ")}; convert them to text first` };
  }
}

/**
 * A symbolic link in a folder is read only when its target is inside the folder given, or
 * `followLinks` is set: a link elsewhere (to a private file, to /etc/passwd) would put that
 * file's text into the report. A link to a folder inside is not followed: that folder is read
 * where it is. `seen` holds the outside folders already read, so that a link loop ends.
 */
async function* followLink(link: string, root: string, seen: Set<string>, config: IngestConfig, wanted: boolean): AsyncGenerator<FoundFile | Rejected> {
  let target: string;
  let isFolder: boolean;
  try {
    target = await realpath(link);
    isFolder = (await stat(target)).isDirectory();
  } catch {
    if (wanted) yield { path: link, error: "broken symbolic link: its target does not exist" };
    return;
  }
  const rel = relative(root, target);
  const inside = rel === "" || (rel.split(sep)[0] !== ".." && !isAbsolute(rel));
  if ((isFolder && inside) || (!isFolder && !wanted)) return;
  if (!inside && !config.followLinks) {
    const what = isFolder ? "folder" : "file";
    yield { path: link, error: `symbolic link to a ${what} outside the folder given (${target}): not followed; --follow-links follows it` };
  } else if (!isFolder) yield { path: link, file: target };
  else if (!seen.has(target)) {
    seen.add(target);
    yield* expandFolder(link, root, seen, config);
  }
}

/** Bytes of one input (already read) → documents, or the reason they cannot be read; `given` is what is known from elsewhere (a feed item's url, title, date). */
export function parseBytes(path: string, raw: Uint8Array, config: IngestConfig, given: GivenFields = {}): Array<InputDocument | Rejected> {
  const lower = path.toLowerCase();
  let bytes = raw;
  if (lower.endsWith(".gz") || (raw[0] === 0x1f && raw[1] === 0x8b)) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: config.maxInputBytes });
    } catch (err) {
      return [{ path, error: `not a readable gzip file: ${(err as Error).message}` }];
    }
  }
  if (bytes.length === 0) return [{ path, error: "empty file" }];
  if (bytes.length > config.maxInputBytes) {
    return [{ path, error: `too large: ${bytes.length} bytes (limit ${config.maxInputBytes})` }];
  }
  if (looksBinary(bytes)) return [{ path, error: "binary content, not text or HTML" }];
  if (bytes[0] === 0x25 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-") return [{ path, error: "a PDF document: Dossier reads text, HTML and JSON; convert it to text first" }];
  if (/\.(jsonl|ndjson)$/.test(lower)) return parseJsonLines(path, bytes, config);
  if (/\.json$/.test(lower)) return parseJson(path, bytes, config);
  const decoded = decodeBytes(bytes);
  return [makeDocument(path, decoded.text, { name: decoded.encoding, source: decoded.source }, given, bytes, /\.x?html?(\.gz)?$/.test(lower))];
}

/** A .json file: one record as a JSON line has ({"text" or "html", "url", …}), or an array of them, each `<path>#<n>` from 1. */
function parseJson(path: string, bytes: Uint8Array, config: IngestConfig): Array<InputDocument | Rejected> {
  const decoded = decodeBytes(bytes);
  const encoding = { name: decoded.encoding, source: decoded.source };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (err) {
    return [{ path, error: `invalid JSON: ${(err as Error).message}` }];
  }
  // Each record's bytes are its own JSON, as a JSON line would hold it.
  const encoder = new TextEncoder();
  const record = (item: unknown, where: string): InputDocument | Rejected => readRecord(where, item, encoding, encoder.encode(JSON.stringify(item)), config);
  if (!Array.isArray(value)) return [record(value, path)];
  if (value.length === 0) return [{ path, error: "an empty JSON array: no record with a \"text\" or \"html\" field" }];
  return value.map((item, i) => record(item, `${path}#${i + 1}`));
}

function parseJsonLines(path: string, bytes: Uint8Array, config: IngestConfig): Array<InputDocument | Rejected> {
  const out: Array<InputDocument | Rejected> = [];
  const decoded = decodeBytes(bytes);
  const encoder = new TextEncoder();
  decoded.text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    out.push(readJsonLine(`${path}#${i + 1}`, line, { name: decoded.encoding, source: decoded.source }, encoder.encode(line), config));
  });
  if (out.length === 0) out.push({ path, error: "no articles in this JSON-lines file" });
  return out;
}

/** One line of a JSON-lines file → its document, or why it is not one. */
function readJsonLine(where: string, line: string, encoding: InputDocument["encoding"], lineBytes: Uint8Array, config?: IngestConfig): InputDocument | Rejected {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return { path: where, error: `invalid JSON: ${(err as Error).message}` };
  }
  return readRecord(where, record, encoding, lineBytes, config);
}

/** One parsed record (of a JSON line or a .json file) → its document, or why it is none. */
function readRecord(where: string, record: unknown, encoding: InputDocument["encoding"], lineBytes: Uint8Array, config?: IngestConfig): InputDocument | Rejected {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return { path: where, error: "expected a JSON object with a \"text\" or \"html\" field" };
  }
  const r = record as Record<string, unknown>;
  const body = typeof r.html === "string" ? r.html : typeof r.text === "string" ? r.text : undefined;
  if (body === undefined || !body.trim()) return { path: where, error: "no \"text\" or \"html\" field with content" };
  if (config && body.length > config.maxInputBytes) return { path: where, error: `too large: ${body.length} characters (limit ${config.maxInputBytes})` };
  return makeDocument(where, body, encoding, pickGiven(r), lineBytes, typeof r.html === "string");
}

function pickGiven(r: Record<string, unknown>): GivenFields {
  const given: Record<string, string> = {};
  for (const key of ["url", "outlet", "title", "byline", "published", "language"] as const) {
    const v = r[key];
    if (typeof v === "string" && v.trim()) given[key] = v.trim();
  }
  if (given.language !== undefined) {
    // A language is an ISO 639 code ("en", "en-GB" → "en"); anything else is not one, and is left to identification.
    const code = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(given.language)?.[1]?.toLowerCase();
    if (code) given.language = code;
    else delete given.language;
  }
  return given;
}

function makeDocument(
  path: string,
  decodedText: string,
  encoding: InputDocument["encoding"],
  given: GivenFields,
  rawBytes: Uint8Array,
  htmlByName: boolean,
): InputDocument {
  const warnings: string[] = [];
  const { text, repaired } = repairMojibake(decodedText.replace(/\r\n?/g, "\n"));
  if (repaired) warnings.push("repaired mojibake (UTF-8 that had been read as windows-1252)");
  if (encoding.source === "detected") warnings.push(`encoding not declared; detected ${encoding.name}`);
  const format = htmlByName || looksLikeHtml(text) ? "html" : "text";
  const id = createHash("sha256").update(rawBytes).update(JSON.stringify(given)).digest("hex").slice(0, 16);
  return { id, path, format, content: text, encoding, given, warnings };
}

/** A document is HTML when it opens like a page, whatever its file name says. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return /^(<!doctype html|<html|<\?xml[^>]*>\s*<(!doctype )?html|<head|<body)/.test(head);
}

/** NUL bytes, or many control characters, mean this is not text in any encoding we read. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return !isUtf16(bytes);
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / n > 0.05;
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
