/**
 * Analysts' notes put on the claims they are about. A claim id is its story's id and its place
 * in the story (src/claims/verdicts.ts): a rebuild that adds an article can re-form and renumber
 * the claims, and change a claim's wording. So a note goes to the claim that still has its id
 * and wording; else to the claim sharing most of the mentions (article and quote) it was
 * written on; else to a claim worded as it was.
 */
import type { AnalystNote, Claim, Story } from "../model.js";
import type { Store } from "../store/index.js";

/** Mentions a note keeps of its claim: enough to find it again, bounded for a claim that 400 articles carry. */
export const NOTE_MENTIONS = 20;

export function noteMentionsOf(claim: Claim): AnalystNote["mentions"] {
  return claim.mentions.slice(0, NOTE_MENTIONS).map((m) => ({ articleId: m.articleId, quote: m.quote }));
}

export function attachNotes(stories: readonly Story[], notes: readonly AnalystNote[]): Story[] {
  if (notes.length === 0) return [...stories];
  const claims = stories.flatMap((s) => s.claims);
  const taken = new Map<string, AnalystNote>();
  // The latest note first: it wins a claim two notes point to.
  for (const note of [...notes].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))) {
    const target = placeOf(note, claims.filter((c) => !taken.has(c.id)));
    if (target) taken.set(target.id, note);
  }
  return stories.map((s) => ({ ...s, claims: s.claims.map((c) => (taken.has(c.id) ? { ...c, note: taken.get(c.id)! } : c)) }));
}

function placeOf(note: AnalystNote, claims: readonly Claim[]): Claim | undefined {
  const same = claims.find((c) => c.id === note.claimId && c.summary === note.summary);
  if (same) return same;
  const keys = new Set(note.mentions.map((m) => `${m.articleId}\n${m.quote}`));
  let best: Claim | undefined;
  let bestShared = 0;
  for (const c of claims) {
    const shared = c.mentions.filter((m) => keys.has(`${m.articleId}\n${m.quote}`)).length;
    if (shared > bestShared) [best, bestShared] = [c, shared];
  }
  return best ?? claims.find((c) => c.summary === note.summary);
}

/** The stories with the store's notes on their claims. */
export async function withStoredNotes(store: Store, stories: readonly Story[]): Promise<Story[]> {
  const claimIds = stories.flatMap((s) => s.claims.map((c) => c.id));
  if (claimIds.length === 0) return [...stories];
  return attachNotes(stories, await store.findNotes(claimIds, stories.map((s) => s.id)));
}
