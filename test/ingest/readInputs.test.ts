import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { defaultConfig } from "../../src/config.js";
import { readInputs, streamInputs } from "../../src/ingest/index.js";
import { tempDir } from "../helpers.js";

test("folders are read recursively in a stable order, skipping hidden and unknown files (a README.md), and telling the documents they cannot read (a PDF)", async () => {
  const dir = tempDir();
  mkdirSync(join(dir, "b"));
  mkdirSync(join(dir, ".git"));
  writeFileSync(join(dir, "b", "two.txt"), "two");
  writeFileSync(join(dir, "a.html"), "<p>one</p>");
  writeFileSync(join(dir, "c.html.gz"), gzipSync("<html><body><p>three</p></body></html>"));
  writeFileSync(join(dir, ".git", "x.txt"), "hidden");
  writeFileSync(join(dir, "notes.pdf"), "%PDF");
  writeFileSync(join(dir, "README.md"), "# About these files");
  writeFileSync(join(dir, "b", "scan.pdf"), "%PDF");
  writeFileSync(join(dir, "style.css"), "p {}");
  const { documents, rejected } = await readInputs([dir], defaultConfig.ingest);
  assert.deepEqual(rejected.map((r) => r.path), [dir], "one rejection for the folder given");
  assert.match(rejected[0]!.error, /kinds Dossier does not read were left out \(2 \.pdf\)/);
  assert.deepEqual(documents.map((d) => [d.path.slice(dir.length + 1), d.format, d.content.replace(/<[^>]+>/g, "")]), [
    ["a.html", "html", "one"],
    ["b/two.txt", "text", "two"],
    ["c.html.gz", "html", "three"],
  ]);
});

