/**
 * The HTTP API against a real server on loopback (port 0), over the demo corpus uploaded through
 * the API: on SQLite always, on PostgreSQL when DOSSIER_TEST_POSTGRES_URL names a server.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { MemberPage, Story } from "../../src/model.js";
import { buildAndReadDossier, buildDossier } from "../../src/pipeline.js";
import { renderMarkdown } from "../../src/report/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { MAX_UPLOAD_BYTES } from "../../src/server/routes.js";
import { jobSchema, storyPageSchema, storySchema } from "../../src/server/apiSchemas.js";
import { withStoredNotes } from "../../src/report/notes.js";
import { openStore } from "../../src/store/index.js";
import { packPage, storyPageDigest, unpackPage } from "../../src/web/storedPages.js";
import { DEMO, tempDir } from "../helpers.js";
import { backends, dropCreatedDatabases } from "../store/backends.js";

const DEMO_FILES = join(DEMO, "hollen-dam");
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".txt": "text/plain", ".jsonl": "application/x-ndjson" };

/** An article that carries markup and a javascript: link in its title and text. */
const HOSTILE = JSON.stringify({
  outlet: "Probe <b>Outlet</b>",
  title: 'Floodgates <script>alert("t")</script> reopened',
  published: "2026-03-13",
  language: "en",
  text:
    'Engineers reopened the floodgates of the Lissar weir on Friday <img src=x onerror="alert(1)">, the river authority said. ' +
    "The authority's statement [read it](javascript:alert(2)) said the gates had been closed for nine days during the flood and that the weir itself was not damaged.",
});

/** A further report of the dam story (the demo's own invented events, in other words): joins the story and makes it be analysed again. */
const LATE_REPORT =
  "A section of the Orvel dam above the town of Hollen gave way early on Monday after four days of record rain, and the Tarn valley flooded. " +
  "Kestrel Hydro, the company that runs the dam, said water rose by more than four metres on the eastern spillway. " +
  "The regional civil protection office said 2,300 people had been evacuated from Hollen and Aldsted.";

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

after(dropCreatedDatabases);

