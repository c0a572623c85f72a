/**
 * Independence: articles joined by a copy link are one source. The number of independent
 * sources among some articles is the number of copy-connected components they fall in
 * (links between those articles only).
 */
import type { CopyLink } from "../model.js";

export function independentCount(articleIds: readonly string[], copies: readonly CopyLink[]): number {
  return independence(copies)(articleIds);
}

/**
 * `independentCount` over one story's copy links, indexed once: each count then costs the links
 * of the articles counted, not every link of the story (a story of copies has thousands).
 */
export function independence(copies: readonly CopyLink[]): (articleIds: readonly string[]) => number {
  const linked = new Map<string, string[]>();
  const link = (x: string, y: string): void => {
    const list = linked.get(x);
    if (list) list.push(y);
    else linked.set(x, [y]);
  };
  for (const { articleIds: [a, b] } of copies) {
    link(a, b);
    link(b, a);
  }
  return (articleIds) => {
    const parent = new Map<string, string>(articleIds.map((id) => [id, id]));
    const find = (x: string): string => {
      let root = x;
      while (parent.get(root) !== root) root = parent.get(root)!;
      parent.set(x, root);
      return root;
    };
    for (const a of parent.keys()) for (const b of linked.get(a) ?? []) if (parent.has(b)) parent.set(find(a), find(b));
    return new Set(articleIds.map(find)).size;
  };
}
