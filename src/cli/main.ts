#!/usr/bin/env node
/** The `dossier` command: parses arguments, calls the library, prints. Nothing else. */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { makeDirs } from "../makeDirs.js";
import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import { buildDossier, type BuildSummary, checkStore, extractInputs, readDossier, storedUnderOtherNames } from "../pipeline.js";
import type { CheckResult, ClaimToCheck } from "../check/index.js";
import type { InputSource } from "../ingest/index.js";
import type { Dossier } from "../model.js";
import { languages } from "../lang/index.js";
import { renderJson, writeReports } from "../report/index.js";
import { isPostgresUrl, openStore, type Store } from "../store/index.js";
import { DEFAULT_HOST, DEFAULT_PORT, isReaderCount, MAX_READERS, startServer } from "../server/index.js";
import { scorePairs, type TextPair } from "../stories/index.js";
import { VERSION } from "../version.js";
import { MAX_ANALYSIS_THREADS } from "../build/analysisPool.js";
import { writeSite } from "../web/index.js";
import { createFetcher, defaultWatchPolicy, describeChanges, feedList, lookOnce, pollFeeds, watchFeeds, watchFolder, type WatchPolicy, type WatchSession } from "../watch/index.js";
import { boundHeapGrowth } from "./heap.js";
import { progressReporter } from "./progress.js";
import { buildWithWorkers } from "../workers/build.js";
import { runWorker } from "../workers/worker.js";

/** Exit codes: 0 ok, 1 some inputs rejected (still reported), 2 usage error, 3 fatal (nothing written). */
const EXIT_REJECTED = 1;
const EXIT_USAGE = 2;
/** Its own code, so that a cron job can tell a dossier written with some rejections (1) from none at all. */
const EXIT_FATAL = 3;
const EXIT_HELP = `
Exit codes:
  0  ok
  1  some inputs rejected (files or JSON lines, each named on stderr and in the output's
     "rejected"; for check, claim lines, and for remove, keys that match no article, each
     named on stderr); the rest was done
  2  usage error (also a store path with no store, for check and remove; for build, paths none of which exists)
  3  fatal: no dossier written (e.g. the store or the output folder cannot be used)
`;

const log = (line: string) => process.stderr.write(`dossier: ${line}\n`);

function sources(paths: readonly string[]): InputSource[] {
  return paths.map((p) => (p === "-" ? { path: "-", stream: process.stdin } : p));
}

interface BuildFlags {
  out: string;
  db: string;
  json?: boolean;
  followLinks?: boolean;
  workers?: number;
  threads?: number;
}

/** The configuration the command-line flags set. */
const configOf = (flags: { followLinks?: boolean }) => ({ ingest: { followLinks: flags.followLinks === true } });

const OUT_HELP = "folder for the reports";
const DB_HELP = "store: a SQLite file, or a postgres:// URL";
const FOLLOW_LINKS_HELP = "read symbolic links in folders that point outside them (skipped and listed as rejected otherwise)";

/**
 * Stores up to this many articles get the whole-store reports (dossier.json, .md, .html, read
 * in one piece); past it they would grow with the store, and are not written.
 */
const WHOLE_REPORT_LIMIT = 5_000;

/**
 * Writes the reports after a build or a removal and says where: the one place the CLI turns a
 * store into reports. Returns the dossier written (for --json), or null when the store is too
 * large to be read in one piece.
 */
async function writeStoreReports(store: Store, summary: BuildSummary, out: string): Promise<Dossier | null> {
  const articles = await store.countArticles();
  // The static site's pages are one story or one list page each: only the stories this build changed are written again.
  const site = await writeSite(store, out, existsSync(join(out, "index.html")) ? { stories: [...summary.storiesChanged, ...summary.storiesRemoved] } : {});
  const pages = `${join(out, "index.html")} (${site.indexPages} list page(s), ${site.stories} story and ${site.articles} article pages written)`;
  if (articles > WHOLE_REPORT_LIMIT) {
    // Those of a smaller store (or of this one, before it grew) would be read as this store's.
    for (const name of ["dossier.json", "dossier.md"]) rmSync(join(out, name), { force: true });
    log(`wrote ${pages}; ${articles} articles: past ${WHOLE_REPORT_LIMIT}, the whole-store dossier.json and dossier.md are not written`);
    return null;
  }
  const dossier = await readDossier(store, summary.rejected);
  log(`wrote ${(await writeReports(dossier, out, { html: false })).join(", ")}, ${pages}`);
  return dossier;
}

