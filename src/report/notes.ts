/** Analysts' notes put on the claims they are about: by claim id while the claim keeps its wording, else by the wording. */
import type { AnalystNote, Claim, Story } from "../model.js";
import type { Store } from "../store/index.js";

/**
 * Claim ids are a story's id and the claim's place in it (src/claims/verdicts.ts), so a rebuild
 * that adds a claim can renumber the others: a note whose claim id now names a claim worded
 * otherwise follows its wording instead.
 */
export function attachNotes(stories: readonly Story[], notes: readonly AnalystNote[]): Story[] {
  if (notes.length === 0) return [...stories];
  const byId = new Map(notes.map((n) => [n.claimId, n]));
  const own = (c: Claim): AnalystNote | undefined => (byId.get(c.id)?.summary === c.summary ? byId.get(c.id) : undefined);
  const placed = new Set(stories.flatMap((s) => s.claims.flatMap((c) => (own(c) ? [c.id] : []))));
  // A note whose claim id no longer names its claim goes to the first claim worded as it was, the latest note first.
  const moved = new Map<string, AnalystNote>();
  for (const n of [...notes].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))) {
    if (!placed.has(n.claimId) && !moved.has(n.summary)) moved.set(n.summary, n);
  }
  const noteOf = (c: Claim): AnalystNote | undefined => {
    const note = own(c) ?? (placed.has(c.id) ? undefined : moved.get(c.summary));
    if (note && note.claimId !== c.id) moved.delete(c.summary);
    return note;
  };
  return stories.map((s) => ({ ...s, claims: s.claims.map((c) => {
    const note = noteOf(c);
    return note ? { ...c, note } : c;
  }) }));
}

/** The stories with the store's notes on their claims. */
export async function withStoredNotes(store: Store, stories: readonly Story[]): Promise<Story[]> {
  const claims = stories.flatMap((s) => s.claims);
  if (claims.length === 0) return [...stories];
  return attachNotes(stories, await store.findNotes(claims.map((c) => c.id), [...new Set(claims.map((c) => c.summary))]));
}
