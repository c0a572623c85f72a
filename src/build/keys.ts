/**
 * What stored work was made with. Each step's output is kept with a key naming the code, the
 * configuration section and the languages it depends on; a change of key redoes that work.
 */
import { createHash } from "node:crypto";
import type { DossierConfig } from "../config.js";
import { type Languages, languages as registeredLanguages } from "../lang/index.js";
import { modelsFingerprint } from "../modelFiles.js";
import { codeFingerprint, modulesFingerprint, VERSION } from "../version.js";

/** The dossier JSON's version: 2 since claims carry origins, typed conflicts and quote variants. */
export const DOSSIER_SCHEMA_VERSION = 2;

export interface BuildKeys {
  /** Articles extracted with another key are extracted again from their stored documents. */
  readonly extractor: string;
  /** Stories grouped with another key are grouped again (the extractor's key is part of it). */
  readonly grouping: string;
  /** Stories analysed with another key are analysed again. The dossier schema's version too: stories stored in an older shape are never served. */
  readonly analysis: string;
}

/**
 * Each key names the code its work depends on. Extraction and grouping name the modules their
 * stage runs (with the language knowledge every stage reads), so that a new version whose
 * changes lie elsewhere (claims, web pages) keeps the stored articles and stories and redoes
 * only their analysis; analysis names all the code and the fitted models, and extraction's key.
 */
export function buildKeys(config: DossierConfig, languages: Languages): BuildKeys {
  const languageCodes = languagesKey(languages);
  const extractor = `${VERSION}#${modulesFingerprint(EXTRACTION_MODULES)}#${digest(config.extract)}${languageCodes}`;
  // Dictionaries installed or removed (apt-get install dict-freedict-…) change how languages compare: grouping and claims.
  const dictionaries = `#dict:${[...languages.translations.languages].sort().join(",")}`;
  return {
    extractor,
    grouping: `${extractor}#${modulesFingerprint(GROUPING_MODULES)}#${modelsFingerprint()}${dictionaries}`,
    // The extractor's key too: articles extracted anew (another extraction setting) are analysed anew, and copies compared anew.
    analysis: `${extractor}#${codeFingerprint()}#${modelsFingerprint()}${dictionaries}#v${DOSSIER_SCHEMA_VERSION}#${digest(config.claims)}`,
  };
}

/** The modules extraction runs (src/build/extractDocuments.ts and what it loads), and the language packs. */
export const EXTRACTION_MODULES = ["build/extractDocuments", "extract/index", "lang/index"];
/** The modules story assignment runs (src/build/assignStories.ts and what it loads), and the language packs. */
export const GROUPING_MODULES = ["build/assignStories", "stories/index", "lang/index"];

/** A short fingerprint of a configuration section: a change to it redoes the work it governs. */
export function digest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12);
}

/** Work done with other than all registered languages is told apart by their codes (nothing is added for the default). */
function languagesKey(languages: Languages): string {
  return languages === registeredLanguages() ? "" : `#${languages.codes.join(",")}`;
}
