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
  const bySummary = new Map<string, AnalystNote>();
  // The latest note on a wording wins when several claims were once worded so.
  for (const n of [...notes].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) bySummary.set(n.summary, n);
  const noteOf = (claim: Claim): AnalystNote | undefined => {
    const own = byId.get(claim.id);
    return own && own.summary === claim.summary ? own : bySummary.get(claim.summary);
  };
  return stories.map((s) => {
    if (!s.claims.some((c) => noteOf(c))) return s;
    return { ...s, claims: s.claims.map((c) => {
      const note = noteOf(c);
      return note ? { ...c, note } : c;
    }) };
  });
}

/** The stories with the store's notes on their claims. */
export async function withStoredNotes(store: Store, stories: readonly Story[]): Promise<Story[]> {
  const claims = stories.flatMap((s) => s.claims);
  if (claims.length === 0) return [...stories];
  return attachNotes(stories, await store.findNotes(claims.map((c) => c.id), [...new Set(claims.map((c) => c.summary))]));
}
