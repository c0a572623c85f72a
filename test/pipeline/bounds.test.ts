/**
 * No single input can make a store unusable: a long list of numbers and long texts each
 * leave the rest of the build, and every later build, working;
 * and what should not be there can be removed.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Dossier, MemberPage, Story } from "../../src/model.js";
import { renderMarkdown } from "../../src/report/index.js";
import { buildAndReadDossier, buildDossier, readDossier } from "../../src/pipeline.js";
import { openSqliteStore } from "../../src/store/index.js";
import { writeSite } from "../../src/web/index.js";
import { DEMO, runCli, tempDir } from "../helpers.js";

/** A file list left in a folder of articles: 3,658 lines of two file names, about 100 KB. */
function fileList(): string {
  const lines: string[] = [];
  for (let i = 0; i < 3658; i++) lines.push(`book_${(i * 7919) % 5000}.txt book_${(i * 104729) % 5000}.txt`);
  return `${lines.join("\n")}\n`;
}

/** The Markdown report of one story alone. */
function readStoryMarkdown(story: Story): string {
  return renderMarkdown({ schemaVersion: 2, articles: [], stories: [story], rejected: [] });
}

async function build(db: string, inputs: readonly string[]): Promise<Dossier> {
  const store = await openSqliteStore(db);
  try {
    return await buildAndReadDossier(inputs, { store });
  } finally {
    await store.close();
  }
}

describe("bounded cost per article", () => {
  it("builds a store holding a 100 KB list of file names, and builds it again", async () => {
    const dir = tempDir();
    const list = join(dir, "files.txt");
    writeFileSync(list, fileList());
    assert.ok(readFileSync(list).length > 100_000);
    const db = join(dir, "s.db");
    const first = await build(db, [list, DEMO]);
    assert.equal(first.rejected.length, 0);
    const dam = first.stories.find((s) => s.articleIds.length >= 4);
    assert.ok(dam && dam.claims.length > 0, "the demo's story is still analysed");
    // Two copies of the list in one story: their numbers are compared across articles.
    const copy = join(dir, "files-copy.txt");
    writeFileSync(copy, fileList().replace(/book_1/g, "book_9"));
    const second = await build(db, [copy]);
    assert.equal(second.articles.length, first.articles.length + 1);
    assert.ok(second.stories.every((s) => !s.error), "no story failed");
  });

  it("reads a long text in bounded pieces: claims come from its first sentences only", async () => {
    const sentence = (i: number): string => `The council counted ${i} ballots in district ${i % 7} on Monday. `;
    const text = Array.from({ length: 5000 }, (_, i) => sentence(i)).join("");
    const dir = tempDir();
    const a = join(dir, "a.txt");
    const b = join(dir, "b.txt");
    writeFileSync(a, text);
    writeFileSync(b, text.replace(/council/g, "board"));
    const d = await buildAndReadDossier([a, b]);
    const quotes = d.stories.flatMap((s) => s.claims.flatMap((c) => c.mentions.map((m) => m.quote)));
    assert.ok(quotes.length > 0);
    const counted = quotes.map((q) => Number(/counted (\d+)/.exec(q)?.[1] ?? -1));
    assert.ok(Math.max(...counted) < 600, "no sentence past the per-article bound is read");
  });
});

describe("a story's member sums", () => {
  it("follow the story as it grows past the members its analysis reads, batch by batch, as the database sums them", async () => {
    const limit = 3;
    const inputs = readdirSync(join(DEMO, "hollen-dam")).sort().map((f) => join(DEMO, "hollen-dam", f));
    const config = { claims: { maxStoryArticles: limit } };
    const store = await openSqliteStore(join(tempDir(), "sums.db"));
    try {
      const sorted = (sums: ReadonlyArray<{ language: string; outlet: string | null }> | null) =>
        [...(sums ?? [])].sort((x, y) => JSON.stringify([x.language, x.outlet]).localeCompare(JSON.stringify([y.language, y.outlet])));
      let grewPast = false;
      for (let n = 2; n <= inputs.length; n++) {
        await buildDossier(inputs.slice(n - 1, n).concat(n === 2 ? inputs.slice(0, 1) : []), { store, config });
        for (const story of await store.listStories()) {
          assert.deepEqual(sorted(await store.storyAggregates(story.id)), sorted(await store.memberAggregates(story.articleIds)), `after ${n} inputs, story ${story.id}`);
          if (story.articleIds.length > limit) grewPast = true;
        }
      }
      assert.ok(grewPast, "a story grew past the limit");
    } finally {
      await store.close();
    }
  });
});

