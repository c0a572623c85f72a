/**
 * `dossier watch FOLDER`: files new or changed in the folder are built into the store once
 * their writing has settled (size and time unchanged for the settle period), so a file
 * still being copied is not read half done. A change event starts a look after the settle
 * period; the folder is also looked at every interval, as events are not guaranteed on
 * every file system.
 */
import { type FSWatcher, watch } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { buildDossier } from "../pipeline.js";
import { type BatchChanges, batchChanges } from "./changes.js";
import { pause, type WatchSession } from "./session.js";

/** Names editors and downloaders give a file while it is being written: read once it has its real name. */
const PARTIAL = /(?:^\.|~$|\.(?:tmp|part|crdownload|swp|download)$)/i;

/** After a change event, the wait for more events before looking. */
const EVENT_DEBOUNCE_MS = 250;

interface Seen {
  readonly signature: string;
  readonly since: number;
}

export interface FolderWatch {
  /** Looks at the folder once: settled new or changed files are built; null when none were. */
  look(): Promise<BatchChanges | null>;
  /** Whether a file seen is waiting for its writes to settle. */
  settling(): boolean;
}

/** The folder's state between looks: what was built (by signature) and what is waiting to settle. */
export function folderWatch(folder: string, session: WatchSession, options: { followLinks?: boolean } = {}): FolderWatch {
  const built = new Map<string, string>();
  const waiting = new Map<string, Seen>();
  return {
    async look() {
      const now = Date.now();
      const ready: string[] = [];
      for await (const { path, signature } of walk(folder, options.followLinks === true, session.log)) {
        if (built.get(path) === signature) {
          waiting.delete(path);
          continue;
        }
        const seen = waiting.get(path);
        if (seen?.signature === signature && now - seen.since >= session.policy.settleMs) ready.push(path);
        else if (seen?.signature !== signature) waiting.set(path, { signature, since: now });
      }
      if (ready.length === 0) return null;
      ready.sort();
      const dossier = await buildDossier(ready, { store: session.store, log: session.log, ...(session.config ? { config: session.config } : {}) });
      for (const path of ready) {
        built.set(path, waiting.get(path)!.signature);
        waiting.delete(path);
      }
      const changes = await batchChanges(dossier, session.store, ready);
      await session.onBatch?.(changes, dossier);
      return changes;
    },
    settling: () => waiting.size > 0,
  };
}

/** Looks until nothing seen is still settling (for `--once`): what a cron job runs. */
export async function lookOnce(folder: string, session: WatchSession, options: { followLinks?: boolean } = {}): Promise<void> {
  const state = folderWatch(folder, session, options);
  await state.look();
  while (state.settling() && !session.signal?.aborted) {
    await pause(session.policy.settleMs, session.signal);
    await state.look();
  }
}

/** Watches until the session is stopped. */
export async function watchFolder(folder: string, session: WatchSession, options: { followLinks?: boolean } = {}): Promise<void> {
  const state = folderWatch(folder, session, options);
  let changed: (() => void) | null = null;
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(folder, { recursive: true }, () => changed?.());
  } catch (err) {
    session.log(`no change events for ${folder} (${(err as Error).message}): looking every ${session.policy.folderIntervalMs} ms`);
  }
  try {
    while (!session.signal?.aborted) {
      await state.look();
      // Something still settling: look again after the settle period, not the full interval.
      const event = new Promise<boolean>((resolve) => (changed = () => resolve(true)));
      const woken = await Promise.race([event, pause(state.settling() ? session.policy.settleMs : session.policy.folderIntervalMs, session.signal).then(() => false)]);
      changed = null;
      // A burst of events (a copy of many files) is one look, not one per event.
      if (woken) await pause(EVENT_DEBOUNCE_MS, session.signal);
    }
  } finally {
    watcher?.close();
  }
}

/** Every file under `folder` with its size and modification time; links only with followLinks (a link may point anywhere). */
async function* walk(folder: string, followLinks: boolean, log: (line: string) => void): AsyncGenerator<{ path: string; signature: string }> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    log(`cannot read ${folder}: ${(err as Error).message}`);
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (PARTIAL.test(e.name)) continue;
    const path = join(folder, e.name);
    if (e.isSymbolicLink() && !followLinks) continue;
    let s;
    try {
      s = await stat(path);
    } catch {
      continue;
    }
    if (s.isDirectory()) {
      if (!e.isSymbolicLink()) yield* walk(path, followLinks, log);
    } else if (s.isFile()) yield { path, signature: `${s.size}:${s.mtimeMs}` };
  }
}
