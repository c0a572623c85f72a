import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { articleSchema } from "../../src/report/schema.js";
import { DEMO, ROOT, runCli, tempDir } from "../helpers.js";

test("--help lists the commands and exits 0", () => {
  const r = runCli(["--help"]);
  assert.equal(r.code, 0);
  for (const cmd of ["build", "extract", "demo"]) assert.match(r.stdout, new RegExp(`\\b${cmd}\\b`));
});

test("--help documents the exit codes", () => {
  const r = runCli(["build", "--help"]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Exit codes:/);
  assert.match(r.stdout, /1 +some inputs rejected/);
  assert.match(r.stdout, /3 +fatal: no dossier written/);
});

test("a fatal error exits 3, not 1: a cron job can tell a written dossier from none", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "file"), "");
  // A store path under a plain file cannot be created.
  const r = runCli(["build", DEMO, "--db", join(dir, "file", "s.db"), "--out", join(dir, "out")]);
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stderr, /error:/);
  assert.equal(existsSync(join(dir, "out")), false, "no report written");
});

test("a usage error exits 2", () => {
  assert.equal(runCli(["build"]).code, 2, "build without paths");
  assert.equal(runCli(["no-such-command"]).code, 2);
  assert.equal(runCli(["build", DEMO, "--no-such-flag"]).code, 2);
});

test("extract prints one JSON article per input, one per line", () => {
  const r = runCli(["extract", join(DEMO, "hollen-dam")]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split("\n");
  assert.equal(lines.length, 7, "six files, one of them a .jsonl with two articles");
  for (const line of lines) articleSchema.parse(JSON.parse(line));
});

test("a reader that closes the pipe early ends the output quietly, with no EPIPE stack", () => {
  // `head -c 1` reads one byte and closes the pipe while extract still writes seven records.
  const cli = `"${process.execPath}" --import "${import.meta.resolve("tsx")}" "${join(ROOT, "src", "cli", "main.ts")}"`;
  const r = spawnSync("bash", ["-c", `set -o pipefail; ${cli} extract "${join(DEMO, "hollen-dam")}" | head -c 1 >/dev/null`], { encoding: "utf8" });
  assert.doesNotMatch(r.stderr, /EPIPE|Unhandled/, r.stderr);
  assert.equal(r.status, 0, r.stderr);
});

test("extract reads stdin as `-`", () => {
  const text = "The harbour authority closed the port of Lindvik on Friday after a cargo ship lost its steering and struck the main pier, damaging two cranes.\n\nNo one was hurt, the authority said, and the port is expected to reopen on Monday once divers have inspected the pier.";
  const r = runCli(["extract", "-"], { input: text });
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.path, "-");
  assert.equal(a.language, "en");
  assert.equal(a.text.split("\n\n").length, 2);
});

test("stdin past the size limit is rejected as one item, not read whole", () => {
  const r = runCli(["extract", "-"], { input: Buffer.alloc(21 * 1024 * 1024, 0x61) });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /rejected -: too large: more than 20971520 bytes/);
});

test("--follow-links reads a link to a file outside the folder; without it the link is rejected", () => {
  const outside = tempDir();
  copyFileSync(join(DEMO, "hollen-dam", "03-baltic-ledger.txt"), join(outside, "ledger.txt"));
  const dir = tempDir();
  symlinkSync(join(outside, "ledger.txt"), join(dir, "ledger.txt"));
  const skipped = runCli(["extract", dir]);
  assert.equal(skipped.code, 1);
  assert.equal(skipped.stdout, "");
  assert.match(skipped.stderr, /rejected .*ledger\.txt: symbolic link to a file outside the folder given/);
  const followed = runCli(["extract", "--follow-links", dir]);
  assert.equal(followed.code, 0, followed.stderr);
  assert.equal(JSON.parse(followed.stdout).path, join(dir, "ledger.txt"));
  const built = runCli(["build", "--follow-links", dir, "--db", join(dir, "s.db"), "--out", join(dir, "out"), "--json"]);
  assert.equal(built.code, 0, built.stderr);
  assert.equal(JSON.parse(built.stdout).articles.length, 1);
});

