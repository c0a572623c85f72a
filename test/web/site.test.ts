/** The static site in Chromium, on the demo corpus: from the list to a story, its matrix and graph, to a quote in its article. */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { CHROMIUM_MISSING, demoSite, launchChromium, type DemoSite } from "./browser.js";

let site: DemoSite;
let browser: Browser;

before(async () => {
  if (CHROMIUM_MISSING) return;
  site = await demoSite();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.store.close();
});

test("the demo's static site: list, story, matrix, graph, and a claim's quote highlighted in its article", { skip: CHROMIUM_MISSING }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(site.url("index.html"));
  const rows = page.locator("li.story-row");
  assert.equal(await rows.count(), 2, "the demo has the dam story and the football report");
  const dam = rows.filter({ hasText: "Hollen dam" });
  assert.match(await dam.locator(".figures").innerText(), /6 articles · 3 languages · 5 independent reports · \d+ outlets · [1-9]\d* conflicts?/);

  await dam.locator("a.headline").click();
  await page.waitForSelector("table.matrix");
  assert.match(await page.locator("h1").innerText(), /Hollen dam/);
  // Columns: the six articles, the Herald and its copy in one copy group.
  assert.equal(await page.locator("table.matrix th.col").count(), 6);
  assert.equal(await page.locator("table.matrix th.copies").innerText(), "copies (2)");
  const conflicting = page.locator("tr.claim.conflicting").first();
  assert.ok((await conflicting.locator("td.cell.contradict").count()) > 0, "a conflicting claim marks the articles that contradict it");
  assert.match(await conflicting.locator(".conflict-list").innerText(), /conflict \(number\)/);

  // The graph: laid out (positions from ELK), article nodes link to their pages, origins at the top.
  const nodes = page.locator("figure.graph svg .node");
  assert.ok((await nodes.count()) >= 6);
  const topOrigin = Math.min(...(await page.locator("figure.graph .node.origin rect").evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("y"))))));
  const lowestArticle = Math.max(...(await page.locator("figure.graph a.node rect").evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("y"))))));
  assert.ok(topOrigin < lowestArticle, "sources sit above the articles that rely on them");

  // Hover shows the quote; a click opens the article with that quote highlighted.
  const cell = conflicting.locator("td.cell a").first();
  await cell.hover();
  const panel = await page.locator("#quote-panel").innerText();
  assert.match(panel, /“.+”/, "the panel shows the quote");
  const quote = /“(.+?)”/.exec(panel)![1]!;
  await cell.click();
  await page.waitForSelector("article.text");
  const target = page.locator("mark:target");
  assert.equal(await target.count(), 1, "the link lands on the claim's mark");
  assert.ok(quote.startsWith(await target.innerText()) || (await target.innerText()).startsWith(quote.slice(0, 40)), "the mark holds the quote shown in the panel");
  assert.equal(await target.evaluate((m) => getComputedStyle(m).backgroundColor), "rgb(255, 224, 102)", "and it is highlighted");
  assert.deepEqual(errors, []);
});

test("the article page's switch shows what was removed as boilerplate", { skip: CHROMIUM_MISSING }, async () => {
  const page = await browser.newPage();
  const herald = (await site.store.listArticles()).find((a) => a.outlet === "Kestria Herald")!;
  assert.ok(herald.removed.length > 0, "the Herald's page has a cookie banner, menu and footer");
  await page.goto(site.url(`articles/${herald.id}.html`));
  const removed = page.locator("section.removed");
  assert.equal(await removed.isVisible(), false);
  await page.locator("label[for=show-removed]").click();
  assert.equal(await removed.isVisible(), true);
  assert.equal(await removed.locator("li").count(), herald.removed.length);
});

test("the site is one file per story and per article, each with the story's JSON and Markdown", { skip: CHROMIUM_MISSING }, async () => {
  const stories = await site.store.listStories();
  for (const s of stories) {
    for (const ext of ["html", "json", "md"]) assert.ok(existsSync(join(site.dir, "stories", `${s.id}.${ext}`)));
    const json = JSON.parse(readFileSync(join(site.dir, "stories", `${s.id}.json`), "utf8"));
    assert.deepEqual(json.stories.map((x: { id: string }) => x.id), [s.id]);
    assert.equal(json.articles.length, s.articleIds.length);
  }
  assert.equal(readdirSync(join(site.dir, "articles")).length, (await site.store.listArticles()).length);
});
