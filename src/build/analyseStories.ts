/**
 * Step 4, analyse the stories that changed: the stories on the work list (story_queue: joined
 * or started by an assignment, or all of them when the analysis key changed) are read with
 * their articles (store.getArticles: one story's members at a time, never the whole store),
 * analysed, and written one row each. A queued story whose group (articles, headline, copies)
 * is as stored and whose analysis was made with the same key keeps it. One story's failure does
 * not stop the others. Stories are independent of each other: job handlers may analyse them in
 * any order. Reads: story_queue, story_members, articles, stories, meta ANALYSIS. Writes:
 * stories (with their list columns) and story_queue, per batch in one transaction; ANALYSIS;
 * the web pages of the stories analysed (story_pages); the articles' readings (article_readings).
 */
import { createHash } from "node:crypto";
import { analyseWithStoredReadings, sameGroup } from "./analyseGroup.js";
import { type Article, type ArticleListing, articleListing, type Story, type StoryGroup } from "../model.js";
import { addToAggregates, memberFactsOf } from "../store/index.js";
import { ANALYSIS_META, type MemberAggregate, type MemberFacts, type StoredPage, type StoryRow } from "../store/types.js";
import { analysedIds, describeStory } from "../stories/index.js";
import { readTexts } from "../text/index.js";
import { makeStoredPage } from "../web/index.js";
import { languages as registeredLanguages } from "../lang/index.js";
import { type AnalysisPool, startAnalysisPool } from "./analysisPool.js";
import type { AnalysisDone } from "./analysisThread.js";
import { boundedThreads } from "./threadPool.js";
import type { BuildContext } from "./context.js";

export interface Analysed {
  /** Stories analysed (again), or grown past the members their analysis reads, and written. */
  readonly analysed: readonly string[];
  /** Queued stories whose stored analysis was kept. */
  readonly kept: number;
}

/** The meta key under which the store remembers what its stories' analyses were made with. */
export const ANALYSIS = ANALYSIS_META;

/** Stories taken from the work list and written together. */
const ANALYSE_BATCH = 32;

/**
 * The meta key naming an analysis key whose work list is not yet done: while it is, no stored
 * story is kept, whatever its group, for it may have been made by the code before.
 */
export const ANALYSIS_PENDING = "analysis-pending";

/**
 * `threads`: threads that analyse stories side by side (src/build/analysisPool.ts), started when
 * the work list holds more than one story and the build reads the registered languages; 0 (the
 * default) analyses in the build's own thread.
 */
export async function analyseStories(ctx: BuildContext, threads = 0): Promise<Analysed> {
  let threadCount = boundedThreads(threads);
  const sameKey = await startAnalysis(ctx);
  const analysed: string[] = [];
  let kept = 0;
  let read = 0;
  let pool: AnalysisPool | undefined;
  try {
    for (;;) {
      const queued = await ctx.store.queuedStories(ANALYSE_BATCH);
      if (queued.length === 0) break;
      if (!pool && threadCount > 0 && queued.length > 1 && ctx.languages === registeredLanguages()) {
        const started = await startAnalysisPool(ctx.config, threadCount);
        // Threads that cannot start (memory, a damaged install) leave the work to the build's thread.
        if (started instanceof Error) {
          ctx.log(`analysis threads did not start (${started.message}): analysing in the build's thread`);
          threadCount = 0;
        } else {
          pool = started;
          ctx.log(`analysing stories in ${threadCount} thread(s)`);
        }
      }
      const done = await analyseBatch(ctx, queued, sameKey, () => ctx.progress?.("analyse", ++read, null), pool);
      analysed.push(...done.analysed);
      kept += done.kept;
    }
  } finally {
    await pool?.close();
  }
  await finishAnalysis(ctx);
  return { analysed, kept };
}

/**
 * Before the work list is taken: when the stored analyses were made with another key, every
 * story goes on the work list (which holds the work from here on: a build killed half-way goes
 * on where it stopped). Returns whether stored analyses may be kept: not while the work list
 * of a change of key is being done, also by a build after one killed half-way through it.
 */
export async function startAnalysis(ctx: BuildContext): Promise<boolean> {
  if ((await ctx.store.getMeta(ANALYSIS)) !== ctx.keys.analysis) {
    await ctx.store.putMeta(ANALYSIS_PENDING, ctx.keys.analysis);
    await ctx.store.queueAllStories();
    await ctx.store.putMeta(ANALYSIS, ctx.keys.analysis);
  }
  return (await ctx.store.getMeta(ANALYSIS_PENDING)) !== ctx.keys.analysis;
}

