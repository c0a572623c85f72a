/**
 * The static site: the web app's pages written to a folder, working from disk (file://).
 * index.html (+ index-N.html), stories/ID.html|json|md, stories/ID.members-K.html|json,
 * articles/ID.html, assets/. Every file is bounded by one story's analysed members, one page of
 * its later members or one list page, never by the whole store, and is written to a temporary
 * file and renamed into place, so a reader never sees half a page. A story's files carry the
 * texts of the members its analysis read; the later ones are listed on its member pages
 * (src/web/memberPages.ts), of which a member joining rewrites the last. A story written
 * again writes the article pages that changed (stories/ID.pages.json says what they were
 * written from): a member joining a large story writes its own page, not every member's.
 */
import { createHash, randomBytes } from "node:crypto";
import { access, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { makeDirs } from "../makeDirs.js";
import { renderJson, renderMarkdown } from "../report/index.js";
import type { Article } from "../model.js";
import { analysedIds } from "../stories/index.js";
import { ANALYSIS_META, STORE_ID_META, type Store } from "../store/types.js";
import { codeFingerprint } from "../version.js";
import { articlePageHtml } from "./articlePage.js";
import { ASSETS } from "./assets.js";
import { allStoryListPages, loadStory, storyDossier, storyMembers } from "./data.js";
import { laterIds, memberPageCount, memberPageHtml, memberPageIds, memberPageName, memberPageOf } from "./memberPages.js";
import { indexFileName, indexPageHtml } from "./indexPage.js";
import { pageFacts, storyPageHtml } from "./storyPage.js";

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

/**
 * Writes the site of the store into `dir`. Only the stories asked for (`options.stories`) when
 * the folder holds a site of this same store (SITE_NOTE names it); else every page, and every
 * file of another store's site removed: a folder written from two stores (the default
 * `dossier-out` of the demo, then of a build) is never a mixture of both.
 */
export async function writeSite(store: Store, dir: string, options: WriteSiteOptions = {}): Promise<SiteWritten> {
  const owner = await storeId(store);
  const sameStore = (await readSiteNote(dir)) === owner;
  for (const sub of ["stories", "articles", "assets"]) makeDirs(join(dir, sub));
  for (const [name, asset] of Object.entries(ASSETS)) await put(join(dir, "assets", name), asset.body);
  const writes = new Writes();
  try {
    const written = await writePages(store, dir, sameStore ? options : {}, writes);
    if (!sameStore) await put(join(dir, SITE_NOTE), `${JSON.stringify({ store: owner })}\n`);
    return written;
  } catch (err) {
    await writes.settle();
    throw err;
  }
}

/** The file in a site folder that names the store it was written from. */
const SITE_NOTE = ".dossier-site.json";

async function readSiteNote(dir: string): Promise<string | null> {
  try {
    const note = JSON.parse(await readFile(join(dir, SITE_NOTE), "utf8")) as { store?: unknown };
    return typeof note.store === "string" ? note.store : null;
  } catch {
    return null;
  }
}

/** The store's own id, made on first asking. */
async function storeId(store: Store): Promise<string> {
  const kept = await store.getMeta(STORE_ID_META);
  if (kept) return kept;
  const made = randomBytes(8).toString("hex");
  await store.putMeta(STORE_ID_META, made);
  return made;
}

async function writePages(store: Store, dir: string, options: WriteSiteOptions, writes: Writes): Promise<SiteWritten> {
  const written = { stories: 0, articles: 0, indexPages: 0, removed: 0 };
  /** Each story kept, with how many member pages it has. */
  const keptStories = new Map<string, number>();
  const keptArticles = new Set<string>();
  const analysisKey = (await store.getMeta(ANALYSIS_META)) ?? "";
  for await (const id of storyIds(store, options.stories)) {
    const loaded = await loadStory(store, id);
    // The pages of members that are no longer stored (`dossier remove`) go with them.
    const before = options.stories ? await readPagesNote(dir, id) : null;
    if (before) written.removed += await removeGonePages(store, dir, [...before.analysed, ...before.later], new Set(loaded?.story.articleIds ?? []));
    if (!loaded) {
      await removeMemberPages(dir, id, 0);
      for (const name of [...STORY_FILES.map((ext) => `${id}.${ext}`), pagesNoteName(id)]) await rm(join(dir, "stories", name), { force: true });
      written.removed++;
      continue;
    }
    const { story, articles } = loaded;
    const pages = memberPageCount(story);
    keptStories.set(id, pages);
    const dossier = storyDossier(loaded);
    const members = await pageFacts(store, story);
    await writes.put(join(dir, "stories", `${id}.html`), await storyPageHtml(story, storyMembers(loaded), { static: true, ...(members ? { members } : {}) }));
    await writes.put(join(dir, "stories", `${id}.json`), renderJson(dossier));
    await writes.put(join(dir, "stories", `${id}.md`), renderMarkdown(dossier));
    // A full write writes every page; a story written again writes the pages that changed since its note (PagesNote).
    const later = laterIds(story);
    const laterKey = pagesKey([analysisKey, story.id, story.headline]);
    const memberPages = Array.from({ length: pages }, (_, i) => pagesKey([laterKey, String(i + 1 < pages), ...memberPageIds(story, i + 1)]));
    const note: PagesNote = {
      analysedKey: pagesKey([analysisKey, JSON.stringify({ ...story, articleIds: analysedIds(story) })]),
      laterKey,
      analysed: [...articles.keys()],
      later: [...later],
      memberPages,
    };
    // The member pages that changed (members joined the last one, or the story's headline, the code or the articles' key changed), and those past the last.
    for (let k = 1; k <= pages; k++) {
      if (before?.memberPages?.[k - 1] === memberPages[k - 1]) continue;
      const listings = await store.getArticleListings(memberPageIds(story, k));
      await writes.put(join(dir, "stories", memberPageName(id, k, "html")), memberPageHtml(story, k, listings));
      await writes.put(join(dir, "stories", memberPageName(id, k, "json")), `${JSON.stringify(memberPageOf(story, k, listings), null, 2)}\n`);
    }
    await removeMemberPages(dir, id, pages);
    const wereAnalysed = new Set(before?.analysedKey === note.analysedKey ? before.analysed : []);
    const wereLater = new Set(before?.laterKey === note.laterKey ? before.later : []);
    const page = async (article: Article): Promise<void> => {
      await writes.put(join(dir, "articles", `${article.id}.html`), articlePageHtml(article, [story]));
      written.articles++;
    };
    for (const article of articles.values()) if (!wereAnalysed.has(article.id)) await page(article);
    // A later member's page shows its text and the story's headline alone: read when it is new here
    // (joined, or no longer among the members read), or the headline, the code or the articles' key changed.
    const fresh = later.filter((a) => !wereLater.has(a));
    for (let i = 0; i < fresh.length; i += LATER_CHUNK) {
      const found = await store.getArticles(fresh.slice(i, i + LATER_CHUNK));
      for (const { article } of found.values()) await page(article);
    }
    for (const a of story.articleIds) keptArticles.add(a);
    // After the pages it names: a write cut short leaves the note before, and its pages are written again.
    await writes.drain();
    await put(join(dir, "stories", pagesNoteName(id)), JSON.stringify(note));
    written.stories++;
  }
  for await (const list of allStoryListPages(store)) {
    await writes.put(join(dir, indexFileName(list.page)), indexPageHtml(list, {}, { static: true }));
    written.indexPages = list.page;
  }
  await writes.drain();
  written.removed += await prune(dir, written.indexPages, options.stories ? null : { stories: keptStories, articles: keptArticles });
  return written;
}

/** Removes a story's member pages past its `pages`, as found on disk (a write cut short may have left more than its note names): they run from 1 without a gap. */
async function removeMemberPages(dir: string, storyId: string, pages: number): Promise<void> {
  for (let k = pages + 1; ; k++) {
    const files = (["html", "json"] as const).map((ext) => join(dir, "stories", memberPageName(storyId, k, ext)));
    if (!(await Promise.all(files.map(exists))).some(Boolean)) return;
    for (const file of files) await rm(file, { force: true });
  }
}

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

/**
 * Removes the article pages of a story's former members (as its note named them) that are
 * members no more and no longer stored: a removed article's text leaves the site with it. A
 * member that moved to another story keeps its page (that story writes it). Returns how many.
 */
async function removeGonePages(store: Store, dir: string, former: readonly string[], members: ReadonlySet<string>): Promise<number> {
  const left = former.filter((a) => !members.has(a));
  let removed = 0;
  for (let i = 0; i < left.length; i += LATER_CHUNK) {
    const chunk = left.slice(i, i + LATER_CHUNK);
    const stored = await store.getArticleListings(chunk);
    for (const a of chunk) {
      if (stored.has(a)) continue;
      await rm(join(dir, "articles", `${a}.html`), { force: true });
      removed++;
    }
  }
  return removed;
}

/** Later members' articles read from the store at a time, for their pages. */
const LATER_CHUNK = 200;

/**
 * What a story's article pages were last written from (stories/ID.pages.json): for the members
 * its analysis read, a key of what their pages show (the analysis, the key it was made with,
 * which names the articles' extraction, and the code that renders them); for the later members,
 * of the story's id and headline, all their pages show of the story; and which members' pages
 * were written under each. A member's page is written again when its key changed or it was not
 * written under it.
 */
interface PagesNote {
  readonly analysedKey: string;
  readonly laterKey: string;
  readonly analysed: readonly string[];
  readonly later: readonly string[];
  /** A key per member page of what it shows (its members, whether one follows, and laterKey); absent in a note written before member pages. */
  readonly memberPages?: readonly string[];
}

const pagesNoteName = (storyId: string): string => `${storyId}.pages.json`;

function pagesKey(parts: readonly string[]): string {
  const hash = createHash("sha256").update(codeFingerprint());
  for (const part of parts) hash.update("\n").update(part);
  return hash.digest("base64");
}

async function readPagesNote(dir: string, storyId: string): Promise<PagesNote | null> {
  try {
    const note = JSON.parse(await readFile(join(dir, "stories", pagesNoteName(storyId)), "utf8")) as PagesNote;
    const ids = (x: unknown): boolean => Array.isArray(x) && x.every((id) => typeof id === "string");
    return typeof note.analysedKey === "string" && typeof note.laterKey === "string" && ids(note.analysed) && ids(note.later) && (note.memberPages === undefined || ids(note.memberPages)) ? note : null;
  } catch {
    // None yet, or unreadable: every page of the story is written.
    return null;
  }
}

/** The ids asked for, or every stored story's, read a list page at a time. */
async function* storyIds(store: Store, ids: readonly string[] | undefined): AsyncGenerator<string> {
  if (ids) return yield* ids;
  for await (const list of allStoryListPages(store)) for (const s of list.items) yield s.id;
}

/** Removes list pages past the last, and on a full write every story and article page no longer stored. */
async function prune(dir: string, indexPages: number, kept: { stories: ReadonlyMap<string, number>; articles: ReadonlySet<string> } | null): Promise<number> {
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
      const m = /^([^.]+)\.(?:members-(\d+)\.(?:html|json)|html|json|md|pages\.json)$/.exec(name);
      // A story's file when the story is gone; a member page past the story's last.
      if (m && (!ids.has(m[1]!) || (m[2] !== undefined && sub === "stories" && Number(m[2]) > kept.stories.get(m[1]!)!))) {
        await rm(join(dir, sub, name), { force: true });
        removed++;
      }
    }
  }
  return removed;
}
