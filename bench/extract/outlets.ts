/**
 * Research listing, not a score (no outlet labels exist in the sets): the outlets extraction reads
 * from a page's <title> (src/extract/outlet.ts, outletFromTitle), on the extraction sets' pages
 * given without their URL, for reading by eye: each page's outlet where the page declares no
 * og:site_name / application-name and whose outlet its <title> holds, with that <title>.
 *
 *   node --import tsx bench/extract/outlets.ts
 */
import { createExtractor } from "../../src/extract/index.js";
import { defaultConfig } from "../../src/config.js";
import { languages } from "../../src/lang/index.js";
import type { InputDocument } from "../../src/model.js";
import { loadScrapinghub, loadTrafilaturaEval } from "./datasets.js";

const extractor = await createExtractor(defaultConfig.extract, languages());
const pages = [...loadScrapinghub(), ...loadTrafilaturaEval()];
const SITE_NAME = /<meta[^>]+(?:property|name)=["'](?:og:site_name|application-name)["']/iu;
let named = 0;
for (const page of pages) {
  if (SITE_NAME.test(page.html)) continue;
  const doc: InputDocument = { id: page.id, path: page.id, format: "html", content: page.html, encoding: { name: "utf-8", source: "default" }, given: {}, warnings: [] };
  let outlet: string | null;
  try {
    outlet = extractor.extract(doc).outlet;
  } catch {
    continue;
  }
  const title = /<title[^>]*>([^<]*)<\/title>/iu.exec(page.html)?.[1]?.replace(/\s+/gu, " ").trim() ?? "";
  // Read from the title: in it, and no domain (a domain comes from the page's canonical URL).
  if (!outlet || !title.toLowerCase().includes(outlet.toLowerCase()) || /\.\p{L}{2,}$/u.test(outlet)) continue;
  named++;
  console.log(`${page.id.slice(0, 24).padEnd(24)} ${outlet.padEnd(36)} ${title.slice(0, 90)}`);
}
console.log(`\n${named} of ${pages.length} pages without og:site_name get an outlet their <title> holds (given no URL; a domain from a canonical URL is not listed)`);
