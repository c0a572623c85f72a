/**
 * Independence: articles joined by a copy link are one source. The number of independent
 * sources among some articles is the number of copy-connected components they fall in.
 */
import type { CopyLink } from "../model.js";

export function independentCount(articleIds: readonly string[], copies: readonly CopyLink[]): number {
  const parent = new Map<string, string>(articleIds.map((id) => [id, id]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const { articleIds: [a, b] } of copies) {
    if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  }
  return new Set(articleIds.map(find)).size;
}
