/** Pages nested absurdly deep: read when any real page could nest so, refused with a reason beyond. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_HTML_DEPTH } from "../../src/extract/html/depth.js";
import { extract } from "./extractor.js";

const PARA = "<p>The river rose overnight in the town and the council closed two bridges on Monday, officials said, and engineers will inspect the embankment again on Tuesday.</p>";
const deep = (depth: number, open: string, close: string, inner: string) => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
const page = (body: string) => `<html><body>${body}</body></html>`;

test("a page nested 10,000 deep is rejected with a clear reason, not a stack overflow", async () => {
  await assert.rejects(extract(page(deep(10_000, "<div>", "</div>", PARA)), "html"), /^Error: HTML nested more than 1000 elements deep: not read as an article/);
});

test("a page nested just under the limit is read, whatever the nesting holds", async () => {
  const depth = MAX_HTML_DEPTH - 10;
  // Each walk of the tree meets the deep part: blocks, chrome hints, headline, byline and date metadata.
  const pages = [
    page(deep(depth, "<div>", "</div>", PARA)),
    page(deep(depth, '<div class="byline">', "</div>", "By Ana Vidic") + PARA),
    page(deep(depth, "<article>", "</article>", `<h1>${deep(5, "<span>", "</span>", "Bridges closed")}</h1>${PARA}`)),
  ];
  for (const html of pages) assert.match((await extract(html, "html")).text, /council closed two bridges/);
});

test("a hidden copy nested too deep is skipped, and the visible text is read", async () => {
  // A script template is text to the page's parser: its depth shows only when it is parsed as a copy of the article.
  const template = `<script type="text/template">${deep(10_000, "<div>", "</div>", PARA.repeat(30))}</script>`;
  assert.equal((await extract(page(template + PARA), "html")).text, PARA.replace(/<\/?p>/g, ""));
});
