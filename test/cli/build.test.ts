import assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import { dossierSchema } from "../../src/report/schema.js";
import type { Dossier, FramingTerm } from "../../src/model.js";
import { DEMO, runCli, SEEDS, SEEDS_MISSING, tempDir } from "../helpers.js";

function dumpStore(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = ["documents", "articles", "stories", "meta"];
    return JSON.stringify(tables.map((t) => db.prepare(`select * from ${t} order by 1`).all()));
  } finally {
    db.close();
  }
}

function parseDossier(stdout: string): Dossier {
  return dossierSchema.parse(JSON.parse(stdout)) as Dossier;
}

/** Every quote and term the dossier shows must be found, letter for letter, in its article. */
function assertGrounded(d: Dossier): void {
  const text = new Map(d.articles.map((a) => [a.id, a.text]));
  const title = new Map(d.articles.map((a) => [a.id, a.title ?? ""]));
  for (const s of d.stories) {
    for (const c of s.citations) assert.ok(text.get(c.articleId)?.includes(c.quote), `citation quote not in article: ${c.quote}`);
    for (const c of s.claims) for (const m of c.mentions) assert.ok(text.get(m.articleId)?.includes(m.quote), `claim quote not in article: ${m.quote}`);
    for (const f of s.framing) {
      const where = (t: FramingTerm) => (t.where === "title" ? title : text).get(f.articleId);
      for (const t of f.terms) assert.ok(where(t)?.includes(t.term), `term not in article: ${t.term}`);
    }
  }
}

