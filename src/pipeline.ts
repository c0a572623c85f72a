/**
 * buildDossier: the build steps of src/build/ composed, each a function over the store that
 * a job handler can call alone:
 *   1. storeInputs      inputs → stored documents (arrival order = seq)
 *   2. extractDocuments documents not yet extracted by this extractor → articles (or refusals)
 *   3. assignStories    articles → stories (serial, arrival order)
 *   4. analyseStories   stories that changed → analysed stories
 * The store keeps every input and article, so the same inputs give the same dossier however
 * they were batched. Work already done is not redone: a document already extracted by this
 * code with this configuration is not extracted again, and a story whose articles and copies
 * are as stored keeps its analysis when the code and the claims configuration are the same.
 */
import { checkClaims, type CheckResult, type ClaimToCheck } from "./check/index.js";
import { type ConfigOverrides, resolveConfig } from "./config.js";
import { analyseStories } from "./build/analyseStories.js";
import { assignStories } from "./build/assignStories.js";
import { buildContext } from "./build/context.js";
import { extractDocuments } from "./build/extractDocuments.js";
import { DOSSIER_SCHEMA_VERSION } from "./build/keys.js";
import { storeInputs } from "./build/storeInputs.js";
import { createExtractor } from "./extract/index.js";
import { type InputSource, readInputs } from "./ingest/index.js";
import { type Languages, languages as registeredLanguages } from "./lang/index.js";
import type { Article, Dossier, Rejected } from "./model.js";
import { openSqliteStore, type Store } from "./store/index.js";

export interface BuildOptions {
  /** Where to remember articles and stories; an in-memory store when omitted. */
  readonly store?: Store;
  readonly config?: ConfigOverrides;
  /** Progress lines for a person (the CLI sends them to stderr). */
  readonly log?: (line: string) => void;
  /** The language knowledge every stage reads; all registered languages when omitted. */
  readonly languages?: Languages;
}

export async function buildDossier(inputs: readonly InputSource[], options: BuildOptions = {}): Promise<Dossier> {
  const store = options.store ?? (await openSqliteStore(":memory:"));
  try {
    const ctx = buildContext(store, options);
    const { log } = ctx;
    const given = await storeInputs(ctx, inputs);
    log(`read ${given.read} document(s), rejected ${given.rejected.length}`);
    const extracted = await extractDocuments(ctx);
    // This build's inputs the extractor refused, now or before: reported with every build that gives them.
    const refused = await store.extractionFailures(given.ids, ctx.keys.extractor);
    const written = new Set(extracted.written);
    const failed: Rejected[] = [];
    let added = 0;
    for (const id of given.ids) {
      const refusal = refused.get(id);
      if (refusal) failed.push(refusal);
      else if (given.added.has(id)) added++;
    }
    const reused = given.ids.length - failed.length - added;
    log(`extracted ${given.read - failed.length} article(s), ${added} new${reused ? `, ${reused} already extracted` : ""}`);

    const { groups, articles } = await assignStories(ctx);
    const { stories, kept, changed } = await analyseStories(ctx, groups, new Map(articles.map((a) => [a.id, a])), written);
    const note = changed ? (kept ? ` (${kept} kept as analysed before)` : "") : " (unchanged)";
    log(`${stories.length} stor${stories.length === 1 ? "y" : "ies"} over ${articles.length} article(s)${note}`);
    return { schemaVersion: DOSSIER_SCHEMA_VERSION, articles, stories, rejected: [...given.rejected, ...failed] };
  } finally {
    if (!options.store) await store.close();
  }
}

/** `dossier check`: the stored articles that bear on each claim, read as asserting, denying or reporting it. */
export async function checkStore(
  claims: readonly ClaimToCheck[],
  options: { store: Store; config?: ConfigOverrides; languages?: Languages },
): Promise<CheckResult[]> {
  const config = resolveConfig(options.config);
  const languages = options.languages ?? registeredLanguages();
  return checkClaims(claims, await options.store.listArticles(), config.claims, languages, await options.store.listStories());
}

/** Extracts without storing or grouping: one article (or rejection) per input item. */
export async function extractInputs(
  inputs: readonly InputSource[],
  config?: ConfigOverrides,
  languages: Languages = registeredLanguages(),
): Promise<{ articles: Article[]; rejected: Rejected[] }> {
  const resolved = resolveConfig(config);
  const { documents, rejected } = await readInputs(inputs, resolved.ingest);
  const extractor = await createExtractor(resolved.extract, languages);
  const articles: Article[] = [];
  for (const doc of documents) {
    try {
      articles.push(extractor.extract(doc));
    } catch (err) {
      rejected.push({ path: doc.path, error: (err as Error).message });
    }
  }
  return { articles, rejected };
}
