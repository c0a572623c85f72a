/**
 * Reads the verdict set's articles from the shared datasets, in place (never copied into
 * the repository): an FNC-1 body, one side of a SemEval-2022 task 8 pair, a PolNeAR text.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../lib/csv.js";

export type VerdictDataset = "fnc1" | "semeval" | "polnear";

/**
 * The shared data folder: $DOSSIER_DATA, else `shared/data` beside the checkout, else one
 * level further up (a git worktree kept in a subfolder).
 */
export function dataRoot(): string | null {
  const candidates = [process.env.DOSSIER_DATA, join(import.meta.dirname, "..", "..", "..", "shared", "data"), join(import.meta.dirname, "..", "..", "..", "..", "shared", "data")];
  return candidates.find((c): c is string => c !== undefined && existsSync(c)) ?? null;
}

function records(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  return rows.filter((r) => r.length === header!.length).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

/** Raw texts by item id, loaded once per dataset. */
export class DatasetTexts {
  private fnc: Map<string, string> | null = null;
  private semeval: Map<string, string> | null = null;

  constructor(private readonly root: string) {}

  /**
   * The raw text of one item. Ids: FNC-1 `Body ID`; SemEval `<pair_id>/<article id>` (the
   * side of the pair whose id it is; only pair ids of the form digits_digits, which occur
   * once in the file); PolNeAR `<split>/<file name without .txt>`.
   */
  text(dataset: VerdictDataset, item: string): string {
    if (dataset === "fnc1") {
      this.fnc ??= new Map(records(join(this.root, "stance", "fnc1", "bodies.csv")).map((r) => [r["Body ID"]!, r.articleBody!]));
      return this.must(this.fnc.get(item), dataset, item);
    }
    if (dataset === "semeval") {
      if (!this.semeval) {
        this.semeval = new Map();
        const rows = records(join(this.root, "similarity", "semeval2022-task8", "training_set.csv")).filter((r) => /^\d+_\d+$/u.test(r.pair_id!));
        const seen = new Map<string, number>();
        for (const r of rows) seen.set(r.pair_id!, (seen.get(r.pair_id!) ?? 0) + 1);
        for (const r of rows) {
          if (seen.get(r.pair_id!) !== 1) continue;
          const [a, b] = r.pair_id!.split("_");
          this.semeval.set(`${r.pair_id}/${a}`, r.text1!);
          this.semeval.set(`${r.pair_id}/${b}`, r.text2!);
        }
      }
      return this.must(this.semeval.get(item), dataset, item);
    }
    const path = join(this.root, "attribution", "polnear", `${item}.txt`.replace("/", "/text/"));
    return this.must(existsSync(path) ? readFileSync(path, "utf8") : undefined, dataset, item);
  }

  private must(text: string | undefined, dataset: string, item: string): string {
    if (text === undefined) throw new Error(`${dataset} item ${item} not found under ${this.root}`);
    return text;
  }
}