async function build(paths: string[], flags: BuildFlags): Promise<number> {
  if (flags.workers !== undefined && !isPostgresUrl(flags.db)) {
    throw usage("--workers needs a PostgreSQL store (--db postgres://…): workers share the database; a SQLite build runs in this one process");
  }
  if (flags.workers !== undefined && flags.threads !== undefined) throw usage("--threads is for a build that analyses in its own process; with --workers the workers analyse");
  // Nothing given exists (a mistyped path): a usage error before any store or report is made, not an empty dossier.
  const missing = paths.filter((p) => p !== "-" && !existsSync(p));
  if (paths.length > 0 && missing.length === paths.length) throw usage(`no such file or folder: ${missing.join(", ")}`);
  if (isSqliteFile(flags.db)) makeDirs(dirname(resolve(flags.db)));
  const store = await openStore(flags.db);
  const shown = progressReporter(process.stderr);
  try {
    const threads = flags.threads ?? 0;
    const options = { store, log: shown.log, progress: shown.progress, config: configOf(flags), threads };
    const summary =
      flags.workers === undefined ? await buildDossier(sources(paths), options) : await buildWithWorkers(sources(paths), { ...options, url: flags.db, workers: flags.workers });
    shown.finish();
    const dossier = await writeStoreReports(store, summary, flags.out);
    if (flags.json) process.stdout.write(renderJson(dossier ?? (await readDossier(store, summary.rejected))));
    for (const r of summary.rejected) log(`rejected ${r.path}: ${r.error}`);
    return summary.rejected.length > 0 ? EXIT_REJECTED : 0;
  } finally {
    await store.close();
  }
}

interface WatchFlags {
  feeds?: string;
  out: string;
  db: string;
  interval?: string;
  minHostInterval: string;
  allowPrivate?: boolean;
  once?: boolean;
  followLinks?: boolean;
}

/** A number of seconds from a flag, in milliseconds; a usage error when it is not a positive number. */
function seconds(value: string, flag: string): number {
  const n = Number(value);
  if (!(n >= 0) || !Number.isFinite(n)) throw usage(`${flag} needs a number of seconds, not "${value}"`);
  return n * 1000;
}

/** Watches a folder or a list of feeds, building what comes in and rewriting the reports after each batch. */
async function watchCommand(folder: string | undefined, flags: WatchFlags): Promise<number> {
  if (!folder === !flags.feeds) throw usage("give a FOLDER or --feeds FILE (one of them)");
  const interval = flags.interval === undefined ? null : seconds(flags.interval, "--interval");
  const policy: WatchPolicy = {
    ...defaultWatchPolicy,
    ...(interval === null ? {} : { feedIntervalMs: interval, folderIntervalMs: interval }),
    fetch: { ...defaultWatchPolicy.fetch, allowPrivate: flags.allowPrivate === true, minHostIntervalMs: seconds(flags.minHostInterval, "--min-host-interval") },
  };
  if (isSqliteFile(flags.db)) makeDirs(dirname(resolve(flags.db)));
  const store = await openStore(flags.db);
  const stop = new AbortController();
  const onSignal = (): void => {
    log("stopping after the batch under way");
    stop.abort();
  };
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
  let rejected = 0;
  const session: WatchSession = {
    store,
    policy,
    config: configOf(flags),
    log,
    signal: stop.signal,
    onBatch: async (changes, dossier) => {
      for (const line of describeChanges(changes)) log(line);
      rejected += changes.rejected.length;
      await writeStoreReports(store, dossier, flags.out);
    },
  };
  try {
    if (flags.feeds) {
      log(`watching the feeds in ${flags.feeds}${flags.once ? " once" : `, every ${policy.feedIntervalMs / 1000} s`} (Ctrl-C stops)`);
      if (flags.once) await pollFeeds(feedList(readFileSync(flags.feeds, "utf8")), session, createFetcher(policy.fetch));
      else await watchFeeds(flags.feeds, session);
    } else {
      log(`watching ${folder}${flags.once ? " once" : ""} (Ctrl-C stops)`);
      const options = { followLinks: flags.followLinks === true };
      await (flags.once ? lookOnce(folder!, session, options) : watchFolder(folder!, session, options));
    }
  } finally {
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
    await store.close();
  }
  return rejected > 0 ? EXIT_REJECTED : 0;
}

