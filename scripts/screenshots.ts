/**
 * Screenshots of the real pages on the demo corpus, served by `dossier serve`, into
 * docs/screenshots/ (retake after a change to the pages):
 *
 *   node --import tsx scripts/screenshots.ts
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "../src/server/index.js";
import { ROOT } from "../test/helpers.js";
import { CHROMIUM_MISSING, demoSite, launchChromium } from "../test/web/browser.js";

const OUT = join(ROOT, "docs", "screenshots");
const VIEWPORT = { width: 1280, height: 900 };

async function main(): Promise<void> {
  if (CHROMIUM_MISSING) throw new Error(CHROMIUM_MISSING);
  mkdirSync(OUT, { recursive: true });
  const site = await demoSite();
  const server = await startServer({ db: join(site.dir, "..", "demo.db"), port: 0 });
  const browser = await launchChromium();
  const saved = (name: string): string => {
    process.stdout.write(`${join("docs", "screenshots", name)}\n`);
    return join(OUT, name);
  };
  try {
    const stories = await site.store.listStories();
    const story = stories.reduce((a, b) => (b.articleIds.length > a.articleIds.length ? b : a));
    const claim = story.claims.find((c) => c.status === "conflicting") ?? story.claims[0]!;
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(`${server.url}/`);
    await page.screenshot({ path: saved("index.png") });
    await page.fill("input[name=q]", "helicopters");
    await Promise.all([page.waitForEvent("load"), page.click("form.search button")]);
    await page.screenshot({ path: saved("search.png") });
    await page.goto(`${server.url}/stories/${story.id}.html`);
    await page.screenshot({ path: saved("story.png"), fullPage: true });
    const cell = page.locator(`tr[id="claim-${claim.id}"] td.cell.contradict a`).first();
    await cell.hover();
    await page.locator("#matrix").screenshot({ path: saved("matrix.png") });
    await page.locator("#provenance").screenshot({ path: saved("provenance.png") });
    await cell.click();
    await page.waitForSelector("mark:target");
    await page.screenshot({ path: saved("article.png") });
  } finally {
    await browser.close();
    await server.close();
    await site.store.close();
  }
}

await main();
