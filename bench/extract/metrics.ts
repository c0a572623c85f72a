/** The benchmarks' own metrics: shingle P/R/F1 (scrapinghub), snippet P/R/F1 (trafilatura-eval). */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Python's `\w+` with re.UNICODE: letters, digits, marks and underscore. */
const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;
const SHINGLE = 4;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's shingle counts, normalised so that every page weighs the same (the benchmark's rule). */
export function shingleCounts(predicted: string, gold: string): Counts {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of p) {
    const m = g.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, m] of g) fn += Math.max(0, m - (p.get(k) ?? 0));
  const sum = tp + fp + fn;
  return sum ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 1, fp: 0, fn: 0 };
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Snippets expected in (with) or absent from (without) the extracted text. */
export function snippetCounts(predicted: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): Counts {
  const text = squash(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of withSnippets) if (text.includes(squash(s))) tp++;
  else fn++;
  for (const s of withoutSnippets) if (text.includes(squash(s))) fp++;
  return { tp, fp, fn };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Typographic variants (dashes, quotes) do not make a title or a name different. */
const fold = (s: string) => squash(String(s).normalize("NFC").replace(/[‐-―]/g, "-").replace(/[„“”«»"]/g, '"').replace(/[‘’‚']/g, "'")).toLowerCase().replace(/^[\s"'«»“”„.:]+|[\s"'«»“”„.:]+$/g, "");

/** Title and author count as right when equal after case and whitespace folding. */
export function sameText(found: string | null, gold: string | readonly string[]): boolean {
  if (found === null) return false;
  // Several gold authors count as found when every one of them is named.
  if (Array.isArray(gold)) return gold.every((g) => fold(found).includes(fold(g)));
  return fold(found) === fold(gold as string);
}

/** Dates count as right when the day matches (gold is YYYY-MM-DD). */
export function sameDay(found: string | null, gold: string): boolean {
  return found !== null && found.slice(0, 10) === gold.slice(0, 10);
}