/** Takes jobs until stopped (SIGINT, SIGTERM, or the build that started it ending). */
async function worker(flags: { db: string }): Promise<number> {
  if (!isPostgresUrl(flags.db)) throw usage("a worker needs a PostgreSQL store (--db postgres://…)");
  // Stop requests can come while the worker is starting (a build killed at once): they are kept until it runs.
  let stopped = false;
  const running: { handle?: Awaited<ReturnType<typeof runWorker>> } = {};
  const stop = (): void => {
    stopped = true;
    void running.handle?.close();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Started by a build: its end, however it ends, closes the IPC channel.
  process.once("disconnect", stop);
  const handle = (running.handle = await runWorker(flags.db, log));
  if (stopped || (process.send !== undefined && !process.connected)) stop();
  else log(`worker ${handle.workerId} waiting for jobs`);
  await handle.done;
  // An open IPC channel would keep the process alive after the worker stopped.
  if (process.connected) process.disconnect();
  return 0;
}

/** A usage error said on stderr (commander says its own; this is for the checks made here). */
function usage(message: string): CommanderError {
  log(`error: ${message}`);
  return new CommanderError(EXIT_USAGE, "dossier.usage", message);
}

/** A whole number ≥ 0 for --workers. */
function count(value: string): number {
  return wholeNumber("--workers", value);
}

function threadCount(value: string): number {
  const n = wholeNumber("--threads", value);
  if (n > MAX_ANALYSIS_THREADS) throw usage(`--threads ${n}: at most ${MAX_ANALYSIS_THREADS} (each thread holds the language knowledge and a story)`);
  return n;
}

function wholeNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw usage(`${flag} takes a whole number ≥ 0, not ${value}`);
  return n;
}

interface RemoveFlags {
  out: string;
  db: string;
}

/** A `--db` that is a SQLite file on disk: not ":memory:", not a PostgreSQL URL. */
function isSqliteFile(db: string): boolean {
  return db !== ":memory:" && !isPostgresUrl(db);
}

/**
 * The store a command reads (check, serve, remove): a SQLite path must hold one already, or a
 * mistyped path would be answered from a new, empty store ("no stored article bears on this claim").
 */
async function openExistingStore(db: string): Promise<Store> {
  if (isSqliteFile(db) && !existsSync(resolve(db))) throw usage(`no store at ${db}: make one with \`dossier build INPUTS --db ${db}\``);
  return openStore(db);
}

/** Forgets stored articles (by id, input path or url), regroups what is left, rewrites the reports. */
async function remove(keys: string[], flags: RemoveFlags): Promise<number> {
  const store = await openExistingStore(flags.db);
  try {
    const removed = await store.removeArticles(keys);
    // A path is stored as the build was given it: "./extra/a.txt" given then is "/work/extra/a.txt" now, and the other way round.
    for (const [key, ids] of removed) {
      if (ids.length > 0 || key.includes("://")) continue;
      const absolute = resolve(key);
      const fromHere = relative(process.cwd(), absolute);
      const spellings = [...new Set([absolute, fromHere, `./${fromHere}`])].filter((k) => k !== key);
      for (const [, again] of await store.removeArticles(spellings)) if (again.length > 0) removed.set(key, [...removed.get(key)!, ...again]);
    }
    let missing = 0;
    for (const [key, ids] of removed) {
      if (ids.length > 0) {
        log(`removed ${ids.join(", ")} (${key})`);
        continue;
      }
      missing++;
      // A copy of another input under its own name was stored once, under the other's.
      const elsewhere = await storedUnderOtherNames(store, key);
      log(
        elsewhere.length === 0
          ? `no stored article matches ${key}`
          : `no stored article matches ${key}: its text was stored from ${elsewhere.map((e) => `${e.path} (${e.id})`).join(", ")}, and stays; remove that to forget it`,
      );
    }
    // Nothing removed, nothing to write again.
    if (missing < removed.size) await writeStoreReports(store, await buildDossier([], { store, log }), flags.out);
    return missing > 0 ? EXIT_REJECTED : 0;
  } finally {
    await store.close();
  }
}

