/**
 * Translations found as copies (src/stories/copies.ts, the product's `findCopies`), on the
 * SemEval-2022 rows made by machine translation: each translated article beside the original
 * it was translated from (a translation), and its first half (a translation of the first
 * paragraphs, as outlets print a wire story in part); against cross-language pairs of
 * different articles, which must not be linked: the original pairs in two languages, and an
 * original beside the translation of its pair's other article (same story or not, by Overall).
 * Held out: the rows whose original pair's id is held out (bench/lib/heldOut.ts); these rows
 * were never used before this bench (2026-12-07), and the meaning thresholds were chosen on the
 * tuned part only.
 */
import { languages as registered } from "../../src/lang/index.js";
import type { Article } from "../../src/model.js";
import { findCopies } from "../../src/stories/index.js";
import { heldOut } from "../lib/heldOut.js";
import { semevalPairs, semevalTranslations } from "./datasets.js";

/** A translation cut to its first paragraphs is tried where it has at least this many. */
const MIN_PARAGRAPHS_TO_CUT = 6;

const article = (id: string, text: string, language: string): Article => ({ id, path: `${id}.txt`, url: null, outlet: null, title: null, byline: null, published: null, language, text, removed: [], warnings: [] });

export function translationsBench(): void {
  const translations = semevalTranslations();
  const pairs = semevalPairs();
  if (!translations || !pairs) return console.log("semeval2022-task8 not found: translations skipped");
  const languages = registered();
  const linked = (a: Article, b: Article): string | null => findCopies([a, b], languages)[0]?.kind ?? null;
  const rows = new Map<string, { found: number; n: number }>();
  const count = (row: string, hit: boolean): void => {
    const r = rows.get(row) ?? { found: 0, n: 0 };
    r.found += hit ? 1 : 0;
    r.n += 1;
    rows.set(row, r);
  };
  const byId = new Map(pairs.map((p) => [p.id, p]));
  for (const t of translations) {
    const part = heldOut(t.from) ? "held out" : "tuned";
    const original = article("o", t.original.text, t.original.language);
    const pair = `${t.original.language}-${t.translation.language}`;
    const full = linked(original, article("t", t.translation.text, t.translation.language)) === "translation";
    count(`${part} | translation | ${pair}`, full);
    count(`${part} | translation | all`, full);
    const paragraphs = t.translation.text.split(/\n+/).filter((p) => p.trim());
    if (paragraphs.length >= MIN_PARAGRAPHS_TO_CUT) {
      const half = paragraphs.slice(0, Math.ceil(paragraphs.length / 2)).join("\n\n");
      count(`${part} | first half translated | all`, linked(original, article("t", half, t.translation.language)) === "translation");
    }
    // The translation of the other article of the original pair: a different article.
    const base = byId.get(t.from)!;
    const other = base.text1 === t.original.text ? { text: base.text2, language: base.lang2 } : { text: base.text1, language: base.lang1 };
    if (other.text !== t.original.text && other.language !== t.translation.language)
      count(`${part} | other article, Overall ${Math.round(base.overall)} (must not link) | all`, linked(article("a", other.text, other.language), article("t", t.translation.text, t.translation.language)) !== null);
  }
  for (const p of pairs) {
    if (p.lang1 === p.lang2) continue;
    const part = heldOut(p.id) ? "held out" : "tuned";
    count(`${part} | original pair in two languages (must not link) | ${p.lang1}-${p.lang2}`, linked(article("a", p.text1, p.lang1), article("b", p.text2, p.lang2)) !== null);
  }
  console.log("\n## Translations as copies (SemEval-2022 machine translations, through findCopies)\n");
  console.log(`Dictionaries read: ${languages.translations.languages.join(", ") || "none (install dict-freedict-*)"}. zh has none: found by names and numbers only.\n`);
  console.log("| part | pairs | languages | linked |\n|---|---|---|---|");
  for (const [row, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) console.log(`| ${row} | ${r.found}/${r.n} (${(r.found / r.n).toFixed(3)}) |`);
}
