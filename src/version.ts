import { createRequire } from "node:module";

/** The package version, recorded with every stored article. */
export const VERSION: string = (createRequire(import.meta.url)("../package.json") as { version: string }).version;
