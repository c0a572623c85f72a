/** The story list, search and notes the server reads, on every backend: kept in step with what is written and removed. */
import assert from "node:assert/strict";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { after, describe, test } from "node:test";
import type { Article, Claim, InputDocument, Story } from "../../src/model.js";
import { attachNotes } from "../../src/report/notes.js";
import { openSqliteStore } from "../../src/store/index.js";
import { FEW_STORIES } from "../../src/store/indexQueries.js";
import { tempDir } from "../helpers.js";
import { backends, dropCreatedDatabases } from "./backends.js";

function doc(id: string): InputDocument {
  return { id, path: `${id}.txt`, format: "text", content: id, encoding: { name: "utf-8", source: "default" }, given: {}, warnings: [] };
}

function article(id: string, fields: Partial<Article>): Article {
  return { id, path: `${id}.txt`, url: null, outlet: null, title: null, byline: null, published: null, language: "en", text: "", removed: [], warnings: [], ...fields };
}

function claim(id: string, summary: string, conflicting = false): Claim {
  const conflicts = conflicting ? [{ type: "number" as const, detail: "1 vs 2", articleIds: ["a", "b"] as [string, string] }] : [];
  return { id, summary, status: conflicting ? "conflicting" : "single-source", articles: 1, reports: 1, origins: [], mentions: [], conflicts };
}

function story(id: string, articleIds: string[], claims: Claim[] = []): Story {
  return { id, headline: `headline ${id}`, articleIds, copies: [], citations: [], origins: [], claims, quoteVariants: [], entities: [], timeline: [], framing: [] };
}

const ARTICLES = [
  article("a1", { title: "Dam breaks above Hollen", outlet: "Kestria Herald", published: "2026-03-10T07:45", text: "The Orvel dam gave way after record rain." }),
  article("a2", { outlet: "Vestnik", language: "ru", published: "2026-03-11", text: "Плотина Орвел прорвана после ливней." }),
  article("a3", { title: "Cup final", outlet: "Sport, Daily", published: "2026-02-01", text: "Hollen Rovers won the cup on penalties." }),
  article("a4", { title: "Undated note", text: "A story with no date at all: 100% of it_odd." }),
];

after(dropCreatedDatabases);

/** A store of ARTICLES and two stories, as `older` (the raw database) makes it look when written by an older version: its file. */
async function olderStore(name: string, older: (raw: SQLite.Database) => void): Promise<string> {
  const file = join(tempDir(), name);
  const store = await openSqliteStore(file);
  for (const a of ARTICLES) await store.putArticle(doc(a.id), a, "1");
  await store.replaceStories([story("dam", ["a1", "a2"]), story("cup", ["a3"])]);
  await store.close();
  const raw = new SQLite(file);
  older(raw);
  raw.close();
  return file;
}

test("a story list written before stories were read in part gets the column that says how many were, and lists as before", async () => {
  // As a store indexed by version 3, before the column.
  const file = await olderStore("before-analysed.db", (raw) => {
    raw.exec("alter table story_index drop column analysed_count");
    raw.prepare("update meta set value = '3' where key = 'index_version'").run();
  });
  const store = await openSqliteStore(file);
  const rows = (await store.listStoryPage({ offset: 0, limit: 10, order: "articles" })).items;
  assert.deepEqual(rows.map((r) => [r.id, r.articles, r.analysedArticles]), [["dam", 2, null], ["cup", 1, null]]);
  await store.replaceStories([{ ...story("dam", ["a1", "a2"]), analysedArticles: 1 }, story("cup", ["a3"])]);
  assert.equal((await store.listStoryPage({ offset: 0, limit: 10, order: "articles" })).items[0]!.analysedArticles, 1);
  await store.close();
});

test("a store indexed by version 4 gets the rest of each article's listing in its article rows when opened", async () => {
  const file = join(tempDir(), "before-listings.db");
  let store = await openSqliteStore(file);
  const withUrl = ARTICLES.map((a) => ({ ...a, url: `https://example.test/${a.id}`, byline: `By ${a.id}` }));
  // Half of a surrogate pair in a title, as versions before 5 wrote it into the article row: SQLite keeps its bytes.
  withUrl[3] = { ...withUrl[3]!, title: "Cut \ud83c" };
  for (const a of withUrl) await store.putArticle(doc(a.id), a, "1");
  await store.close();
  const raw = new SQLite(file);
  for (const column of ["path", "url", "byline"]) raw.exec(`alter table article_index drop column ${column}`);
  raw.prepare("update article_index set title = ? where id = ?").run("Cut \ud83c", withUrl[3]!.id);
  raw.prepare("update meta set value = '4' where key = 'index_version'").run();
  raw.close();
  store = await openSqliteStore(file);
  const listed = await store.getArticleListings(withUrl.map((a) => a.id));
  assert.deepEqual(
    withUrl.map((a) => [listed.get(a.id)?.path, listed.get(a.id)?.url, listed.get(a.id)?.byline, listed.get(a.id)?.title]),
    withUrl.map((a) => [a.path, a.url, a.byline, a.title === "Cut \ud83c" ? "Cut \ufffd" : a.title]),
  );
  await store.close();
});

