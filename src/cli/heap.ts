/**
 * How far the JavaScript heap may grow past what is live before a full collection. V8's own
 * rule lets a busy process grow its heap to several times its live data: a build allocates
 * gigabytes of short-lived readings per minute, and the 100,000-article build peaked at 3.3 GB
 * of RSS with well under 1 GB live (docs/benchmarks.md, "Scale"). Bounding the growth to a
 * quarter above what is live keeps the peak near the live data, for some more collections
 * (on 20,000 articles: peak RSS 1.87 GB → 0.82 GB, about 14 % more CPU).
 */
import { setFlagsFromString } from "node:v8";

/** The heap may grow to (1 + this / 100) × what the last full collection left. */
export const HEAP_GROWING_PERCENT = 25;

/** V8 flags a user may set to size the heap their own way (`NODE_OPTIONS`, or node's own arguments): then nothing is set here. */
const HEAP_FLAGS = /^--(?:heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size|max[-_]heap[-_]size)\b/;

/** Sets the heap's growth for this process, unless the user sized the heap already. Flags are read at each collection, so it holds from here on. */
export function boundHeapGrowth(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): boolean {
  const given = [...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)].some((flag) => HEAP_FLAGS.test(flag));
  if (given) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
