/** An article's own readings (attributions, name mentions), kept between analyses of its story: read from the cache, equal to reading again. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyseStory, type ArticleReadings, type ReadingsCache } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { languages } from "../../src/lang/index.js";
import type { Article } from "../../src/model.js";
import { buildDossier } from "../../src/pipeline.js";
import { openSqliteStore } from "../../src/store/index.js";
import { DEMO } from "../helpers.js";
import { article, story } from "./fixtures.js";

const mapCache = (known = new Map<string, ArticleReadings>()): ReadingsCache & { known: Map<string, ArticleReadings>; made: string[] } => {
  const made: string[] = [];
  return { known, made, get: (id) => known.get(id), set: (id, r) => (made.push(id), known.set(id, JSON.parse(JSON.stringify(r)) as ArticleReadings)) };
};

/** The articles of the demo's largest story, as the build extracted them (English, German, Russian). */
async function demoArticles(): Promise<Article[]> {
  const store = await openSqliteStore(":memory:");
  try {
    await buildDossier([DEMO], { store });
    const [largest] = (await store.listStoryPage({ offset: 0, limit: 1, order: "articles" })).items;
    const ids = (await store.getStory(largest!.id))!.articleIds;
    const found = await store.getArticles(ids);
    return ids.map((id) => found.get(id)!.article);
  } finally {
    await store.close();
  }
}

test("a story analysed again with its articles' readings from the cache equals one read afresh", async () => {
  const articles = await demoArticles();
  assert.ok(articles.length >= 2, "the demo has several texts of the dam story");
  const { group, byId } = story(articles);
  const fresh = analyseStory(group, byId, defaultConfig.claims, languages());
  const cache = mapCache();
  // First with all but the last article (as a build before it arrived), then all: only the newcomer is read.
  const earlier = story(articles.slice(0, -1));
  analyseStory(earlier.group, earlier.byId, defaultConfig.claims, languages(), new Map(), cache);
  assert.deepEqual(cache.made, articles.slice(0, -1).map((a) => a.id));
  const again = analyseStory(group, byId, defaultConfig.claims, languages(), new Map(), cache);
  assert.deepEqual(cache.made.slice(articles.length - 1), [articles.at(-1)!.id], "only the new article was read");
  assert.ok(fresh.citations.length > 0 && fresh.entities.length > 0);
  assert.deepEqual(again, fresh);
});

test("the cache is what the analysis reads: an article's readings emptied there take its citations away", async () => {
  const articles = await demoArticles();
  const { group, byId } = story(articles);
  const fresh = analyseStory(group, byId, defaultConfig.claims, languages());
  const cited = fresh.citations[0]!.articleId;
  const cache = mapCache();
  analyseStory(group, byId, defaultConfig.claims, languages(), new Map(), cache);
  const own = cache.known.get(cited)!;
  cache.known.set(cited, { ...own, attributions: own.attributions.map(() => []) });
  const emptied = analyseStory(group, byId, defaultConfig.claims, languages(), new Map(), cache);
  assert.equal(emptied.citations.filter((c) => c.articleId === cited).length, 0);
  assert.ok(emptied.citations.length > 0, "the other articles' citations stay");
  // Readings for another number of sentences (another configuration) are not taken: the article is read again.
  cache.known.set(cited, { attributions: [[]], mentions: [], framing: { title: [], sentences: [[]] } });
  assert.deepEqual(analyseStory(group, byId, defaultConfig.claims, languages(), new Map(), cache), fresh);
});

test("an article's framing candidates are kept with its readings: emptied there, its loaded words in the text are gone", () => {
  const { group, byId } = story([
    article("a", "The regime of Arlen Voss closed the Hollen dam on Monday. The so-called reform was a disgrace, the Harbour Gazette wrote."),
    article("b", "Arlen Voss closed the Hollen dam on Monday. The dictator gave no reason."),
  ]);
  const fresh = analyseStory(group, byId, defaultConfig.claims, languages());
  const framed = fresh.framing.find((f) => f.terms.some((t) => t.where === "text"));
  assert.ok(framed, "a loaded word in some article's text");
  const cache = mapCache();
  analyseStory(group, byId, defaultConfig.claims, languages(), new Map(), cache);
  const own = cache.known.get(framed.articleId)!;
  cache.known.set(framed.articleId, { ...own, framing: { title: own.framing.title, sentences: own.framing.sentences.map(() => []) } });
  const emptied = analyseStory(group, byId, defaultConfig.claims, languages(), new Map(), cache);
  assert.deepEqual(emptied.framing.find((f) => f.articleId === framed.articleId)!.terms.filter((t) => t.where === "text"), []);
  assert.deepEqual(emptied.framing.filter((f) => f.articleId !== framed.articleId), fresh.framing.filter((f) => f.articleId !== framed.articleId));
});

test("a build keeps each article's readings in the store, under a key that changes with the claims configuration; removing the article removes them", async () => {
  const store = await openSqliteStore(":memory:");
  try {
    await buildDossier([DEMO], { store });
    const ids = (await store.listArticles()).map((a) => a.id);
    const first = await store.getArticleReadings(ids);
    assert.equal(first.size, ids.length, "every member of an analysed story was read and kept");
    const one = JSON.parse(first.get(ids[0]!)!.readings) as ArticleReadings;
    assert.ok(Array.isArray(one.attributions) && Array.isArray(one.mentions));
    // Another claims configuration is another analysis key: every story is analysed again and its articles read again.
    await buildDossier([DEMO], { store, config: { claims: { minEntityArticles: defaultConfig.claims.minEntityArticles + 1 } } });
    const second = await store.getArticleReadings(ids);
    assert.ok(ids.every((id) => second.get(id) && second.get(id)!.key !== first.get(id)!.key));
    await store.removeArticles([ids[0]!]);
    assert.equal((await store.getArticleReadings([ids[0]!])).size, 0);
  } finally {
    await store.close();
  }
});
