/**
 * buildDossier: ingest → extract → (store) → stories → claims. The store keeps every
 * input and article; stories are regrouped over all stored articles in arrival order, so
 * the same inputs give the same dossier however they were batched. Work already done is
 * not redone: an input already extracted by this code with this configuration is not
 * extracted again, and a story whose articles and copies are as stored keeps its analysis
 * when the code and the claims configuration are the same.
 */
import { createHash } from "node:crypto";
import { type CheckResult, checkClaims, type ClaimToCheck } from "./check/index.js";
import { analyseStory } from "./claims/index.js";
import { type ConfigOverrides, resolveConfig } from "./config.js";
import { createExtractor } from "./extract/index.js";
import { type InputSource, readInputs, streamInputs } from "./ingest/index.js";
import { type Languages, languages as registeredLanguages } from "./lang/index.js";
import type { Article, Dossier, InputDocument, Rejected, Story, StoryAnalysis, StoryGroup } from "./model.js";
import { openSqliteStore, type Store } from "./store/index.js";
import { groupStories } from "./stories/index.js";
import { codeFingerprint, VERSION } from "./version.js";

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
}

export async function buildDossier(inputs: readonly InputSource[], options: BuildOptions = {}): Promise<Dossier> {
  const config = resolveConfig(options.config);
  const log = options.log ?? (() => {});
  const languages = options.languages ?? registeredLanguages();
  const store = options.store ?? (await openSqliteStore(":memory:"));
  try {
    const extractorKey = `${VERSION}#${codeFingerprint()}#${digest(config.extract)}${languagesKey(languages)}`;
    const extractor = await createExtractor(config.extract, languages);
    const rejected: Rejected[] = [];
    const failed: Rejected[] = [];
    let read = 0;
    let added = 0;
    let reused = 0;
    // Articles written in this build: the stories holding them must be analysed again.
    const written = new Set<string>();
    // Inputs are read as a stream and stored a batch at a time: a JSON-lines file of any size costs one batch of memory.
    let batch: InputDocument[] = [];
    const flush = async (): Promise<void> => {
      const known = await store.getArticles(batch.map((d) => d.id));
      for (const doc of batch) {
        const stored = known.get(doc.id);
        if (stored?.extractorVersion === extractorKey) {
          reused++;
          continue;
        }
        let article: Article;
        try {
          article = extractor.extract(doc);
        } catch (err) {
          failed.push({ path: doc.path, error: (err as Error).message });
          continue;
        }
        if (!stored) added++;
        if (await store.putArticle(doc, article, extractorKey)) written.add(article.id);
      }
      batch = [];
      options.progress?.("extract", read, null);
    };
    for await (const item of streamInputs(inputs, config.ingest)) {
      if ("error" in item) {
        rejected.push(item);
        continue;
      }
      read++;
      batch.push(item);
      if (batch.length >= INGEST_BATCH) await flush();
    }
    await flush();
    log(`read ${read} document(s), rejected ${rejected.length}`);
    log(`extracted ${read - failed.length} article(s), ${added} new${reused ? `, ${reused} already extracted` : ""}`);

    const articles = await store.listArticles();
    const byId = new Map(articles.map((a) => [a.id, a]));
    // The dossier schema's version too: stories stored in an older shape are analysed again, never served.
    const analysisKey = `${VERSION}#${codeFingerprint()}#v${DOSSIER_SCHEMA_VERSION}#${digest(config.claims)}${languagesKey(languages)}`;
    const previous = (await store.getMeta(ANALYSIS_KEY)) === analysisKey ? new Map((await store.listStories()).map((s) => [s.id, s])) : new Map<string, Story>();
    let kept = 0;
    const stories: Story[] = groupStories(articles, config.stories, languages).map((group, i, all) => {
      options.progress?.("analyse", i, all.length);
      const old = previous.get(group.id);
      if (old && sameGroup(old, group) && !group.articleIds.some((id) => written.has(id))) {
        kept++;
        return old;
      }
      try {
        return { ...group, ...analyseStory(group, byId, config.claims, languages) };
      } catch (err) {
        // One story's failure must not stop the others: it is listed with its articles and the reason.
        const error = `analysis failed: ${(err as Error).message}`;
        log(`story ${group.id}: ${error}`);
        return { ...group, ...EMPTY_ANALYSIS, error };
      }
    });
    options.progress?.("analyse", stories.length, stories.length);
    const changed = await store.replaceStories(stories);
    await store.putMeta(ANALYSIS_KEY, analysisKey);
    const note = changed ? (kept ? ` (${kept} kept as analysed before)` : "") : " (unchanged)";
    log(`${stories.length} stor${stories.length === 1 ? "y" : "ies"} over ${articles.length} article(s)${note}`);
    return { schemaVersion: DOSSIER_SCHEMA_VERSION, articles, stories, rejected: [...rejected, ...failed] };
  } finally {
    if (!options.store) await store.close();
  }
}

const EMPTY_ANALYSIS: StoryAnalysis = { citations: [], origins: [], claims: [], quoteVariants: [], entities: [], timeline: [], framing: [] };

/** The dossier JSON's version: 2 since claims carry origins, typed conflicts and quote variants. */
const DOSSIER_SCHEMA_VERSION = 2;

/** Documents read, extracted and stored together: one query for what is already stored, and a bound on memory. */
const INGEST_BATCH = 256;

/** The meta key under which the store remembers what its stories' analyses were made with. */
const ANALYSIS_KEY = "analysis";

/** A short fingerprint of a configuration section: a change to it redoes the work it governs. */
function digest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12);
}

/** Work done with other than all registered languages is told apart by their codes (nothing is added for the default). */
function languagesKey(languages: Languages): string {
  return languages === registeredLanguages() ? "" : `#${languages.codes.join(",")}`;
}

function sameGroup(story: Story, group: StoryGroup): boolean {
  const g = (s: StoryGroup): string => JSON.stringify([s.id, s.headline, s.articleIds, s.copies]);
  return g(story) === g(group);
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
