/** Article text is data, never markup: an article carrying scripts renders as the characters it is, in Chromium. */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildAndReadDossier } from "../../src/pipeline.js";
import { openSqliteStore, type Store } from "../../src/store/index.js";
import { writeSite } from "../../src/web/index.js";
import { tempDir } from "../helpers.js";
import { CHROMIUM_MISSING, launchChromium } from "./browser.js";

const TITLE = `Dam report <script>window.pwned=1;alert("title")</script> <img src=x onerror="window.pwned=2">`;
const OUTLET = `Wire <b onmouseover="window.pwned=8">bold</b>`;
const PARAGRAPHS = [
  `Officials said the dam <img src=x onerror="window.pwned=3;alert(3)"> held overnight, the water agency reported on Monday in a long statement about the repairs to the spillway.`,
  `Read more <a href="javascript:window.pwned=4">here</a> or [there](javascript:window.pwned=5) and <iframe srcdoc="<script>parent.pwned=6</script>"></iframe> for the full statement on the dam and the repairs.`,
  `<script>window.pwned=7</script>Engineers said the spillway was repaired in 2023, the agency said, and that the dam would be inspected again next week by the regional office.`,
];
/** What a page shows as text: its markup written as entities, so that the article's text carries the tags themselves. */
const entities = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** Two pages of one story (the second a copy with a sentence more), whose title, outlet, url and text carry markup. */
const hostilePage = (extra: string) => `<!doctype html><html><head><title>${entities(TITLE)}</title>
<meta property="og:site_name" content="${entities(OUTLET)}"><meta property="og:url" content="javascript:window.pwned=9">
<meta property="article:published_time" content="2026-03-10"></head><body><article><h1>${entities(TITLE)}</h1>
${[...PARAGRAPHS, extra].map((p) => `<p>${entities(p)}</p>`).join("\n")}</article></body></html>`;

let store: Store;
let dir: string;
let browser: Browser;

before(async () => {
  if (CHROMIUM_MISSING) return;
  const work = tempDir("dossier-hostile-");
  writeFileSync(join(work, "a.html"), hostilePage(""));
  writeFileSync(join(work, "b.html"), hostilePage("The agency said the repairs cost <b>4 million</b> euros."));
  store = await openSqliteStore(join(work, "store.db"));
  const built = await buildAndReadDossier([join(work, "a.html"), join(work, "b.html")], { store });
  assert.equal(built.articles[0]?.title, TITLE, "the article's title carries the markup as text");
  dir = join(work, "site");
  await writeSite(store, dir);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await store?.close();
});

/** Opens a page, fails on any dialog, and reports what ran. */
async function open(url: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForLoadState("load");
  return { page, dialogs };
}

async function assertInert(page: Page, dialogs: string[]): Promise<void> {
  assert.deepEqual(dialogs, [], "no dialog opened");
  assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined, "no script of the article ran");
  assert.equal(await page.locator("main script, main img, main iframe, main b[onmouseover]").count(), 0, "no element of the article's");
  const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.ok(links.length > 0);
  for (const href of links) assert.doesNotMatch(href, /^\s*javascript:/i, `no javascript: link (${href})`);
}

test("a hostile article's page shows its title and text as text, and nothing runs", { skip: CHROMIUM_MISSING }, async () => {
  const story = (await store.listStories())[0]!;
  const { page, dialogs } = await open(`file://${join(dir, "articles", `${story.articleIds[0]}.html`)}`);
  await assertInert(page, dialogs);
  assert.equal(await page.locator("h1").innerText(), TITLE, "the title reads as written, tags and all");
  const text = await page.locator("article.text").innerText();
  for (const p of PARAGRAPHS) assert.ok(text.includes(p), `the text shows ${p.slice(0, 30)}…`);
  assert.equal(await page.locator(".url").innerText(), "javascript:window.pwned=9", "the url is shown, not linked");
  assert.equal(await page.locator("a.url").count(), 0);
  assert.ok((await page.locator("p.meta").first().innerText()).includes(OUTLET));
  assert.ok((await page.locator("mark").count()) > 0, "the story's readings are marked in the text");
});

test("the story page and the list of a hostile story are inert too", { skip: CHROMIUM_MISSING }, async () => {
  const story = (await store.listStories())[0]!;
  for (const path of [join("stories", `${story.id}.html`), "index.html"]) {
    const { page, dialogs } = await open(`file://${join(dir, path)}`);
    const cells = page.locator("td.cell a");
    if ((await cells.count()) > 0) await cells.first().hover();
    await assertInert(page, dialogs);
    assert.ok((await page.locator("main").innerText()).includes("<script>"), `${path} shows the markup as text`);
  }
});
