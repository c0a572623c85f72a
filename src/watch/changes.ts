/** What one watch batch changed, read from its build's summary and the stories it wrote: stories new or updated, articles added, inputs rejected. */
import type { Rejected, Story } from "../model.js";
import type { BuildSummary } from "../pipeline.js";
import type { Store } from "../store/index.js";

export interface StoryChange {
  readonly id: string;
  readonly headline: string;
  /** New: every article of the story came in this batch; updated: it had articles before. */
  readonly kind: "new" | "updated";
  readonly articles: number;
  readonly added: number;
}

export interface BatchChanges {
  readonly inputs: number;
  readonly articlesAdded: number;
  readonly stories: readonly StoryChange[];
  readonly rejected: readonly Rejected[];
}

/** `paths` are the batch's inputs as given to the build (a JSON-lines file's records are `path#line`). Reads only the stories the build changed. */
export async function batchChanges(summary: BuildSummary, store: Store, paths: readonly string[]): Promise<BatchChanges> {
  const batch = new Set(paths);
  const fromBatch = (path: string): boolean => batch.has(path) || batch.has(path.replace(/#\d+$/, ""));
  const changed = [...(await store.getStories(summary.storiesChanged)).values()] as Story[];
  const added = new Set<string>();
  const stories: StoryChange[] = [];
  for (const s of changed) {
    const members = await store.getArticleListings(s.articleIds);
    const mine = s.articleIds.filter((id) => {
      const a = members.get(id);
      return a !== undefined && fromBatch(a.path);
    });
    if (mine.length === 0) continue;
    for (const id of mine) added.add(id);
    stories.push({ id: s.id, headline: s.headline, kind: mine.length === s.articleIds.length ? "new" : "updated", articles: s.articleIds.length, added: mine.length });
  }
  return { inputs: paths.length, articlesAdded: added.size, stories, rejected: summary.rejected.filter((r) => fromBatch(r.path)) };
}

/** The log lines a person reads: one per story touched and per rejected input. */
export function describeChanges(c: BatchChanges): string[] {
  const lines = [`${c.inputs} input(s): ${c.articlesAdded} article(s) added, ${c.stories.filter((s) => s.kind === "new").length} new stor(ies), ${c.stories.filter((s) => s.kind === "updated").length} updated, ${c.rejected.length} rejected`];
  for (const s of c.stories) lines.push(`  ${s.kind} story ${s.id} "${s.headline}": ${s.articles} article(s)${s.kind === "updated" ? `, ${s.added} added` : ""}`);
  for (const r of c.rejected) lines.push(`  rejected ${r.path}: ${r.error}`);
  return lines;
}
