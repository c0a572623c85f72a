/**
 * Write transactions that two builds on one store can run at the same time. SQLite takes
 * its write lock when the transaction begins (BEGIN IMMEDIATE), so a second writer waits
 * for it (busy timeout) instead of failing when it upgrades a read; PostgreSQL takes one
 * advisory lock per transaction, so that reading max(seq), checking what is stored and
 * writing it are one step however many builds write.
 */
import { type Kysely, PostgresAdapter, sql, SqliteAdapter } from "kysely";
import type { Database } from "./schema.js";

/** The advisory lock every Dossier write transaction on PostgreSQL takes: any fixed number unlikely to be another program's ("DOSS"). */
const WRITE_LOCK = 0x444f5353;

export async function writeTransaction<T>(db: Kysely<Database>, work: (tx: Kysely<Database>) => Promise<T>): Promise<T> {
  const adapter = db.getExecutor().adapter;
  const postgres = adapter instanceof PostgresAdapter;
  if (!postgres && !(adapter instanceof SqliteAdapter)) return db.transaction().execute(work);
  return db.connection().execute(async (conn) => {
    await sql.raw(postgres ? "begin" : "begin immediate").execute(conn);
    try {
      if (postgres) await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(conn);
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      // SQLite has already rolled back after some errors (a full disk): the failed rollback
      // ("no transaction is active") must not hide the error that caused it.
      await sql`rollback`.execute(conn).catch(() => {});
      throw err;
    }
  });
}
