/**
 * buildDossier: the build steps of src/build/ composed, each a function over the store that
 * a job handler can call alone (each file says what it reads and writes):
 *   1. storeInputs      inputs → stored documents (arrival order = seq)
 *   2. extractDocuments documents not yet extracted by this extractor → articles (or refusals)
 *   3. assignStories    articles not yet assigned → stories (serial, arrival order; the
 *                       grouper's state is loaded from the store and saved back)
 *   4. analyseStories   stories that new articles joined → analysed stories, one row each
 * A build costs what its new articles cost, not what the store holds: no step reads every
 * article, and the same inputs give the same stories however they were batched. The whole
 * dossier is not assembled: readDossier() reads it back for small stores.
 */
import { readFile, stat } from "node:fs/promises";
import { type ArticlePages, checkArticlePages, type CheckResult, type ClaimToCheck } from "./check/index.js";
import { type ConfigOverrides, resolveConfig } from "./config.js";
import { analyseStories } from "./build/analyseStories.js";
import { type Assigned, assignStories } from "./build/assignStories.js";
import { type BuildContext, buildContext } from "./build/context.js";
import { extractDocuments } from "./build/extractDocuments.js";
import { DOSSIER_SCHEMA_VERSION } from "./build/keys.js";
import { type StoredInputs, storeInputs } from "./build/storeInputs.js";
import { createExtractor } from "./extract/index.js";
import { type InputSource, parseBytes, readInputs } from "./ingest/index.js";
import { type Languages, languages as registeredLanguages } from "./lang/index.js";
import type { Article, Dossier, Rejected } from "./model.js";
import { withStoredNotes } from "./report/notes.js";
import { openSqliteStore, type Store } from "./store/index.js";

export interface BuildOptions {
  /** Where to remember articles and stories; an in-memory store when omitted. */
  readonly store?: Store;
  readonly config?: ConfigOverrides;
  /** Progress lines for a person (the CLI sends them to stderr). */
  readonly log?: (line: string) => void;
  /** The language knowledge every stage reads; all registered languages when omitted. */
  readonly languages?: Languages;
  /** Counts as the build goes (for a progress bar): documents read so far (total not known yet), then stories analysed of all. */
  readonly progress?: (stage: "extract" | "analyse", done: number, total: number | null) => void;
  /**
   * Threads that extract documents side by side while the build's thread stores the batch before
   * (src/build/extractionThread.ts), then analyse stories side by side while it reads the store
   * and makes pages (src/build/analysisPool.ts); 0, the default, does both in the build's own
   * thread. The articles and stories are the same either way. Used only with the registered languages.
   */
  readonly threads?: number;
}

/** What a build did: counts, and which stories it wrote or deleted (for writing their reports). */
export interface BuildSummary {
  /** Documents read from the inputs. */
  readonly read: number;
  /** Articles new to the store. */
  readonly added: number;
  /** Input items refused, each with its reason (also those the extractor refused in an earlier build). */
  readonly rejected: readonly Rejected[];
  /** Articles assigned to stories by this build (all of them when it grouped again). */
  readonly assigned: number;
  /** Stories analysed and written by this build. */
  readonly storiesChanged: readonly string[];
  /** Stories deleted by this build (their articles were removed, or grouping again left them empty). */
  readonly storiesRemoved: readonly string[];
}

export async function buildDossier(inputs: readonly InputSource[], options: BuildOptions = {}): Promise<BuildSummary> {
  const store = options.store ?? (await openSqliteStore(":memory:"));
  try {
    const ctx = buildContext(store, options);
    const { log } = ctx;
    const given = await storeInputs(ctx, inputs);
    log(`read ${given.read} document(s), rejected ${given.rejected.length}`);
    await extractDocuments(ctx, undefined, options.threads ?? 0);
    const { added, failed } = await extractionOutcome(ctx, given);
    const assigned = await assignStories(ctx);
    logAssigned(ctx, assigned);
    const { analysed, kept } = await analyseStories(ctx, options.threads ?? 0);
    const removed = assigned.removed.filter((id) => !analysed.includes(id));
    logAnalysed(ctx, analysed.length, removed.length, kept);
    return { read: given.read, added, rejected: [...given.rejected, ...failed], assigned: assigned.assigned, storiesChanged: analysed, storiesRemoved: removed };
  } finally {
    if (!options.store) await store.close();
  }
}

