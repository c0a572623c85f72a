/** The baseline the issue asks for: plain TF-IDF cosine over lower-cased word tokens, no stemming. */

export function tfidfCosines(pairs: readonly (readonly [string, string])[]): number[] {
  const tokenise = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const docs = pairs.map(([a, b]) => [counts(tokenise(a)), counts(tokenise(b))] as const);
  const df = new Map<string, number>();
  for (const pair of docs) for (const d of pair) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length * 2;
  const vec = (d: Map<string, number>) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, tf] of d) {
      const w = tf * Math.log(n / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  };
  return docs.map(([a, b]) => {
    const [va, vb] = [vec(a), vec(b)];
    let dot = 0;
    for (const [t, w] of va) dot += w * (vb.get(t) ?? 0);
    return dot;
  });
}

function counts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}
