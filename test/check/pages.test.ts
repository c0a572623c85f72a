/** `dossier check` reads the store a page at a time: the same answers as with every article in memory. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { type ArticlePages, checkArticlePages, checkClaims } from "../../src/check/index.js";
import { defaultConfig } from "../../src/config.js";
import { languages } from "../../src/lang/index.js";
import type { Article, Story } from "../../src/model.js";
import { buildDossier, checkStore } from "../../src/pipeline.js";
import { openSqliteStore } from "../../src/store/index.js";
import { DEMO } from "../helpers.js";

const CLAIMS = [
  { id: "1", claim: "The Hollen dam's spillway failed after four days of rain" },
  { id: "2", claim: "Army helicopters lifted 31 people from rooftops in Aldsted" },
  { id: "3", claim: "Penguins opened a bakery in Lisbon" },
];

test("claims checked against pages of two articles, and against the store (their language identified), answer as against every article at once", async () => {
  const store = await openSqliteStore(":memory:");
  try {
    await buildDossier([DEMO], { store });
    const articles = await store.listArticles();
    const stories = await store.listStories();
    assert.ok(articles.length >= 6, "the demo corpus is stored");
    // The library's in-memory check reads the claims' language as given; the paged check and the store's identify it.
    const whole = checkClaims(CLAIMS.map((c) => ({ ...c, language: "en" })), articles, defaultConfig.claims, languages(), stories);
    assert.ok(whole[0]!.articles.length >= 2 && whole[1]!.articles.length >= 2, "the demo's facts are found");
    assert.equal(whole[2]!.articles.length, 0);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const storyOf = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s] as const)));
    const pages: ArticlePages = {
      async *pages() {
        for (let i = 0; i < articles.length; i += 2) yield articles.slice(i, i + 2).map((a) => structuredClone(a));
      },
      get: async (ids) => new Map(ids.map((id) => [id, structuredClone(byId.get(id)!)] as [string, Article])),
      stories: async (ids) => new Map(ids.flatMap((id) => (storyOf.has(id) ? [[id, storyOf.get(id)!] as [string, Story]] : []))),
    };
    assert.deepEqual(await checkArticlePages(CLAIMS, pages, defaultConfig.claims, languages()), whole);
    assert.deepEqual(await checkStore(CLAIMS, { store }), whole);
  } finally {
    await store.close();
  }
});
