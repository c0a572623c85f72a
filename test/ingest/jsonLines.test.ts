/** JSON lines are read line by line: the size limit is one article's, not the file's. */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { defaultConfig } from "../../src/config.js";
import { readInputs } from "../../src/ingest/index.js";
import { tempDir } from "../helpers.js";

const config = { ...defaultConfig.ingest, maxInputBytes: 4096 };
const line = (i: number): string =>
  JSON.stringify({ text: `Article ${i}: the ferry to Lindholm carried ${i} passengers on Monday, the harbour office said. `.repeat(6), outlet: "Coast News" });

describe("JSON lines", () => {
  it("reads a file far larger than the limit, one article per line, across read chunks", async () => {
    const file = join(tempDir(), "bulk.jsonl");
    const lines = Array.from({ length: 600 }, (_, i) => line(i));
    writeFileSync(file, `${lines.join("\n")}\n`);
    const { documents, rejected } = await readInputs([file], config);
    assert.equal(rejected.length, 0);
    assert.equal(documents.length, 600, "a file of about 400 KB, limit 4 KB a line");
    assert.deepEqual(documents.map((d) => d.path.split("#")[1]), lines.map((_, i) => String(i + 1)));
    assert.ok(documents.every((d, i) => d.content.startsWith(`Article ${i}:`) && d.given.outlet === "Coast News"));
  });

  it("rejects one line over the limit alone, and bad lines with their reason, and reads the rest", async () => {
    const file = join(tempDir(), "mixed.jsonl");
    const huge = JSON.stringify({ text: "x ".repeat(5000) });
    writeFileSync(file, [line(1), huge, "", "{not json", line(2), JSON.stringify({ title: "no body" })].join("\r\n"));
    const { documents, rejected } = await readInputs([file], config);
    assert.deepEqual(documents.map((d) => d.path.split("#")[1]), ["1", "5"]);
    assert.deepEqual(
      rejected.map((r) => [r.path.split("#")[1], r.error.split(":")[0]]),
      [["2", "too large"], ["4", "invalid JSON"], ["6", "no \"text\" or \"html\" field with content"]],
    );
  });

  it("says so when a file holds no article", async () => {
    const file = join(tempDir(), "empty.jsonl");
    writeFileSync(file, "\n\n");
    const { rejected } = await readInputs([file], config);
    assert.deepEqual(rejected.map((r) => r.error), ["no articles in this JSON-lines file"]);
  });
});
