/** Readers for the benchmark datasets in ../shared/data (read in place, never copied). */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsv } from "../lib/csv.js";

export const DATA = fileURLToPath(new URL("../../../shared/data/", import.meta.url));

function records(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  return rows.filter((r) => r.length === header!.length).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

export interface SemevalPair {
  readonly id: string;
  readonly lang1: string;
  readonly lang2: string;
  readonly text1: string;
  readonly text2: string;
  /** 1 = same story ... 4 = unrelated. */
  readonly overall: number;
}

/** Original SemEval-2022 task 8 pairs; machine-translated augmentations (id suffixes) left out. */
export function semevalPairs(): SemevalPair[] | null {
  const path = join(DATA, "similarity", "semeval2022-task8", "training_set.csv");
  if (!existsSync(path)) return null;
  return records(path)
    .filter((r) => /^\d+_\d+$/.test(r.pair_id!))
    .map((r) => ({ id: r.pair_id!, lang1: r.lang1!, lang2: r.lang2!, text1: r.text1!, text2: r.text2!, overall: Number(r.Overall) }));
}

/**
 * The SemEval-2022 rows made by machine translation (ids with a language suffix, "123it_456it"):
 * each translated side set beside the original article it was translated from, when the
 * original pair is in the set and the languages differ; `from`: that original pair's id.
 */
export interface TranslatedText {
  readonly from: string;
  readonly original: { readonly text: string; readonly language: string };
  readonly translation: { readonly text: string; readonly language: string };
}

export function semevalTranslations(): TranslatedText[] | null {
  const path = join(DATA, "similarity", "semeval2022-task8", "training_set.csv");
  if (!existsSync(path)) return null;
  const rows = records(path);
  const originals = new Map(rows.filter((r) => /^\d+_\d+$/.test(r.pair_id!)).map((r) => [r.pair_id!, r]));
  const out: TranslatedText[] = [];
  for (const r of rows) {
    const m = /^(\d+)([a-z]{2})?_(\d+)([a-z]{2})?$/.exec(r.pair_id!);
    if (!m || (!m[2] && !m[4])) continue;
    const from = `${m[1]}_${m[3]}`;
    const base = originals.get(from);
    if (!base) continue;
    for (const side of [1, 2] as const) {
      if (!m[side === 1 ? 2 : 4]) continue;
      const original = { text: base[`text${side}`]!, language: base[`lang${side}`]! };
      const translation = { text: r[`text${side}`]!, language: r[`lang${side}`]! };
      if (original.language !== translation.language && original.text.trim() && translation.text.trim()) out.push({ from, original, translation });
    }
  }
  return out;
}

export interface FncBody {
  readonly id: string;
  readonly text: string;
}

export interface FncStance {
  readonly headline: string;
  readonly bodyId: string;
  readonly stance: string;
}

export function fncData(): { bodies: FncBody[]; stances: FncStance[] } | null {
  const dir = join(DATA, "stance", "fnc1");
  if (!existsSync(join(dir, "bodies.csv"))) return null;
  const bodies = records(join(dir, "bodies.csv")).map((r) => ({ id: r["Body ID"]!, text: r.articleBody! }));
  const stances = records(join(dir, "stances.csv")).map((r) => ({ headline: r.Headline!, bodyId: r["Body ID"]!, stance: r.Stance! }));
  return { bodies, stances };
}
