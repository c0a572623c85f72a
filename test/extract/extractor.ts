/** Builds InputDocuments for extraction tests and runs the real extractor on them. */
import { defaultConfig } from "../../src/config.js";
import { createExtractor, type Extractor } from "../../src/extract/index.js";
import type { Article, GivenFields } from "../../src/model.js";
import { languages } from "../../src/lang/index.js";

let extractor: Promise<Extractor> | undefined;

export async function extract(content: string, format: "html" | "text" = "text", given: GivenFields = {}): Promise<Article> {
  extractor ??= createExtractor(defaultConfig.extract, languages());
  return (await extractor).extract({
    id: "test",
    path: "test",
    format,
    content,
    encoding: { name: "utf-8", source: "default" },
    given,
    warnings: [],
  });
}
