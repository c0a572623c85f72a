/** A PostgreSQL store for a shared server: the same tables and queries as SQLite, through Kysely. */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { openKyselyStore } from "./kyselyStore.js";
import type { Database } from "./schema.js";
import type { Store } from "./types.js";

/** Opens (and if needed creates the tables of) a store at a `postgres://` connection string. */
export async function openPostgresStore(connectionString: string): Promise<Store> {
  // A small pool: the pipeline writes from one process, one statement at a time.
  const pool = new pg.Pool({ connectionString, max: 4 });
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end();
    throw new Error(`cannot open store ${redact(connectionString)}: ${(err as Error).message}`);
  }
  return openKyselyStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }));
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

export const isPostgresUrl = (s: string): boolean => /^postgres(ql)?:\/\//.test(s);
