/** The extractors under test, each a function from HTML to body text (plus metadata for ours). */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { defaultConfig } from "../../src/config.js";
import { extractArticle, loadLanguageIdentifier } from "../../src/extract/index.js";
import type { Article } from "../../src/model.js";
import { languages } from "../../src/lang/index.js";

export type Extract = (html: string, url: string) => string;

export async function dossierExtractor(): Promise<(html: string, url: string) => Article | null> {
  const identify = await loadLanguageIdentifier();
  return (html, url) => {
    try {
      return extractArticle(
        { id: url, path: url, format: "html", content: html, encoding: { name: "utf-8", source: "default" }, given: {}, warnings: [] },
        defaultConfig.extract,
        identify,
        languages(),
      );
    } catch {
      return null;
    }
  };
}

export const readabilityLinkedom: Extract = (html) => {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? "";
};

/** Pages on which jsdom failed (CSS parser errors thrown later, a process.exit): counted, scored as extracted. */
export const jsdomErrors = { count: 0 };

export async function readabilityJsdom(): Promise<Extract> {
  const { JSDOM, VirtualConsole } = await import("jsdom");
  const quiet = new VirtualConsole();
  // jsdom's css-tree throws on some pages' SCSS leftovers from a later tick, outside any try.
  process.on("uncaughtException", (err) => {
    if (!/css-tree|Parse error/.test(String(err?.stack ?? err))) throw err;
    jsdomErrors.count++;
  });
  return (html, url) => {
    // One scrapinghub page makes jsdom call process.exit(0) mid-parse; such a page scores empty.
    const exit = process.exit;
    process.exit = ((code?: number) => {
      throw new Error(`jsdom called process.exit(${code ?? ""})`);
    }) as typeof process.exit;
    try {
      const dom = new JSDOM(html, { url, virtualConsole: quiet });
      try {
        return new Readability(dom.window.document).parse()?.textContent ?? "";
      } finally {
        dom.window.close();
      }
    } catch {
      jsdomErrors.count++;
      return "";
    } finally {
      process.exit = exit;
    }
  };
}
