/**
 * Store failures in words a person can act on ("disk full", "lost the connection"), the
 * driver's code and message kept after them. Without this a full disk reached the user as
 * SQLite's "database or disk is full" at best, and a dropped PostgreSQL connection as a bare
 * "Connection terminated unexpectedly".
 */
import type { Store } from "./types.js";

/** Error codes of better-sqlite3 (SQLITE_*) and PostgreSQL (SQLSTATE), by what they mean for the user. */
const REASONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(SQLITE_FULL|53100)$/, "disk full"],
  [/^SQLITE_IOERR/, "disk input/output error"],
  [/^SQLITE_READONLY/, "the store is read-only"],
  [/^(SQLITE_CORRUPT|SQLITE_NOTADB)/, "the store file is damaged or not a database"],
  [/^SQLITE_BUSY/, "the store stayed locked by another program"],
  // admin_shutdown, crash_shutdown, cannot_connect_now, and the connection_exception class.
  [/^(57P0[123]|08...)$/, "lost the connection to the PostgreSQL server"],
  [/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)$/, "cannot reach the PostgreSQL server"],
];

/** pg reports a socket that closed under it with no code, only this message. */
const CONNECTION_LOST = /^Connection terminated/;

export function describeStoreError(err: unknown): Error {
  if (!(err instanceof Error)) return new Error(`store: ${String(err)}`);
  const code = (err as { code?: unknown }).code;
  const reason = typeof code === "string" ? REASONS.find(([pattern]) => pattern.test(code))?.[1] : undefined;
  if (reason) return new Error(`store: ${reason} (${code}: ${err.message})`, { cause: err });
  if (CONNECTION_LOST.test(err.message)) return new Error(`store: lost the connection to the PostgreSQL server (${err.message})`, { cause: err });
  return err;
}

/** The same store, its failures described by describeStoreError. */
export function withStoreErrors(store: Store): Store {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, method] of Object.entries(store) as Array<[string, (...args: unknown[]) => Promise<unknown>]>) {
    wrapped[name] = (...args: unknown[]) => method(...args).catch((err: unknown) => {
      throw describeStoreError(err);
    });
  }
  return wrapped as unknown as Store;
}
