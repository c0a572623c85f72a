/** What a store says when it cannot be used: each failure in words, before it changes anything. */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { Kysely, sql, SqliteDialect } from "kysely";
import pg from "pg";
import type { Article, InputDocument } from "../../src/model.js";
import { type Database as Tables, openKyselyStore, openSqliteStore } from "../../src/store/index.js";
import { writeTransaction } from "../../src/store/transactions.js";
import { tempDir } from "../helpers.js";
import { backends, dropCreatedDatabases, PG_ADMIN } from "./backends.js";

after(dropCreatedDatabases);

const doc = (id: string, content: string): InputDocument => ({ id, path: `${id}.txt`, format: "text", content, encoding: { name: "utf-8", source: "default" }, given: {}, warnings: [] });
const article = (id: string, text: string): Article => ({ id, path: `${id}.txt`, url: null, outlet: null, title: null, byline: null, published: null, language: "en", text, removed: [], warnings: [] });

describe("SQLite", () => {
  test("another program's database is refused before anything in it changes", async () => {
    const file = join(tempDir(), "contacts.db");
    const other = new Database(file);
    other.exec("create table contacts (name text, phone text); insert into contacts values ('Ana', '555-0100')");
    other.close();
    const before = readFileSync(file);
    await assert.rejects(openSqliteStore(file), /cannot open store .*contacts\.db: it is a SQLite database without Dossier's tables \(it has contacts\)/);
    assert.deepEqual(readFileSync(file), before, "not switched to WAL, no tables added");
  });

  test("an empty file and a Dossier store open; opening again is fine", async () => {
    const file = join(tempDir(), "s.db");
    writeFileSync(file, "");
    await (await openSqliteStore(file)).close();
    const store = await openSqliteStore(file);
    assert.deepEqual(await store.listArticles(), []);
    await store.close();
  });

  test("a full disk is reported as a full disk", async () => {
    const database = new Database(join(tempDir(), "s.db"));
    const store = await openKyselyStore(new Kysely<Tables>({ dialect: new SqliteDialect({ database }) }));
    // SQLite's own cap on the file's size: writes past it fail with SQLITE_FULL, as on a full disk.
    database.pragma(`max_page_count = ${(database.pragma("page_count", { simple: true }) as number) + 4}`);
    const text = "The river rose overnight. ".repeat(4000);
    await assert.rejects(store.putArticle(doc("a", text), article("a", text), "1"), (err: Error) => {
      assert.match(err.message, /^store: disk full \(SQLITE_FULL: /);
      return true;
    });
    await store.close();
  });

  test("when SQLite has ended the transaction itself, its error is reported, not the failed rollback", async () => {
    const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: new Database(":memory:") }) });
    // As SQLite does after some failures (an I/O error, a full disk at commit): the transaction is rolled back before the error reaches us.
    const failing = writeTransaction(db, async (tx) => {
      await sql`rollback`.execute(tx);
      throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    });
    await assert.rejects(failing, /^Error: database or disk is full$/);
    await db.destroy();
  });
});

const postgres = backends.find((b) => b.name === "PostgreSQL")!;

describe("PostgreSQL", { skip: postgres.skip }, () => {
  test("a connection lost mid-write fails that write with a clear error, not an unhandled 'error' event", async () => {
    const location = await postgres.fresh();
    const store = await postgres.open(location);
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    try {
      // Hold the store's write lock so that the store's write waits on the server, then cut its connection.
      const holder = new pg.Client({ connectionString: location });
      await holder.connect();
      await holder.query("begin");
      await holder.query("select pg_advisory_xact_lock(x'444f5353'::int)");
      // The write's rejection is awaited from the start: it can arrive before the reply to
      // pg_terminate_backend, and a rejection left without a handler for a moment fails the test.
      const write = assert.rejects(store.putArticle(doc("a", "text"), article("a", "text"), "1"), /^Error: store: lost the connection to the PostgreSQL server/);
      const database = new URL(location).pathname.slice(1);
      let waiting: number | undefined;
      while (waiting === undefined) {
        const r = await admin.query("select pid from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'", [database]);
        waiting = r.rows[0]?.pid as number | undefined;
      }
      await admin.query("select pg_terminate_backend($1)", [waiting]);
      await write;
      await holder.query("rollback");
      await holder.end();
      assert.equal(await store.putArticle(doc("b", "text b"), article("b", "text b"), "1"), true, "the next write opens a new connection");
    } finally {
      await admin.end();
      await store.close();
    }
  });
});
