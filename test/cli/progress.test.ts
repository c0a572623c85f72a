/** The build's progress on stderr: a bar redrawn in place on a terminal, a few plain lines otherwise. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { progressReporter } from "../../src/cli/progress.js";
import { buildDossier } from "../../src/pipeline.js";
import { DEMO } from "../helpers.js";

describe("build progress", () => {
  it("is called by the build with counts that end at the stories analysed", async () => {
    const seen: Array<[string, number, number | null]> = [];
    const summary = await buildDossier([DEMO], { progress: (stage, done, total) => seen.push([stage, done, total]) });
    assert.ok(seen.some(([stage, done, total]) => stage === "extract" && done > 0 && total === null));
    const analyse = seen.filter(([stage]) => stage === "analyse");
    assert.ok(analyse.length >= 2, "one count per story analysed");
    assert.equal(analyse.at(-1)![1], summary.storiesChanged.length, "ends at the stories the build analysed");
    assert.ok(analyse.every(([, done], i) => i === 0 || done >= analyse[i - 1]![1]), "never goes back");
  });

  it("draws a bar in place on a terminal and keeps log lines apart from it", () => {
    let written = "";
    const r = progressReporter({ isTTY: true, write: (s: string) => (written += s) });
    r.progress("analyse", 0, 4);
    r.log("a line");
    r.progress("analyse", 4, 4);
    r.finish();
    const redraw = "\r\u001b[K";
    assert.ok(written.startsWith(`${redraw}dossier: analyse [${"-".repeat(30)}] 0/4`), written);
    assert.ok(written.includes(`${redraw}dossier: a line\ndossier: analyse`), written);
    assert.ok(written.endsWith(`[${"#".repeat(30)}] 4/4${redraw}`), written);
  });

  it("writes a plain line every tenth of the way without a terminal", () => {
    const lines: string[] = [];
    const r = progressReporter({ isTTY: false, write: (s: string) => lines.push(s) });
    for (let i = 0; i <= 200; i++) r.progress("analyse", i, 200);
    for (let i = 0; i <= 2500; i += 256) r.progress("extract", i, null);
    assert.equal(lines.filter((l) => l.includes("analyse")).length, 10);
    assert.ok(lines.every((l) => !l.includes("\r")));
    assert.equal(lines[0], "dossier: analyse: 20/200 (10%)\n");
    assert.equal(lines[9], "dossier: analyse: 200/200 (100%)\n");
    assert.deepEqual(lines.filter((l) => l.includes("extract")), ["dossier: extract: 1024 read\n", "dossier: extract: 2048 read\n"]);
  });
});