describe("a story larger than the analysis reads", () => {
  it("is analysed on its first members, lists the later ones, and keeps its analysis when more join", async () => {
    const limit = 3;
    const dir = tempDir();
    const db = join(dir, "s.db");
    const inputs = readdirSync(join(DEMO, "hollen-dam")).sort().map((f) => join(DEMO, "hollen-dam", f));
    const config = { claims: { maxStoryArticles: limit } };
    const store = await openSqliteStore(db);
    try {
      const all = await buildAndReadDossier(inputs.slice(0, -1), { store, config });
      const dam = all.stories.reduce((a, b) => (b.articleIds.length > a.articleIds.length ? b : a));
      assert.ok(dam.articleIds.length > limit, "the demo's story is larger than the limit");
      assert.equal(dam.analysedArticles, limit);
      const read = new Set(dam.articleIds.slice(0, limit));
      // Everything the analysis says is about the members it read.
      const said = [
        ...dam.claims.flatMap((c) => c.mentions.map((m) => m.articleId)),
        ...dam.citations.map((c) => c.articleId),
        ...dam.framing.map((f) => f.articleId),
        ...dam.copies.flatMap((c) => c.articleIds),
      ];
      assert.ok(dam.claims.length > 0);
      assert.deepEqual(said.filter((id) => !read.has(id)), []);
      // The same analysis as a store holding those members alone.
      const firstOnly = await buildAndReadDossier(dam.articleIds.slice(0, limit).map((id) => all.articles.find((a) => a.id === id)!.path));
      const alone = firstOnly.stories.find((s) => s.articleIds.length === limit);
      assert.ok(alone, "the first members make one story alone");
      assert.deepEqual(dam.claims.map((c) => c.summary), alone.claims.map((c) => c.summary));
      const report = readStoryMarkdown(dam);
      assert.match(report, new RegExp(`among the first ${limit} read`));
      // The story list says so too.
      const row = (await store.listStoryPage({ offset: 0, limit: 10, order: "articles" })).items.find((r) => r.id === dam.id)!;
      assert.equal(row.articles, dam.articleIds.length);
      assert.equal(row.analysedArticles, limit);
      const site = join(dir, "site");
      await writeSite(store, site);
      // A later member joins: the story lists it, and is a changed story (its pages are written again); what was read is kept as it was.
      const textsRead: string[] = [];
      const summed: string[] = [];
      const watched = new Proxy(store, {
        get(target, key) {
          if (key === "getArticles") return (ids: readonly string[]) => (textsRead.push(...ids), target.getArticles(ids));
          if (key === "memberAggregates" || key === "memberFacts") return (ids: readonly string[]) => (summed.push(...ids), target[key](ids));
          const value = target[key as keyof typeof target];
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
      const summary = await buildDossier(inputs.slice(-1), { store: watched, config });
      assert.deepEqual(summary.storiesChanged, [dam.id]);
      assert.deepEqual(textsRead.filter((id) => read.has(id)), [], "the kept analysis reads no member's text");
      assert.deepEqual(summed, [], "the list row's sums grow by the member that joined: no member is summed again");
      const more = await readDossier(store);
      const grown = more.stories.find((s) => s.id === dam.id)!;
      assert.ok(grown.articleIds.length > dam.articleIds.length, "the last input joins the story");
      assert.equal(grown.analysedArticles, limit);
      assert.deepEqual(grown.claims, dam.claims);
      // The sums kept on its list row are those of all its members, as the database sums them.
      const sorted = (sums: ReadonlyArray<{ language: string; outlet: string | null }> | null) => [...(sums ?? [])].sort((x, y) => JSON.stringify([x.language, x.outlet]).localeCompare(JSON.stringify([y.language, y.outlet])));
      assert.deepEqual(sorted(await store.storyAggregates(dam.id)), sorted(await store.memberAggregates(grown.articleIds)));
      assert.deepEqual(await store.storyFacts(dam.id), await store.memberFacts(grown.articleIds));
      // Its site: the new member's page is written, not those of the members before it; the story's JSON holds the members
      // read, and its member page lists the later ones without their texts.
      const written = await writeSite(store, site, { stories: summary.storiesChanged });
      assert.equal(written.articles, 1);
      const joined = grown.articleIds.at(-1)!;
      assert.match(readFileSync(join(site, "articles", `${joined}.html`), "utf8"), new RegExp(`stories/${grown.id}\\.html`));
      const own = JSON.parse(readFileSync(join(site, "stories", `${grown.id}.json`), "utf8")) as Dossier;
      assert.deepEqual(own.articles.map((a) => a.id), grown.articleIds.slice(0, limit));
      assert.ok(!("listedArticles" in own));
      const members = JSON.parse(readFileSync(join(site, "stories", `${grown.id}.members-1.json`), "utf8")) as MemberPage;
      assert.deepEqual([members.storyId, members.page, members.next], [grown.id, 1, null]);
      assert.deepEqual(members.listedArticles.map((a) => a.id), grown.articleIds.slice(limit));
      assert.ok(members.listedArticles.every((a) => !("text" in a) && a.title), "listed with their titles, without their texts");
      assert.match(readFileSync(join(site, "stories", `${grown.id}.members-1.html`), "utf8"), new RegExp(`articles/${joined}\\.html\\?story=${grown.id}`));
      assert.match(readFileSync(join(site, "stories", `${grown.id}.html`), "utf8"), new RegExp(`href="${grown.id}\\.members-1\\.html"`), "the story page links its member page");
      const markdown = readFileSync(join(site, "stories", `${grown.id}.md`), "utf8");
      assert.match(markdown, new RegExp(`and ${grown.articleIds.length - limit} later member\\(s\\)`));
      assert.match(markdown, new RegExp(`^${grown.articleIds.length} article\\(s\\), 1 story`, "m"));
      // A member no longer among those read (the story regrouped with an older article first) has its page written again.
      const shifted = { ...grown, analysedArticles: limit - 1 };
      const regrouped = new Proxy(store, {
        get(target, key) {
          if (key === "getStory") return async (id: string) => (id === grown.id ? shifted : target.getStory(id));
          const value = target[key as keyof typeof target];
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
      assert.equal((await writeSite(regrouped, site, { stories: [grown.id] })).articles, limit - 1 + 1, "the members read, whose analysis changed, and the one moved out");
      // Another claims setting is another analysis key: every member's page is written again, the later ones too.
      const other = await buildDossier([], { store, config: { claims: { ...config.claims, maxQuoteChars: 300 } } });
      assert.ok(other.storiesChanged.includes(grown.id));
      assert.equal((await writeSite(store, site, { stories: other.storiesChanged })).articles, (await readDossier(store)).articles.length);
    } finally {
      await store.close();
    }
  });
});

describe("given fields", () => {
  it("half of a surrogate pair is stored as U+FFFD, and the story list and listings read it on every store", async () => {
    const dir = tempDir();
    const file = join(dir, "a.jsonl");
    const text = "The mayor of Hollen said on Monday that twelve houses were flooded by the river. Officials said more rain is due on Friday.";
    // An emoji cut in half: the JSON escape of its first half alone.
    writeFileSync(file, `${JSON.stringify({ text, title: "Hollen floods" }).replace("Hollen floods", "Hollen floods \\ud83c")}\n`);
    const d = await buildAndReadDossier([file]);
    assert.equal(d.articles[0]?.title, "Hollen floods \ufffd");
  });

  it("a language that is no language code is left to identification, not looked up", async () => {
    const dir = tempDir();
    const file = join(dir, "a.jsonl");
    const text = "The mayor of Hollen said on Monday that twelve houses were flooded by the river. Officials said more rain is due on Friday.";
    writeFileSync(file, [JSON.stringify({ text, language: "constructor" }), JSON.stringify({ text: text.replace("Hollen", "Brenna"), language: "EN-gb" })].join("\n"));
    const d = await buildAndReadDossier([file]);
    assert.deepEqual(d.articles.map((a) => a.language), ["en", "en"]);
    assert.equal(d.rejected.length, 0);
  });
});

describe("dossier remove", () => {
  it("forgets articles by id, path or url and rewrites the reports without them", () => {
    const dir = tempDir();
    const db = join(dir, "s.db");
    const out = join(dir, "out");
    assert.equal(runCli(["build", DEMO, "--db", db, "--out", out]).code, 0);
    const before = JSON.parse(readFileSync(join(out, "dossier.json"), "utf8")) as Dossier;
    const withUrl = before.articles.find((a) => a.url)!;
    const other = before.articles.find((a) => a.id !== withUrl.id)!;
    const r = runCli(["remove", withUrl.url!, other.id, "no-such-article", "--db", db, "--out", out]);
    assert.equal(r.code, 1, "a key that matched nothing is reported");
    assert.match(r.stderr, /no stored article matches no-such-article/);
    const after = JSON.parse(readFileSync(join(out, "dossier.json"), "utf8")) as Dossier;
    assert.deepEqual(
      after.articles.map((a) => a.id),
      before.articles.map((a) => a.id).filter((id) => id !== withUrl.id && id !== other.id),
    );
    assert.ok(after.stories.every((s) => !s.articleIds.includes(withUrl.id) && !s.articleIds.includes(other.id)));
    assert.ok(existsSync(join(out, "dossier.md")));
    assert.equal(runCli(["remove", before.articles.at(-1)!.path, "--db", db, "--out", out]).code, 0);
  });
});
