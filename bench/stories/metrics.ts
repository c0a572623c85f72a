/** Metrics of the stories bench: Pearson correlation and B-cubed clustering scores. */

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** B-cubed precision, recall and F1 of predicted clusters against gold ones, per item averaged. */
export function bcubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): { p: number; r: number; f1: number } {
  const members = (m: ReadonlyMap<string, string>) => {
    const out = new Map<string, Set<string>>();
    for (const [item, c] of m) {
      let s = out.get(c);
      if (!s) out.set(c, (s = new Set()));
      s.add(item);
    }
    return out;
  };
  const g = members(gold);
  const p = members(predicted);
  let precision = 0;
  let recall = 0;
  for (const item of gold.keys()) {
    const gs = g.get(gold.get(item)!)!;
    const ps = p.get(predicted.get(item)!)!;
    let both = 0;
    for (const x of ps) if (gs.has(x)) both++;
    precision += both / ps.size;
    recall += both / gs.size;
  }
  precision /= gold.size;
  recall /= gold.size;
  return { p: precision, r: recall, f1: (2 * precision * recall) / (precision + recall) };
}
