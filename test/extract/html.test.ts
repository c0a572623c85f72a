/** HTML pages written for these tests: body versus chrome, metadata from markup, quality flags. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "./extractor.js";

const PARAS = [
  "The city council voted on Monday to close the old bridge to cars from next spring, after engineers found cracks in two of its piers.",
  "Cyclists and pedestrians will still be able to cross, the council said, while a replacement is designed and financed over the next three years.",
  "Shop owners on both banks warned that the closure would cost them customers, and asked for a temporary ferry, which the council promised to study.",
];

const page = (body: string, head = "") => `<!doctype html><html lang="en"><head>${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
${body}
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">A story about the council budget and the mayor's plans for the summer</a></li></ul></aside>
<footer><p>© 2024 Example Media. All rights reserved. Contact us for licensing and permissions.</p></footer>
</body></html>`;

const article = `<article><h1>Old Bridge To Close To Cars</h1>
<div class="byline">By <a rel="author" href="/jane">Jane Roe</a></div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this story</a></div>
<div class="article-body">
<p>${PARAS[0]}</p>
<figure><img src="x.jpg"><figcaption>The bridge at dusk, seen from the north bank of the river. Photo: John Smith</figcaption></figure>
<p>${PARAS[1]}</p>
<h2>Shops worried</h2>
<p>${PARAS[2]}</p>
<div class="related-articles"><h3>Related</h3><ul><li><a href="/b">Council approves budget for new bridge studies in the city</a></li></ul></div>
</div></article>
<section id="comments"><h3>3 comments</h3><p>I think this is a terrible decision and the council should be ashamed of itself, honestly.</p></section>`;

const head = `<title>Old Bridge To Close To Cars | Example News</title>
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.com/2024/05/06/bridge">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Old Bridge To Close To Cars","datePublished":"2024-05-06T09:30:00+02:00","author":{"@type":"Person","name":"Jane Roe"}}</script>`;

describe("HTML extraction", () => {
  it("keeps paragraphs and subheads, drops menus, share bars, captions, related links, comments, sidebars, footers", async () => {
    const a = await extract(page(article, head), "html");
    assert.equal(a.text, [PARAS[0], PARAS[1], "Shops worried", PARAS[2]].join("\n\n"));
    for (const chrome of ["Share on Facebook", "Council approves budget", "terrible decision", "Most read"]) {
      assert.ok(a.removed.some((r) => r.includes(chrome)), `removed holds ${chrome}`);
    }
  });

  it("reads title without the site suffix, byline, date with its time, outlet, canonical url, language", async () => {
    const a = await extract(page(article, head), "html");
    assert.equal(a.title, "Old Bridge To Close To Cars");
    assert.equal(a.byline, "Jane Roe");
    assert.equal(a.published, "2024-05-06T09:30");
    assert.equal(a.outlet, "Example News");
    assert.equal(a.url, "https://news.example.com/2024/05/06/bridge");
    assert.equal(a.language, "en");
    assert.ok(!a.warnings.includes("no publication date"));
  });

  it("finds a body in plain divs with no semantic markup", async () => {
    const html = `<html><body><div id="menu"><a href="/">Home</a> | <a href="/x">About</a></div>
      <div><div>${PARAS.map((p) => `<p>${p}</p>`).join("")}</div></div>
      <div class="footer-links"><a href="/p">Privacy</a> <a href="/t">Terms</a></div></body></html>`;
    const a = await extract(html, "html");
    assert.equal(a.text, PARAS.join("\n\n"));
    assert.equal(a.published, null);
    assert.ok(a.warnings.includes("no publication date"));
  });

  it("takes the date from a <time> element or the URL when there is no JSON-LD", async () => {
    const withTime = await extract(page(`<article><time datetime="2024-05-06">6 May</time>${PARAS.map((p) => `<p>${p}</p>`).join("")}</article>`), "html");
    assert.equal(withTime.published, "2024-05-06");
    const withUrl = await extract(page(PARAS.map((p) => `<p>${p}</p>`).join(""), `<link rel="canonical" href="https://example.com/2023/01/02/x">`), "html");
    assert.equal(withUrl.published, "2023-01-02");
    assert.ok(withUrl.warnings.some((w) => w.includes("inferred from the URL")));
  });

  it("drops teaser articles nested in the post and the list after a 'Related coverage' marker", async () => {
    const teaser = `<article><h2><a href="/t">Another story</a></h2><p>A teaser paragraph about another story, long enough to look like prose on its own.</p></article>`;
    const html = page(`<article>${PARAS.map((p) => `<p>${p}</p>`).join("")}<p>Related coverage</p><p>Harbour plans approved after a long delay in the regional council.</p>${teaser}</article>`);
    const a = await extract(html, "html");
    assert.equal(a.text, PARAS.join("\n\n"));
    assert.ok(a.removed.includes("Related coverage"));
  });

  it("flags listing pages, truncated teasers and titles that do not match the body", async () => {
    const items = Array.from({ length: 14 }, (_, i) => `<p>Council news item number ${i + 1} about roads.</p>`).join("");
    const listing = await extract(`<html><body><main>${items}</main></body></html>`, "html");
    assert.ok(listing.warnings.some((w) => w.startsWith("probably not an article")), listing.warnings.join("; "));
    const teaser = await extract(page(`<article><p>${PARAS[0]}</p><p>${PARAS[1]} Subscribe to continue reading…</p></article>`), "html");
    assert.ok(teaser.warnings.some((w) => w.includes("truncated or paywalled")), teaser.warnings.join("; "));
    const mismatch = await extract(page(PARAS.map((p) => `<p>${p}</p>`).join(""), "<title>Football Transfer Rumours Weekly</title>"), "html");
    assert.ok(mismatch.warnings.some((w) => w.startsWith("title does not match")), mismatch.warnings.join("; "));
  });
});