/** After the work list is done: stored analyses are this key's again. */
export async function finishAnalysis(ctx: BuildContext): Promise<void> {
  if ((await ctx.store.getMeta(ANALYSIS_PENDING)) !== ctx.keys.analysis) return;
  if ((await ctx.store.queuedStories(1)).length === 0) await ctx.store.putMeta(ANALYSIS_PENDING, "");
}

/** Queued stories analysed (or kept) and written together, taken off the work list; stories without articles deleted. */
export async function analyseBatch(
  ctx: BuildContext,
  queued: ReadonlyArray<{ storyId: string; position: number }>,
  sameKey: boolean,
  onStory?: () => void,
  pool?: AnalysisPool,
): Promise<Analysed & { readonly empty: readonly string[] }> {
  const rows: StoryRow[] = [];
  const empty: string[] = [];
  const analysed: string[] = [];
  const pages = new Map<string, StoredPage>();
  const stored = sameKey ? await ctx.store.getStories(queued.map((q) => q.storyId)) : new Map<string, Story>();
  // With threads, one story more in hand than there are threads (the next is read while they analyse); results kept in work-list order.
  const results: Array<Awaited<ReturnType<typeof analyseQueued>>> = new Array(queued.length);
  let taken = 0;
  let stopped = false;
  const take = async (by: AnalysisPool | undefined): Promise<void> => {
    while (!stopped && taken < queued.length) {
      const k = taken++;
      const { storyId, position } = queued[k]!;
      try {
        results[k] = await analyseQueued(ctx, storyId, position, stored.get(storyId), by);
      } catch (err) {
        stopped = true;
        throw err;
      }
      onStory?.();
    }
  };
  // A failure stops the taking; the stories in hand finish before it is thrown, so nothing reads the store after the build ends.
  const ended = await Promise.allSettled(Array.from({ length: pool ? pool.size + 1 : 1 }, () => take(pool)));
  const failure = ended.find((e): e is PromiseRejectedResult => e.status === "rejected");
  if (failure) throw failure.reason;
  queued.forEach(({ storyId }, k) => {
    const row = results[k];
    if (!row) empty.push(storyId);
    else {
      rows.push(row.row);
      if (!row.kept) analysed.push(storyId);
      if (row.page) pages.set(storyId, row.page);
    }
  });
  // A story whose members changed while it was read stays on the work list, for the next pass.
  const written = new Set(await ctx.store.putStories(rows));
  await ctx.store.deleteStories(empty);
  const fresh = analysed.filter((id) => written.has(id));
  await ctx.store.putStoryPages([...written].flatMap((id) => (pages.has(id) ? [{ storyId: id, ...pages.get(id)! }] : [])));
  return { analysed: fresh, kept: written.size - fresh.length, empty };
}

/**
 * One queued story read, and analysed unless its stored analysis still holds, with its web page
 * (src/web/storedPages.ts); null when it has no articles. A story whose analysis read its first
 * `claims.maxStoryArticles` members, and whose new members all came after them, keeps its
 * analysis without a text being read: its members are read as listed (title, outlet, date).
 */
async function analyseQueued(
  ctx: BuildContext,
  storyId: string,
  position: number,
  stored: Story | undefined,
  pool?: AnalysisPool,
): Promise<{ row: StoryRow; kept: boolean; page: StoredPage | null } | null> {
  const members = await ctx.store.storyMembers(storyId);
  const ids = members.map((m) => m.articleId);
  const limit = Math.max(1, ctx.config.claims.maxStoryArticles);
  // The analysis read the first members, and the new ones came after them: it stands, and no text is read.
  const full = stored !== undefined && analysedIds(stored).length === limit && sameIds(analysedIds(stored), ids.slice(0, limit));
  const read: { articles?: Article[]; first: ArticleListing[]; later: string[]; joined: ArticleListing[] | null } = full
    ? await membersListed(ctx, ids, limit, stored)
    : await membersRead(ctx, ids, limit, stored);
  const { first, later } = read;
  if (first.length === 0) return null;
  const analysed = read.articles ? await analyseFirst(ctx, read.articles, stored, pool) : stored!;
  const story = withLaterMembers(analysed, later);
  const sums = await memberSums(ctx, story, first, read.joined, stored);
  // Kept analyses too: a queued story's members changed, and its page shows the count, languages and dates of them all.
  const page = await storyPage(ctx, story, new Map<string, ArticleListing>(first.map((a) => [a.id, a])), later.length > 0 ? memberFactsOf(sums) : undefined);
  return {
    // A kept analysis whose story lists members it did not (they joined past the limit) is a changed story all the same: its pages are written again.
    kept: analysed === stored && sameIds(stored.articleIds, story.articleIds),
    page,
    row: {
      story,
      position,
      updatedSeq: members.reduce((most, m) => Math.max(most, m.seq), 0),
      memberCount: members.length,
      memberSeqSum: members.reduce((sum, m) => sum + m.seq, 0),
      members: sums,
    },
  };
}

