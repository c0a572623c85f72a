/** What the browser tests and the screenshot script share: Debian's Chromium, and the demo corpus as a store and a static site. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { buildDossier } from "../../src/pipeline.js";
import { openSqliteStore, type Store } from "../../src/store/index.js";
import { writeSite } from "../../src/web/index.js";
import { DEMO, tempDir } from "../helpers.js";

/** Debian's package (`apt-get install chromium`); no browser is downloaded. */
export const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_MISSING = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium)`;

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
}

export interface DemoSite {
  readonly store: Store;
  readonly dir: string;
  /** file:// URL of a page of the site, e.g. url("index.html"). */
  url(path: string): string;
}

/** The demo corpus built into a fresh SQLite store and written as a static site. */
export async function demoSite(): Promise<DemoSite> {
  const dir = tempDir("dossier-web-");
  const store = await openSqliteStore(join(dir, "demo.db"));
  await buildDossier([DEMO], { store });
  const site = join(dir, "site");
  await writeSite(store, site);
  return { store, dir: site, url: (path) => `file://${join(site, path)}` };
}