interface CheckFlags {
  db: string;
  json?: boolean;
  claims?: string;
}

/** One claim from the command line, or many from a JSON-lines file: each answered from the store. */
async function check(claim: string | undefined, flags: CheckFlags): Promise<number> {
  let claims: ClaimToCheck[] = [];
  let bad = 0;
  if (flags.claims && claim !== undefined) throw usage("give a CLAIM or --claims FILE, not both");
  if (flags.claims) {
    ({ records: claims, bad } = readRecords(flags.claims, (c: { id?: unknown; claim?: unknown; language?: unknown }, line): ClaimToCheck => {
      if (typeof c.claim !== "string" || !c.claim.trim()) throw new Error('needs a "claim" string');
      if (c.language !== undefined && (typeof c.language !== "string" || !/^[a-z]{2,3}$/.test(c.language))) throw new Error('"language" must be a language code such as "en"');
      // A line without an id is named by its line, in words a given id ("5") does not take.
      return { id: c.id === undefined ? `line ${line}` : String(c.id), claim: c.claim, ...(typeof c.language === "string" ? { language: c.language } : {}) };
    }));
  } else if (claim?.trim()) claims.push({ claim });
  else throw usage("give a CLAIM or --claims FILE");
  const store = await openExistingStore(flags.db);
  try {
    const results = await checkStore(claims, { store });
    for (const r of results) process.stdout.write(flags.json || flags.claims ? `${JSON.stringify(r)}\n` : printCheck(r));
  } finally {
    await store.close();
  }
  return bad > 0 ? EXIT_REJECTED : 0;
}

