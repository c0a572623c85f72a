/** The embedded default store: one SQLite file through better-sqlite3, in WAL mode. */
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { openKyselyStore } from "./kyselyStore.js";
import type { Database } from "./schema.js";
import type { Store } from "./types.js";

/**
 * How long a write waits for another build's write transaction on the same file before it
 * fails with "database is locked". Each transaction is one article, or all stories at once,
 * which on a large store takes seconds; a minute is far beyond that.
 */
const BUSY_TIMEOUT_MS = 60_000;

export async function openSqliteStore(file: string): Promise<Store> {
  let database: SQLite.Database;
  try {
    database = new SQLite(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (err) {
    throw new Error(`cannot open store ${file}: ${(err as Error).message}`);
  }
  if (file !== ":memory:") database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  return openKyselyStore(new Kysely<Database>({ dialect: new SqliteDialect({ database }) }));
}