for (const backend of backends) {
  describe(`HTTP API on ${backend.name}`, { skip: backend.skip }, () => {
    let location = "";
    let server: RunningServer | null = null;
    let mixedHostileId: string | null = null;
    const call = async (path: string, init: RequestInit = {}): Promise<Answer> => {
      const response = await fetch(`${server!.url}${path}`, init);
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: response.headers.get("content-type")?.startsWith("application/json") ? JSON.parse(text) : { text } };
    };
    const upload = (name: string, bytes: Uint8Array<ArrayBuffer> | string, wait: boolean, headers: Record<string, string> = {}) =>
      call(`/api/ingest?wait=${wait}`, { method: "POST", headers: { "content-type": TYPES[name.slice(name.lastIndexOf("."))]!, ...headers }, body: bytes });

    before(async () => {
      location = await backend.fresh();
      server = await startServer({ db: location, port: 0 });
    });
    after(async () => {
      await server?.close();
    });

    test("uploads come back with a result per item; queued ones are built together and can be polled", async () => {
      const files = readdirSync(DEMO_FILES).sort();
      const queued: string[] = [];
      for (const name of files.slice(0, -1)) {
        const answer = await upload(name, new Uint8Array(readFileSync(join(DEMO_FILES, name))), false);
        assert.equal(answer.status, 202, JSON.stringify(answer.body));
        queued.push(jobSchema.parse(answer.body).job);
      }
      const last = files[files.length - 1]!;
      const done = await upload(last, new Uint8Array(readFileSync(join(DEMO_FILES, last))), true);
      assert.equal(done.status, 200);
      assert.equal(jobSchema.parse(done.body).state, "done");
      for (const job of queued) {
        const polled = jobSchema.parse((await call(`/api/jobs/${job}`)).body);
        assert.equal(polled.state, "done");
        assert.ok(polled.items.every((i) => i.status === "stored" && i.id), JSON.stringify(polled.items));
      }
      const mixed = jobSchema.parse((await upload("x.jsonl", `${HOSTILE}\nnot json\n{"text":"too short"}\n`, true)).body);
      mixedHostileId = mixed.items[0]!.id;
      assert.deepEqual(mixed.items.map((i) => i.status), ["stored", "rejected", "rejected"]);
      assert.match(mixed.items[1]!.error!, /JSON/);
      assert.ok(mixed.items[2]!.error, "an item extraction refuses says why");
      const empty = await upload("x.txt", "", true);
      assert.deepEqual([empty.status, (empty.body.items as Array<{ error: string }>)[0]!.error], [422, "empty file"], "nothing stored: 422, with the reason");
      assert.equal((await upload("x.txt", "", false)).status, 422, "also without waiting");
      const unknown = await call("/api/ingest", { method: "POST", headers: { "content-type": "image/png" }, body: "x" });
      assert.equal(unknown.status, 415);
      assert.equal(typeof unknown.body.error, "string");
    });

    test("stories list a page at a time, filtered and ordered, each page bounded", async () => {
      const all = storyPageSchema.parse((await call("/api/stories?order=articles")).body);
      assert.ok(all.total >= 3, `the demo's stories and the probe's: ${all.total}`);
      const dam = all.items[0]!;
      assert.match(dam.headline, /dam/i);
      assert.deepEqual([dam.articles, dam.languages], [6, ["de", "en", "ru"]]);
      const one = storyPageSchema.parse((await call("/api/stories?limit=1&offset=1&order=articles")).body);
      assert.deepEqual([one.items.length, one.total, one.items[0]!.id], [1, all.total, all.items[1]!.id]);
      assert.deepEqual(storyPageSchema.parse((await call("/api/stories?language=de")).body).items.map((s) => s.id), [dam.id]);
      assert.deepEqual(storyPageSchema.parse((await call("/api/stories?conflicts=true")).body).items.map((s) => s.id), [dam.id]);
      assert.deepEqual(storyPageSchema.parse((await call(`/api/stories?outlet=${encodeURIComponent("Probe <b>Outlet</b>")}`)).body).items.length, 1);
      assert.deepEqual(storyPageSchema.parse((await call("/api/stories?from=2026-03-13")).body).items.length, 1, "only the probe is that late");
      const tooMany = await call("/api/stories?limit=101");
      assert.equal(tooMany.status, 400);
      assert.match(String(tooMany.body.error), /limit/);
      assert.equal((await call("/api/stories?order=oldest")).status, 400);
      assert.equal((await call("/api/stories?from=March")).status, 400);
    });

    test("a story in the dossier JSON's shape, an article as data, search and check", async () => {
      const [dam] = storyPageSchema.parse((await call("/api/stories?order=articles&limit=1")).body).items;
      const story = storySchema.parse((await call(`/api/stories/${dam!.id}`)).body);
      assert.equal(story.articleIds.length, 6);
      assert.ok(story.claims.length > 0);
      const missing = await call("/api/stories/nothing-here");
      assert.deepEqual([missing.status, missing.body], [404, { error: "no such story" }]);

      const hits = await call("/api/search?q=floodgates%20weir");
      const items = hits.body.items as Array<{ articleId: string; title: string }>;
      assert.equal(items.length, 1);
      const article = await call(`/api/articles/${items[0]!.articleId}`);
      assert.match(article.headers.get("content-type")!, /^application\/json/, "article text is served as data");
      assert.equal(article.body.title, 'Floodgates <script>alert("t")</script> reopened', "kept as it was written, for the page to escape");
      assert.equal((await call("/api/search?q=Hollen&limit=2")).body.items instanceof Array, true);
      const paged = await call("/api/search?q=Hollen&limit=2");
      assert.ok((paged.body.items as unknown[]).length <= 2 && Number(paged.body.total) > 2);
      assert.equal((await call("/api/search")).status, 400, "a search needs words");

      const checked = await call("/api/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ claims: [{ id: "q1", claim: "The Orvel dam gave way after record rain" }] }) });
      assert.equal(checked.status, 200, JSON.stringify(checked.body));
      const [result] = checked.body.results as Array<{ id: string; articles: Array<{ stance: string }> }>;
      assert.equal(result!.id, "q1");
      assert.ok(result!.articles.some((a) => a.stance === "asserts"));
      const huge = await call("/api/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ claims: [{ claim: "x".repeat(70_000) }] }) });
      assert.deepEqual([huge.status, typeof huge.body.error], [413, "string"]);
    });

    test("JSON lines larger than a page's upload limit are read line by line: the limit applies to each article", async () => {
      // Past the 20 MB a page or a text may have: a line too large for one article, between two good ones.
      const huge = JSON.stringify({ title: "Padding", text: "word ".repeat(4_300_000) });
      assert.ok(huge.length > MAX_UPLOAD_BYTES);
      // The probe's article retold (its story, not a new one: the tests below count stories).
      const probe = JSON.parse(HOSTILE) as { text: string };
      const retold = JSON.stringify({ ...probe, title: "Lissar weir open again", text: `${probe.text} Boats may pass the weir again from Saturday, the authority added.` });
      const answer = await upload("bulk.jsonl", `${HOSTILE}\n${huge}\n${retold}\n`, true);
      assert.equal(answer.status, 200, JSON.stringify(answer.body).slice(0, 300));
      const job = jobSchema.parse(answer.body);
      assert.deepEqual(job.items.map((i) => i.status), ["stored", "rejected", "stored"]);
      assert.match(job.items[1]!.error!, /too large.*one article/);
      assert.equal(job.items[0]!.id, mixedHostileId, "the same article as uploaded before: one id");
    });

    test("an analyst's note is kept through a rebuild that re-analyses its story, and shown in the dossier JSON and Markdown", async () => {
      const [dam] = storyPageSchema.parse((await call("/api/stories?order=articles&limit=1")).body).items;
      const story = storySchema.parse((await call(`/api/stories/${dam!.id}`)).body);
      const claim = story.claims[0]!;
      const put = await call(`/api/claims/${claim.id}/note`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ verdict: "verified", text: "Confirmed with the <operator>" }) });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      assert.equal((await call("/api/claims/nope-c1/note", { method: "PUT", headers: { "content-type": "application/json" }, body: '{"verdict":"false"}' })).status, 404);
      assert.equal((await call(`/api/claims/${claim.id}/note`, { method: "PUT", headers: { "content-type": "application/json" }, body: '{"verdict":"maybe"}' })).status, 400);
      const notes = (await call(`/api/stories/${dam!.id}/notes`)).body.notes as Array<{ claimId: string; verdict: string }>;
      assert.deepEqual(notes.map((n) => [n.claimId, n.verdict]), [[claim.id, "verified"]]);

      await server!.close();
      server = null;
      const store = await backend.open(location);
      let dossier;
      try {
        dossier = await buildAndReadDossier([{ path: "late.txt", bytes: Buffer.from(LATE_REPORT) }], { store });
      } finally {
        await store.close();
      }
      const rebuilt = dossier.stories.find((s) => s.id === dam!.id) as Story;
      assert.equal(rebuilt.articleIds.length, 7, "the late report joined the story, so its claims were made again");
      const noted = rebuilt.claims.filter((c) => c.note);
      assert.deepEqual(noted.map((c) => [c.note!.claimId, c.note!.verdict, c.note!.text]), [[claim.id, "verified", "Confirmed with the <operator>"]]);
      const quotes = (c: { mentions: ReadonlyArray<{ articleId: string; quote: string }> }) => new Set(c.mentions.map((m) => `${m.articleId} ${m.quote}`));
      assert.ok([...quotes(claim)].some((q) => quotes(noted[0]!).has(q)), "on the claim that carries the quotes it was written on");
      assert.match(renderMarkdown(dossier), /Analyst: \*\*verified\*\*: Confirmed with the &lt;operator&gt;/);

      server = await startServer({ db: location, port: 0 });
      const served = storySchema.parse((await call(`/api/stories/${dam!.id}`)).body);
      assert.deepEqual(served.claims.filter((c) => c.note).map((c) => c.id), [noted[0]!.id], "and served after a restart");
    });

    test("every answer carries the Content-Security-Policy; errors are JSON; the OpenAPI document describes every route", async () => {
      for (const path of ["/", "/api/health", "/api/stories/none", "/no/such/page", "/openapi.json"]) {
        const answer = await call(path);
        assert.match(answer.headers.get("content-security-policy") ?? "", /default-src 'self'/, path);
        assert.equal(answer.headers.get("x-content-type-options"), "nosniff");
      }
      const notFound = await call("/no/such/page");
      assert.deepEqual([notFound.status, notFound.body], [404, { error: "no such page" }]);
      const doc = (await call("/openapi.json")).body as { openapi: string; paths: Record<string, Record<string, { parameters: Array<{ name: string; schema: { maximum?: number } }> }>> };
      assert.equal(doc.openapi, "3.1.0");
      for (const path of ["/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/search", "/api/check", "/api/claims/{id}/note", "/api/ingest", "/api/health"]) assert.ok(doc.paths[path], path);
      assert.equal(doc.paths["/api/stories"]!.get!.parameters.find((p) => p.name === "limit")!.schema.maximum, 100);
      const ingest = doc.paths["/api/ingest"]!.post as unknown as { responses: Record<string, { content: Record<string, { schema: { properties?: Record<string, unknown> } }> }> };
      assert.ok(ingest.responses["422"]?.content["application/json"]!.schema.properties?.items, "a refused upload answers with the job and each item's reason, as documented");
      assert.equal((await call("/api/health")).body.status, "ok");
    });

    test("the web app's pages are served, under the same policy, with article markup as text", async () => {
      const [dam] = storyPageSchema.parse((await call("/api/stories?order=articles&limit=1")).body).items;
      const index = await call("/");
      assert.equal(index.status, 200);
      assert.ok(String(index.body.text).includes(dam!.id), "the list links the story");
      const story = await call(`/stories/${dam!.id}.html`);
      assert.equal(story.status, 200);
      assert.match(story.headers.get("content-security-policy")!, /script-src 'self'/);
      assert.equal((await call("/stories/no-such-story.html")).status, 404);
      assert.equal(storySchema.parse((await call(`/stories/${dam!.id}.json`)).body).id, dam!.id);
      const claimId = storySchema.parse((await call(`/api/stories/${dam!.id}`)).body).claims[1]!.id;
      await call(`/api/claims/${claimId}/note`, { method: "PUT", headers: { "content-type": "application/json" }, body: '{"verdict":"false","text":"Page-cache probe"}' });
      assert.ok(String((await call(`/stories/${dam!.id}.html`)).body.text).includes("Page-cache probe"), "a kept page is made again when a note changes");
      const [hit] = (await call("/api/search?q=floodgates")).body.items as Array<{ articleId: string }>;
      const page = String((await call(`/articles/${hit!.articleId}.html`)).body.text);
      assert.ok(/&(#60|lt);script&(#62|gt);/.test(page) && !page.includes("<script>alert"), "a title's script is text");
      assert.ok(!/<img[^>]*onerror/i.test(page) && !/href="javascript:/i.test(page));
      // Opened without ?story (a bookmark, a search hit), an article's page shows its story's readings all the same.
      const member = storySchema.parse((await call(`/api/stories/${dam!.id}`)).body).claims[0]!.mentions[0]!.articleId;
      const bare = String((await call(`/articles/${member}.html`)).body.text);
      assert.equal(bare, String((await call(`/articles/${member}.html?story=${dam!.id}`)).body.text));
      assert.match(bare, /claim \(/, "the claim quotes are marked");
      assert.equal(String((await call(`/articles/${member}.html?story=no-such-story`)).body.text), bare, "a story it is not in: its own");
      const css = await fetch(`${server!.url}/assets/dossier.css`);
      assert.deepEqual([css.status, css.headers.get("content-type")], [200, "text/css; charset=utf-8"]);
    });

    test("a story page is read from the store, where the build put it; the server makes a stale or damaged one without writing", async () => {
      const store = await openStore(location);
      try {
        const items = storyPageSchema.parse((await call("/api/stories?order=articles&limit=5")).body).items;
        // A story the test above did not open (not in the server's memory yet), and the one it put a note on.
        const [dam, other] = [items[0]!, items.find((s, i) => i > 0 && s.articles > 1) ?? items[1]!];
        const stored = (await store.getStoryPages([other.id])).get(other.id);
        assert.ok(stored, "the build that analysed the story kept its page");
        const [noted] = await withStoredNotes(store, [(await store.getStory(other.id))!]);
        assert.equal(stored.digest, storyPageDigest(noted!), "under the digest of what it shows");
        assert.match(unpackPage(stored.page), /<table class="matrix">|No claims found/);
        // A stored page under the right digest is what the server sends: it is not made again.
        await store.putStoryPages([{ storyId: other.id, digest: stored.digest, page: packPage("<p>stored page probe</p>") }]);
        assert.equal((await call(`/stories/${other.id}.html`)).body.text, "<p>stored page probe</p>");
        await store.putStoryPages([{ storyId: other.id, ...stored }]);
        // The noted story's page was made by the server after the note, and kept in its memory only: the server never
        // writes to the store (a write would wait for a build's lock), so the store still holds the build's page.
        const [withNote] = await withStoredNotes(store, [(await store.getStory(dam.id))!]);
        assert.ok(String((await call(`/stories/${dam.id}.html`)).body.text).includes("Page-cache probe"));
        const kept = (await store.getStoryPages([dam.id])).get(dam.id);
        assert.ok(kept && kept.digest !== storyPageDigest(withNote!) && !unpackPage(kept.page).includes("Page-cache probe"));
        // A damaged stored page under the right digest is made again, not an error (a story not asked for yet).
        const third = items.find((s) => s.id !== dam.id && s.id !== other.id)!;
        const [thirdStory] = await withStoredNotes(store, [(await store.getStory(third.id))!]);
        await store.putStoryPages([{ storyId: third.id, digest: storyPageDigest(thirdStory!), page: new Uint8Array([1, 2, 3]) }]);
        const remade = await call(`/stories/${third.id}.html`);
        assert.equal(remade.status, 200);
        assert.match(String(remade.body.text), /<table class="matrix">|No claims found/);
      } finally {
        await store.close();
      }
    });

    test("on loopback, a request for another host name or a write from another origin is refused", async () => {
      const port = new URL(server!.url).port;
      const raw = (headers: Record<string, string>, method = "GET", path = "/api/health") =>
        new Promise<number>((resolve, reject) => {
          const req = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on("error", reject);
          req.end(method === "GET" ? undefined : '{"claims":[{"claim":"x"}]}');
        });
      assert.equal(await raw({ host: `localhost:${port}` }), 200);
      assert.equal(await raw({ host: "attacker.example" }), 403, "a rebound DNS name reaches nothing");
      assert.equal(await raw({ host: `127.0.0.1:${port}`, origin: "https://attacker.example", "content-type": "application/json" }, "POST", "/api/check"), 403);
    });

    test("with a token, writes and notes need it; off loopback the server will not start without one", async () => {
      await assert.rejects(startServer({ db: location, host: "0.0.0.0", port: 0 }), /needs a token/);
      const guarded = await startServer({ db: location, port: 0, token: "s3cret-token" });
      try {
        const at = (path: string, init: RequestInit = {}) => fetch(`${guarded.url}${path}`, init);
        const [dam] = storyPageSchema.parse(await (await at("/api/stories?order=articles&limit=1")).json()).items;
        const story = storySchema.parse(await (await at(`/api/stories/${dam!.id}`)).json());
        assert.ok(story.claims.every((c) => !c.note), "no notes without the token");
        const note = { method: "PUT", body: '{"verdict":"unclear"}' };
        assert.equal((await at(`/api/claims/${story.claims[0]!.id}/note`, { ...note, headers: { "content-type": "application/json" } })).status, 401);
        assert.equal((await at(`/api/claims/${story.claims[0]!.id}/note`, { ...note, headers: { "content-type": "application/json", authorization: "Bearer wrong-token!" } })).status, 401);
        assert.equal((await at("/api/ingest", { method: "POST", headers: { "content-type": "text/plain" }, body: LATE_REPORT })).status, 401);
        assert.equal((await at(`/api/stories/${dam!.id}/notes`)).status, 401);
        const bearer = { "content-type": "application/json", authorization: "Bearer s3cret-token" };
        assert.equal((await at(`/api/claims/${story.claims[0]!.id}/note`, { ...note, headers: bearer })).status, 200);
        const seen = storySchema.parse(await (await at(`/api/stories/${dam!.id}`, { headers: bearer })).json());
        assert.equal(seen.claims[0]!.note?.verdict, "unclear");
      } finally {
        await guarded.close();
      }
    });
  });
}

test("a story's later members are served a page at a time, beside its page that links them", async () => {
  const file = join(tempDir("dossier-members-"), "store.db");
  const store = await openStore(file);
  // A story's analysis reads its first two members here: the demo's largest story has later ones.
  await buildDossier(readdirSync(DEMO_FILES).sort().map((name) => join(DEMO_FILES, name)), { store, config: { claims: { maxStoryArticles: 2 } } });
  const [dam] = (await store.listStoryPage({ offset: 0, limit: 1, order: "articles" })).items;
  const story = (await store.getStory(dam!.id))!;
  await store.close();
  assert.ok(story.articleIds.length > 2 && story.analysedArticles === 2);
  const served = await startServer({ db: file, port: 0 });
  try {
    const get = async (path: string) => fetch(`${served.url}${path}`);
    const json = (await (await get(`/stories/${dam!.id}.members-1.json`)).json()) as MemberPage;
    assert.deepEqual([json.storyId, json.page, json.next], [dam!.id, 1, null]);
    assert.deepEqual(json.listedArticles.map((a) => a.id), story.articleIds.slice(2));
    assert.ok(json.listedArticles.every((a) => !("text" in a)));
    const html = await (await get(`/stories/${dam!.id}.members-1.html`)).text();
    for (const id of story.articleIds.slice(2)) assert.ok(html.includes(`../articles/${id}.html?story=${dam!.id}`), id);
    assert.equal((await get(`/stories/${dam!.id}.members-2.html`)).status, 404);
    assert.equal((await get(`/stories/${dam!.id}.members-1.md`)).status, 404);
    const page = await (await get(`/stories/${dam!.id}.html`)).text();
    assert.match(page, new RegExp(`href="${dam!.id}\\.members-1\\.html"`));
    assert.match(page, new RegExp(`in ${dam!.languages.length} language`), "the summary counts every member's language");
  } finally {
    await served.close();
  }
});

test("a URL with raw letters outside ASCII is refused with a reason a client can act on; encoded, the same search answers", async () => {
  const file = join(tempDir("dossier-raw-url-"), "store.db");
  await (await openStore(file)).close();
  const served = await startServer({ db: file, port: 0 });
  try {
    const { port } = new URL(served.url);
    // What `curl 'http://…/api/search?q=Дамба'` sends: the query's UTF-8 bytes as they are.
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => socket.write(Buffer.from("GET /api/search?q=Дамба HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "utf8")));
      let text = "";
      socket.on("data", (d) => (text += d.toString("utf8")));
      socket.on("close", () => resolve(text));
      socket.on("error", reject);
    });
    assert.match(answer, /^HTTP\/1\.1 400 Bad Request\r\n/);
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as { message: string };
    assert.match(body.message, /percent-encoded/);
    assert.equal((await fetch(`${served.url}/api/search?q=${encodeURIComponent("Дамба")}`)).status, 200);
  } finally {
    await served.close();
  }
});
