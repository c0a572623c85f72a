/**
 * `npm run bench:serve`: `dossier serve` over a store of 100,000 articles, under a load test on
 * loopback (autocannon) that mixes story lists, story pages (API and HTML), search and ingests at
 * a fixed rate; prints p50/p99 latency and errors, per kind of request and in all.
 *
 * The store is written in bulk, not by the pipeline (grouping and analysing 100,000 articles
 * takes hours): real story analyses made by `analyseStory` on FNC-1 stories (bodies that share
 * a related headline) are repeated, each copy with its own article ids over the same real
 * texts, until the store holds the articles asked for. Outlets and dates are made up. The
 * server's index tables are then built by opening the store, as for a store written before
 * them. The store is kept (.bench-cache/) and each run serves a copy of it.
 *
 *   node --import tsx bench/serve.ts [articles=100000] [rate=200] [seconds=30] [noingest]
 *
 * BENCH_SERVE_PROFILE=DIR writes the server's V8 CPU profile to DIR; BENCH_SERVE_READERS=N serves with
 * `--readers N` (0: reads answered on the request thread, as before reader threads).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import SQLite from "better-sqlite3";
import { analyseStory } from "../src/claims/index.js";
import { defaultConfig } from "../src/config.js";
import { languages } from "../src/lang/index.js";
import type { Article, InputDocument, Story } from "../src/model.js";
import { openSqliteStore } from "../src/store/index.js";
import { builtCli } from "./lib/cli.js";
import { fncStories } from "./lib/fncStories.js";
import { fncData } from "./stories/datasets.js";

const ARTICLES = Number(process.argv[2] ?? 100_000);
const RATE = Number(process.argv[3] ?? 200);
const SECONDS = Number(process.argv[4] ?? 30);
/** "noingest" leaves ingests out of the mix: reads alone, without a build running beside them. */
const INGESTS = process.argv[5] !== "noingest";
/** The largest story: the issue's 400-article story page. */
const LARGEST = 400;
const OUTLETS = Array.from({ length: 60 }, (_, i) => `Outlet ${String(i + 1).padStart(2, "0")}`);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CACHE = join(ROOT, ".bench-cache");
const STORE = join(CACHE, `serve-${ARTICLES}.db`);

const fnc = fncData();
if (!fnc) {
  console.log("FNC-1 is not in ../shared/data/stance/fnc1: nothing to measure.");
  process.exit(0);
}
const texts = new Map(fnc.bodies.map((b) => [b.id, b.text]));

const hash = (s: string): string => createHash("sha256").update(s).digest("hex").slice(0, 16);