test("a .json file is one record, or an array of records, as JSON lines give them; a PDF named alone is rejected as one", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "one.json"), JSON.stringify({ text: "Body one.", url: "https://a.example/1", title: "One" }));
  writeFileSync(join(dir, "many.json"), JSON.stringify([{ html: "<p>Body two.</p>" }, { text: "Body three.", outlet: "C" }, { body: "no text field" }]));
  writeFileSync(join(dir, "broken.json"), "{ not json");
  const { documents, rejected } = await readInputs([dir], defaultConfig.ingest);
  assert.deepEqual(documents.map((d) => [d.path.slice(dir.length + 1), d.format]), [["many.json#1", "html"], ["many.json#2", "text"], ["one.json", "text"]]);
  assert.equal(documents.find((d) => d.path.endsWith("one.json"))?.given.title, "One");
  assert.deepEqual(rejected.map((r) => [r.path.slice(dir.length + 1), /invalid JSON|no "text" or "html"/.test(r.error)]), [["broken.json", true], ["many.json#3", true]]);
  writeFileSync(join(dir, "paper.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
  const pdf = await readInputs([join(dir, "paper.pdf")], defaultConfig.ingest);
  assert.match(pdf.rejected[0]?.error ?? "", /a PDF document/);
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

test("a stream (stdin) is read like a file", async () => {
  const stream = Readable.from([Buffer.from("Hello from "), Buffer.from("a pipe.")]);
  const { documents } = await readInputs([{ path: "-", stream }], defaultConfig.ingest);
  assert.equal(documents[0]?.content, "Hello from a pipe.");
});

test("a stream is read in chunks and stops once past the size limit, rejected with the reason", async () => {
  let pulled = 0;
  async function* endless() {
    for (;;) {
      pulled++;
      yield new Uint8Array(1024).fill(0x61);
    }
  }
  const config = { ...defaultConfig.ingest, maxInputBytes: 10 * 1024 };
  const { documents, rejected } = await readInputs([{ path: "-", stream: endless() }], config);
  assert.deepEqual(documents, []);
  assert.deepEqual(rejected.map((r) => r.path), ["-"]);
  assert.match(rejected[0]!.error, /^too large: more than 10240 bytes, stopped reading at 11264/);
  assert.equal(pulled, 11, "no chunk is read after the first one past the limit");
});

test("symbolic links that leave the folder given are not followed, and say why", async () => {
  const outside = tempDir();
  writeFileSync(join(outside, "private.txt"), "My bank PIN is 1234.");
  mkdirSync(join(outside, "notes"));
  writeFileSync(join(outside, "notes", "diary.txt"), "Dear diary.");
  const dir = tempDir();
  writeFileSync(join(dir, "article.txt"), "The bridge reopened.");
  symlinkSync(join(outside, "private.txt"), join(dir, "leak.txt"));
  symlinkSync(join(outside, "notes"), join(dir, "notes"));
  symlinkSync(join(dir, "article.txt"), join(dir, "same.txt"));
  symlinkSync(join(dir, "nowhere.txt"), join(dir, "broken.txt"));
  symlinkSync("/etc/passwd", join(dir, "passwd.txt"));

  const { documents, rejected } = await readInputs([dir], defaultConfig.ingest);
  assert.deepEqual(documents.map((d) => [d.path.slice(dir.length + 1), d.content]), [
    ["article.txt", "The bridge reopened."],
    ["same.txt", "The bridge reopened."],
  ], "a link that stays inside the folder is read");
  const reason = (name: string) => rejected.find((r) => r.path === join(dir, name))?.error ?? "";
  assert.match(reason("leak.txt"), /symbolic link to a file outside the folder given .*not followed; --follow-links follows it/);
  assert.match(reason("passwd.txt"), /outside the folder given/);
  assert.match(reason("notes"), /symbolic link to a folder outside/);
  assert.match(reason("broken.txt"), /broken symbolic link/);
  assert.equal(rejected.length, 4);

  const followed = await readInputs([dir], { ...defaultConfig.ingest, followLinks: true });
  const contents = followed.documents.map((d) => d.content);
  assert.ok(contents.includes("My bank PIN is 1234."), "followLinks reads a link to a file outside");
  assert.ok(contents.includes("Dear diary."), "... and a link to a folder outside");
  assert.deepEqual(followed.rejected.map((r) => r.path), [join(dir, "broken.txt")]);
});

test("a link loop in a followed folder ends", async () => {
  const outside = tempDir();
  writeFileSync(join(outside, "a.txt"), "Text A.");
  symlinkSync(outside, join(outside, "loop"));
  const dir = tempDir();
  symlinkSync(outside, join(dir, "out"));
  const { documents } = await readInputs([dir], { ...defaultConfig.ingest, followLinks: true });
  assert.deepEqual(documents.map((d) => d.content), ["Text A."]);
});

test("a folder is walked lazily: a subfolder is listed only when the walk reaches it", async () => {
  const dir = tempDir();
  mkdirSync(join(dir, "a"));
  mkdirSync(join(dir, "b"));
  const text = (place: string) => `The council of ${place} met on Monday to vote on the budget for the coming year and approved it.`;
  writeFileSync(join(dir, "a", "1.txt"), text("Hollen"));
  const items = streamInputs([dir], defaultConfig.ingest);
  const first = await items.next();
  assert.ok(!first.done && "content" in first.value && first.value.path.endsWith("1.txt"));
  // Written after the first document was handed out: a walk that listed every folder first would miss it.
  writeFileSync(join(dir, "b", "2.txt"), text("Brenna"));
  const rest: string[] = [];
  for await (const item of items) rest.push(item.path);
  assert.deepEqual(rest.map((p) => p.slice(dir.length + 1)), [join("b", "2.txt")]);
});

test("JSON lines on stdin (no file name) are read as JSON lines, prose that opens with a brace as text", async () => {
  const lines = [
    JSON.stringify({ text: "The north pier of Lindholm harbour closed on Monday after cracks were found.", outlet: "Harbour Post" }),
    JSON.stringify({ text: "Lindholm harbour reopened its north pier on Friday after repairs.", outlet: "Coast Radio" }),
  ];
  const { documents } = await readInputs([{ path: "-", stream: Readable.from([Buffer.from(`${lines.join("\n")}\n`)]) }], defaultConfig.ingest);
  assert.deepEqual(documents.map((d) => [d.path, d.given.outlet]), [["-#1", "Harbour Post"], ["-#2", "Coast Radio"]]);
  const prose = await readInputs([{ path: "-", stream: Readable.from([Buffer.from("{Draft} The north pier closed on Monday.\nIt reopens on Friday.")]) }], defaultConfig.ingest);
  assert.equal(prose.documents.length, 1);
  assert.match(prose.documents[0]!.content, /^\{Draft\} The north pier/);
});