test("demo builds the shipped corpus and says where the output is", () => {
  const dir = tempDir();
  const r = runCli(["demo", "--out", join(dir, "out"), "--db", join(dir, "demo.db")]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /index\.html/);
  assert.ok(existsSync(join(dir, "out", "index.html")));
  const d = JSON.parse(readFileSync(join(dir, "out", "dossier.json"), "utf8"));
  assert.equal(d.articles.length, 7);
});

test("remove takes a removed article's page out of the site, and leaves the rest", () => {
  const dir = tempDir();
  const a = join(dir, "a.txt");
  const b = join(dir, "b.txt");
  writeFileSync(a, "Lindholm harbour closed its north pier on Monday after cracks were found in two pillars, the harbour authority said.\n");
  writeFileSync(b, "The north pier of Lindholm harbour was closed on Monday because two of its pillars cracked, a harbour spokeswoman said.\n");
  const db = join(dir, "s.db");
  const out = join(dir, "out");
  assert.equal(runCli(["build", a, b, "--db", db, "--out", out]).code, 0);
  const pages = () => readdirSync(join(out, "articles")).sort();
  assert.equal(pages().length, 2);
  const r = runCli(["remove", a, "--db", db, "--out", out]);
  assert.equal(r.code, 0, r.stderr);
  const [removedId] = /removed (\w+)/.exec(r.stderr)!.slice(1);
  assert.equal(pages().length, 1);
  assert.ok(!pages().includes(`${removedId}.html`), "the removed article's text is not left on disk");
  assert.ok(!readFileSync(join(out, "dossier.json"), "utf8").includes("cracks were found in two pillars"));
});

test("remove finds an input built by a relative path when named by its absolute one, and writes nothing when nothing matched", () => {
  const dir = tempDir();
  mkdirSync(join(dir, "extra"));
  writeFileSync(join(dir, "extra", "a.txt"), "Lindholm harbour closed its north pier on Monday after cracks were found in two pillars, the harbour authority said.\n");
  assert.equal(runCli(["build", "extra/a.txt", "--db", "s.db", "--out", "out"], { cwd: dir }).code, 0);
  const before = statSync(join(dir, "out", "dossier.json")).mtimeMs;
  const none = runCli(["remove", join(dir, "extra", "b.txt"), "--db", "s.db", "--out", "out"], { cwd: dir });
  assert.equal(none.code, 1);
  assert.equal(statSync(join(dir, "out", "dossier.json")).mtimeMs, before, "no report written again");
  const r = runCli(["remove", join(dir, "extra", "a.txt"), "--db", "s.db", "--out", "out"], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /removed \w+ \(\S+extra\/a\.txt\)/);
  assert.ok(!readFileSync(join(dir, "out", "dossier.json"), "utf8").includes("cracks were found"));
});

test("remove by the name of a copy stored under another name says which input holds the text, and keeps it", () => {
  const dir = tempDir();
  const a = join(dir, "a.txt");
  const b = join(dir, "b.txt");
  writeFileSync(a, "Lindholm harbour closed its north pier on Monday after cracks were found in two pillars, the harbour authority said.\n");
  copyFileSync(a, b);
  const db = join(dir, "s.db");
  const out = join(dir, "out");
  assert.equal(runCli(["build", a, b, "--db", db, "--out", out]).code, 0);
  const r = runCli(["remove", b, "--db", db, "--out", out]);
  assert.equal(r.code, 1, "nothing was removed");
  assert.match(r.stderr, new RegExp(`no stored article matches ${b.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: its text was stored from ${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(\\w+\\), and stays`));
  assert.ok(readFileSync(join(out, "dossier.json"), "utf8").includes("cracks were found in two pillars"));
  const none = runCli(["remove", join(dir, "never-built.txt"), "--db", db, "--out", out]);
  assert.match(none.stderr, /no stored article matches \S+never-built\.txt\n/);
});

