import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { defaultConfig } from "../../src/config.js";
import { readInputs } from "../../src/ingest/index.js";
import { tempDir } from "../helpers.js";

test("folders are read recursively in a stable order, skipping hidden and unknown files", async () => {
  const dir = tempDir();
  mkdirSync(join(dir, "b"));
  mkdirSync(join(dir, ".git"));
  writeFileSync(join(dir, "b", "two.txt"), "two");
  writeFileSync(join(dir, "a.html"), "<p>one</p>");
  writeFileSync(join(dir, "c.html.gz"), gzipSync("<html><body><p>three</p></body></html>"));
  writeFileSync(join(dir, ".git", "x.txt"), "hidden");
  writeFileSync(join(dir, "notes.pdf"), "%PDF");
  const { documents, rejected } = await readInputs([dir], defaultConfig.ingest);
  assert.deepEqual(rejected, []);
  assert.deepEqual(documents.map((d) => [d.path.slice(dir.length + 1), d.format, d.content.replace(/<[^>]+>/g, "")]), [
    ["a.html", "html", "one"],
    ["b/two.txt", "text", "two"],
    ["c.html.gz", "html", "three"],
  ]);
});

test("a .txt file that is really a web page is read as HTML", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "saved.txt"), "\n<!DOCTYPE html><html><body><p>x</p></body></html>");
  const { documents } = await readInputs([dir], defaultConfig.ingest);
  assert.equal(documents[0]?.format, "html");
});

test("JSON lines: each line is one article with its given fields; bad lines are rejected alone", async () => {
  const dir = tempDir();
  const lines = [
    JSON.stringify({ text: "Body one.", url: "https://a.example/1", outlet: "A", published: "2026-01-02", language: "en", extra: 1 }),
    "",
    JSON.stringify({ html: "<p>Body two</p>", title: "  Two  " }),
    "[1, 2]",
  ];
  writeFileSync(join(dir, "in.jsonl"), lines.join("\n"));
  const { documents, rejected } = await readInputs([dir], defaultConfig.ingest);
  assert.equal(documents.length, 2);
  assert.deepEqual(documents[0]?.given, { url: "https://a.example/1", outlet: "A", published: "2026-01-02", language: "en" });
  assert.equal(documents[0]?.path, join(dir, "in.jsonl#1"));
  assert.equal(documents[1]?.format, "html");
  assert.equal(documents[1]?.given.title, "Two");
  assert.deepEqual(rejected.map((r) => r.path), [join(dir, "in.jsonl#4")]);
});

test("the same bytes give the same id; given fields are part of identity", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "x.txt"), "Same text.");
  writeFileSync(join(dir, "y.txt"), "Same text.");
  writeFileSync(join(dir, "z.jsonl"), `${JSON.stringify({ text: "Same text.", outlet: "Z" })}\n`);
  const { documents } = await readInputs([dir], defaultConfig.ingest);
  assert.equal(documents[0]?.id, documents[1]?.id);
  assert.notEqual(documents[0]?.id, documents[2]?.id);
});

test("stdin bytes are read like a file", async () => {
  const { documents } = await readInputs([{ path: "-", bytes: new TextEncoder().encode("Hello from a pipe.") }], defaultConfig.ingest);
  assert.equal(documents[0]?.content, "Hello from a pipe.");
});