/** This build's inputs the extractor refused, now or before (reported with every build that gives them), and how many articles are new; logged. */
export async function extractionOutcome(ctx: BuildContext, given: StoredInputs): Promise<{ added: number; failed: Rejected[] }> {
  const refused = await ctx.store.extractionFailures(given.ids, ctx.keys.extractor);
  const failed: Rejected[] = [];
  let added = 0;
  for (const id of given.ids) {
    const refusal = refused.get(id);
    if (refusal) failed.push(refusal);
    else if (given.added.has(id)) added++;
  }
  const reused = given.ids.length - failed.length - added;
  ctx.log(`extracted ${given.read - failed.length} article(s), ${added} new${reused ? `, ${reused} already extracted` : ""}${failed.length ? `, rejected ${failed.length}` : ""}`);
  return { added, failed };
}

export function logAssigned(ctx: BuildContext, assigned: Assigned): void {
  ctx.log(`assigned ${assigned.assigned} article(s) to stories${assigned.regrouped ? " (grouped again from the first article)" : ""}`);
}

export function logAnalysed(ctx: BuildContext, analysed: number, removed: number, kept: number): void {
  const note = analysed + removed === 0 ? " (unchanged)" : kept ? ` (${kept} kept as analysed before)` : "";
  ctx.log(`analysed ${analysed} stor${analysed === 1 ? "y" : "ies"}, removed ${removed}${note}`);
}

/** Most of the documents the extractor refused in earlier builds that the whole store's report lists. */
const MAX_STORED_REJECTIONS = 1000;

/**
 * The whole dossier of a store, read in one piece: for small stores, tests and the reports of the
 * whole store. `rejected`: the build's own rejections, before those of documents the store keeps
 * from earlier builds (the extractor's refusals; what ingest refused, an empty or binary file, is
 * never stored and is this build's only).
 */
export async function readDossier(store: Store, rejected: readonly Rejected[] = []): Promise<Dossier> {
  // Analysts' notes are the store's, not the analysis's: put on the claims for the reports only.
  const stories = await withStoredNotes(store, await store.listStories());
  const listed = new Set(rejected.map((r) => r.path));
  const stored = (await store.listExtractionFailures(MAX_STORED_REJECTIONS)).filter((r) => !listed.has(r.path));
  return { schemaVersion: DOSSIER_SCHEMA_VERSION, articles: await store.listArticles(), stories, rejected: [...rejected, ...stored] };
}

/** buildDossier, then readDossier of the same store (an in-memory one when none is given), with the build's rejections: for small inputs. */
export async function buildAndReadDossier(inputs: readonly InputSource[], options: BuildOptions = {}): Promise<Dossier> {
  const store = options.store ?? (await openSqliteStore(":memory:"));
  try {
    const summary = await buildDossier(inputs, { ...options, store });
    return await readDossier(store, summary.rejected);
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
  const store = options.store;
  return checkArticlePages(claims, storePages(store), config.claims, languages);
}

/** Articles read from the store a page at a time. */
const CHECK_PAGE = 500;

function storePages(store: Store): ArticlePages {
  return {
    async *pages() {
      for (let after = 0; ; ) {
        const page = await store.articlesAfter(after, CHECK_PAGE);
        if (page.length === 0) return;
        yield page.map((p) => p.article);
        after = page[page.length - 1]!.seq;
      }
    },
    async get(ids) {
      const found = await store.getArticles(ids);
      return new Map([...found].map(([id, stored]) => [id, stored.article]));
    },
    async stories(articleIds) {
      const storyOf = await store.storiesOfArticles(articleIds);
      const stories = await store.getStories([...new Set(storyOf.values())]);
      return new Map([...storyOf].flatMap(([id, storyId]) => (stories.has(storyId) ? [[id, stories.get(storyId)!] as const] : [])));
    },
  };
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

/**
 * Where an input's text was stored from when it was not stored under its own name: a file whose
 * bytes another input already gave (a copy under another name) is stored once, under the first
 * name, so `remove` by the second finds nothing. Read as a build reads it (gzip, JSON lines), and
 * looked up by the document id a build would give it; none for a key that is not a readable file
 * within the input size limit.
 */
export async function storedUnderOtherNames(store: Store, path: string, config?: ConfigOverrides): Promise<Array<{ readonly id: string; readonly path: string }>> {
  const resolved = resolveConfig(config);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > resolved.ingest.maxInputBytes) return [];
    bytes = await readFile(path);
  } catch {
    return [];
  }
  const ids = parseBytes(path, bytes, resolved.ingest).flatMap((d) => ("id" in d ? [d.id] : []));
  const found = await store.getArticleListings(ids);
  return ids.flatMap((id) => {
    const listing = found.get(id);
    return listing && listing.path !== path ? [{ id, path: listing.path }] : [];
  });
}
