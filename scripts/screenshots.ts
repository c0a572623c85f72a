/**
 * Screenshots of the real pages on the demo corpus, into docs/screenshots/ (retake after a
 * change to the pages):
 *
 *   node --import tsx scripts/screenshots.ts
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_MISSING, demoSite, launchChromium } from "../test/web/browser.js";
import { ROOT } from "../test/helpers.js";

const OUT = join(ROOT, "docs", "screenshots");
const WIDTH = 1280;

async function main(): Promise<void> {
  if (CHROMIUM_MISSING) throw new Error(CHROMIUM_MISSING);
  mkdirSync(OUT, { recursive: true });
  const site = await demoSite();
  const stories = await site.store.listStories();
  const story = stories.reduce((a, b) => (b.articleIds.length > a.articleIds.length ? b : a));
  const claim = story.claims.find((c) => c.status === "conflicting") ?? story.claims[0]!;
  const mention = claim.mentions[0]!;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
    const shoot = async (url: string, name: string, full = true): Promise<void> => {
      await page.goto(url);
      await page.screenshot({ path: join(OUT, name), fullPage: full });
      process.stdout.write(`${join("docs", "screenshots", name)}\n`);
    };
    await shoot(site.url("index.html"), "index.png");
    await shoot(site.url(`stories/${story.id}.html`), "story.png");
    await page.goto(site.url(`stories/${story.id}.html`));
    await page.hover(`tr[id="claim-${claim.id}"] td.cell a`);
    await page.locator("#matrix").screenshot({ path: join(OUT, "matrix.png") });
    process.stdout.write(`${join("docs", "screenshots", "matrix.png")}\n`);
    await page.locator("#provenance").screenshot({ path: join(OUT, "provenance.png") });
    process.stdout.write(`${join("docs", "screenshots", "provenance.png")}\n`);
    await shoot(site.url(`articles/${mention.articleId}.html#q-${claim.id}`), "article.png", false);
  } finally {
    await browser.close();
    await site.store.close();
  }
}

await main();