test("a store indexed by version 5 gets the column of its stories' member sums, without indexing again: a row without them is summed when its story is next written", async () => {
  const file = await olderStore("before-member-sums.db", (raw) => {
    raw.exec("alter table story_index drop column members");
    raw.prepare("update meta set value = '5' where key = 'index_version'").run();
    // Indexing again would put this row back as the article says: it stays as written.
    raw.prepare("update article_index set title = 'Kept as written' where id = 'a1'").run();
  });
  const store = await openSqliteStore(file);
  assert.equal((await store.getArticleListings(["a1"])).get("a1")?.title, "Kept as written");
  assert.equal(await store.storyAggregates("dam"), null);
  assert.deepEqual((await store.listStoryPage({ offset: 0, limit: 10, order: "articles" })).items.map((r) => [r.id, r.articles]), [["dam", 2], ["cup", 1]]);
  await store.replaceStories([{ ...story("dam", ["a1", "a2"]), headline: "The dam, rewritten" }, story("cup", ["a3"])]);
  assert.deepEqual(await store.storyAggregates("dam"), await store.memberAggregates(["a1", "a2"]));
  await store.close();
});

test("a store whose first indexing stopped before it recorded its version, in tables of an older shape, is indexed when opened", async () => {
  const file = await olderStore("unfinished-index.db", (raw) => {
    for (const column of ["path", "url", "byline"]) raw.exec(`alter table article_index drop column ${column}`);
    raw.exec("alter table story_index drop column analysed_count");
    raw.prepare("delete from meta where key = 'index_version'").run();
  });
  const store = await openSqliteStore(file);
  assert.deepEqual((await store.getArticleListings(["a1"])).get("a1")?.path, ARTICLES[0]!.path);
  assert.deepEqual((await store.listStoryPage({ offset: 0, limit: 10, order: "articles" })).items.map((r) => [r.id, r.articles]), [["dam", 2], ["cup", 1]]);
  await store.close();
});

