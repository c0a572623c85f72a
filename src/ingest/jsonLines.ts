/**
 * JSON lines, the bulk format: one article per line, read line by line from a stream so that
 * a file of any size costs one line of memory. The size limit applies to each line (one
 * article), not to the file; a line over it is skipped to its end and rejected alone.
 */
import type { IngestConfig } from "../config.js";
import type { InputDocument, Rejected } from "../model.js";
import { decodeBytes } from "./decode.js";

/** One parsed line: its document, or the reason it is not one. */
export type LineReader = (where: string, text: string, encoding: InputDocument["encoding"], lineBytes: Uint8Array) => InputDocument | Rejected;

const NEWLINE = 0x0a;

export async function* streamJsonLines(
  path: string,
  stream: AsyncIterable<Uint8Array>,
  config: IngestConfig,
  readLine: LineReader,
): AsyncGenerator<InputDocument | Rejected> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let skipping = false;
  let lineNo = 0;
  let any = false;
  const finish = function* (): Generator<InputDocument | Rejected> {
    lineNo++;
    if (skipping) {
      any = true;
      yield { path: `${path}#${lineNo}`, error: `too large: a line of more than ${config.maxInputBytes} bytes (limit ${config.maxInputBytes}, for one article)` };
    } else if (size > 0) {
      const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
      const decoded = decodeBytes(bytes);
      if (decoded.text.trim()) {
        any = true;
        yield readLine(`${path}#${lineNo}`, decoded.text.replace(/\r$/, ""), { name: decoded.encoding, source: decoded.source }, bytes);
      }
    }
    parts = [];
    size = 0;
    skipping = false;
  };
  for await (const chunk of stream) {
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, from)) {
      if (!skipping) parts.push(chunk.subarray(from, at));
      size += at - from;
      if (size > config.maxInputBytes) skipping = true;
      yield* finish();
      from = at + 1;
    }
    if (from < chunk.length && !skipping) {
      // A copy: the stream may reuse its buffer for the next chunk.
      parts.push(Uint8Array.prototype.slice.call(chunk, from));
      size += chunk.length - from;
      if (size > config.maxInputBytes) {
        skipping = true;
        parts = [];
      }
    } else if (skipping) size += chunk.length - from;
  }
  yield* finish();
  if (!any) yield { path, error: "no articles in this JSON-lines file" };
}
