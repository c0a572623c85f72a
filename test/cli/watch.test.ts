/** `dossier watch --once`, end to end through the CLI: a folder, and feeds from a server on loopback. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { DEMO, ROOT, tempDir } from "../helpers.js";
import { type LocalServer, send, startServer } from "../watch/localServer.js";

/** The CLI in a child process without blocking this one (the test's server must keep answering). */
function dossier(args: readonly string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli", "main.ts"), ...args], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code: code ?? -1, stderr }));
  });
}

const demo = (name: string): string => join(DEMO, "hollen-dam", name);

describe("dossier watch --once", () => {
  let server: LocalServer;
  before(async () => {
    server = await startServer({
      "/robots.txt": send(404, "none"),
      "/feed.xml": (req, res, port) =>
        send(200, `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><link>http://127.0.0.1:${port}/</link><item><title>Dam</title><link>http://127.0.0.1:${port}/a</link><guid>a</guid></item></channel></rss>`, "application/rss+xml")(req, res, port),
      "/a": send(200, readFileSync(demo("01-kestria-herald.html"), "utf8")),
    });
  });
  after(() => server.close());

  it("builds a folder's files, logs the new story, writes the reports", async () => {
    const dir = tempDir(), out = tempDir();
    copyFileSync(demo("01-kestria-herald.html"), join(dir, "a.html"));
    copyFileSync(demo("02-northern-wire.html"), join(dir, "b.html"));
    writeFileSync(join(dir, "empty.txt"), "");
    const r = await dossier(["watch", dir, "--once", "--db", join(out, "w.db"), "--out", out]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /3 input\(s\): 2 article\(s\) added, 1 new stor\(ies\), 0 updated, 1 rejected/);
    assert.match(r.stderr, /new story \S+ ".+": 2 article\(s\)/);
    assert.match(r.stderr, /rejected .*empty\.txt: empty file/);
    assert.ok(existsSync(join(out, "dossier.json")));
  });

  it("fetches a feed's items with --allow-private, and refuses the loopback server without it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "feeds.txt"), `# test feeds\nhttp://127.0.0.1:${server.port}/feed.xml\n`);
    const refused = await dossier(["watch", "--feeds", join(dir, "feeds.txt"), "--once", "--db", join(dir, "r.db"), "--out", dir]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /rejected http:\/\/127\.0\.0\.1:\d+\/feed\.xml: feed: refused: 127\.0\.0\.1 resolves to 127\.0\.0\.1, a loopback address/);
    const r = await dossier(["watch", "--feeds", join(dir, "feeds.txt"), "--once", "--allow-private", "--min-host-interval", "0", "--db", join(dir, "w.db"), "--out", dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /1 new\b/);
    assert.match(r.stderr, /1 article\(s\) added, 1 new stor\(ies\)/);
  });

  it("needs a folder or --feeds, not both", async () => {
    assert.equal((await dossier(["watch", "--once"])).code, 2);
    assert.equal((await dossier(["watch", ".", "--feeds", "x.txt", "--once"])).code, 2);
  });
});
