/**
 * The extraction step alone, in the build's thread and in extraction threads, on a generated
 * corpus (bench/scale/corpus.ts, the same as `npm run bench:scale`): wall and process CPU (the
 * threads' included) per setting, each on a fresh SQLite store in a temporary folder.
 *
 *   npm run bench:extract-threads -- [SIZE] [THREADS...]   (default 10000, settings 0 2 0 2)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildContext } from "../../src/build/context.js";
import { extractDocuments } from "../../src/build/extractDocuments.js";
import { storeInputs } from "../../src/build/storeInputs.js";
import { openSqliteStore } from "../../src/store/index.js";
import { baseTexts, writeCorpus } from "./corpus.js";

const [size = 10_000, ...given] = process.argv.slice(2).map(Number);
const settings = given.length ? given : [0, 2, 0, 2];
const dir = mkdtempSync(join(tmpdir(), "dossier-extract-threads-"));
try {
  const corpus = join(dir, "corpus.jsonl");
  await writeCorpus(corpus, baseTexts(), size, 0, 1);
  console.log(`| extraction threads | documents | wall s | process CPU s | documents/s |\n|---|---|---|---|---|`);
  for (const [k, threads] of settings.entries()) {
    const store = await openSqliteStore(join(dir, `store-${k}.db`));
    try {
      const ctx = buildContext(store, { log: () => {} });
      await storeInputs(ctx, [corpus]);
      const cpu = process.cpuUsage();
      const start = performance.now();
      const { done } = await extractDocuments(ctx, undefined, threads);
      const wall = (performance.now() - start) / 1000;
      const used = process.cpuUsage(cpu);
      console.log(`| ${threads} | ${done} | ${wall.toFixed(1)} | ${((used.user + used.system) / 1e6).toFixed(1)} | ${Math.round(done / wall)} |`);
    } finally {
      await store.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
