/** What every watch loop shares: the store it builds into, where it logs, and what it does after each batch. */
import type { ConfigOverrides } from "../config.js";
import type { BuildSummary } from "../pipeline.js";
import type { Store } from "../store/index.js";
import type { BatchChanges } from "./changes.js";
import type { WatchPolicy } from "./policy.js";

export interface WatchSession {
  readonly store: Store;
  readonly policy: WatchPolicy;
  readonly config?: ConfigOverrides;
  readonly log: (line: string) => void;
  /** Called after each batch's build (the CLI writes the reports and prints the changes). */
  readonly onBatch?: (changes: BatchChanges, summary: BuildSummary) => void | Promise<void>;
  /** Ends the watch when aborted (the CLI aborts on Ctrl-C). */
  readonly signal?: AbortSignal;
}

/** Waits `ms`, or less when the watch is stopped. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
