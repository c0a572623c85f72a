/** Running the CLI as a child process that a test may kill -9, a seeded random, and a small corpus of several stories. */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO, ROOT, tempDir } from "../helpers.js";

export interface Running {
  readonly child: ChildProcess;
  /** Progress lines seen so far on stderr. */
  readonly lines: string[];
  /** Resolves when the process has ended. */
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Resolves when the n-th progress line (1-based) has been written, or when the process ends first. */
  line(n: number): Promise<void>;
}

export function startCli(args: readonly string[]): Running {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli", "main.ts"), ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const lines: string[] = [];
  const waiting: Array<{ n: number; resolve: () => void }> = [];
  let stderr = "";
  let partial = "";
  child.stderr!.on("data", (d: Buffer) => {
    stderr += d.toString();
    partial += d.toString();
    const parts = partial.split("\n");
    partial = parts.pop()!;
    lines.push(...parts);
    for (const w of waiting.filter((w) => lines.length >= w.n)) w.resolve();
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => {
      for (const w of waiting) w.resolve();
      resolve({ code, signal, stderr });
    }),
  );
  return {
    child,
    lines,
    done,
    line: (n) => (lines.length >= n || child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => waiting.push({ n, resolve }))),
  };
}

/** Runs the CLI to its end. */
export async function runToEnd(args: readonly string[]): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  const r = await startCli(args).done;
  return { code: r.code, stderr: r.stderr, ms: Date.now() - started };
}

export { seededRandom } from "../../bench/lib/seededRandom.js";

/** The seed of this test run: DOSSIER_CRASH_SEED replays one, otherwise a new one each run. */
export function crashSeed(): number {
  const given = process.env.DOSSIER_CRASH_SEED;
  return given ? Number(given) : Math.floor(Math.random() * 2 ** 31);
}

const PLACES = ["Hollen", "Lindvik", "Orvel", "Tarn", "Kestria", "Brask"];
const EVENTS = [
  (p: string, i: number) => `Flood waters in ${p} rose ${i + 20} centimetres overnight and the council of ${p} closed the old bridge, the river authority said on Monday. Engineers will inspect the embankment again on Tuesday.`,
  (p: string, i: number) => `The mayor of ${p} resigned on Wednesday after ${i + 3} council members backed a vote of no confidence over the budget for the new hospital in ${p}. An election is due within ninety days.`,
  (p: string, i: number) => `Workers at the ${p} steel plant began a strike on Friday demanding a pay rise of ${i + 4} percent, the union said. The plant in ${p} employs about ${(i + 1) * 400} people.`,
];

/**
 * The demo corpus plus generated reports: several stories of several articles each (a report,
 * its copy and its rewrite), so that story assignment has work and a kill can land mid-way.
 */
export function crashCorpus(): string {
  const dir = tempDir("dossier-crash-");
  cpSync(DEMO, join(dir, "demo"), { recursive: true });
  mkdirSync(join(dir, "gen"));
  let n = 0;
  for (const [e, event] of EVENTS.entries()) {
    for (const [p, place] of PLACES.entries()) {
      const text = event(place, p + e);
      writeFileSync(join(dir, "gen", `${n++}.txt`), text);
      writeFileSync(join(dir, "gen", `${n++}.txt`), `${text}\n\nThe report was first published by the ${place} Courier.`);
      writeFileSync(join(dir, "gen", `${n++}.txt`), text.split(". ").reverse().join(". "));
    }
  }
  return dir;
}
