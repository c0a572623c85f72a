/**
 * Step 3, assign articles to stories: serial, in arrival order. The grouper's state (the
 * model's statistics, the posting lists, the record of every story that can still be a
 * candidate) lives in the store; a build loads it, adds only the articles stored since, in
 * arrival order, and saves what changed, in the same transaction as the memberships it
 * decided. The state after n articles depends only on those n, in order, so the same inputs
 * give the same stories however they were batched.
 *
 * Reads: meta GROUPING, grouper_state, the grouper_stories of candidates, the documents after
 * the last one assigned (up to the first still being extracted). Writes, per chunk and in one
 * transaction: story_members, story_queue (the stories to analyse), grouper_state,
 * grouper_stories, meta GROUPING.
 *
 * When the stored state cannot be continued (documents were removed, or the code or the
 * extraction or stories configuration changed) the state is dropped and every stored article
 * is assigned again from the first, in bounded chunks; stories left without articles are then
 * deleted.
 */
import type { Article } from "../model.js";
import type { AssignmentTransaction } from "../store/index.js";
import { type SavedSimilarity, StoryGrouper, storyId } from "../stories/index.js";
import type { Centroid } from "../stories/centroid.js";
import type { BuildContext } from "./context.js";
import { digest } from "./keys.js";

export interface Assigned {
  /** Articles assigned by this build. */
  readonly assigned: number;
  /** Stories this build put on the analysis work list (joined or started). */
  readonly queued: number;
  /** Stories deleted because no article is assigned to them any more (after grouping again). */
  readonly removed: readonly string[];
  /** Whether the stored state was dropped and every article assigned again. */
  readonly regrouped: boolean;
}

/** The meta key of what the stored grouping state holds. */
const GROUPING = "grouping";
/** Set while stories of an earlier grouping may be left without articles. */
const REGROUPED = "regrouped";

interface GroupingMeta {
  readonly key: string;
  /** Every document up to this sequence number is assigned (or was refused by the extractor). */
  readonly seq: number;
  /** How many documents were stored up to `seq` when it was saved: fewer now means some were removed. */
  readonly documents: number;
  /** Stories started. */
  readonly started: number;
  /** Bumped by every save: another process's save means the state in memory is stale. */
  readonly version: number;
}

/** Documents read from the store at a time. */
const READ_BATCH = 256;
/** Articles assigned per transaction at least: the statistics and posting lists are saved once per chunk. */
const MIN_CHUNK = 2000;
/** Saved state per article assigned at most: a larger state saves less often, so a save costs each article this many bytes. */
const SAVE_BYTES_PER_ARTICLE = 4096;
/** Story records kept in memory between chunks (the others are read back when they are candidates): about 3 KB each. */
const RESIDENT_RECORDS = 50_000;

type Grouper = StoryGrouper;

/** Smaller bounds than the defaults, so that a test can make every chunk and every record read back from the store show. */
export interface AssignBounds {
  readonly minChunk?: number;
  readonly residentRecords?: number;
}