/**
 * The story's members' languages, outlets and dates, summed once for its page and its list row:
 * from the listings in hand when every member was read or listed; the sums its list row keeps
 * plus those of the members that joined, when members only joined since; else by the database.
 */
async function memberSums(
  ctx: BuildContext,
  story: Story,
  first: readonly ArticleListing[],
  joined: readonly ArticleListing[] | null,
  stored: Story | undefined,
): Promise<MemberAggregate[]> {
  if (story.articleIds.length === first.length) return addToAggregates([], first);
  if (joined && stored) {
    const kept = await ctx.store.storyAggregates(story.id);
    // Sums of the stored story's members, not of a row another build wrote since (it would count other members).
    if (kept && kept.reduce((n, m) => n + m.count, 0) === new Set(stored.articleIds).size) return addToAggregates(kept, joined);
  }
  return ctx.store.memberAggregates(story.articleIds);
}

/**
 * The members an analysis reads, read in full: their texts read once (src/text) for copy
 * detection, the headline and the claims stage. The stored analysis is kept when it was made
 * of the same group (articles, headline, copies) by this code (same analysis key). With threads,
 * a thread does all of it (src/build/analyseGroup.ts, describeAndAnalyse): this thread reads no text.
 */
async function analyseFirst(ctx: BuildContext, articles: readonly Article[], stored: Story | undefined, pool?: AnalysisPool): Promise<Story> {
  // The stored group was made by this code (same analysis key): its copy links among earlier members stand.
  const before: StoryGroup | undefined = stored && { id: stored.id, headline: stored.headline, articleIds: analysedIds(stored), copies: stored.copies };
  if (pool) {
    const byId = new Map(articles.map((a) => [a.id, a]));
    return (await analyseWithReadings(ctx, byId, (valid) => pool.analyse(articles, valid, before))) ?? stored!;
  }
  // Copies printed word for word share one reading.
  const layers = readTexts(articles, ctx.languages);
  const group = describeStory(articles, ctx.languages, layers, before);
  if (before !== undefined && sameGroup(before, group)) return stored!;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const layerOf = new Map(articles.map((a, i) => [a.id, layers[i]!]));
  return (await analyseWithReadings(ctx, byId, async (valid) => ({ ...analyseWithStoredReadings(ctx, group, byId, valid, layerOf), logs: [] })))!;
}

/**
 * A story's members read from the store a chunk at a time: the first `limit` found, in order,
 * in full (what its analysis reads), and the later ones' ids (no text read). `joined`: the members
 * found that the stored story did not list, when it listed none that is gone (members only joined).
 */
async function membersRead(
  ctx: BuildContext,
  ids: readonly string[],
  limit: number,
  stored: Story | undefined,
): Promise<{ articles: Article[]; first: ArticleListing[]; later: string[]; joined: ArticleListing[] | null }> {
  const articles: Article[] = [];
  const later: ArticleListing[] = [];
  for (let i = 0; i < ids.length; i += MEMBER_CHUNK) {
    const chunk = ids.slice(i, i + MEMBER_CHUNK);
    if (articles.length >= limit) {
      later.push(...(await listed(ctx, chunk)));
      continue;
    }
    const found = await ctx.store.getArticles(chunk);
    for (const id of chunk) {
      const a = found.get(id)?.article;
      if (!a) continue;
      if (articles.length < limit) articles.push(a);
      else later.push(articleListing(a));
    }
  }
  const first = articles.map(articleListing);
  return { articles, first, later: later.map((a) => a.id), joined: joinedSince(stored, [...first, ...later]) };
}

