/** The store backends every store test runs against, and fresh locations on each. */
import { join } from "node:path";
import pg from "pg";
import { openPostgresStore, openSqliteStore, type Store } from "../../src/store/index.js";
import { tempDir } from "../helpers.js";

export interface Backend {
  readonly name: string;
  readonly skip: string | false;
  /** A new, empty store location; `open` may be called on it more than once. */
  fresh(): Promise<string>;
  open(location: string): Promise<Store>;
}

export const PG_ADMIN = process.env.DOSSIER_TEST_POSTGRES_URL;
const createdDatabases: string[] = [];

export const backends: Backend[] = [
  { name: "SQLite", skip: false, fresh: async () => join(tempDir(), "s.db"), open: openSqliteStore },
  {
    name: "PostgreSQL",
    skip: PG_ADMIN ? false : "DOSSIER_TEST_POSTGRES_URL is not set (run under scripts/with-postgres.sh)",
    async fresh() {
      const name = `dossier_test_${process.pid}_${createdDatabases.length}`;
      const admin = new pg.Client({ connectionString: PG_ADMIN });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      createdDatabases.push(name);
      const url = new URL(PG_ADMIN!);
      url.pathname = `/${name}`;
      return url.toString();
    },
    open: openPostgresStore,
  },
];

/** Drops the PostgreSQL databases `fresh` created (call it from the test file's `after`). */
export async function dropCreatedDatabases(): Promise<void> {
  if (!PG_ADMIN || createdDatabases.length === 0) return;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  for (const name of createdDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.end();
}
