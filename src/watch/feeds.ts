/**
 * `dossier watch --feeds FILE`: every interval, each feed in the file (one URL a line) is
 * fetched, its items not seen before are fetched in turn, and the pages are built into the
 * store in one batch. Which items a feed has shown is remembered in the store, so a restart
 * does not fetch them again.
 */
import { readFile } from "node:fs/promises";
import { decodeBytes, type InputSource } from "../ingest/index.js";
import type { Rejected } from "../model.js";
import { buildDossier } from "../pipeline.js";
import { type BatchChanges, batchChanges } from "./changes.js";
import { feedItems } from "./feedItems.js";
import { createFetcher, type Fetcher } from "./fetcher.js";
import { pause, type WatchSession } from "./session.js";

/** Pages fetched at once across hosts; each host still gets one request per interval. */
const PARALLEL_FETCHES = 8;

/** Failures worth another try at the next poll; anything else (robots, refused, too large, 4xx) is final. */
const TRANSIENT = /^(?:timed out|fetch failed|HTTP 5\d\d|HTTP 429|cannot resolve)/;

/** The feed URLs of a feed-list file: one per line, blank lines and `#` comments skipped. */
export function feedList(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean);
}

const seenKey = (feed: string): string => `watch:feed:${feed}`;

/** One poll of every feed: new items fetched and built; null when nothing came in or failed. */
export async function pollFeeds(feeds: readonly string[], session: WatchSession, fetcher: Fetcher): Promise<BatchChanges | null> {
  const { store, log } = session;
  const failed: Rejected[] = [];
  const pages: InputSource[] = [];
  const seenAfter = new Map<string, string[]>();
  for (const feed of feeds) {
    const got = await fetcher.fetch(feed);
    if (!got.ok) {
      failed.push({ path: feed, error: `feed: ${got.error}` });
      continue;
    }
    let items;
    try {
      items = feedItems(decodeBytes(got.bytes).text, got.url);
    } catch (err) {
      failed.push({ path: feed, error: `not a feed: ${(err as Error).message}` });
      continue;
    }
    const seen: string[] = JSON.parse((await store.getMeta(seenKey(feed))) ?? "[]") as string[];
    const known = new Set(seen);
    const fresh = items.filter((item, i) => !known.has(item.id) && items.findIndex((x) => x.id === item.id) === i);
    log(`feed ${feed}: ${items.length} item(s), ${fresh.length} new`);
    const fetched = await mapAtMost(fresh, PARALLEL_FETCHES, (item) => fetcher.fetch(item.link));
    const done: string[] = [];
    // In feed order, whatever order the fetches ended in: the build groups in arrival order.
    fresh.forEach((item, i) => {
      const page = fetched[i]!;
      if (page.ok) {
        const given = { url: page.url, ...(item.title ? { title: item.title } : {}), ...(item.published ? { published: item.published } : {}) };
        pages.push({ path: item.link, bytes: page.bytes, given });
      } else failed.push({ path: item.link, error: page.error });
      if (page.ok || !TRANSIENT.test(page.error)) done.push(item.id);
    });
    seenAfter.set(feed, [...seen, ...done].slice(-session.policy.seenPerFeed));
  }
  if (pages.length === 0 && failed.length === 0) return null;
  const dossier = await buildDossier(pages, { store, log, ...(session.config ? { config: session.config } : {}) });
  // Remembered only once built: a crash before this fetches the items again, never loses them.
  for (const [feed, seen] of seenAfter) await store.putMeta(seenKey(feed), JSON.stringify(seen));
  const changes = await batchChanges(dossier, store, pages.map((p) => (typeof p === "string" ? p : p.path)));
  const all = { ...changes, inputs: changes.inputs + failed.length, rejected: [...failed, ...changes.rejected] };
  await session.onBatch?.(all, dossier);
  return all;
}

/** Polls the feeds listed in `file` (read again each round, so edits apply) until the session is stopped. */
export async function watchFeeds(file: string, session: WatchSession, fetcher: Fetcher = createFetcher(session.policy.fetch)): Promise<void> {
  while (!session.signal?.aborted) {
    const feeds = feedList(await readFile(file, "utf8"));
    if (feeds.length === 0) session.log(`no feed URLs in ${file}`);
    else await pollFeeds(feeds, session, fetcher);
    await pause(session.policy.feedIntervalMs, session.signal);
  }
}

/** `run` over the items with at most `limit` under way at once; results in the items' order. */
async function mapAtMost<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await run(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
