/**
 * `watch --feeds` against a real server on loopback: a feed's new items are fetched and built
 * into the store, items seen before are not fetched again (also after a restart, from the
 * store), and an item robots.txt disallows is skipped with its reason.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { openSqliteStore, type Store } from "../../src/store/index.js";
import { feedItems } from "../../src/watch/feedItems.js";
import { pollFeeds } from "../../src/watch/feeds.js";
import { createFetcher } from "../../src/watch/fetcher.js";
import { defaultWatchPolicy, type WatchPolicy } from "../../src/watch/policy.js";
import type { WatchSession } from "../../src/watch/session.js";
import { DEMO } from "../helpers.js";
import { type LocalServer, send, startServer } from "./localServer.js";

const page = (name: string): string => readFileSync(join(DEMO, "hollen-dam", name), "utf8");
const policy: WatchPolicy = { ...defaultWatchPolicy, fetch: { ...defaultWatchPolicy.fetch, allowPrivate: true, minHostIntervalMs: 0 } };

function rss(items: ReadonlyArray<[guid: string, path: string, title: string]>, port: number): string {
  const entries = items.map(([guid, path, title]) => `<item><title>${title}</title><link>http://127.0.0.1:${port}${path}</link><guid isPermaLink="false">${guid}</guid><pubDate>Wed, 11 Mar 2026 09:00:00 GMT</pubDate></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title><link>http://127.0.0.1:${port}/</link>${entries.join("")}</channel></rss>`;
}

describe("watch --feeds", () => {
  let server: LocalServer;
  let feed: string;
  let items: Array<[string, string, string]> = [["a", "/a", "Dam gives way"], ["b", "/b", "Dam collapse"], ["x", "/private/x", "Held back"]];
  before(async () => {
    server = await startServer({
      "/robots.txt": send(200, "User-agent: *\nDisallow: /private/\n", "text/plain"),
      "/feed.xml": (_req, res, port) => send(200, rss(items, port), "application/rss+xml")(_req, res, port),
      "/a": send(200, page("01-kestria-herald.html")),
      "/b": send(200, page("02-northern-wire.html")),
      "/c": send(200, page("06-alpenkurier.html")),
      "/private/x": send(200, page("06-alpenkurier.html")),
    });
    feed = `http://127.0.0.1:${server.port}/feed.xml`;
  });
  after(() => server.close());

  it("reads RSS, Atom and JSON feeds into items with ids and links", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2026-03-11T00:00:00Z</updated><entry><title>E</title><id>urn:e</id><link rel="alternate" href="/e"/><updated>2026-03-11T00:00:00Z</updated></entry></feed>`;
    assert.deepEqual(feedItems(atom, "http://news.example/feed"), [{ id: "urn:e", link: "http://news.example/e", title: "E", published: "2026-03-11T00:00:00Z" }]);
    const json = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "T", items: [{ id: "j1", url: "https://news.example/j", title: "J" }] });
    assert.deepEqual(feedItems(json, "https://news.example/feed.json"), [{ id: "j1", link: "https://news.example/j", title: "J" }]);
    assert.throws(() => feedItems("<html><body>not a feed</body></html>", "http://news.example/"));
  });

  it("builds new items, skips what robots.txt disallows, and fetches nothing twice", async () => {
    const store: Store = await openSqliteStore(":memory:");
    try {
      const lines: string[] = [];
      const session: WatchSession = { store, policy, log: (l) => lines.push(l) };
      const first = await pollFeeds([feed], session, createFetcher(policy.fetch));
      assert.ok(first);
      assert.equal(first.articlesAdded, 2);
      assert.ok(first.stories.length >= 1 && first.stories.every((s) => s.kind === "new"));
      assert.deepEqual(first.rejected.map((r) => [r.path, r.error]), [[`http://127.0.0.1:${server.port}/private/x`, `disallowed by http://127.0.0.1:${server.port}/robots.txt`]]);
      const stored = await store.listArticles();
      assert.deepEqual(stored.map((a) => a.url).sort(), [`http://127.0.0.1:${server.port}/a`, `http://127.0.0.1:${server.port}/b`]);

      // Nothing new: no page is fetched, no build runs. A new fetcher and session stand for a restart.
      const pagesBefore = server.log.filter((l) => !l.endsWith("/feed.xml") && !l.endsWith("/robots.txt")).length;
      assert.equal(await pollFeeds([feed], { store, policy, log: () => {} }, createFetcher(policy.fetch)), null);

      items = [["c", "/c", "Rescue goes on"], ...items];
      const third = await pollFeeds([feed], { store, policy, log: () => {} }, createFetcher(policy.fetch));
      assert.ok(third);
      assert.equal(third.articlesAdded, 1);
      assert.equal(third.stories.length, 1);
      const pagesAfter = server.log.filter((l) => !l.endsWith("/feed.xml") && !l.endsWith("/robots.txt"));
      assert.deepEqual(pagesAfter.slice(pagesBefore), ["127.0.0.1 /c"]);
    } finally {
      await store.close();
    }
  });

  it("reports a feed that cannot be fetched or read, and goes on with the others", async () => {
    const store = await openSqliteStore(":memory:");
    try {
      const changes = await pollFeeds([`http://127.0.0.1:${server.port}/missing.xml`, `http://127.0.0.1:${server.port}/a`], { store, policy, log: () => {} }, createFetcher(policy.fetch));
      assert.deepEqual(changes?.rejected.map((r) => r.error.replace(/:.*/s, "")), ["feed", "not a feed"], JSON.stringify(changes?.rejected));
      assert.match(changes!.rejected[0]!.error, /HTTP 404/);
    } finally {
      await store.close();
    }
  });
});
