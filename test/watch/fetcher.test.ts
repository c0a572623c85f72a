/**
 * The watch fetcher against a real server on loopback: robots.txt, redirects re-checked hop by
 * hop, loopback refused without --allow-private, bodies cut at the size cap, per-host pacing.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createFetcher, type Fetched } from "../../src/watch/fetcher.js";
import { createHostPacer } from "../../src/watch/hostPacer.js";
import { defaultWatchPolicy, type FetchPolicy } from "../../src/watch/policy.js";
import { type LocalServer, send, startServer } from "./localServer.js";

const policy = (over: Partial<FetchPolicy> = {}): FetchPolicy => ({ ...defaultWatchPolicy.fetch, allowPrivate: true, minHostIntervalMs: 0, timeoutMs: 5_000, ...over });
const error = (f: Fetched): string => (f.ok ? "(fetched)" : f.error);

describe("watch fetcher", () => {
  let server: LocalServer;
  let base: string;
  before(async () => {
    server = await startServer({
      "/robots.txt": send(200, "User-agent: *\nDisallow: /private\nAllow: /private/open\n\nUser-agent: OtherBot\nDisallow: /\n", "text/plain"),
      "/page": send(200, "<html><body><p>A page.</p></body></html>"),
      "/private/secret": send(200, "secret"),
      "/private/open": send(200, "open"),
      "/hop": (_req, res, port) => {
        res.writeHead(302, { location: `http://localhost:${port}/page` });
        res.end();
      },
      "/to-loopback": (_req, res, port) => {
        res.writeHead(301, { location: `http://127.0.0.1:${port}/page` });
        res.end();
      },
      "/to-file": (_req, res) => {
        res.writeHead(302, { location: "file:///etc/passwd" });
        res.end();
      },
      "/loop": (_req, res) => {
        res.writeHead(302, { location: "/loop" });
        res.end();
      },
      "/big": (_req, res) => {
        // 4 MB in 64 KB chunks, no content-length: the cap must stop the reading, not a header.
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(64 * 1024, "a");
        let sent = 0;
        const more = (): void => {
          while (sent < 64) {
            sent++;
            if (!res.write(chunk)) return void res.once("drain", more);
          }
          res.end();
        };
        more();
      },
      "/declared-big": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html", "content-length": String(10 * 1024 * 1024) });
        res.write("x");
      },
      "/silent": () => {},
    });
    base = `http://127.0.0.1:${server.port}`;
  });
  after(() => server.close());

  it("fetches a page, following a redirect, with its User-Agent", async () => {
    const got = await createFetcher(policy()).fetch(`${base}/hop`);
    assert.ok(got.ok, error(got));
    assert.equal(new TextDecoder().decode(got.bytes), "<html><body><p>A page.</p></body></html>");
    assert.equal(got.url, `http://localhost:${server.port}/page`);
  });

  it("refuses loopback without --allow-private, also reached through a redirect from a public name", async () => {
    const strict = policy({ allowPrivate: false });
    assert.match(error(await createFetcher(strict).fetch(`${base}/page`)), /refused: 127\.0\.0\.1 .*loopback/);
    assert.match(error(await createFetcher(strict).fetch(`http://[::ffff:127.0.0.1]:${server.port}/page`)), /refused: .*loopback/);
    assert.match(error(await createFetcher(strict).fetch(`http://localhost:${server.port}/page`)), /refused: localhost resolves to .*loopback/);
    // "localhost" made to resolve to a public address for the check: the first hop passes, the redirect to 127.0.0.1 does not.
    const before = server.log.length;
    const got = await createFetcher(strict, async () => ["93.184.216.34"]).fetch(`http://localhost:${server.port}/to-loopback`);
    assert.match(error(got), /refused: 127\.0\.0\.1 resolves to 127\.0\.0\.1, a loopback address/);
    assert.deepEqual(server.log.slice(before), ["localhost /robots.txt", "localhost /to-loopback"]);
  });

  it("refuses a name with any private address among its addresses", async () => {
    const got = await createFetcher(policy({ allowPrivate: false }), async () => ["93.184.216.34", "fe80::1"]).fetch(`http://localhost:${server.port}/page`);
    assert.match(error(got), /fe80::1, a link-local address/);
  });

  it("refuses schemes other than http(s), also as a redirect target", async () => {
    assert.match(error(await createFetcher(policy()).fetch("file:///etc/passwd")), /file is not http or https/);
    assert.match(error(await createFetcher(policy()).fetch(`${base}/to-file`)), /file is not http or https/);
  });

  it("gives up after the redirect limit", async () => {
    assert.match(error(await createFetcher(policy({ maxRedirects: 3 })).fetch(`${base}/loop`)), /more than 3 redirects/);
  });

  it("cuts an oversized body with an error, and stops reading it", async () => {
    const got = await createFetcher(policy({ maxBytes: 200_000 })).fetch(`${base}/big`);
    assert.match(error(got), /too large: more than 200000 bytes/);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(server.endings.get("/big"), "closed");
    assert.match(error(await createFetcher(policy({ maxBytes: 200_000 })).fetch(`${base}/declared-big`)), /too large: 10485760 bytes declared/);
  });

  it("gives up on a server that does not answer", async () => {
    assert.match(error(await createFetcher(policy({ timeoutMs: 300 })).fetch(`${base}/silent`)), /timed out after 300 ms/);
  });

  it("obeys robots.txt: a disallowed URL is not requested, robots.txt is asked once per host", async () => {
    const before = server.log.length;
    const fetcher = createFetcher(policy());
    assert.match(error(await fetcher.fetch(`${base}/private/secret`)), /disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt/);
    assert.ok((await fetcher.fetch(`${base}/private/open`)).ok, "the longer Allow wins");
    assert.ok((await fetcher.fetch(`${base}/page`)).ok);
    assert.deepEqual(server.log.slice(before), ["127.0.0.1 /robots.txt", "127.0.0.1 /private/open", "127.0.0.1 /page"]);
    // A crawler named in its own group reads that group only.
    assert.match(error(await createFetcher(policy({ robotsToken: "OtherBot" })).fetch(`${base}/page`)), /disallowed/);
  });

  it("paces each host: one host's requests come one after another, another host is not held up", async () => {
    const fetcher = createFetcher(policy({ minHostIntervalMs: 700 }));
    const before = server.log.length;
    const a = [1, 2, 3].map(() => fetcher.fetch(`${base}/page`));
    const b = fetcher.fetch(`http://localhost:${server.port}/page`);
    const results = await Promise.all([...a, b]);
    assert.ok(results.every((r) => r.ok));
    const order = server.log.slice(before);
    assert.deepEqual(order.filter((l) => l.startsWith("127.0.0.1 ")), ["127.0.0.1 /robots.txt", "127.0.0.1 /page", "127.0.0.1 /page", "127.0.0.1 /page"]);
    assert.deepEqual(order.filter((l) => l.startsWith("localhost ")), ["localhost /robots.txt", "localhost /page"]);
    // Four turns of 127.0.0.1 take three intervals; localhost's two take one: its page comes before 127.0.0.1's last.
    assert.ok(order.indexOf("localhost /page") < order.lastIndexOf("127.0.0.1 /page"), order.join(", "));
  });

  it("books one start per interval per host (counted, not timed)", async () => {
    const slept: number[] = [];
    const pacer = createHostPacer(1_000, async (ms) => void slept.push(ms));
    await Promise.all([pacer.turn("a"), pacer.turn("a"), pacer.turn("b"), pacer.turn("a")]);
    assert.equal(slept.length, 2, "the second and third request to host a wait; host b does not");
    assert.ok(slept.every((ms) => ms > 0 && ms <= 1_000));
  });
});