/** Writes the store: analysed templates repeated over new article ids until `ARTICLES` are stored. */
async function writeStore(): Promise<void> {
  const started = performance.now();
  const real = fncStories(fnc!.stances).sort((a, b) => b.bodies.length - a.bodies.length);
  const pooled = real.flatMap((s) => s.bodies).filter((id, i, all) => all.indexOf(id) === i).slice(0, LARGEST);
  const templates = [{ headline: real[0]!.headline, bodies: pooled }, ...real.filter((s) => s.bodies.length <= 60)];
  const analysed: Array<{ headline: string; bodies: string[]; story: Story }> = [];
  for (const t of templates) {
    const articles = new Map(t.bodies.map((id) => [id, articleOf(id, id, t.headline, 0, "2015-01-01")]));
    const group = { id: "t", headline: t.headline, articleIds: t.bodies, copies: [] };
    analysed.push({ ...t, story: { ...group, ...analyseStory(group, articles, defaultConfig.claims, languages()) } });
  }
  console.log(`analysed ${analysed.length} FNC-1 stories as templates (${analysed[0]!.bodies.length} to ${analysed.at(-1)!.bodies.length} articles) in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  mkdirSync(CACHE, { recursive: true });
  rmSync(STORE, { force: true });
  await (await openSqliteStore(STORE)).close();
  const db = new SQLite(STORE);
  db.pragma("journal_mode = WAL");
  const insertDoc = db.prepare("insert into documents (id, seq, path, document) values (?, ?, ?, ?)");
  const insertArticle = db.prepare("insert into articles (id, extractor_version, article) values (?, ?, ?)");
  const insertStory = db.prepare("insert into stories (id, position, story) values (?, ?, ?)");
  let seq = 0;
  let position = 0;
  const write = db.transaction((story: Story, articles: Article[]) => {
    for (const a of articles) {
      seq++;
      const doc: InputDocument = { id: a.id, path: a.path, format: "text", content: a.text, encoding: { name: "utf-8", source: "default" }, given: {}, warnings: [] };
      insertDoc.run(a.id, seq, a.path, JSON.stringify(doc));
      insertArticle.run(a.id, "bench", JSON.stringify(a));
    }
    insertStory.run(story.id, position++, JSON.stringify(story));
  });
  // The 400-article template once; then the others in turn.
  for (let copy = 0; seq < ARTICLES; copy++) {
    const template = analysed[copy === 0 ? 0 : 1 + ((copy - 1) % (analysed.length - 1))]!;
    const n = Math.min(template.bodies.length, ARTICLES - seq);
    const ids = new Map(template.bodies.slice(0, n).map((body, i) => [body, hash(`bench-${copy}-${i}`)]));
    const day = new Date(Date.UTC(2025, 0, 1) + (copy % 365) * 86_400_000).toISOString().slice(0, 10);
    const articles = [...ids].map(([body, id], i) => articleOf(id, body, template.headline, copy + i, day));
    const remap = (id: string) => ids.get(id) ?? id;
    const s = template.story;
    const story: Story = {
      ...s,
      id: hash(`story-${copy}`).slice(0, 12),
      articleIds: articles.map((a) => a.id),
      claims: s.claims.map((c, i) => ({ ...c, id: `${hash(`story-${copy}`).slice(0, 12)}-c${i + 1}`, mentions: c.mentions.filter((m) => ids.has(m.articleId)).map((m) => ({ ...m, articleId: remap(m.articleId) })) })),
      citations: s.citations.filter((c) => ids.has(c.articleId)).map((c) => ({ ...c, articleId: remap(c.articleId) })),
      entities: s.entities.map((e) => ({ ...e, articleIds: e.articleIds.filter((id) => ids.has(id)).map(remap) })),
      timeline: s.timeline.map((e) => ({ ...e, articleIds: e.articleIds.filter((id) => ids.has(id)).map(remap) })),
      framing: s.framing.filter((f) => ids.has(f.articleId)).map((f) => ({ ...f, articleId: remap(f.articleId) })),
      quoteVariants: s.quoteVariants.map((v) => ({ ...v, wordings: v.wordings.filter((w) => ids.has(w.articleId)).map((w) => ({ ...w, articleId: remap(w.articleId) })), changedBy: v.changedBy && remap(v.changedBy) })),
    };
    write(story, articles);
  }
  // The index tables are built when the store is next opened, as for a store written before them.
  db.prepare("delete from meta where key = 'index_version'").run();
  db.close();
  const indexing = performance.now();
  await (await openSqliteStore(STORE)).close();
  console.log(`wrote ${seq} articles in ${position} stories; indexing them on first open took ${((performance.now() - indexing) / 1000).toFixed(0)} s`);
}

function articleOf(id: string, body: string, headline: string, n: number, day: string): Article {
  return {
    id,
    path: `bench/${id}.txt`,
    url: null,
    outlet: OUTLETS[n % OUTLETS.length]!,
    title: headline,
    byline: null,
    published: day,
    language: "en",
    text: texts.get(body)!,
    removed: [],
    warnings: [],
  };
}

/** Requests of the mix: kind, and what autocannon sends. */
interface Planned {
  readonly kind: string;
  readonly request: autocannon.Request;
}

function plan(): { planned: Planned[]; largest: string } {
  const db = new SQLite(STORE, { readonly: true });
  const stories = db.prepare("select id, article_count from story_index order by random() limit 40").all() as Array<{ id: string; article_count: number }>;
  const largest = db.prepare("select id from story_index order by article_count desc limit 1").pluck().get() as string;
  db.close();
  const words = ["president", "police", "Islamic State", "Apple watch", "video", "hostage", "Ebola", "report said", "military", "government officials"];
  const unused = fnc!.bodies.slice(-50).map((b) => b.text);
  const out: Planned[] = [];
  for (let i = 0; i < 40; i++) {
    const filters = ["", "&order=articles", `&outlet=${encodeURIComponent(OUTLETS[i % OUTLETS.length]!)}`, "&conflicts=true", "&from=2025-03-01&to=2025-04-30", "&language=en"][i % 6];
    out.push({ kind: "story list", request: { method: "GET", path: `/api/stories?limit=20&offset=${(i % 5) * 20}${filters}` } });
  }
  for (const [i, s] of stories.entries()) {
    out.push({ kind: i % 2 ? "story page (HTML)" : "story (API)", request: { method: "GET", path: i % 2 ? `/stories/${s.id}.html` : `/api/stories/${s.id}` } });
  }
  for (let i = 0; i < 25; i++) out.push({ kind: "search", request: { method: "GET", path: `/api/search?q=${encodeURIComponent(words[i % words.length]!)}&offset=${(i % 3) * 20}` } });
  for (let i = 0; i < (INGESTS ? 5 : 0); i++) {
    out.push({ kind: "ingest", request: { method: "POST", path: "/api/ingest?wait=false", headers: { "content-type": "text/plain" }, body: `${unused[i]}\n\nbench ${Date.now()}-${i}` } });
  }
  // Shuffled with a fixed seed: every connection meets every kind.
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return { planned: out.map((p) => [random(), p] as const).sort((a, b) => a[0] - b[0]).map(([, p]) => p), largest };
}

/**
 * Each story's page made and kept in the store, as the build that analyses a story does
 * (src/build/analyseStories.ts), by the built code the server runs: a page's digest names the
 * code that made it. Pages of an earlier run that still match are kept.
 */
async function storePages(): Promise<void> {
  const started = performance.now();
  const dist = join(ROOT, "dist");
  const web = (await import(join(dist, "web/index.js"))) as typeof import("../src/web/index.js");
  const stores = (await import(join(dist, "store/index.js"))) as typeof import("../src/store/index.js");
  const notes = (await import(join(dist, "report/notes.js"))) as typeof import("../src/report/notes.js");
  const store = await stores.openSqliteStore(STORE);
  const db = new SQLite(STORE, { readonly: true });
  const ids = db.prepare("select id from stories order by id").pluck().all() as string[];
  db.close();
  let made = 0;
  for (let i = 0; i < ids.length; i += 50) {
    const chunk = ids.slice(i, i + 50);
    const [stories, pages] = await Promise.all([store.getStories(chunk), store.getStoryPages(chunk)]);
    const rows = [];
    for (const story of stories.values()) {
      const [noted] = await notes.withStoredNotes(store, [story]);
      if (pages.get(story.id)?.digest === web.storyPageDigest(noted!, await web.pageFacts(store, story))) continue;
      const articles = await store.getArticles(story.articleIds);
      rows.push({ storyId: story.id, ...(await web.makeStoredPage(store, story, new Map([...articles].map(([id, a]) => [id, a.article])))) });
    }
    await store.putStoryPages(rows);
    made += rows.length;
  }
  await store.close();
  console.log(`story pages: ${made} of ${ids.length} made and kept in the store, as a build does, in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function main(): Promise<void> {
  if (!existsSync(STORE)) await writeStore();
  else console.log(`store: ${STORE} (kept from an earlier run; delete it to write it again)`);
  builtCli();
  await storePages();
  const served = join(CACHE, "serve-run.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(served + suffix, { force: true });
  copyFileSync(STORE, served);
  const port = 18_000 + (process.pid % 1000);
  const profile = process.env.BENCH_SERVE_PROFILE ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_SERVE_PROFILE] : [];
  // The built CLI, as users run `dossier serve` (bench/lib/cli.ts).
  const readers = process.env.BENCH_SERVE_READERS ? ["--readers", process.env.BENCH_SERVE_READERS] : [];
  const server = spawn(process.execPath, [...profile, builtCli(), "serve", "--db", served, "--port", String(port), ...readers], { stdio: ["ignore", "ignore", "pipe"] });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    server.stderr.on("data", (chunk: Buffer) => (chunk.toString().includes("serving") ? resolve() : undefined));
    server.on("exit", (code) => reject(new Error(`server exited (${code})`)));
  });
  const { planned, largest } = plan();
  const url = `http://127.0.0.1:${port}`;
  // The largest story alone, before the load: its page read from the store once, then kept in memory.
  const timed = async (path: string) => {
    const started = performance.now();
    const response = await fetch(`${url}${path}`);
    const bytes = (await response.arrayBuffer()).byteLength;
    return `${(performance.now() - started).toFixed(0)} ms, ${(bytes / 2 ** 20).toFixed(1)} MB`;
  };
  const alone = [
    `API ${await timed(`/api/stories/${largest}`)}`,
    `page from the store ${await timed(`/stories/${largest}.html`)}`,
    `page kept in memory ${await timed(`/stories/${largest}.html`)}`,
  ];
  // Warm-up: every planned request once, one at a time, so that the measured load meets a running server (compiled code,
  // prepared statements, the store's pages in the OS cache), not one just started.
  const warming = performance.now();
  for (const p of planned) if (p.kind !== "ingest") await (await fetch(`${url}${p.request.path}`)).arrayBuffer();
  const warmed = `warm-up: each of the ${planned.filter((p) => p.kind !== "ingest").length} planned reads once in ${((performance.now() - warming) / 1000).toFixed(1)} s`;
  // Each kind's latency: a connection sends the planned requests in turn, one at a time, so its n-th answer is to the n-th request.
  const latencies = new Map<string, number[]>();
  const failures = new Map<string, number>();
  const result = await autocannon({
    url,
    connections: 20,
    overallRate: RATE,
    duration: SECONDS,
    timeout: 10,
    requests: planned.map((p) => p.request),
    setupClient: (client: { on: (event: string, listener: (...args: unknown[]) => void) => void }) => {
      let answered = 0;
      client.on("response", (...args: unknown[]) => {
        const [status, , time] = args as [number, number, number];
        const kind = planned[answered++ % planned.length]!.kind;
        (latencies.get(kind) ?? latencies.set(kind, []).get(kind)!).push(time);
        if (status >= 400) failures.set(kind, (failures.get(kind) ?? 0) + 1);
      });
    },
  });
  // The server's peak memory (Linux): its own thread, the readers, the page and build workers together.
  const peak = (() => {
    try {
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1]);
      return Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : "unknown";
    } catch {
      return "unknown";
    }
  })();
  // A profiled server is stopped as a user stops it, so that Node writes its profile on the way out.
  if (profile.length) {
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 120_000))]);
  }
  server.kill("SIGKILL");
  console.log(`\nthe ${LARGEST}-article story, one request at a time: ${alone.join("; ")}\n${warmed}`);
  const pct = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
  console.log(`\n${ARTICLES} articles, ${RATE} requests/s for ${SECONDS} s over 20 connections on loopback (served from a copy of the store${readers.length ? `, --readers ${readers[1]}` : ""})${INGESTS ? "" : ", no ingests"}`);
  console.log("| requests | count | p50 ms | p99 ms | max ms | errors |");
  console.log("|---|---|---|---|---|---|");
  for (const [kind, xs] of [...latencies].sort()) {
    console.log(`| ${kind} | ${xs.length} | ${pct(xs, 50).toFixed(1)} | ${pct(xs, 99).toFixed(1)} | ${Math.max(...xs).toFixed(1)} | ${failures.get(kind) ?? 0} |`);
  }
  console.log(`| all | ${result.requests.total} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${result.errors + result.timeouts + result.non2xx} (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}) |`);
  const [load1] = (await import("node:os")).loadavg();
  console.log(`load average (1 min) at the end: ${load1!.toFixed(1)} on ${(await import("node:os")).cpus().length} cores; the server's peak RSS ${peak}`);
  console.log(`achieved ${(result.requests.total / SECONDS).toFixed(0)} requests/s; goal p99 < 100 ms at ${RATE} requests/s with 0 errors: ${result.latency.p99 < 100 && result.errors + result.timeouts + result.non2xx === 0 ? "met" : "not met"}`);
}

await main();
