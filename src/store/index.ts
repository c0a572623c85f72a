export type { Store, StoredArticle } from "./types.js";
export { openSqliteStore } from "./sqlite.js";
export { openKyselyStore } from "./kyselyStore.js";
export type { Database } from "./schema.js";
