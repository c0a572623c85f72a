/** Dossier's library API. */
export { buildAndReadDossier, buildDossier, checkStore, extractInputs, readDossier, type BuildOptions, type BuildSummary } from "./pipeline.js";
export { checkClaims, type CheckResult, type CheckedArticle, type ClaimToCheck } from "./check/index.js";
export { resolveConfig, defaultConfig, type DossierConfig, type ConfigOverrides } from "./config.js";
export { readInputs, type InputSource } from "./ingest/index.js";
export { createExtractor, type Extractor } from "./extract/index.js";
export { groupStories, StoryGrouper, SketchSimilarity, PairModelSimilarity, type StorySimilarity } from "./stories/index.js";
export { analyseStory } from "./claims/index.js";
export { renderJson, renderMarkdown, renderHtml, writeReports, dossierSchema, dossierJsonSchema } from "./report/index.js";
export { startServer, type ServeOptions, type RunningServer } from "./server/index.js";
export { openStore, openSqliteStore, openPostgresStore, openKyselyStore, type Store } from "./store/index.js";
export { languages, createLanguages, freedictTranslations, NO_TRANSLATIONS, type Languages, type LanguagePack, type Translations } from "./lang/index.js";
export type * from "./model.js";
