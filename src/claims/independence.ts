/**
 * Independence: articles joined by copy links are one source. The number of independent
 * sources among some articles is the number of copy groups they fall in: groups of the whole
 * story, through any of its members. A story's links are a forest (src/stories/copies.ts): a
 * pair inside one group is implied, not listed, so a rewrite and the wire report it copies may
 * be joined only through the translation between them ("We were lucky …" in the wire and in its
 * rewrite is one report, whichever of their copies carries it).
 */
import type { CopyLink } from "../model.js";

export function independentCount(articleIds: readonly string[], copies: readonly CopyLink[]): number {
  return independence(copies)(articleIds);
}

/** `independentCount` over one story's copy links, its groups found once: each count then costs the articles counted. */
export function independence(copies: readonly CopyLink[]): (articleIds: readonly string[]) => number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    // Path compression: every article on the way points at the root.
    let at = x;
    while (at !== root) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const { articleIds: [a, b] } of copies) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  }
  return (articleIds) => new Set(articleIds.map(find)).size;
}