test("a build of paths none of which exists is a usage error: no store, no report", () => {
  const dir = tempDir();
  const r = runCli(["build", join(dir, "nope"), join(dir, "nope2.txt"), "--db", join(dir, "s.db"), "--out", join(dir, "out")]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /no such file or folder: \S+nope, \S+nope2\.txt/);
  assert.equal(existsSync(join(dir, "s.db")), false, "no store made");
  assert.equal(existsSync(join(dir, "out")), false, "no report written");
  // One path that exists among missing ones builds it and names the others.
  writeFileSync(join(dir, "a.txt"), "Lindholm harbour closed its north pier on Monday after cracks were found in two pillars, the harbour authority said.\n");
  const some = runCli(["build", join(dir, "a.txt"), join(dir, "nope"), "--db", join(dir, "s.db"), "--out", join(dir, "out")]);
  assert.equal(some.code, 1);
  assert.match(some.stderr, /rejected \S+nope: /);
});

test("check and remove refuse a store path with no store, and check takes a claim or --claims, not both", () => {
  const dir = tempDir();
  const missing = join(dir, "typo.db");
  const checked = runCli(["check", "the pier closed", "--db", missing]);
  assert.equal(checked.code, 2, checked.stderr);
  assert.match(checked.stderr, /no store at/);
  assert.equal(existsSync(missing), false, "no store made at a mistyped path");
  assert.equal(runCli(["remove", "abc", "--db", missing]).code, 2);
  const claims = join(dir, "claims.jsonl");
  writeFileSync(claims, `${JSON.stringify({ id: "1", claim: "the pier closed" })}\n`);
  const db = join(dir, "s.db");
  const a = join(dir, "a.txt");
  writeFileSync(a, "Lindholm harbour closed its north pier on Monday after cracks were found in two pillars, the harbour authority said.\n");
  assert.equal(runCli(["build", a, "--db", db, "--out", join(dir, "out")]).code, 0);
  const both = runCli(["check", "the pier closed", "--claims", claims, "--db", db]);
  assert.equal(both.code, 2, both.stderr);
  assert.match(both.stderr, /not both/);
  const unreadable = runCli(["check", "--claims", join(dir, "none.jsonl"), "--db", db]);
  assert.equal(unreadable.code, 2, unreadable.stderr);
  assert.match(unreadable.stderr, /cannot read/);
});

test("a site folder written from another store is written whole: no page of the other store is left beside this one's", () => {
  const dir = tempDir();
  const out = join(dir, "out");
  assert.equal(runCli(["build", DEMO, "--db", join(dir, "demo.db"), "--out", out]).code, 0);
  const demoStories = readdirSync(join(out, "stories"));
  assert.ok(demoStories.length > 0);
  const a = join(dir, "a.txt");
  writeFileSync(a, "Lindholm harbour closed its north pier on Monday after cracks were found in two pillars, the harbour authority said.\n");
  const r = runCli(["build", a, "--db", join(dir, "other.db"), "--out", out]);
  assert.equal(r.code, 0, r.stderr);
  const left = readdirSync(join(out, "stories")).filter((f) => demoStories.includes(f));
  assert.deepEqual(left, [], "the demo's story pages are gone");
  assert.equal(readdirSync(join(out, "articles")).length, 1);
  assert.ok(!readFileSync(join(out, "dossier.json"), "utf8").includes("Orvel"), "the whole-store dossier is the other store's");
  // The same store again writes only what changed.
  const again = runCli(["build", a, "--db", join(dir, "other.db"), "--out", out]);
  assert.match(again.stderr, /0 story and 0 article pages written/);
});
