/** Copies within a story: the same text after normalising, or heavy word-shingle overlap. */
import type { Article, CopyLink } from "../model.js";

function shingles(text: string, size = 5): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(" "));
  return out;
}

/** Share of the smaller text's shingles found in the larger one. */
function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

const NEAR_DUPLICATE = 0.5;

export function findCopies(articles: readonly Article[]): CopyLink[] {
  const sh = articles.map((a) => shingles(a.text));
  const links: CopyLink[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i]!;
      const b = articles[j]!;
      const score = containment(sh[i]!, sh[j]!);
      if (score < NEAR_DUPLICATE) continue;
      const kind = score === 1 && sh[i]!.size === sh[j]!.size ? "verbatim" : "near-duplicate";
      links.push({ articleIds: [a.id, b.id], original: earlier(a, b), kind, score: round(score) });
    }
  }
  return links;
}

function earlier(a: Article, b: Article): string | null {
  if (!a.published || !b.published || a.published === b.published) return null;
  return a.published < b.published ? a.id : b.id;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