for (const backend of backends) {
  describe(`${backend.name} story list, search and notes`, { skip: backend.skip }, () => {
    test("a page of stories is filtered and ordered in the store, its total counting every match", async () => {
      const store = await backend.open(await backend.fresh());
      for (const a of ARTICLES) await store.putArticle(doc(a.id), a, "1");
      await store.replaceStories([story("dam", ["a1", "a2"], [claim("dam-c1", "gave way", true), claim("dam-c2", "rain")]), story("cup", ["a3"]), story("odd", ["a4"])]);
      const ids = async (q: Partial<Parameters<typeof store.listStoryPage>[0]>) =>
        (await store.listStoryPage({ offset: 0, limit: 10, order: "newest", ...q })).items.map((s) => s.id);
      assert.deepEqual(await ids({}), ["dam", "cup", "odd"], "newest first, undated last");
      assert.deepEqual(await ids({ order: "articles" }), ["dam", "cup", "odd"]);
      assert.deepEqual(await ids({ language: "ru" }), ["dam"]);
      assert.deepEqual(await ids({ outlet: "Sport, Daily" }), ["cup"]);
      assert.deepEqual(await ids({ outlet: "Sport" }), [], "an outlet matches whole, not in part");
      assert.deepEqual(await ids({ outlet: "sport,  DAILY" }), ["cup"], "in any case and spacing");
      assert.deepEqual(await ids({ language: "RU" }), ["dam"]);
      assert.deepEqual(await ids({ language: "%" }), [], "LIKE wildcards in a filter are plain characters");
      assert.deepEqual(await ids({ hasConflicts: true }), ["dam"]);
      assert.deepEqual(await ids({ hasConflicts: false }), ["cup", "odd"]);
      assert.deepEqual(await ids({ from: "2026-03-11" }), ["dam"], "a story overlapping the range from its last article");
      assert.deepEqual(await ids({ to: "2026-03-10" }), ["dam", "cup"], "a minute-precise date counts by its day");
      assert.deepEqual(await ids({ from: "2026-02-02", to: "2026-03-09" }), []);
      const page = await store.listStoryPage({ offset: 1, limit: 1, order: "newest" });
      assert.deepEqual([page.total, page.items.map((s) => s.id)], [3, ["cup"]]);
      const dam = (await store.listStoryPage({ offset: 0, limit: 1, order: "newest" })).items[0]!;
      assert.deepEqual([dam.articles, dam.languages, dam.outlets, dam.claims, dam.conflicts, dam.firstPublished, dam.lastPublished], [2, ["en", "ru"], 2, 2, 1, "2026-03-10T07:45", "2026-03-11"]);
      await store.replaceStories([story("cup", ["a3"])]);
      assert.deepEqual(await ids({}), ["cup"], "replaced stories leave the list");
      const ru = await store.listStoryPage({ offset: 0, limit: 10, order: "newest", language: "ru" });
      assert.deepEqual([ru.total, ru.items.length], [0, 0], "and their facets, whose count is a filter's total");
      assert.equal((await store.getStory("cup"))?.headline, "headline cup");
      assert.equal(await store.getStory("dam"), null);
      await store.close();
    });

    test("search finds articles by any of their words, follows re-extraction and removal, and takes no query syntax", async () => {
      const location = await backend.fresh();
      let store = await backend.open(location);
      for (const a of ARTICLES) await store.putArticle(doc(a.id), a, "1");
      const found = async (text: string) => (await store.searchArticles({ text, offset: 0, limit: 10 })).items.map((h) => h.articleId).sort();
      assert.deepEqual(await found("hollen"), ["a1", "a3"], "title and text, any case");
      assert.deepEqual(await found("dam rain"), ["a1"], "every word must occur");
      assert.deepEqual(await found("плотина"), ["a2"]);
      assert.deepEqual(await found('"dam" ( * ) -:^ rain*'), ["a1"], "quotes, brackets and stars are not query syntax, never an error");
      assert.deepEqual(await found("*** ()"), []);
      const hit = (await store.searchArticles({ text: "penalties", offset: 0, limit: 10 })).items[0]!;
      assert.deepEqual([hit.title, hit.outlet, hit.published], ["Cup final", "Sport, Daily", "2026-02-01"]);
      assert.match(hit.snippet, /penalties/);
      await store.putArticle(doc("a3"), { ...ARTICLES[2]!, text: "The match was abandoned." }, "2");
      assert.deepEqual(await found("penalties"), [], "a re-extracted article is searched by its new text");
      assert.deepEqual(await found("abandoned"), ["a3"]);
      await store.removeArticles(["a1"]);
      assert.deepEqual(await found("hollen"), [], "a removed article is not found");
      assert.equal(await store.getArticle("a1"), null);
      await store.close();
      store = await backend.open(location);
      assert.deepEqual(await found("abandoned"), ["a3"], "the index is the store's: it is there after reopening");
      const paged = await store.searchArticles({ text: "a", offset: 0, limit: 1 });
      assert.ok(paged.items.length <= 1);
      await store.close();
    });

    test("a word in more articles than are ranked pages through them without ranking, its count a lower bound", async () => {
      const store = await backend.open(await backend.fresh());
      for (let i = 0; i < 1002; i++) await store.putArticle(doc(`m${i}`), article(`m${i}`, { text: `common word number ${i}` }), "1");
      const many = await store.searchArticles({ text: "common", offset: 0, limit: 5 });
      assert.deepEqual([many.total, many.totalIsLowerBound, many.order, many.items.length], [1000, true, "latest", 5]);
      const few = await store.searchArticles({ text: "number 17", offset: 0, limit: 5 });
      assert.deepEqual([few.total, few.totalIsLowerBound, few.order, few.items[0]!.articleId], [1, false, "relevance", "m17"]);
      await store.close();
    });

    test("notes are kept by claim id and found by story", async () => {
      const store = await backend.open(await backend.fresh());
      const note = { claimId: "dam-c1", storyId: "dam", summary: "gave way", mentions: [{ articleId: "a1", quote: "gave way" }], verdict: "verified" as const, text: "called the operator", updatedAt: "2026-03-12T10:00:00Z" };
      await store.putNote(note);
      await store.putNote({ ...note, verdict: "false", text: "operator denied" });
      assert.deepEqual(await store.findNotes(["dam-c1"], []), [{ ...note, verdict: "false", text: "operator denied" }], "a second note on a claim replaces the first");
      assert.deepEqual((await store.findNotes([], ["dam"])).map((n) => n.claimId), ["dam-c1"]);
      assert.deepEqual(await store.findNotes(["other"], ["other"]), []);
      await store.close();
    });
  });
}

function mentioned(c: Claim, ...quotes: Array<[string, string]>): Claim {
  return { ...c, mentions: quotes.map(([articleId, quote]) => ({ articleId, quote, attributedTo: null, origin: "", values: [] })) };
}

