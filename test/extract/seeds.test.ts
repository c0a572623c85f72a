/** The five maduro-aid scrapes: the expectations, read from ../shared/examples in place. */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { SEEDS, SEEDS_MISSING } from "../helpers.js";
import { extract } from "./extractor.js";

function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  return readFileSync(join(SEEDS, file), "utf8");
}

const noChrome = (text: string, chrome: readonly string[]) => {
  for (const c of chrome) assert.ok(!text.includes(c), `body still holds chrome: ${c}`);
};

describe("seed scrapes", { skip: SEEDS_MISSING }, () => {
  it("000: title from its label, byline without the role, no date, chrome out", async () => {
    const a = await extract(seed("000"));
    assert.equal(a.title, "Russia Bolsters Venezuela Amid US Military Threat");
    assert.equal(a.byline, "Lucas Fernandez");
    assert.equal(a.published, null);
    assert.ok(a.warnings.includes("no publication date"));
    assert.ok(a.text.startsWith("Russia Reaffirms Backing"), "the dek above the body stays");
    assert.ok(a.text.trimEnd().endsWith("in the face of international pressure."));
    assert.equal(a.text.split("\n\n").length, 7);
    noChrome(a.text, ["Home »", "Title:", "You may also like", "Leave a Comment", "Akismet", "World Editor"]);
    assert.ok(a.removed.some((r) => r.includes("Akismet")));
  });

  it("001: repeated headline once as title, outlet from the title's domain, related posts and cookies out", async () => {
    const a = await extract(seed("001"));
    assert.equal(a.title, "Maduro Appeals to Putin for Military Aid as U.S. Escalates Presence in Caribbean");
    assert.equal(a.outlet, "london-news-net.preview-domain.com");
    assert.equal(a.published, null);
    assert.equal(a.byline, null);
    assert.ok(a.text.startsWith("Venezuelan President Nicolás Maduro has appealed"));
    assert.ok(a.text.trimEnd().endsWith("large-scale operation in Venezuela."));
    assert.equal(a.text.split("\n\n").length, 10);
    noChrome(a.text, ["Related posts", "@gmail.com", "cookies", "| World |", "Upcoming U.S.-Russia"]);
  });

  it("002: the article's 21:32, not the page clock; outlet Charter97; lede and subhead kept", async () => {
    const a = await extract(seed("002"));
    assert.equal(a.title, "Испуганный Мадуро запросил военную помощь у Путина");
    assert.equal(a.published, "2025-10-31T21:32");
    assert.equal(a.outlet, "Charter97");
    assert.equal(a.language, "ru");
    assert.ok(a.text.startsWith("На фоне эскалации с США."));
    assert.ok(a.text.includes("\n\nРоссия сотрудничает с Венесуэлой\n\n"));
    assert.ok(a.text.trimEnd().endsWith("война РФ против Украины."));
    noChrome(a.text, ["закрыть", "Архив новостей", "5,318", "Написать комментарий", "популярное за неделю", "Ирина Халип", "Испуганный Мадуро"]);
  });

  it("003: url from its label, outlet The Moscow Times, caption out, broken paragraph rejoined", async () => {
    const a = await extract(seed("003"));
    assert.ok(a.title?.startsWith("Venezuela's Maduro Seeks Russian Military Support Amid U.S. Buildup in Caribbean"));
    assert.equal(a.published, "2025-10-31");
    assert.equal(a.url, "https://www.themoscowtimes.com/2025/10/31/venezuelas-maduro-seeks-russian-military-support-amid-us-buildup-in-caribbean-washington-post-a91016");
    assert.equal(a.outlet, "The Moscow Times");
    assert.ok(a.text.includes("Venezuelan Transportation Minister Ramón Celestino Velásquez during a visit"));
    noChrome(a.text, ["shakes hands", "Zemlianichenko", "**", "<u>", "Original url", "https://"]);
    assert.ok(a.text.includes("The Washington Post reported Friday"), "<u> leftovers removed, words kept");
    assert.ok(a.removed.some((r) => r.includes("Zemlianichenko")));
  });

  it("004: no title, no date, every paragraph kept", async () => {
    const a = await extract(seed("004"));
    assert.equal(a.title, null);
    assert.equal(a.published, null);
    assert.equal(a.text.split("\n\n").length, 7);
    assert.deepEqual(a.removed, []);
  });
});
