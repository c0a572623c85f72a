/** FNC-1 bodies as stories, for the benches that need real stories of many articles. */
import type { FncStance } from "../stories/datasets.js";

/**
 * Bodies that share a related (not "unrelated") headline, joined transitively, in the order
 * the headlines are met; each story carries the first headline that joined it.
 */
export function fncStories(stances: readonly FncStance[]): Array<{ headline: string; bodies: string[] }> {
  const byHeadline = new Map<string, Set<string>>();
  for (const s of stances) if (s.stance !== "unrelated") byHeadline.set(s.headline, (byHeadline.get(s.headline) ?? new Set()).add(s.bodyId));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const ids of byHeadline.values()) {
    const [first, ...rest] = [...ids];
    for (const id of rest) parent.set(find(id), find(first!));
  }
  const stories = new Map<string, { headline: string; bodies: Set<string> }>();
  for (const [headline, ids] of byHeadline) {
    for (const id of ids) {
      const root = find(id);
      const story = stories.get(root) ?? { headline, bodies: new Set<string>() };
      story.bodies.add(id);
      stories.set(root, story);
    }
  }
  return [...stories.values()].map((s) => ({ headline: s.headline, bodies: [...s.bodies] }));
}

/** Every story's bodies, largest story first: one pool whose first n bodies are the biggest stories. */
export function fncPooledBodies(stances: readonly FncStance[]): string[] {
  return fncStories(stances)
    .map((s) => s.bodies)
    .sort((a, b) => b.length - a.length)
    .flat();
}
