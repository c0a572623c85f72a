/**
 * Sets the grouper's cross-language level (src/stories/similarity.ts) from SemEval's
 * pairs, not from the clustering set: the mean weighted cosine of same-story pairs
 * (Overall ≤ 1.5) across two languages of one script, with stems or with folded
 * prefixes as the word family, against within one language (stems), and how well each
 * separates the cross-language same-story pairs from different ones (Overall ≥ 2.5), as
 * an AUC. Run: `node --import tsx bench/stories/crossLanguage.ts`.
 */
import { defaultConfig } from "../../src/config.js";
import { repairMojibake } from "../../src/ingest/index.js";
import { SAME_SCRIPT } from "../../src/stories/similarity.js";
import { type ArticleVectors, cosine, Vocabulary } from "../../src/stories/vectors.js";
import { semevalPairs } from "./datasets.js";
import { languages } from "../../src/lang/index.js";

const SAME = 1.5;
const DIFFERENT = 2.5;

/** The similarity's weighted mean of families present in both, before scaling and the square root. */
function weighted(a: ArticleVectors, b: ArticleVectors, words: "words" | "folds"): number {
  let total = 0;
  let weight = 0;
  for (const [family, w] of [[words, SAME_SCRIPT.words], ["names", SAME_SCRIPT.names], ["facts", SAME_SCRIPT.facts]] as const) {
    if (a[family].ids.length === 0 || b[family].ids.length === 0) continue;
    total += w * cosine(a[family], b[family]);
    weight += w;
  }
  return weight > 0 ? total / weight : 0;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function auc(positive: readonly number[], negative: readonly number[]): number {
  let sum = 0;
  for (const p of positive) for (const n of negative) sum += p > n ? 1 : p === n ? 0.5 : 0;
  return sum / positive.length / negative.length;
}

const pairs = semevalPairs();
if (!pairs) {
  console.log("semeval2022-task8 not found");
} else {
  const vocabulary = new Vocabulary(languages(), defaultConfig.stories.stemLength);
  const read = (text: string, language: string) => vocabulary.read({ title: null, text: repairMojibake(text).text, language });
  const features = pairs.map((p) => [read(p.text1, p.lang1), read(p.text2, p.lang2)] as const);
  for (const [a, b] of features) [a, b].forEach((f) => vocabulary.observe(f));
  const within: number[] = [];
  const across = { words: { same: [] as number[], different: [] as number[] }, folds: { same: [] as number[], different: [] as number[] } };
  pairs.forEach((p, i) => {
    const [a, b] = features[i]!.map((f) => vocabulary.vectors(f)) as [ArticleVectors, ArticleVectors];
    if (p.lang1 === p.lang2) {
      if (p.overall <= SAME) within.push(weighted(a, b, "words"));
      return;
    }
    if (a.script !== b.script) return;
    for (const family of ["words", "folds"] as const) {
      if (p.overall <= SAME) across[family].same.push(weighted(a, b, family));
      else if (p.overall >= DIFFERENT) across[family].different.push(weighted(a, b, family));
    }
  });
  console.log(`same-story pairs within one language (stems): n ${within.length}, mean ${mean(within).toFixed(3)}`);
  for (const family of ["words", "folds"] as const) {
    const { same, different } = across[family];
    console.log(
      `across languages with ${family}: same-story n ${same.length}, mean ${mean(same).toFixed(3)}, level ${(mean(same) / mean(within)).toFixed(3)}; ` +
        `AUC same vs different (n ${different.length}) ${auc(same, different).toFixed(3)}`,
    );
  }
}