test("a note follows its claim when a rebuild renumbers or rewords the claims, and is put on one claim only", () => {
  const note = { claimId: "s-c1", storyId: "s", summary: "the dam gave way", mentions: [{ articleId: "a", quote: "The dam gave way." }, { articleId: "b", quote: "Dam broke." }], verdict: "verified" as const, text: "", updatedAt: "2026-03-12T10:00:00Z" };
  const noted = (claims: Claim[]) => attachNotes([story("s", ["a", "b"], claims)], [note])[0]!.claims.map((c) => c.note?.verdict ?? null);
  assert.deepEqual(noted([mentioned(claim("s-c1", "the dam gave way"), ["a", "The dam gave way."]), claim("s-c2", "the dam gave way")]), ["verified", null], "same id and wording");
  assert.deepEqual(
    noted([mentioned(claim("s-c1", "a new first claim"), ["c", "New."]), mentioned(claim("s-c2", "the dam broke, a report said"), ["b", "Dam broke."], ["c", "x"])]),
    [null, "verified"],
    "renumbered and reworded: found by the mentions it was written on",
  );
  assert.deepEqual(noted([claim("s-c1", "other"), claim("s-c2", "the dam gave way"), claim("s-c3", "the dam gave way")]), [null, "verified", null], "else by its wording, once");
  assert.deepEqual(noted([claim("s-c1", "other")]), [null], "a claim that is gone takes its note with it (kept in the store)");
});

for (const version of ["1", "2"])
test(`a store indexed by version ${version} gets its story facets when opened: its list filters by language and outlet, in any case`, async () => {
  const file = join(tempDir(), `old-${version}.db`);
  let store = await openSqliteStore(file);
  for (const a of ARTICLES) await store.putArticle(doc(a.id), a, "1");
  await store.replaceStories([story("dam", ["a1", "a2"]), story("cup", ["a3"])]);
  await store.close();
  // As a store written by the version before story_facets: no facet rows, index version 1.
  const raw = new SQLite(file);
  raw.prepare("delete from story_facets").run();
  // Version 2 wrote facets in their own case; version 1 wrote none.
  if (version === "2") raw.prepare("insert into story_facets (story_id, facet, value) values ('cup', 'outlet', 'Sport, Daily'), ('dam', 'language', 'ru')").run();
  raw.prepare("update meta set value = ? where key = 'index_version'").run(version);
  raw.exec("drop index story_index_latest; drop index story_index_most; create index story_index_newest on story_index (last_published, id); create index story_index_largest on story_index (article_count, id)");
  raw.close();
  store = await openSqliteStore(file);
  const ids = async (q: { language?: string; outlet?: string }) => (await store.listStoryPage({ offset: 0, limit: 10, order: "newest", ...q })).items.map((s) => s.id);
  assert.deepEqual(await ids({ language: "ru" }), ["dam"]);
  assert.deepEqual(await ids({ outlet: "Sport, Daily" }), ["cup"]);
  assert.deepEqual(await ids({ outlet: "sport, daily" }), ["cup"]);
  await store.close();
  const indexes = new SQLite(file, { readonly: true }).prepare("select name from sqlite_master where type = 'index' and tbl_name = 'story_index' and name not like 'sqlite_%' order by name").all();
  assert.deepEqual(indexes.map((r) => (r as { name: string }).name), ["story_index_conflicts", "story_index_dates", "story_index_latest", "story_index_most"], "the old indexes are replaced");
});

for (const backend of backends)
test(`${backend.name}: a language most stories have is read story by story in the list's order, a rare outlet as a list of ids`, { skip: backend.skip }, async () => {
  const store = await backend.open(await backend.fresh());
  const n = FEW_STORIES + 20;
  const day = (i: number) => `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, "0")}`;
  const many = Array.from({ length: n }, (_, i) => article(`m${i}`, { outlet: i % 50 === 0 ? "Rare Post" : "Common Daily", published: day(i) }));
  for (const a of many) await store.putArticle(doc(a.id), a, "1");
  await store.replaceStories(many.map((a) => story(`s${a.id}`, [a.id])));
  const newest = [...many].sort((a, b) => (a.published! < b.published! ? 1 : a.published! > b.published! ? -1 : `s${a.id}` < `s${b.id}` ? -1 : 1)).map((a) => `s${a.id}`);
  const common = await store.listStoryPage({ offset: 5, limit: 10, order: "newest", language: "en" });
  assert.deepEqual([common.total, common.items.map((s) => s.id)], [n, newest.slice(5, 15)], "more stories than FEW_STORIES: checked in order");
  const rare = await store.listStoryPage({ offset: 0, limit: 100, order: "newest", outlet: "Rare Post" });
  assert.deepEqual([rare.total, rare.items.map((s) => s.id)], [Math.ceil(n / 50), newest.filter((id) => Number(id.slice(2)) % 50 === 0)]);
  const both = await store.listStoryPage({ offset: 0, limit: 100, order: "newest", language: "en", outlet: "Rare Post", hasConflicts: false });
  assert.deepEqual(both.items.map((s) => s.id), rare.items.map((s) => s.id));
  assert.equal(both.total, rare.total);
  await store.close();
});
