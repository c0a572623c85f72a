/**
 * Reads answered by reader threads (src/server/readers.ts) are the answers the server's own
 * thread gives: the same status, type and bytes, for every kind of read the API and the web app
 * have, on one SQLite store of the demo corpus.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { buildDossier } from "../../src/pipeline.js";
import { startReaders } from "../../src/server/readers.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { openSqliteStore } from "../../src/store/index.js";
import { DEMO } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-readers-"));
const location = join(dir, "store.db");
let threaded: RunningServer;
let inline: RunningServer;
let storyId = "";
let articleId = "";

before(async () => {
  const store = await openSqliteStore(location);
  await buildDossier([DEMO], { store });
  const page = await store.listStoryPage({ offset: 0, limit: 1, order: "articles" });
  storyId = page.items[0]!.id;
  articleId = (await store.getStory(storyId))!.articleIds[0]!;
  await store.close();
  // One at a time: two opens of one store on one thread would each wait for the other's migration check.
  threaded = await startServer({ db: location, port: 0, readers: 2 });
  inline = await startServer({ db: location, port: 0, readers: 0 });
});
after(async () => {
  await Promise.all([threaded?.close(), inline?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  readonly status: number;
  readonly type: string | null;
  readonly csp: string | null;
  readonly body: string;
}

async function ask(server: RunningServer, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, init);
  return { status: response.status, type: response.headers.get("content-type"), csp: response.headers.get("content-security-policy"), body: await response.text() };
}

test("the threaded server runs its readers; the inline one has none", () => {
  assert.equal(threaded.readers().running, 2);
  assert.equal(inline.readers().running, 0);
});

test("every kind of read gets the same answer from a reader thread as from the server's thread", async () => {
  const check = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ claims: [{ id: "q1", claim: "The Orvel dam gave way after record rain" }] }) };
  const reads: Array<[string, RequestInit?]> = [
    ["/api/health"],
    ["/api/stories?limit=5&order=articles"],
    ["/api/stories?language=de"],
    [`/api/stories/${storyId}`],
    [`/api/stories/${storyId}/notes`],
    [`/api/articles/${articleId}`],
    ["/api/search?q=dam"],
    ["/api/search"],
    ["/api/stories/no-such-story"],
    ["/api/check", check],
    ["/"],
    ["/index.html?q=flood"],
    [`/stories/${storyId}.html`],
    [`/stories/${storyId}.json`],
    [`/stories/${storyId}.md`],
    [`/articles/${articleId}.html?story=${storyId}`],
    ["/stories/no-such-story.html"],
  ];
  const before = threaded.readers().answered;
  for (const [path, init] of reads) {
    const [a, b] = [await ask(threaded, path, init), await ask(inline, path, init)];
    assert.deepEqual(a, b, path);
    assert.ok(a.csp, `${path}: the security headers are sent`);
  }
  assert.equal(threaded.readers().answered - before, reads.length, "each read was answered by a reader thread");
  const statuses = await Promise.all(reads.map(async ([path, init]) => (await ask(threaded, path, init)).status));
  assert.deepEqual(statuses.filter((s) => s === 404).length, 2, "asked at once, each read is answered as asked");
  assert.equal(statuses.filter((s) => s === 400).length, 1);
});

/** A request sent as written: fetch would resolve "..", backslashes and fragments before sending. */
function raw(server: RunningServer, method: string, path: string, body?: string, type = "application/json"): Promise<Answer & { length: string | undefined }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const r = httpRequest({ host: hostname, port, method, path, headers: body === undefined ? {} : { "content-type": type, "content-length": Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () =>
        resolve({
          status: response.statusCode!,
          type: response.headers["content-type"] ?? null,
          csp: (response.headers["content-security-policy"] as string | undefined) ?? null,
          body: Buffer.concat(chunks).toString("utf8"),
          length: response.headers["content-length"],
        }),
      );
    });
    r.on("error", reject);
    r.end(body);
  });
}

test("requests a reader would read otherwise than the request thread routed them get the request thread's answer", async () => {
  const asked: Array<[string, string, string?, string?]> = [
    // A HEAD gives its GET's length.
    ["HEAD", `/api/stories/${storyId}`],
    ["HEAD", `/stories/${storyId}.html`],
    // Paths a URL parser resolves to another route.
    ["GET", `/stories/..\\api\\stories\\${storyId}`],
    ["GET", `/articles/..\\stories\\${storyId}.json`],
    ["GET", "/api/stories/%2e%2e"],
    ["GET", "/api/search?q=dam#x"],
    // A JSON body longer once written again, and a body of an upload's type.
    ["POST", "/api/check", JSON.stringify({ claims: [{ id: "q1", claim: "The Orvel dam gave way" }], pad: Array.from({ length: 9000 }, () => 1e20) }).replaceAll("100000000000000000000", "1e20")],
    ["POST", "/api/check", JSON.stringify({ claims: [{ id: "q1", claim: "The Orvel dam gave way" }] }), "text/plain"],
  ];
  for (const [method, path, body, type] of asked) {
    const [a, b] = [await raw(threaded, method, path, body, type), await raw(inline, method, path, body, type)];
    assert.deepEqual(a, b, `${method} ${path}`);
  }
  const head = await raw(threaded, "HEAD", `/api/stories/${storyId}`);
  assert.ok(Number(head.length) > 1000, "a HEAD gives the story's length");
});

// The timeout catches a hang (a kept-alive connection holding the close for the server's keep-alive timeout, 72 s), not a speed.
test("closing while reads are in flight answers or refuses each of them, and closes without waiting for kept-alive connections", { timeout: 30_000 }, async () => {
  const server = await startServer({ db: location, port: 0, readers: 2 });
  const paths = Array.from({ length: 30 }, (_, i) => (i % 2 ? `/stories/${storyId}.html` : `/api/search?q=dam&offset=${i}`));
  let answered = 0;
  const asked = paths.map((p) =>
    fetch(`${server.url}${p}`).then(
      async (r) => {
        await r.arrayBuffer();
        answered++;
        return r.status;
      },
      () => "reset",
    ),
  );
  while (answered < 3) await new Promise((r) => setTimeout(r, 5));
  await server.close();
  const outcomes = await Promise.all(asked);
  assert.ok(outcomes.every((o) => o === 200 || o === 503 || o === "reset"), JSON.stringify(outcomes));
  assert.ok(outcomes.filter((o) => o === 200).length >= 3);
});

test("readers that have ended answer nothing, so the server's thread answers instead", async () => {
  const readers = await startReaders(1, { location, loopback: true, token: null });
  const health = await readers.answer({ method: "GET", url: "/api/health", headers: { host: "127.0.0.1" } });
  assert.equal(health?.status, 200);
  assert.match(new TextDecoder().decode(health!.body), /"status":"ok"/);
  await readers.close();
  assert.equal(readers.running, 0);
  assert.equal(await readers.answer({ method: "GET", url: "/api/health", headers: { host: "127.0.0.1" } }), null);
});
