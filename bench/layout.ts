/**
 * `npm run bench:layout [-- STORE]`: the provenance graphs of a built store laid out by Dossier
 * (src/web/layeredLayout.ts, what the story pages draw) and by ELK's layered algorithm (elkjs,
 * which the pages used before; a dev dependency kept for this comparison), one layout per
 * distinct shape within the bounds the pages lay out in layers (larger graphs are drawn in rows
 * by both). Prints per size: shapes, crossings (pairs of edges with no box in common whose
 * drawn paths cross), edges passing through a box, drawing area, and the time of each.
 * Without STORE, builds one from 3,000 generated articles (bench/scale/corpus.ts, about 30 s).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import elkBundled from "elkjs/lib/elk.bundled.js";
import type { ElkNode } from "elkjs/lib/elk-api.js";
import { openStore } from "../src/store/index.js";
import { analysedIds } from "../src/stories/index.js";
import { allStoryListPages } from "../src/web/data.js";
import { type LaidOutGraph, layeredLayout, type Point } from "../src/web/layeredLayout.js";
import { graphShape, LAYERED_MAX_EDGES, LAYERED_MAX_NODES, SPACING } from "../src/web/provenanceGraph.js";
import { timedBuild } from "./lib/cli.js";
import { baseTexts, writeCorpus } from "./scale/corpus.js";

const GENERATED_ARTICLES = 3000;
/** Boxes above which the story pages gave ELK one ordering sweep (its thoroughness 1), as they did until ELK was replaced. */
const ELK_THOROUGH_NODES = 24;

async function storeOrBuilt(): Promise<{ path: string; done: () => void }> {
  const given = process.argv[2];
  if (given) return { path: given, done: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-layout-"));
  const corpus = join(dir, "corpus.jsonl");
  await writeCorpus(corpus, baseTexts(), GENERATED_ARTICLES, 0, GENERATED_ARTICLES);
  const run = timedBuild(corpus, join(dir, "store.db"), join(dir, "out"));
  if (run.code !== 0 && run.code !== 1) throw new Error(`the build of ${GENERATED_ARTICLES} generated articles failed (${run.code})`);
  return { path: join(dir, "store.db"), done: () => rmSync(dir, { recursive: true, force: true }) };
}

type Shape = { widths: number[]; edges: Array<[number, number]> };

async function shapesOf(path: string): Promise<{ stories: number; shapes: Shape[] }> {
  const store = await openStore(path);
  const distinct = new Map<string, Shape>();
  let stories = 0;
  try {
    for await (const list of allStoryListPages(store))
      for (const item of list.items) {
        const story = await store.getStory(item.id);
        if (!story) continue;
        stories++;
        const shape = graphShape(story, await store.getArticleListings(analysedIds(story)));
        distinct.set(JSON.stringify(shape), shape);
      }
  } finally {
    await store.close();
  }
  return { stories, shapes: [...distinct.values()].filter((s) => s.widths.length <= LAYERED_MAX_NODES && s.edges.length <= LAYERED_MAX_EDGES) };
}

type Drawn = Pick<LaidOutGraph, "width" | "height" | "children" | "edges">;

function score(laid: Drawn): { crossings: number; through: number; area: number } {
  const segments = laid.edges.map((e) => {
    const s = e.sections[0]!;
    // ELK leaves out bendPoints when an edge has none.
    const points = [s.startPoint, ...((s.bendPoints as readonly Point[] | undefined) ?? []), s.endPoint];
    return points.slice(1).map((p, k): [Point, Point] => [points[k]!, p]);
  });
  const side = (p: Point, q: Point, r: Point): number => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  const cross = ([a, b]: [Point, Point], [c, d]: [Point, Point]): boolean => side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
  let crossings = 0;
  for (let i = 0; i < laid.edges.length; i++)
    for (let j = i + 1; j < laid.edges.length; j++) {
      const [x, y] = [laid.edges[i]!, laid.edges[j]!];
      if ([...x.sources, ...x.targets].some((n) => y.sources.includes(n) || y.targets.includes(n))) continue;
      if (segments[i]!.some((s) => segments[j]!.some((t) => cross(s, t)))) crossings++;
    }
  // A path through a box other than its ends: sampled along each segment, the box shrunk by a pixel.
  let through = 0;
  laid.edges.forEach((e, i) => {
    for (const b of laid.children) {
      if (e.sources.includes(b.id) || e.targets.includes(b.id)) continue;
      const inside = segments[i]!.some(([p, q]) => {
        for (let t = 0; t <= 1; t += 0.02) {
          const x = p.x + (q.x - p.x) * t;
          const y = p.y + (q.y - p.y) * t;
          if (x > b.x + 1 && x < b.x + b.width - 1 && y > b.y + 1 && y < b.y + b.height - 1) return true;
        }
        return false;
      });
      if (inside) through++;
    }
  });
  return { crossings, through, area: laid.width * laid.height };
}

/** ELK's layout with the options the story pages gave it. */
function elkGraph(shape: Shape): ElkNode {
  return {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "DOWN",
      "elk.edgeRouting": "POLYLINE",
      "elk.spacing.nodeNode": String(SPACING.nodeGap),
      "elk.layered.spacing.nodeNodeBetweenLayers": String(SPACING.layerGap),
      "elk.separateConnectedComponents": "true",
      ...(shape.widths.length > ELK_THOROUGH_NODES ? { "elk.layered.thoroughness": "1" } : {}),
    },
    children: shape.widths.map((width, i) => ({ id: `n${i}`, width, height: SPACING.nodeHeight })),
    edges: shape.edges.map(([a, b], i) => ({ id: `e${i}`, sources: [`n${a}`], targets: [`n${b}`] })),
  };
}

