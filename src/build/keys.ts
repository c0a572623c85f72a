/**
 * What stored work was made with. Each step's output is kept with a key naming the code, the
 * configuration section and the languages it depends on; a change of key redoes that work.
 */
import { createHash } from "node:crypto";
import type { DossierConfig } from "../config.js";
import { type Languages, languages as registeredLanguages } from "../lang/index.js";
import { codeFingerprint, VERSION } from "../version.js";

/** The dossier JSON's version: 2 since claims carry origins, typed conflicts and quote variants. */
export const DOSSIER_SCHEMA_VERSION = 2;

export interface BuildKeys {
  /** Articles extracted with another key are extracted again from their stored documents. */
  readonly extractor: string;
  /** Stories analysed with another key are analysed again. The dossier schema's version too: stories stored in an older shape are never served. */
  readonly analysis: string;
}

export function buildKeys(config: DossierConfig, languages: Languages): BuildKeys {
  const code = `${VERSION}#${codeFingerprint()}`;
  return {
    extractor: `${code}#${digest(config.extract)}${languagesKey(languages)}`,
    analysis: `${code}#v${DOSSIER_SCHEMA_VERSION}#${digest(config.claims)}${languagesKey(languages)}`,
  };
}

/** A short fingerprint of a configuration section: a change to it redoes the work it governs. */
export function digest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12);
}

/** Work done with other than all registered languages is told apart by their codes (nothing is added for the default). */
function languagesKey(languages: Languages): string {
  return languages === registeredLanguages() ? "" : `#${languages.codes.join(",")}`;
}