describe("dossier build on the demo corpus", () => {
  const dir = tempDir();
  const db = join(dir, "store.db");
  const out = join(dir, "out");
  const first = runCli(["build", DEMO, "--db", db, "--out", out, "--json"]);

  test("exits 0 and prints only valid dossier JSON on stdout", () => {
    assert.equal(first.code, 0, first.stderr);
    const d = parseDossier(first.stdout);
    assert.equal(d.rejected.length, 0);
    assert.match(first.stderr, /assigned \d+ article\(s\) to stories/);
  });

  test("--threads analyses stories in threads beside the build's own, to the same dossier; a bad count is a usage error", () => {
    const threaded = runCli(["build", DEMO, "--db", join(dir, "threads.db"), "--out", join(dir, "threads-out"), "--json", "--threads", "2"]);
    assert.equal(threaded.code, 0, threaded.stderr);
    assert.match(threaded.stderr, /analysing stories in 2 thread\(s\)/);
    assert.deepEqual(parseDossier(threaded.stdout).stories, parseDossier(first.stdout).stories);
    const bad = runCli(["build", DEMO, "--db", join(dir, "bad.db"), "--threads", "two"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--threads takes a whole number/);
    const many = runCli(["build", DEMO, "--db", join(dir, "bad.db"), "--threads", "999"]);
    assert.equal(many.code, 2);
    assert.match(many.stderr, /--threads 999: at most \d+/);
  });

  test("reads HTML, text and JSON lines, in three languages, with the given fields kept", () => {
    const d = parseDossier(first.stdout);
    assert.equal(d.articles.length, 7);
    assert.deepEqual(new Set(d.articles.map((a) => a.language)), new Set(["en", "ru", "de"]));
    const radio = d.articles.find((a) => a.url === "https://tarn-radio.example/news/4411");
    assert.ok(radio, "the .jsonl article with its url");
    assert.equal(radio.outlet, "Tarn Valley Radio");
    assert.equal(radio.published, "2026-03-12");
    assert.equal(radio.byline, "Ana Vidic");
  });

  test("keeps the article body and drops the page chrome into `removed`", () => {
    const d = parseDossier(first.stdout);
    const herald = d.articles.find((a) => a.path.endsWith("01-kestria-herald.html"));
    assert.ok(herald);
    assert.match(herald.text, /forcing 2,300 people from their homes/);
    assert.match(herald.text, /Eleven people were treated in hospital/);
    assert.doesNotMatch(herald.text, /We use cookies|Accept all|Subscribe|All rights reserved|Budget talks stall/);
    assert.ok(herald.removed.some((r) => /cookies/i.test(r)), "the cookie banner is listed as removed");
    const german = d.articles.find((a) => a.path.endsWith("06-alpenkurier.html"));
    assert.match(german?.text ?? "", /ihre Häuser verlassen/, "ISO-8859-1 page decoded");
  });

  test("writes the JSON, Markdown and HTML reports", () => {
    for (const f of ["dossier.json", "dossier.md", "index.html"]) assert.ok(existsSync(join(out, f)), f);
    const fromFile = parseDossier(readFileSync(join(out, "dossier.json"), "utf8"));
    assert.deepEqual(fromFile, parseDossier(first.stdout));
    const md = readFileSync(join(out, "dossier.md"), "utf8");
    assert.match(md, /^# Dossier/);
    assert.match(readFileSync(join(out, "index.html"), "utf8"), /^<!doctype html>/);
  });

  test("quotes are exact substrings of their articles", () => assertGrounded(parseDossier(first.stdout)));

  test("the dam story and the football report are different stories", () => {
    const d = parseDossier(first.stdout);
    const byPath = (end: string) => d.articles.find((a) => a.path.endsWith(end) || a.title?.includes(end))!.id;
    const storyOf = (id: string) => d.stories.find((s) => s.articleIds.includes(id))!;
    const dam = storyOf(byPath("01-kestria-herald.html"));
    const football = storyOf(byPath("Hollen Rovers win cup final"));
    assert.notEqual(dam.id, football.id);
    assert.ok(dam.articleIds.includes(byPath("02-northern-wire.html")), "the copy joins its original's story");
  });

  test("a second build of the same inputs leaves the store unchanged", () => {
    const before = dumpStore(db);
    const again = runCli(["build", DEMO, "--db", db, "--out", out, "--json"]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(dumpStore(db), before);
    assert.deepEqual(parseDossier(again.stdout), parseDossier(first.stdout));
  });

  test("a later build with one more file adds it to the same store without duplicates", () => {
    const extra = join(dir, "extra.txt");
    writeFileSync(
      extra,
      "Engineers began pumping water out of the Orvel reservoir above Hollen on Thursday to take pressure off the damaged spillway of the dam, Kestrel Hydro said.\n\nThe operator said the level of the reservoir would fall by two metres over the weekend.",
    );
    const r = runCli(["build", extra, "--db", db, "--out", out, "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const d = parseDossier(r.stdout);
    assert.equal(d.articles.length, 8);
    assert.equal(new Set(d.articles.map((a) => a.id)).size, 8);
  });
});

describe("bad input", () => {
  test("each bad item is rejected with a reason and the rest of the batch goes on", () => {
    const dir = tempDir();
    copyFileSync(join(DEMO, "hollen-dam", "03-baltic-ledger.txt"), join(dir, "good.txt"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    writeFileSync(join(dir, "broken.html.gz"), "this is not gzip at all");
    writeFileSync(join(dir, "lines.jsonl"), '{"text": "not closed\n{"title": "no body"}\n');
    writeFileSync(join(dir, "huge.txt"), Buffer.alloc(21 * 1024 * 1024, 0x61));
    const r = runCli(["build", dir, "--db", join(dir, "s.db"), "--out", join(dir, "out"), "--json"]);
    assert.equal(r.code, 1, "exit 1 when some inputs are rejected");
    const d = parseDossier(r.stdout);
    assert.equal(d.articles.length, 1);
    const reason = (name: string) => d.rejected.find((x) => x.path.includes(name))?.error ?? "";
    assert.match(reason("empty.txt"), /empty/);
    assert.match(reason("binary.html"), /binary/);
    assert.match(reason("broken.html.gz"), /gzip/);
    assert.match(reason("lines.jsonl#1"), /invalid JSON/);
    assert.match(reason("lines.jsonl#2"), /no "text" or "html"/);
    assert.match(reason("huge.txt"), /too large/);
  });

  test("malformed HTML still yields its text", () => {
    const dir = tempDir();
    const page = "<html><head><title>Storm cuts power</title><body><div><p>A storm cut power to 40,000 homes in the northern districts on Sunday night, the grid operator said, and crews worked through the night to restore it.<p>Schools in three towns stayed closed on Monday while the operator checked lines <b>damaged by falling trees<div>and flooded substations";
    writeFileSync(join(dir, "broken.html"), page);
    const r = runCli(["extract", join(dir, "broken.html")]);
    assert.equal(r.code, 0, r.stderr);
    const article = JSON.parse(r.stdout.trim());
    assert.match(article.text, /40,000 homes/);
    assert.match(article.text, /flooded substations/);
  });

  test("a missing path among others is rejected (exit 1), a store that cannot be opened is fatal (exit 3)", () => {
    const dir = tempDir();
    const r = runCli(["build", join(dir, "missing-file.txt"), DEMO, "--db", join(dir, "s.db"), "--out", join(dir, "o"), "--json"]);
    assert.equal(r.code, 1);
    assert.match(parseDossier(r.stdout).rejected[0]?.error ?? "", /no such file/);
    writeFileSync(join(dir, "not-a-store.db"), "plain text, not SQLite");
    const bad = runCli(["build", DEMO, "--db", join(dir, "not-a-store.db"), "--out", join(dir, "o")]);
    assert.equal(bad.code, 3);
    assert.match(bad.stderr, /not a database/);
  });

  test("stored articles survive a later batch that is all bad", () => {
    const dir = tempDir();
    const db = join(dir, "s.db");
    const ok = runCli(["build", join(DEMO, "hollen-dam", "03-baltic-ledger.txt"), "--db", db, "--out", join(dir, "o"), "--json"]);
    assert.equal(ok.code, 0, ok.stderr);
    writeFileSync(join(dir, "empty.txt"), "");
    const r = runCli(["build", join(dir, "empty.txt"), "--db", db, "--out", join(dir, "o"), "--json"]);
    assert.equal(r.code, 1);
    assert.equal(parseDossier(r.stdout).articles.length, 1);
  });
});

describe("the real seed scrapes", { skip: SEEDS_MISSING }, () => {
  test("build prints valid dossier JSON with 5 articles and 0 rejected", () => {
    const dir = tempDir();
    const r = runCli(["build", SEEDS, "--json", "--db", join(dir, "s.db"), "--out", join(dir, "o")]);
    assert.equal(r.code, 0, r.stderr);
    const d = parseDossier(r.stdout);
    assert.equal(d.articles.length, 5);
    assert.equal(d.rejected.length, 0);
    assertGrounded(d);
  });
});