const { path, done } = await storeOrBuilt();
try {
  const { stories, shapes } = await shapesOf(path);
  const elk = new elkBundled.default();
  const sizes = [[1, 3], [4, 8], [9, 16], [17, 24], [25, LAYERED_MAX_NODES]] as const;
  const rows = sizes.map(([from, to]) => ({ label: `${from}–${to}`, shapes: 0, elk: { crossings: 0, through: 0, area: 0, ms: 0 }, ours: { crossings: 0, through: 0, area: 0, ms: 0 }, worse: 0, better: 0 }));
  for (const shape of shapes) {
    const row = rows[sizes.findIndex(([from, to]) => shape.widths.length >= from && shape.widths.length <= to)]!;
    let t = performance.now();
    const byElk = (await elk.layout(elkGraph(shape))) as unknown as Drawn;
    const elkMs = performance.now() - t;
    t = performance.now();
    const byUs = layeredLayout(shape.widths, shape.edges, SPACING);
    const ourMs = performance.now() - t;
    const [e, o] = [score(byElk), score(byUs)];
    row.shapes++;
    for (const [sum, s, ms] of [[row.elk, e, elkMs], [row.ours, o, ourMs]] as const) {
      sum.crossings += s.crossings;
      sum.through += s.through;
      sum.area += s.area;
      sum.ms += ms;
    }
    if (o.crossings + o.through > e.crossings + e.through) row.worse++;
    else if (o.crossings + o.through < e.crossings + e.through) row.better++;
  }
  console.log(`bench:layout: ${stories} stories of ${path}, ${shapes.length} distinct provenance graph shapes of up to ${LAYERED_MAX_NODES} boxes and ${LAYERED_MAX_EDGES} edges\n`);
  console.log("| boxes | shapes | crossings ELK / Dossier | edges through a box ELK / Dossier | Dossier crosses more / fewer | area Dossier / ELK | ms a layout ELK / Dossier |");
  console.log("|---|---|---|---|---|---|---|");
  const all = rows.reduce((t, r) => ({ ...t, shapes: t.shapes + r.shapes, worse: t.worse + r.worse, better: t.better + r.better, elk: add(t.elk, r.elk), ours: add(t.ours, r.ours) }), { label: "all", shapes: 0, worse: 0, better: 0, elk: zero(), ours: zero() });
  for (const r of [...rows, all]) {
    if (r.shapes === 0) continue;
    console.log(`| ${r.label} | ${r.shapes} | ${r.elk.crossings} / ${r.ours.crossings} | ${r.elk.through} / ${r.ours.through} | ${r.worse} / ${r.better} | ${(r.ours.area / r.elk.area).toFixed(2)} | ${(r.elk.ms / r.shapes).toFixed(2)} / ${(r.ours.ms / r.shapes).toFixed(2)} |`);
  }
} finally {
  done();
}

function zero(): { crossings: number; through: number; area: number; ms: number } {
  return { crossings: 0, through: 0, area: 0, ms: 0 };
}
function add(a: ReturnType<typeof zero>, b: ReturnType<typeof zero>): ReturnType<typeof zero> {
  return { crossings: a.crossings + b.crossings, through: a.through + b.through, area: a.area + b.area, ms: a.ms + b.ms };
}
