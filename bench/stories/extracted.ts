/**
 * The clustering set as the product sees it: each scraped text goes through the real
 * ingest (bytes → InputDocument, mojibake repair) and extract (text path: page chrome
 * dropped, language identified) before grouping, as `dossier build` does with a folder of
 * .txt files. Nothing is given but the text: no language, title or date from the dataset.
 */
import { defaultConfig } from "../../src/config.js";
import { createExtractor } from "../../src/extract/index.js";
import { parseBytes } from "../../src/ingest/index.js";
import type { Article } from "../../src/model.js";
import type { ClusterSet } from "./clusters.js";
import { languages } from "../../src/lang/index.js";

export interface ExtractedSet {
  /** The articles extract accepted, in the set's arrival order, under the set's ids. */
  readonly articles: Article[];
  /** Set id → the reason ingest or extract gave for not making it an article. */
  readonly rejected: Map<string, string>;
  /** Accepted articles whose identified language differs from the dataset's. */
  readonly languageChanged: number;
}

export async function extractSet(set: ClusterSet): Promise<ExtractedSet> {
  const extractor = await createExtractor(defaultConfig.extract, languages());
  const encoder = new TextEncoder();
  const articles: Article[] = [];
  const rejected = new Map<string, string>();
  let languageChanged = 0;
  for (const item of set.articles) {
    const [doc] = parseBytes(`${item.id}.txt`, encoder.encode(set.raw.get(item.id)!), defaultConfig.ingest);
    if (!doc || "error" in doc) {
      rejected.set(item.id, doc?.error ?? "nothing read");
      continue;
    }
    try {
      // The set's ids, so gold labels and the arrival order stay those of the raw set.
      const a = { ...extractor.extract(doc), id: item.id, path: item.id };
      if (a.language !== item.language) languageChanged++;
      articles.push(a);
    } catch (err) {
      rejected.set(item.id, (err as Error).message);
    }
  }
  return { articles, rejected, languageChanged };
}
