/**
 * The static site: the web app's pages written to a folder, working from disk (file://).
 * index.html (+ index-N.html), stories/ID.html|json|md, articles/ID.html, assets/. Every file
 * is bounded by one story or one list page, never by the whole store, and is written to a
 * temporary file and renamed into place, so a reader never sees half a page.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { renderJson, renderMarkdown } from "../report/index.js";
import type { Store } from "../store/types.js";
import { articlePageHtml } from "./articlePage.js";
import { ASSETS } from "./assets.js";
import { allStoryListPages, loadStory, storyDossier } from "./data.js";
import { indexFileName, indexPageHtml } from "./indexPage.js";
import { storyPageHtml } from "./storyPage.js";

export interface WriteSiteOptions {
  /** Only these stories (changed or removed since the last write) and their articles; every story when omitted, and stale files are then removed. */
  readonly stories?: readonly string[];
}

export interface SiteWritten {
  readonly stories: number;
  readonly articles: number;
  readonly indexPages: number;
  readonly removed: number;
}

async function put(path: string, content: string): Promise<void> {
  // Hidden and unique per process and call: two writers never share a temporary file.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, content, { flag: "wx" });
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw new Error(`cannot write ${path}: ${(err as Error).message}`);
  }
}

const STORY_FILES = ["html", "json", "md"] as const;

/** Pages written at once: the disk's waits overlap the next pages' rendering, and memory holds at most this many. */
const WRITES_IN_FLIGHT = 32;

/**
 * Writes in flight, at most WRITES_IN_FLIGHT: `put` waits for room, `drain` for all. After a
 * failure no write starts, and the first failure is thrown once every write started has ended:
 * a caller that then retries, or removes the folder, races none of them.
 */
class Writes {
  private readonly pending = new Set<Promise<void>>();
  private failed: Error | undefined;

  async put(path: string, content: string): Promise<void> {
    if (this.failed) return this.fail();
    const done: Promise<void> = put(path, content).then(
      () => void this.pending.delete(done),
      (err: Error) => {
        this.pending.delete(done);
        this.failed ??= err;
      },
    );
    this.pending.add(done);
    if (this.pending.size >= WRITES_IN_FLIGHT) await Promise.race(this.pending);
    if (this.failed) return this.fail();
  }

  /** Every write started has ended; throws the first failure. */
  async drain(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failed) return this.fail();
  }

  /** Waits for the writes still running, without throwing (after a failure elsewhere). */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  private async fail(): Promise<never> {
    await Promise.all(this.pending);
    throw this.failed;
  }
}

export async function writeSite(store: Store, dir: string, options: WriteSiteOptions = {}): Promise<SiteWritten> {
  for (const sub of ["stories", "articles", "assets"]) await mkdir(join(dir, sub), { recursive: true });
  for (const [name, asset] of Object.entries(ASSETS)) await put(join(dir, "assets", name), asset.body);
  const writes = new Writes();
  try {
    return await writePages(store, dir, options, writes);
  } catch (err) {
    await writes.settle();
    throw err;
  }
}

async function writePages(store: Store, dir: string, options: WriteSiteOptions, writes: Writes): Promise<SiteWritten> {
  const written = { stories: 0, articles: 0, indexPages: 0, removed: 0 };
  const keptStories = new Set<string>();
  const keptArticles = new Set<string>();
  for await (const id of storyIds(store, options.stories)) {
    const loaded = await loadStory(store, id);
    if (!loaded) {
      for (const ext of STORY_FILES) await rm(join(dir, "stories", `${id}.${ext}`), { force: true });
      written.removed++;
      continue;
    }
    const { story, articles } = loaded;
    keptStories.add(id);
    const dossier = storyDossier(loaded);
    const own = dossier.articles;
    await writes.put(join(dir, "stories", `${id}.html`), await storyPageHtml(story, articles, { static: true }));
    await writes.put(join(dir, "stories", `${id}.json`), renderJson(dossier));
    await writes.put(join(dir, "stories", `${id}.md`), renderMarkdown(dossier));
    for (const article of own) {
      await writes.put(join(dir, "articles", `${article.id}.html`), articlePageHtml(article, [story]));
      keptArticles.add(article.id);
    }
    written.stories++;
    written.articles += own.length;
  }
  for await (const list of allStoryListPages(store)) {
    await writes.put(join(dir, indexFileName(list.page)), indexPageHtml(list, {}, { static: true }));
    written.indexPages = list.page;
  }
  await writes.drain();
  written.removed += await prune(dir, written.indexPages, options.stories ? null : { stories: keptStories, articles: keptArticles });
  return written;
}

/** The ids asked for, or every stored story's, read a list page at a time. */
async function* storyIds(store: Store, ids: readonly string[] | undefined): AsyncGenerator<string> {
  if (ids) return yield* ids;
  for await (const list of allStoryListPages(store)) for (const s of list.items) yield s.id;
}

/** Removes list pages past the last, and on a full write every story and article page no longer stored. */
async function prune(dir: string, indexPages: number, kept: { stories: Set<string>; articles: Set<string> } | null): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir)) {
    const n = /^index-(\d+)\.html$/.exec(name);
    if (n && Number(n[1]) > indexPages) {
      await rm(join(dir, name), { force: true });
      removed++;
    }
  }
  if (!kept) return removed;
  for (const [sub, ids] of [["stories", kept.stories], ["articles", kept.articles]] as const) {
    for (const name of await readdir(join(dir, sub))) {
      const m = /^([^.]+)\.(html|json|md)$/.exec(name);
      if (m && !ids.has(m[1]!)) {
        await rm(join(dir, sub, name), { force: true });
        removed++;
      }
    }
  }
  return removed;
}
