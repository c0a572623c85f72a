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
  // A connection the server drops (a restart, the network) emits 'error' on its client, and an
  // 'error' nobody listens to ends the process with a stack trace. The query in flight fails
  // with it and is reported as a store error; an idle connection is dropped by the pool and the
  // next query opens a new one.
  pool.on("error", ignore);
  pool.on("connect", (client) => client.on("error", ignore));
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end();
    throw new Error(`cannot open store ${redact(connectionString)}: ${(err as Error).message}`);
  }
  return openKyselyStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }));
}

const ignore = (): void => {};

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

export const isPostgresUrl = (s: string): boolean => /^postgres(ql)?:\/\//.test(s);