function printCheck(r: CheckResult): string {
  const lines = [`Claim: ${r.claim}`, `Verdict: ${r.verdict}`];
  for (const a of r.articles) {
    const across = a.acrossLanguages ? ` [${a.language}, read across languages]` : "";
    const numbers = a.numbers ? ` [${a.numbers}]` : "";
    const days = a.days ? ` [${a.days}]` : "";
    lines.push(`- ${a.stance.padEnd(7)} ${a.name}${a.namesOnly ? " [shares only the claim's names]" : ""}${a.missing ? ` [not in its quote: ${a.missing.join(", ")}]` : ""}${a.outlet ? ` (${a.outlet})` : ""}${across}${numbers}${days} — origin: ${a.origin}`, `    “${a.quote}”`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A JSON-lines file of the user's (or - for stdin), one record per line through `read`; a line
 * that is not JSON or that `read` refuses is logged with its reason and counted, the rest go on.
 */
function readRecords<R, T>(file: string, read: (record: R, line: number) => T): { records: T[]; bad: number } {
  const records: T[] = [];
  let bad = 0;
  let content: string;
  try {
    content = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (err) {
    throw usage(`cannot read ${file}: ${(err as Error).message}`);
  }
  content.split("\n").forEach((text, i) => {
    if (!text.trim()) return;
    try {
      records.push(read(JSON.parse(text) as R, i + 1));
    } catch (err) {
      bad++;
      log(`rejected ${file}#${i + 1}: ${(err as Error).message}`);
    }
  });
  return { records, bad };
}

async function extract(paths: string[], flags: { followLinks?: boolean }): Promise<number> {
  const { articles, rejected } = await extractInputs(sources(paths), configOf(flags));
  for (const a of articles) process.stdout.write(`${JSON.stringify(a)}\n`);
  for (const r of rejected) log(`rejected ${r.path}: ${r.error}`);
  return rejected.length > 0 ? EXIT_REJECTED : 0;
}

async function similarity(file: string): Promise<number> {
  const { records: pairs, bad } = readRecords(file, (p: Partial<TextPair>, line): TextPair => {
    if (typeof p.text1 !== "string" || typeof p.text2 !== "string") throw new Error('needs "text1" and "text2" strings');
    return { ...p, id: p.id ?? String(line), text1: p.text1, text2: p.text2 };
  });
  for (const s of await scorePairs(pairs, languages())) process.stdout.write(`${JSON.stringify(s)}\n`);
  return bad > 0 ? EXIT_REJECTED : 0;
}

interface ServeFlags {
  db: string;
  host: string;
  port: string;
  token?: string;
  readers?: string;
}

/** Serves the API and the web app until interrupted. */
async function serve(flags: ServeFlags): Promise<number> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage(`--port ${flags.port}: not a port number`);
  const readers = flags.readers === undefined ? undefined : Number(flags.readers);
  if (readers !== undefined && !isReaderCount(readers)) throw usage(`--readers ${flags.readers}: not a number of threads (0 to ${MAX_READERS})`);
  // The server can take articles itself (POST /api/ingest), so a new store is allowed, but said: a mistyped path is seen at once.
  if (isSqliteFile(flags.db) && !existsSync(resolve(flags.db))) log(`no store at ${flags.db} yet: serving a new, empty one`);
  const server = await startServer({ db: flags.db, host: flags.host, port, token: flags.token ?? process.env.DOSSIER_TOKEN ?? null, ...(readers === undefined ? {} : { readers }) });
  log(`serving ${flags.db} at ${server.url} (API description: ${server.url}/openapi.json); Ctrl-C stops`);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  log("stopping: finishing queued ingests");
  await server.close();
  return 0;
}

function demoCorpus(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples");
}

export function program(setExit: (code: number) => void): Command {
  const cli = new Command("dossier")
    .description("Turn a heap of news articles into one verified picture of each story.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText("afterAll", EXIT_HELP);

  cli
    .command("build")
    .description("ingest files and folders (or - for stdin), update the store, write dossier.json, dossier.md and the static site (index.html, a page per story and per article)")
    .argument("<paths...>", ".txt, .html, .htm, .html.gz or .jsonl files, or folders of them")
    .option("--out <dir>", OUT_HELP, "dossier-out")
    .option("--db <file|url>", DB_HELP, "dossier.db")
    .option("--json", "print the dossier JSON to stdout (logs stay on stderr)")
    .option("--follow-links", FOLLOW_LINKS_HELP)
    .option("--workers <n>", "PostgreSQL only: start N local worker processes for extraction and analysis (0: leave the jobs to `dossier worker`s elsewhere)", count)
    .option("--threads <n>", "threads that extract documents, then analyse stories, while the build's thread stores them, reads the next and makes pages, each holding a story's articles: faster on a machine with cores and memory to spare (default 0: the build's thread does it all)", threadCount)
    .action(async (paths: string[], flags: BuildFlags) => setExit(await build(paths, flags)));

  cli
    .command("worker")
    .description("take extraction, story and analysis jobs from a PostgreSQL store's queue until stopped; run any number, on any machine")
    .requiredOption("--db <url>", "the store: a postgres:// URL")
    .action(async (flags: { db: string }) => setExit(await worker(flags)));

  cli
    .command("remove")
    .description("forget stored articles (and their inputs), regroup the rest, rewrite the reports; exit 1 when a key matched nothing")
    .argument("<keys...>", "article ids, input paths or article urls")
    .option("--out <dir>", OUT_HELP, "dossier-out")
    .option("--db <file|url>", DB_HELP, "dossier.db")
    .action(async (keys: string[], flags: RemoveFlags) => setExit(await remove(keys, flags)));

  cli
    .command("watch")
    .description("build new and changed files of a folder, or new items of feeds, into the store as they come; log the stories new or updated, articles added and inputs rejected; rewrite the reports after each batch")
    .argument("[folder]", "folder to watch (new or changed files are read once their writing has settled)")
    .option("--feeds <file>", "instead of a folder: a file of RSS, Atom, RDF or JSON Feed URLs, one per line; each new item's page is fetched")
    .option("--out <dir>", OUT_HELP, "dossier-out")
    .option("--db <file|url>", DB_HELP, "dossier.db")
    .option("--interval <seconds>", `seconds between feed polls (default ${defaultWatchPolicy.feedIntervalMs / 1000}); for a folder, between looks without a change event (default ${defaultWatchPolicy.folderIntervalMs / 1000})`)
    .option("--min-host-interval <seconds>", "at least this long between two requests to one host", String(defaultWatchPolicy.fetch.minHostIntervalMs / 1000))
    .option("--allow-private", "let feeds and pages be fetched from loopback, private and link-local addresses (refused otherwise)")
    .option("--once", "look at the folder or poll the feeds once, build, write the reports and exit (for cron)")
    .option("--follow-links", FOLLOW_LINKS_HELP)
    .action(async (folder: string | undefined, flags: WatchFlags) => setExit(await watchCommand(folder, flags)));

  cli
    .command("check")
    .description("which stored articles assert, deny or only report a claim, from which origin; then a verdict line")
    .argument("[claim]", "the claim, in quotes")
    .option("--claims <file>", 'JSON lines {"id","claim","language"?} (or - for stdin): one JSON line out per claim')
    .option("--db <file|url>", DB_HELP, "dossier.db")
    .option("--json", "print the result as JSON")
    .action(async (claim: string | undefined, flags: CheckFlags) => setExit(await check(claim, flags)));

  cli
    .command("serve")
    .description("serve the HTTP API (/api/..., described at /openapi.json) and the web app over the store")
    .option("--db <file|url>", DB_HELP, "dossier.db")
    .option("--host <host>", "address to listen on; anything but loopback needs a token", DEFAULT_HOST)
    .option("--port <n>", "port (0 picks a free one)", String(DEFAULT_PORT))
    .option("--token <token>", "token that ingest and notes require (Authorization: Bearer); default $DOSSIER_TOKEN")
    .option("--readers <n>", "threads that answer reads, each with its own connection to the store (default: one per core, 2 to 4; at most 8; 0: the request thread)")
    .action(async (flags: ServeFlags) => setExit(await serve(flags)));

  cli
    .command("extract")
    .description("print one JSON article record per input, one per line (no store)")
    .argument("<paths...>", "files or folders, or - for stdin")
    .option("--follow-links", FOLLOW_LINKS_HELP)
    .action(async (paths: string[], flags: { followLinks?: boolean }) => setExit(await extract(paths, flags)));

  cli
    .command("similarity")
    .description('score text pairs for "same story": reads {"id","text1","text2"} JSON lines, prints {"id","score"} lines, score in [0,1]')
    .requiredOption("--pairs <file>", "JSON lines file of pairs, or - for stdin")
    .action(async (flags: { pairs: string }) => setExit(await similarity(flags.pairs)));

  cli
    .command("demo")
    .description("build the demo corpus shipped in examples/ and say where the output is")
    .option("--out <dir>", OUT_HELP, "dossier-out")
    .option("--db <file>", "SQLite store file", join("dossier-out", "demo.db"))
    .action(async (flags: BuildFlags) => {
      const out = resolve(flags.out);
      const code = await build([demoCorpus()], { ...flags, out });
      log(`demo dossier ready: open ${join(out, "index.html")} (a page per story and per article; also dossier.md, dossier.json), or run \`dossier serve --db ${resolve(flags.db)}\` for search and notes`);
      setExit(code);
    });

  return cli;
}

async function main(): Promise<void> {
  boundHeapGrowth();
  // A reader that stops early (`dossier extract … | head`) closes the pipe: the rest of the output is not
  // wanted, which is no error (what a C program's SIGPIPE does). Any other write error is.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    process.exit(process.exitCode ?? 0);
  });
  let code = 0;
  try {
    // Set as soon as known: output cut short by a closed pipe ends with it (above).
    await program((c) => (process.exitCode = code = c)).parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      code = err.exitCode === 0 ? 0 : EXIT_USAGE;
    } else {
      log(`error: ${(err as Error).message}`);
      code = EXIT_FATAL;
    }
  }
  process.exitCode = code;
}

await main();
