import { openPostgresStore, isPostgresUrl } from "./postgres.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./types.js";

export type { AssignmentTransaction, DocumentToAssign, SavedStoryRecord, Store, MemberAggregate, MemberFacts, StoredArticle, StoredPage, StoryRow } from "./types.js";
export { addToAggregates, memberFactsOf } from "./indexTables.js";
export { openSqliteStore } from "./sqlite.js";
export { openPostgresStore, isPostgresUrl } from "./postgres.js";
export { openKyselyStore } from "./kyselyStore.js";
export type { Database } from "./schema.js";

/** A `postgres://` URL opens a PostgreSQL store; anything else is a SQLite file (or `:memory:`). */
export function openStore(location: string): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore(location) : openSqliteStore(location);
}