export async function assignStories(ctx: BuildContext, bounds: AssignBounds = {}): Promise<Assigned> {
  const minChunk = bounds.minChunk ?? MIN_CHUNK;
  const resident = bounds.residentRecords ?? RESIDENT_RECORDS;
  const key = `${ctx.keys.grouping}#${digest(ctx.config.stories)}`;
  let grouper: Grouper | null = null;
  let version = -1;
  /** Story ids of the records in memory. */
  const ids = new Map<number, string>();
  let assigned = 0;
  let regrouped = false;
  const queued = new Set<string>();
  for (;;) {
    const chunk = await ctx.store.assign(async (tx) => {
      let meta = parseMeta(await tx.getMeta(GROUPING));
      if (!meta || meta.key !== key || (await tx.countDocuments(meta.seq)) !== meta.documents) {
        await tx.clearGrouping();
        await tx.putMeta(REGROUPED, "1");
        meta = { key, seq: 0, documents: 0, started: 0, version: (meta?.version ?? 0) + 1 };
        regrouped = true;
        grouper = null;
      }
      if (!grouper || version !== meta.version) {
        grouper = await loadGrouper(ctx, tx, meta);
        ids.clear();
        version = meta.version;
      }
      const g: Grouper = grouper;
      const model = g.similarity as unknown as SavedSimilarity<Centroid>;
      const limit = bounds.minChunk ?? Math.max(minChunk, Math.ceil(stateBytes(ctx, g) / SAVE_BYTES_PER_ARTICLE));
      const members: Array<{ articleId: string; storyId: string; seq: number }> = [];
      const touched = new Map<string, number>();
      let seq = meta.seq;
      let documents = meta.documents;
      let count = 0;
      while (count < limit) {
        const docs = await tx.documentsToAssign(seq, ctx.keys.extractor, Math.min(READ_BATCH, limit - count));
        if (docs.length === 0) break;
        for (const doc of docs) {
          seq = doc.seq;
          documents++;
          count++;
          if (!doc.article) continue;
          const story = await place(g, tx, model, ids, doc.article);
          const id = ids.get(story)!;
          members.push({ articleId: doc.id, storyId: id, seq: doc.seq });
          touched.set(id, story);
        }
        if (docs.length < READ_BATCH && docs.length < limit - count) break;
      }
      if (count === 0) return 0;
      await tx.addMembers(members);
      await tx.queueStories([...touched].map(([storyId, position]) => ({ storyId, position })));
      const { changed, dropped } = g.takeChanges();
      await tx.putStoryRecords(
        [...changed].map(([idx, r]) => ({ idx, storyId: ids.get(idx)!, firstDay: r.firstDay, lastDay: r.lastDay, summary: model.encodeStory(r.summary) })),
      );
      await tx.deleteStoryRecords(dropped);
      for (const d of dropped) ids.delete(d);
      const saved = g.saveIndex();
      await tx.putState("statistics", model.saveStatistics());
      await tx.putState("postings", new Uint8Array(saved.postings.buffer, saved.postings.byteOffset, saved.postings.byteLength));
      version = meta.version + 1;
      await tx.putMeta(GROUPING, JSON.stringify({ key, seq, documents, started: saved.started, version } satisfies GroupingMeta));
      for (const s of g.trim(resident)) ids.delete(s);
      assigned += members.length;
      for (const id of touched.keys()) queued.add(id);
      return count;
    });
    if (chunk === 0) break;
  }
  const removed = await removeOrphans(ctx);
  return { assigned, queued: queued.size, removed, regrouped };
}

/** Places one article, reading back the records of candidates that are not in memory. */
async function place(g: Grouper, tx: AssignmentTransaction, model: SavedSimilarity<Centroid>, ids: Map<number, string>, article: Article): Promise<number> {
  const p = g.prepare(article);
  const missing = g.missing(p);
  if (missing.length > 0) {
    const rows = await tx.getStoryRecords(missing);
    if (rows.length !== missing.length) throw new Error(`grouping state: ${missing.length - rows.length} candidate record(s) missing from the store`);
    for (const r of rows) {
      g.restore(r.idx, { summary: model.decodeStory(r.summary), firstDay: r.firstDay, lastDay: r.lastDay });
      ids.set(r.idx, r.storyId);
    }
  }
  const before = g.started;
  const story = g.place(p);
  if (story >= before) ids.set(story, storyId(article.id));
  return story;
}

async function loadGrouper(ctx: BuildContext, tx: AssignmentTransaction, meta: GroupingMeta): Promise<Grouper> {
  const grouper = new StoryGrouper(ctx.config.stories, ctx.languages);
  const model = grouper.similarity as unknown as SavedSimilarity<Centroid>;
  const statistics = await tx.getState("statistics");
  const postings = await tx.getState("postings");
  if (statistics) model.loadStatistics(statistics);
  if (postings) {
    const aligned = postings.byteOffset % 4 === 0 ? postings : postings.slice();
    grouper.loadIndex({ postings: new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >> 2), started: meta.started });
  } else grouper.loadIndex({ postings: new Int32Array(0), started: meta.started });
  return grouper;
}

/** Bytes a save writes whole: the statistics and the posting lists (estimated from what is held). */
function stateBytes(ctx: BuildContext, g: Grouper): number {
  return 4 * 2 ** ctx.config.stories.keyBits + g.saveIndexSize();
}

/** Deletes the stories an earlier grouping left without articles, once, after grouping again. */
async function removeOrphans(ctx: BuildContext): Promise<string[]> {
  if ((await ctx.store.getMeta(REGROUPED)) !== "1") return [];
  const orphans = await ctx.store.orphanStories();
  await ctx.store.deleteStories(orphans);
  await ctx.store.putMeta(REGROUPED, "0");
  return orphans;
}

function parseMeta(raw: string | null): GroupingMeta | null {
  return raw ? (JSON.parse(raw) as GroupingMeta) : null;
}
