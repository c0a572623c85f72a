/** The embedded default store: one SQLite file through better-sqlite3, in WAL mode. */
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { openKyselyStore } from "./kyselyStore.js";
import { type Database, TABLES } from "./schema.js";
import type { Store } from "./types.js";

/**
 * How long a write waits for another build's write transaction on the same file before it
 * fails with "database is locked". Each transaction is one article, or all stories at once,
 * which on a large store takes seconds; a minute is far beyond that.
 */
const BUSY_TIMEOUT_MS = 60_000;

export async function openSqliteStore(file: string): Promise<Store> {
  let database: SQLite.Database | undefined;
  try {
    database = new SQLite(file, { timeout: BUSY_TIMEOUT_MS });
    // Checked before anything is changed: WAL mode and Dossier's tables would alter another program's database.
    refuseForeign(database);
    if (file !== ":memory:") await walMode(database);
    database.pragma("foreign_keys = ON");
  } catch (err) {
    database?.close();
    throw new Error(`cannot open store ${file}: ${(err as Error).message}`);
  }
  return openKyselyStore(new Kysely<Database>({ dialect: new SqliteDialect({ database: keepingStatements(database) }) }));
}

/** How long to wait between tries of switching a new store to WAL while another process holds it. */
const WAL_RETRY_MS = 20;

/**
 * Switches the store to WAL mode. SQLite answers "database is locked" at once, without waiting
 * for its busy timeout, when another connection holds the file while the mode changes: two
 * builds opening one new store at once failed so (12 of 100 pairs of processes, scratch test of
 * 2026-12-05; a CI run of test/store/concurrency.test.ts). Tried again until the busy timeout.
 */
async function walMode(database: SQLite.Database): Promise<void> {
  const until = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      database.pragma("journal_mode = WAL");
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== "SQLITE_BUSY" || Date.now() >= until) throw err;
      await new Promise((resolve) => setTimeout(resolve, WAL_RETRY_MS));
    }
  }
}

/** Statements kept prepared, by their SQL: the most recently used, at most this many. */
const KEPT_STATEMENTS = 256;
/**
 * Statements with more parameters than this are not kept: a multi-row insert or a long `in (…)`
 * list has a statement per length, each holding its row buffers (256 such held 24 MB), and would
 * push out the few statements a build runs all the time.
 */
const MAX_KEPT_PARAMETERS = 100;

/**
 * The database as Kysely sees it, with each statement prepared once: Kysely prepares a statement
 * for every query it runs, and a build runs the same few statements hundreds of thousands of
 * times (preparing them was 1.7 s of a 10,000-article build's profile). A statement still being iterated (a
 * stream not yet finished) is not handed out again: that query gets one of its own.
 */
function keepingStatements(database: SQLite.Database): Pick<SQLite.Database, "close" | "prepare"> {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: ((sql: string) => {
      const statement = kept.get(sql);
      if (statement && !statement.busy) {
        kept.delete(sql);
        kept.set(sql, statement);
        return statement;
      }
      const made = database.prepare(sql);
      if (!statement && (sql.match(/\?/g)?.length ?? 0) <= MAX_KEPT_PARAMETERS) {
        kept.set(sql, made);
        if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
      }
      return made;
    }) as SQLite.Database["prepare"],
  };
}

/** A new or empty file, or one with Dossier's tables, is a store; a database with other tables is not. */
function refuseForeign(database: SQLite.Database): void {
  const tables = database.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'").pluck().all() as string[];
  if (tables.length === 0 || TABLES.every((t) => tables.includes(t))) return;
  const shown = tables.slice(0, 5).join(", ") + (tables.length > 5 ? ", ..." : "");
  throw new Error(`it is a SQLite database without Dossier's tables (it has ${shown}): left unchanged; give a new file`);
}
