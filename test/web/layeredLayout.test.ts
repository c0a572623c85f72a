import assert from "node:assert/strict";
import { test } from "node:test";
import { type LaidOutGraph, layeredLayout, type Point } from "../../src/web/layeredLayout.js";

const SPACING = { nodeHeight: 34, nodeGap: 24, layerGap: 44, padding: 12 };

function boxesApartAndInside(laid: LaidOutGraph, widths: readonly number[]): void {
  assert.equal(laid.children.length, widths.length);
  for (const [i, b] of laid.children.entries()) {
    assert.equal(b.id, `n${i}`);
    assert.equal(b.width, widths[i]);
    assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.width <= laid.width && b.y + b.height <= laid.height, `${b.id} inside the drawing`);
  }
  for (let i = 0; i < laid.children.length; i++)
    for (let j = i + 1; j < laid.children.length; j++) {
      const [a, b] = [laid.children[i]!, laid.children[j]!];
      assert.ok(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y, `${a.id} and ${b.id} do not overlap`);
    }
}

/** Pairs of edges with no box in common whose drawn paths cross. */
function crossings(laid: LaidOutGraph): number {
  const segments = laid.edges.map((e) => {
    const s = e.sections[0]!;
    const points = [s.startPoint, ...s.bendPoints, s.endPoint];
    return points.slice(1).map((p, k): [Point, Point] => [points[k]!, p]);
  });
  const side = (p: Point, q: Point, r: Point): number => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  const cross = ([a, b]: [Point, Point], [c, d]: [Point, Point]): boolean => side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
  let count = 0;
  for (let i = 0; i < laid.edges.length; i++)
    for (let j = i + 1; j < laid.edges.length; j++) {
      const [x, y] = [laid.edges[i]!, laid.edges[j]!];
      if ([...x.sources, ...x.targets].some((n) => y.sources.includes(n) || y.targets.includes(n))) continue;
      if (segments[i]!.some((s) => segments[j]!.some((t) => cross(s, t)))) count++;
    }
  return count;
}

test("a provenance graph given in a crossing order is drawn without crossings, each source above what relies on it", () => {
  // Two origins: 0 cited by articles 2 and 5, 1 by 2, 3 and 4; met in this order, 5 would sit between 2 and 3.
  const widths = [128, 96, 160, 128, 96, 128];
  const edges: Array<[number, number]> = [[0, 2], [1, 3], [1, 4], [0, 5], [1, 2]];
  const laid = layeredLayout(widths, edges, SPACING);
  boxesApartAndInside(laid, widths);
  assert.equal(crossings(laid), 0);
  for (const [k, [from, to]] of edges.entries()) {
    const [a, b] = [laid.children[from]!, laid.children[to]!];
    const s = laid.edges[k]!.sections[0]!;
    assert.ok(b.y > a.y, `edge ${k} points down`);
    assert.ok(s.startPoint.x >= a.x && s.startPoint.x <= a.x + a.width && s.startPoint.y === a.y + a.height, `edge ${k} leaves the bottom of its source`);
    assert.ok(s.endPoint.x >= b.x && s.endPoint.x <= b.x + b.width && s.endPoint.y === b.y, `edge ${k} reaches the top of its target`);
  }
});

test("an edge across two layers bends around the layer between, and a source cited late stands beside what cites it", () => {
  // 0 → 1 → 2 and 0 → 2: the long edge passes layer 1 beside box 1, not through it. Box 3 is cited by box 2 only.
  const widths = [96, 96, 96, 96];
  const edges: Array<[number, number]> = [[0, 1], [1, 2], [0, 2], [3, 2]];
  const laid = layeredLayout(widths, edges, SPACING);
  boxesApartAndInside(laid, widths);
  const long = laid.edges[2]!.sections[0]!;
  assert.ok(long.bendPoints.length >= 1, "the long edge bends");
  const middle = laid.children[1]!;
  for (const p of long.bendPoints) assert.ok(p.x < middle.x || p.x > middle.x + middle.width, "its bends pass beside box 1");
  assert.equal(laid.children[3]!.y, laid.children[1]!.y, "box 3 sits one layer above box 2, not at the top");
});

