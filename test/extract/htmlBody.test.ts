/** HTML body selection beyond the container: ledes above it, prompts and author notes inside it, markup quirks. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "./extractor.js";

const PARAS = [
  "The regional water board approved a plan on Tuesday to rebuild the dam above the valley, after inspectors found that its spillway could fail in a flood.",
  "Work is to start next summer and last three years, the board said, and the lake behind the dam will be lowered by four metres while it goes on.",
  "Farmers downstream welcomed the decision but asked for compensation for the water they will not be able to draw during the works.",
] as const;
const LEDE = "The dam above the valley will be rebuilt over three years, the water board decided, after inspectors warned about its spillway.";

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Dam To Be Rebuilt | Valley News</title></head><body>
<nav><a href="/">Home</a> <a href="/region">Region</a></nav>${body}
<footer><p>© 2024 Valley News. All rights reserved. Contact us for licensing and permissions.</p></footer></body></html>`;
const paras = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join("");

describe("HTML body: the lede above the container", () => {
  it("keeps a lede set in a header or a teaser block between the headline and the body", async () => {
    for (const wrap of [`<header><h1>Dam To Be Rebuilt</h1><p class="lead">${LEDE}</p></header>`, `<h1>Dam To Be Rebuilt</h1><div class="teaser-text"><p>${LEDE}</p></div>`]) {
      const a = await extract(page(`<div class="news-single">${wrap}<div class="byline">By Ann Lee</div><div class="news-text-wrap">${paras(PARAS)}</div></div>`), "html");
      assert.equal(a.text, [LEDE, ...PARAS].join("\n\n"), wrap);
    }
  });

  it("leaves out a dek (display copy that restates the headline) and text with no headline above it", async () => {
    const dek = await extract(page(`<header><h1>Dam To Be Rebuilt</h1><p class="article-dek">${LEDE}</p></header><div class="article-body">${paras(PARAS)}</div>`), "html");
    assert.equal(dek.text, PARAS.join("\n\n"));
    const noHeadline = await extract(page(`<div class="promo"><p>${LEDE}</p></div><div class="article-body">${paras(PARAS)}</div>`), "html");
    assert.equal(noHeadline.text, PARAS.join("\n\n"));
  });
});

describe("HTML body: chrome told by its words", () => {
  it("drops calls to subscribe, follow or support, in several languages, wherever they stand", async () => {
    const prompts = [
      "Sign up for our free daily newsletter to get the latest news from the valley in your inbox.",
      "Lust auf mehr? Melde dich hier für unseren wöchentlichen Newsletter an!",
      "Suscríbete a nuestro boletín para recibir las noticias del valle.",
      "If you enjoyed reading this post, please consider supporting our work with a donation.",
    ];
    const body = `<article><h1>Dam To Be Rebuilt</h1><div class="article-body"><p>${PARAS[0]}</p><p>${prompts[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p>${paras(prompts.slice(1))}</div></article>`;
    const a = await extract(page(body), "html");
    assert.equal(a.text, PARAS.join("\n\n"));
    for (const p of prompts) assert.ok(a.removed.includes(p), p);
  });

  it("drops a prompt set off by <br><br> inside a paragraph, keeping the text before it", async () => {
    const prompt = "Follow us on Instagram for more stories from the valley.";
    const a = await extract(page(`<article><h1>Dam To Be Rebuilt</h1>${paras(PARAS.slice(0, 2))}<p>${PARAS[2]}<br><br>${prompt}</p></article>`), "html");
    assert.equal(a.text, PARAS.join("\n\n"));
    assert.ok(a.removed.includes(prompt));
  });

  it("drops an author bio at the end of the article but keeps the same kind of sentence inside it", async () => {
    const bio = "Ann Lee is a reporter at Valley News covering water, farming and the environment.";
    const quoted = "Maria Stone is a hydrologist at the university who has studied the dam for a decade, and she said the plan was overdue.";
    const aboutPerson = "Tom Berg is a former engineer of the water board who warned about the spillway in 2015.";
    const body = `<article><h1>Dam To Be Rebuilt</h1><div class="article-body"><p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${aboutPerson}</p><p>${quoted}</p><p>${PARAS[2]}</p><p>${PARAS[0].replace("Tuesday", "Monday")}</p><p>${bio}</p></div></article>`;
    const a = await extract(page(body), "html");
    assert.ok(!a.text.includes(bio), "bio dropped");
    assert.ok(a.removed.includes(bio));
    assert.ok(a.text.includes(aboutPerson), "a sentence of the same shape inside the article stays");
  });
});

describe("HTML body: markup quirks", () => {
  it("keeps an embedded post in a blockquote whatever its widget class says", async () => {
    const quote = "The spillway has been a worry for years and we are glad the board has finally acted on it.";
    const a = await extract(page(`<article><h1>Dam To Be Rebuilt</h1>${paras(PARAS.slice(0, 2))}<blockquote class="twitter-tweet"><p>${quote}</p></blockquote><p>${PARAS[2]}</p></article>`), "html");
    assert.ok(a.text.includes(quote));
  });

  it("joins words split by soft hyphens and drops ruby readings", async () => {
    const hyphenated = PARAS[0].replace("approved", "ap\u00adproved").replace("inspectors", "in&shy;spec&shy;tors");
    const a = await extract(page(`<article><h1>Dam To Be Rebuilt</h1><p>${hyphenated}</p><p>${PARAS[1]}</p><p>The board's chair, <ruby>Sato<rt>さとう</rt></ruby> Ken, said the works were urgent and could not wait for another winter.</p></article>`), "html");
    assert.ok(a.text.startsWith(PARAS[0]), a.text.slice(0, 80));
    assert.ok(a.text.includes("chair, Sato Ken, said"), a.text);
  });

  it("keeps a forum post's body that is an article inside the post's article, but not a row of teaser articles", async () => {
    // Posts of a few sentences: a one-line post is as short as a teaser and goes with them.
    const post = (text: string) => `<article class="message"><div class="user">valley_fan</div><div class="message-content"><article class="message-body"><p>${text}</p><p>${LEDE}</p></article></div></article>`;
    const forum = await extract(page(`<h1>Dam To Be Rebuilt</h1><div class="thread">${PARAS.map(post).join("")}</div>`), "html");
    for (const p of PARAS) assert.ok(forum.text.includes(p), p);
    const teaser = (i: number, text: string) => `<article class="post-${i}"><p>${text} ${LEDE}</p></article>`;
    const related = await extract(page(`<article class="post-9"><h1>Dam To Be Rebuilt</h1><p>${LEDE}</p><p>${LEDE.replace("three", "four")}</p>${PARAS.map((p, i) => teaser(i, p)).join("")}</article>`), "html");
    assert.ok(!related.text.includes(PARAS[1]), related.text);
  });
});

describe("HTML body: text out of the rendered markup", () => {
  const MORE = [
    "The board will hold three public meetings in the villages along the river before the works begin, starting next month in the town hall.",
    "Engineers said the new spillway would carry twice as much water as the old one and would be built on rock rather than on the old earth bank.",
  ] as const;
  const WHOLE = [...PARAS, ...MORE];
  const ld = (body: string) =>
    `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Dam To Be Rebuilt", articleBody: body })}</script>`;

  it("takes the JSON-LD articleBody when the page shows only its lede (paywall, script-rendered body)", async () => {
    const a = await extract(page(`${ld(WHOLE.join("\n"))}<article><h1>Dam To Be Rebuilt</h1><p>${PARAS[0]}</p><div class="subscribe-box">Subscribe to read more.</div></article>`), "html");
    assert.equal(a.text, WHOLE.join("\n\n"));
  });

  it("keeps the visible article when the articleBody is no longer than it (a summary, or the same text)", async () => {
    const a = await extract(page(`${ld(LEDE)}<article><h1>Dam To Be Rebuilt</h1>${paras(WHOLE)}</article>`), "html");
    assert.equal(a.text, WHOLE.join("\n\n"));
  });

  it("reads an article kept as HTML in a script template or a noscript, but not a widget's template", async () => {
    const shell = (hidden: string) => page(`<h1>Dam To Be Rebuilt</h1><div id="post"></div>${hidden}`);
    const template = await extract(shell(`<script type="text/template"><div class="post-body">${paras(WHOLE)}</div></script>`), "html");
    assert.equal(template.text, WHOLE.join("\n\n"));
    const noscript = await extract(shell(`<noscript><div class="post-body">${paras(WHOLE)}</div></noscript>`), "html");
    assert.equal(noscript.text, WHOLE.join("\n\n"));
    const widget = await extract(shell(`<script type="text/template"><div class="comment"><% if (user) { %><p>${WHOLE.join(" ")}</p><% } %></div></script>`), "html");
    assert.ok(!widget.text.includes(PARAS[1]), widget.text);
  });
});

describe("HTML body: an article under class names that read as chrome", () => {
  it("retries without class hints when they leave next to nothing, still dropping nav and footer", async () => {
    // Each paragraph in its own wrapper, so that no one wrapper holds most of the prose.
    const body = `<h1>Dam To Be Rebuilt</h1><div class="layout-with-sidebar">${PARAS.map((p) => `<div class="paywall-section"><p>${p}</p></div>`).join("")}</div>`;
    const a = await extract(page(body), "html");
    assert.equal(a.text, PARAS.join("\n\n"));
  });

  it("keeps a short page's few lines rather than the longer chrome the retry would find", async () => {
    const lines = ["The dam will be rebuilt over three years, the board decided.", "Works start next summer, and the lake will be lowered.", "Farmers asked for compensation for lost water."];
    const a = await extract(page(`<div class="main"><article><h1>Dam To Be Rebuilt</h1>${paras(lines)}</article><div class="sidebar-widget">${paras(PARAS.slice(0, 1))}</div></div>`), "html");
    assert.equal(a.text, lines.join("\n\n"));
  });
});