/** Of a story's members found in the store, those the stored story did not list; null when it listed one that is no longer found. */
function joinedSince(stored: Story | undefined, found: readonly ArticleListing[]): ArticleListing[] | null {
  if (!stored) return null;
  const ids = new Set(found.map((a) => a.id));
  if (!stored.articleIds.every((id) => ids.has(id))) return null;
  const before = new Set(stored.articleIds);
  return found.filter((a) => !before.has(a.id));
}

/**
 * The members of a story whose analysis stands, as lists show them (no text read): the first
 * `limit` listed, and the later ones' ids. Of the later ones only those the stored story did not
 * list are looked up (to learn that they are stored); the others were when it was written, and a
 * removal regroups the store, which lists its stories' members afresh.
 */
async function membersListed(
  ctx: BuildContext,
  ids: readonly string[],
  limit: number,
  stored: Story,
): Promise<{ first: ArticleListing[]; later: string[]; joined: ArticleListing[] | null }> {
  const first = await listed(ctx, ids.slice(0, limit));
  const before = new Set(stored.articleIds);
  const fresh: ArticleListing[] = [];
  const candidates = ids.slice(limit).filter((id) => !before.has(id));
  for (let i = 0; i < candidates.length; i += MEMBER_CHUNK) fresh.push(...(await listed(ctx, candidates.slice(i, i + MEMBER_CHUNK))));
  const found = new Set(fresh.map((a) => a.id));
  const later = ids.slice(limit).filter((id) => before.has(id) || found.has(id));
  const members = new Set([...first.map((a) => a.id), ...later]);
  return { first, later, joined: stored.articleIds.every((id) => members.has(id)) ? fresh : null };
}

/** Of these ids, the articles in the store, as listed, in order. */
async function listed(ctx: BuildContext, ids: readonly string[]): Promise<ArticleListing[]> {
  const found = await ctx.store.getArticleListings(ids);
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** Members listed from the store at a time. */
const MEMBER_CHUNK = 500;

/** The story as analysed, listing its later members after those read (`analysedArticles` says how many were). */
function withLaterMembers(story: Story, later: readonly string[]): Story {
  const { analysedArticles: _, ...rest } = story;
  const read = analysedIds(story);
  if (later.length === 0) return { ...rest, articleIds: read };
  return { ...rest, articleIds: [...read, ...later], analysedArticles: read.length };
}

/**
 * One story analysed with its members' readings kept in the store (src/claims ArticleReadings):
 * an article read for an earlier analysis of the story is not read again. A reading is kept
 * under a key of the analysis key and the article as it is, so a changed article, configuration,
 * language pack or code reads it again.
 */
async function analyseWithReadings(
  ctx: BuildContext,
  articles: ReadonlyMap<string, Article>,
  analyse: (valid: ReadonlyMap<string, string>) => Promise<AnalysisDone>,
): Promise<Story | null> {
  const keyOf = new Map([...articles.values()].map((a) => [a.id, readingsKey(ctx, a)]));
  const stored = await ctx.store.getArticleReadings([...articles.keys()]);
  const valid = new Map([...stored].filter(([id, row]) => row.key === keyOf.get(id)).map(([id, row]) => [id, row.readings]));
  const { story, made, logs } = await analyse(valid);
  for (const line of logs) ctx.log(line);
  if (story && !story.error) await ctx.store.putArticleReadings(made.map((m) => ({ articleId: m.articleId, key: keyOf.get(m.articleId)!, readings: m.readings })));
  return story;
}

const readingsKey = (ctx: BuildContext, article: Article): string =>
  createHash("sha256").update(ctx.keys.analysis).update("\n").update(JSON.stringify(article)).digest("base64");

/** The story's web page to keep in the store; none (the server makes it when asked) when making it fails. */
async function storyPage(ctx: BuildContext, story: Story, articles: ReadonlyMap<string, ArticleListing>, members?: MemberFacts): Promise<StoredPage | null> {
  try {
    return await makeStoredPage(ctx.store, story, articles, members);
  } catch (err) {
    ctx.log(`story ${story.id}: its page was not made: ${(err as Error).message}`);
    return null;
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, k) => id === b[k]);
}