/** Each edge's path leaves its source and reaches its target on the sides facing each other, and passes through no other box. */
function pathsOnTheirBoxes(laid: LaidOutGraph, edges: ReadonlyArray<readonly [number, number]>): void {
  for (const [k, [from, to]] of edges.entries()) {
    const sections = laid.edges[k]!.sections;
    if (from === to) {
      assert.equal(sections.length, 0, `loop ${k} has no path`);
      continue;
    }
    const [a, b] = [laid.children[from]!, laid.children[to]!];
    const s = sections[0]!;
    const down = b.y > a.y;
    assert.ok(s.startPoint.x >= a.x && s.startPoint.x <= a.x + a.width && s.startPoint.y === (down ? a.y + a.height : a.y), `edge ${k} leaves its source`);
    assert.ok(s.endPoint.x >= b.x && s.endPoint.x <= b.x + b.width && s.endPoint.y === (down ? b.y : b.y + b.height), `edge ${k} reaches its target`);
    const points = [s.startPoint, ...s.bendPoints, s.endPoint];
    for (const p of points) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y), `edge ${k}: finite points`);
    for (const [i, box] of laid.children.entries()) {
      if (i === from || i === to) continue;
      for (let j = 1; j < points.length; j++)
        for (let t = 0; t <= 1; t += 0.05) {
          const x = points[j - 1]!.x + (points[j]!.x - points[j - 1]!.x) * t;
          const y = points[j - 1]!.y + (points[j]!.y - points[j - 1]!.y) * t;
          assert.ok(!(x > box.x + 1 && x < box.x + box.width - 1 && y > box.y + 1 && y < box.y + box.height - 1), `edge ${k} passes through box ${i}`);
        }
    }
  }
}

test("a cycle is drawn with one edge pointing up from its source's top, components side by side, and the same graph is drawn the same way", () => {
  const widths = [96, 96, 96, 128, 128];
  const edges: Array<[number, number]> = [[0, 1], [1, 2], [2, 0], [3, 4]];
  const laid = layeredLayout(widths, edges, SPACING);
  boxesApartAndInside(laid, widths);
  pathsOnTheirBoxes(laid, edges);
  const up = edges.filter(([a, b]) => laid.children[b]!.y < laid.children[a]!.y).length;
  assert.equal(up, 1);
  const [cycle, pair] = [[0, 1, 2], [3, 4]].map((ids) => ids.map((i) => laid.children[i]!));
  const right = (boxes: typeof cycle) => Math.max(...boxes!.map((b) => b.x + b.width));
  const left = (boxes: typeof cycle) => Math.min(...boxes!.map((b) => b.x));
  assert.ok(right(cycle) <= left(pair) || right(pair) <= left(cycle), "the two components do not overlap across");
  assert.deepEqual(layeredLayout(widths, edges, SPACING), laid);
});

test("an article that cites a source and is copied by it back is drawn with two lines, not one line both ways", () => {
  const widths = [128, 128];
  const edges: Array<[number, number]> = [[0, 1], [1, 0]];
  const laid = layeredLayout(widths, edges, SPACING);
  pathsOnTheirBoxes(laid, edges);
  const [a, b] = laid.edges.map((e) => e.sections[0]!);
  assert.notEqual(a!.startPoint.x, b!.endPoint.x, "the two lines leave the upper box at different places");
});

test("random graphs of up to 40 boxes and 80 edges, cycles, loops and lone boxes among them: boxes apart, paths on their boxes, drawn alike twice", () => {
  let seed = 7;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let round = 0; round < 60; round++) {
    const n = 1 + Math.floor(random() * 40);
    const widths = Array.from({ length: n }, () => 64 + 32 * Math.floor(random() * 6));
    const count = Math.floor(random() * Math.min(80, n * 3));
    const edges: Array<[number, number]> = Array.from({ length: count }, () => [Math.floor(random() * n), Math.floor(random() * n)]);
    const laid = layeredLayout(widths, edges, SPACING);
    boxesApartAndInside(laid, widths);
    pathsOnTheirBoxes(laid, edges);
    assert.deepEqual(layeredLayout(widths, edges, SPACING), laid, `round ${round}`);
  }
});
