/** What one watch batch changed, read from the dossier its build returned: stories new or updated, articles added, inputs rejected. */
import type { Dossier, Rejected } from "../model.js";

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

/** `paths` are the batch's inputs as given to the build (a JSON-lines file's records are `path#line`). */
export function batchChanges(dossier: Dossier, paths: readonly string[]): BatchChanges {
  const batch = new Set(paths);
  const fromBatch = (path: string): boolean => batch.has(path) || batch.has(path.replace(/#\d+$/, ""));
  const added = new Set(dossier.articles.filter((a) => fromBatch(a.path)).map((a) => a.id));
  const stories: StoryChange[] = [];
  for (const s of dossier.stories) {
    const mine = s.articleIds.filter((id) => added.has(id)).length;
    if (mine === 0) continue;
    stories.push({ id: s.id, headline: s.headline, kind: mine === s.articleIds.length ? "new" : "updated", articles: s.articleIds.length, added: mine });
  }
  return { inputs: paths.length, articlesAdded: added.size, stories, rejected: dossier.rejected.filter((r) => fromBatch(r.path)) };
}

/** The log lines a person reads: one per story touched and per rejected input. */
export function describeChanges(c: BatchChanges): string[] {
  const lines = [`${c.inputs} input(s): ${c.articlesAdded} article(s) added, ${c.stories.filter((s) => s.kind === "new").length} new stor(ies), ${c.stories.filter((s) => s.kind === "updated").length} updated, ${c.rejected.length} rejected`];
  for (const s of c.stories) lines.push(`  ${s.kind} story ${s.id} "${s.headline}": ${s.articles} article(s)${s.kind === "updated" ? `, ${s.added} added` : ""}`);
  for (const r of c.rejected) lines.push(`  rejected ${r.path}: ${r.error}`);
  return lines;
}
