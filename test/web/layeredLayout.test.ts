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

test("a cycle is drawn with one edge pointing up, components side by side, and the same graph is drawn the same way", () => {
  const widths = [96, 96, 96, 128, 128];
  const edges: Array<[number, number]> = [[0, 1], [1, 2], [2, 0], [3, 4]];
  const laid = layeredLayout(widths, edges, SPACING);
  boxesApartAndInside(laid, widths);
  const up = edges.filter(([a, b]) => laid.children[b]!.y < laid.children[a]!.y).length;
  assert.equal(up, 1);
  assert.deepEqual(layeredLayout(widths, edges, SPACING), laid);
});
