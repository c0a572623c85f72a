/**
 * A layered drawing of a small directed graph (the provenance graph of a story), top to bottom:
 * the method of Sugiyama et al. that ELK's "layered" algorithm follows, in the few steps a graph
 * of a few dozen boxes needs, cheaply enough for every story page of a build (ELK's cost and this
 * one's drawings against ELK's: `npm run bench:layout`, docs/benchmarks.md).
 *
 * 1. Cycles: an edge that closes one (back to a box still on the path of a depth-first walk) is
 *    laid out reversed, and drawn as it is (its arrow points up).
 * 2. Layers: each box one layer below the lowest box pointing to it; then each box moved down next
 *    to the highest box it points to, so a source cited by one late article stands beside it.
 * 3. An edge across several layers passes through a point in each layer between (a bend).
 * 4. Order within layers: barycentre sweeps, a sweep down and one up, then swaps of neighbours
 *    that cross fewer edges; from the order of a walk down from the sources and from a few
 *    shuffled orders (seeded: one graph is always drawn alike), keeping the order of fewest crossings.
 * 5. Across: each box as near as its order allows to the mean of its neighbours above (then
 *    below), solved exactly per layer by pooling adjacent violators.
 * 6. Paths: from the bottom of the upper box through its bends to the top of the lower, the ends
 *    of a box's edges spread along its side in the order of where they go. A loop has no path.
 * 7. Connected components side by side, wrapped into rows of about a golden shape.
 *
 * Input and output are by index (boxes n0…, edges e0…).
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An edge drawn: one section, from its source's side through its bends to its target's side. */
export interface LaidOutEdge {
  readonly id: string;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly sections: ReadonlyArray<{ readonly id: string; readonly startPoint: Point; readonly endPoint: Point; readonly bendPoints: readonly Point[] }>;
}

/** A graph laid out: its size and its boxes' places (ids n0…, in input order), its edges' paths (e0…). */
export interface LaidOutGraph {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly children: ReadonlyArray<{ readonly id: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number }>;
  readonly edges: readonly LaidOutEdge[];
}

export interface LayoutSpacing {
  readonly nodeHeight: number;
  /** Between boxes of one layer. */
  readonly nodeGap: number;
  /** Between layers. */
  readonly layerGap: number;
  /** Around the drawing. */
  readonly padding: number;
}

/** Ordering sweeps (a sweep down and one up each) at most; a graph whose crossings reach none stops sooner. */
const SWEEPS = 8;
/** Boxes (bend points too) up to which the ordering also starts from shuffled orders, as ELK's default thoroughness does; above, the walk's order alone. */
const SHUFFLED_UP_TO = 60;
/** Shuffled starts tried. */
const SHUFFLED_TRIES = 20;
/** Sweeps in a row that cross no fewer edges after which the ordering from one start stops. */
const STALE_SWEEPS = 2;
/** Passes of swapping neighbours at most: each swap crosses fewer edges, so they end anyway; this bounds a pass's work. */
const TRANSPOSE_PASSES = 16;
/**
 * Pull of a box with no neighbour in the layer it is placed against, beside 1 for one with:
 * it stays where it is unless its neighbours in the row push it.
 */
const LONE_BOX_WEIGHT = 0.01;
/** Rounds of placing boxes across (down, then up). */
const PLACEMENT_ROUNDS = 6;
/** Width a bend point takes in its layer: edges passing one layer keep apart. */
const BEND_WIDTH = 8;
/** Width over height the rows of components approach. */
const ASPECT = 1.6;

interface Box {
  /** Index of the input box; -1 for a bend point. */
  readonly of: number;
  readonly width: number;
  readonly layer: number;
  x: number;
}

/** A laid out component: its boxes' positions and its edges' paths, from (0, 0). */
interface Component {
  readonly boxes: number[];
  readonly width: number;
  readonly height: number;
  readonly x: Map<number, number>;
  readonly y: Map<number, number>;
  /** Per input edge: points from its source's side to its target's side. */
  readonly paths: Map<number, Array<{ x: number; y: number }>>;
}

export function layeredLayout(widths: readonly number[], edges: ReadonlyArray<readonly [number, number]>, spacing: LayoutSpacing): LaidOutGraph {
  const n = widths.length;
  // 7. Connected components, each laid out alone (ELK's separateConnectedComponents), placed after.
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [a, b] of edges) parent[find(a)] = find(b);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) pushTo(groups, find(i), i);
  const edgesOf = new Map<number, number[]>();
  edges.forEach(([a], e) => pushTo(edgesOf, find(a), e));
  const components = [...groups].map(([root, boxes]) => layoutComponent(boxes, edgesOf.get(root) ?? [], widths, edges, spacing));
  // Largest first, in rows no wider than a golden shape of their total area (or the widest component).
  components.sort((a, b) => b.height * b.width - a.height * a.width || a.boxes[0]! - b.boxes[0]!);
  const area = components.reduce((t, c) => t + (c.width + spacing.nodeGap) * (c.height + spacing.layerGap), 0);
  const rowWidth = Math.max(Math.sqrt(area * ASPECT), ...components.map((c) => c.width));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const paths: Array<Array<{ x: number; y: number }>> = new Array(edges.length);
  let left = 0;
  let top = 0;
  let rowHeight = 0;
  let width = 0;
  for (const c of components) {
    if (left > 0 && left + c.width > rowWidth) {
      top += rowHeight + spacing.layerGap;
      left = 0;
      rowHeight = 0;
    }
    const dx = spacing.padding + left;
    const dy = spacing.padding + top;
    for (const i of c.boxes) {
      x[i] = c.x.get(i)! + dx;
      y[i] = c.y.get(i)! + dy;
    }
    for (const [e, points] of c.paths) paths[e] = points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
    left += c.width + spacing.nodeGap;
    rowHeight = Math.max(rowHeight, c.height);
    width = Math.max(width, left - spacing.nodeGap);
  }
  return {
    id: "root",
    width: width + 2 * spacing.padding,
    height: top + rowHeight + 2 * spacing.padding,
    children: widths.map((w, i) => ({ id: `n${i}`, x: x[i]!, y: y[i]!, width: w, height: spacing.nodeHeight })),
    edges: edges.map(([a, b], e): LaidOutEdge => {
      const points = paths[e];
      return {
        id: `e${e}`,
        sources: [`n${a}`],
        targets: [`n${b}`],
        // A loop (a box to itself) has no path: nothing is drawn for it.
        sections: points ? [{ id: `s${e}`, startPoint: points[0]!, endPoint: points[points.length - 1]!, bendPoints: points.slice(1, -1) }] : [],
      };
    }),
  };
}

function layoutComponent(members: readonly number[], edgeIds: readonly number[], widths: readonly number[], edges: ReadonlyArray<readonly [number, number]>, spacing: LayoutSpacing): Component {
  const local = new Map(members.map((i, k) => [i, k]));
  const n = members.length;
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const e of edgeIds) {
    const [a, b] = edges[e]!;
    if (a !== b) out[local.get(a)!]!.push(local.get(b)!);
  }
  // 1. Edges that close a cycle in a depth-first walk, laid out reversed.
  const reversed = backEdges(out);
  // Edges as laid out, downwards, each once per direction: "a cites b" and "b copies a" are two lines, side by side.
  const down = new Map<string, [number, number]>();
  /** Per input edge, the key of its laid out edge; none for a loop. */
  const laidKey = new Map<number, string>();
  for (const e of edgeIds) {
    const [ga, gb] = edges[e]!;
    if (ga === gb) continue;
    const [a, b] = [local.get(ga)!, local.get(gb)!];
    const flipped = reversed.has(`${a}>${b}`);
    const [u, v] = flipped ? [b, a] : [a, b];
    const key = `${u}>${v}${flipped ? "^" : ""}`;
    down.set(key, [u, v]);
    laidKey.set(e, key);
  }
  const children: number[][] = Array.from({ length: n }, () => []);
  const parents: number[][] = Array.from({ length: n }, () => []);
  for (const [u, v] of down.values()) {
    children[u]!.push(v);
    parents[v]!.push(u);
  }
  // 2. Layers: longest path from the sources (Kahn's order), then each box moved down beside the highest box it points to.
  const layer = new Int32Array(n);
  const waiting = Int32Array.from(parents, (p) => p.length);
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (waiting[i] === 0) order.push(i);
  for (let q = 0; q < order.length; q++) {
    const a = order[q]!;
    for (const b of children[a]!) {
      layer[b] = Math.max(layer[b]!, layer[a]! + 1);
      if (--waiting[b]! === 0) order.push(b);
    }
  }
  for (let q = order.length - 1; q >= 0; q--) {
    const a = order[q]!;
    if (children[a]!.length > 0) layer[a] = Math.min(...children[a]!.map((c) => layer[c]!)) - 1;
  }
  // 3. Boxes of the layout: the component's, and a bend point in each layer an edge passes.
  const boxes: Box[] = members.map((i, k) => ({ of: i, width: widths[i]!, layer: layer[k]!, x: 0 }));
  /** Per laid out edge (u>v): the chain of boxes from u to v. */
  const chains = new Map<string, number[]>();
  for (const [key, [u, v]] of down) {
    const chain = [u];
    for (let l = layer[u]! + 1; l < layer[v]!; l++) {
      boxes.push({ of: -1, width: BEND_WIDTH, layer: l, x: 0 });
      chain.push(boxes.length - 1);
    }
    chain.push(v);
    chains.set(key, chain);
  }
  const above: number[][] = boxes.map(() => []);
  const below: number[][] = boxes.map(() => []);
  for (const chain of chains.values())
    for (let k = 1; k < chain.length; k++) {
      below[chain[k - 1]!]!.push(chain[k]!);
      above[chain[k]!]!.push(chain[k - 1]!);
    }
  const layers: number[][] = [];
  // First order: boxes as met in a walk down from the sources, so a box starts near those it hangs from.
  const placed = new Uint8Array(boxes.length);
  const visit = (start: number): void => {
    const stack = [start];
    while (stack.length) {
      const b = stack.pop()!;
      if (placed[b]) continue;
      placed[b] = 1;
      (layers[boxes[b]!.layer] ??= []).push(b);
      for (let k = below[b]!.length - 1; k >= 0; k--) stack.push(below[b]![k]!);
    }
  };
  for (let b = 0; b < boxes.length; b++) if (above[b]!.length === 0) visit(b);
  // Every box is reached from a source once cycles are reversed; a guard all the same, so none is left out of the layers.
  for (let b = 0; b < boxes.length; b++) visit(b);
  for (let l = 0; l < layers.length; l++) layers[l] ??= [];
  // 4. Order: barycentre sweeps from the walk's order and from a few shuffled ones, keeping the best order met.
  const position = new Float64Array(boxes.length);
  const index = (): void => layers.forEach((row) => row.forEach((b, k) => (position[b] = k)));
  const walked = layers.map((row) => [...row]);
  index();
  let best = walked;
  let fewest = crossings(layers, below, position);
  const sortBy = (row: number[], neighbours: number[][]): void => {
    const key = new Map(row.map((b) => [b, neighbours[b]!.length ? neighbours[b]!.reduce((t, c) => t + position[c]!, 0) / neighbours[b]!.length : position[b]!]));
    row.sort((p, q) => key.get(p)! - key.get(q)! || position[p]! - position[q]!);
    row.forEach((b, k) => (position[b] = k));
  };
  const tries = boxes.length <= SHUFFLED_UP_TO ? SHUFFLED_TRIES + 1 : 1;
  let seed = 1;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let attempt = 0; attempt < tries && fewest > 0; attempt++) {
    walked.forEach((row, l) => {
      layers[l] = [...row];
      // Fisher-Yates with a fixed seed: the same graph is always drawn the same way.
      if (attempt > 0) for (let k = row.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [layers[l]![k], layers[l]![j]] = [layers[l]![j]!, layers[l]![k]!];
      }
    });
    index();
    let stale = 0;
    for (let sweep = 0; sweep < SWEEPS && fewest > 0 && stale < STALE_SWEEPS; sweep++) {
      for (let l = 1; l < layers.length; l++) sortBy(layers[l]!, above);
      for (let l = layers.length - 2; l >= 0; l--) sortBy(layers[l]!, below);
      transpose(layers, above, below, position);
      const now = crossings(layers, below, position);
      if (now < fewest) {
        fewest = now;
        best = layers.map((row) => [...row]);
        stale = 0;
      } else stale++;
    }
  }
  best.forEach((row, l) => (layers[l] = row));
  index();
  // 5. Across: packed, then each layer as near its neighbours' centres (above, then below) as its order allows.
  for (const row of layers) {
    let left = 0;
    for (const b of row) {
      boxes[b]!.x = left;
      left += boxes[b]!.width + spacing.nodeGap;
    }
  }
  const centre = (b: number): number => boxes[b]!.x + boxes[b]!.width / 2;
  for (let round = 0; round < PLACEMENT_ROUNDS; round++) {
    for (let l = 1; l < layers.length; l++) place(layers[l]!, above, boxes, centre, spacing.nodeGap);
    for (let l = layers.length - 2; l >= 0; l--) place(layers[l]!, below, boxes, centre, spacing.nodeGap);
  }
  const minX = Math.min(...boxes.map((b) => b.x));
  const maxX = Math.max(...boxes.map((b) => b.x + b.width));
  const rowTop = (l: number): number => l * (spacing.nodeHeight + spacing.layerGap);
  const x = new Map<number, number>();
  const y = new Map<number, number>();
  boxes.forEach((b) => {
    if (b.of >= 0) {
      x.set(b.of, b.x - minX);
      y.set(b.of, rowTop(b.layer));
    }
  });
  // 6. Paths: from the bottom of the upper box through each bend to the top of the lower; a reversed edge runs the other way.
  // A box's edges leave (and arrive) spread along its side, in the order of where they go, so that none cross at the box.
  const leaving = new Map<number, Array<{ key: string; toward: number }>>();
  const arriving = new Map<number, Array<{ key: string; toward: number }>>();
  for (const [key, chain] of chains) {
    const [first, second, last, before] = [chain[0]!, chain[1]!, chain[chain.length - 1]!, chain[chain.length - 2]!];
    pushTo(leaving, first, { key, toward: centre(second) });
    pushTo(arriving, last, { key, toward: centre(before) });
  }
  const portOf = (ends: Map<number, Array<{ key: string; toward: number }>>): Map<string, number> => {
    const out = new Map<string, number>();
    for (const [box, list] of ends) {
      list.sort((p, q) => p.toward - q.toward);
      const { x: left, width } = boxes[box]!;
      list.forEach((end, k) => out.set(end.key, left + (width * (k + 1)) / (list.length + 1)));
    }
    return out;
  };
  const start = portOf(leaving);
  const end = portOf(arriving);
  const paths = new Map<number, Array<{ x: number; y: number }>>();
  for (const e of edgeIds) {
    const key = laidKey.get(e);
    if (key === undefined) continue;
    const flipped = key.endsWith("^");
    const chain = chains.get(key)!;
    const points: Array<{ x: number; y: number }> = [];
    chain.forEach((box, k) => {
      const top = rowTop(boxes[box]!.layer);
      if (k === 0) points.push({ x: start.get(key)! - minX, y: top + spacing.nodeHeight });
      else if (k === chain.length - 1) points.push({ x: end.get(key)! - minX, y: top });
      else points.push({ x: centre(box) - minX, y: top }, { x: centre(box) - minX, y: top + spacing.nodeHeight });
    });
    paths.set(e, flipped ? points.reverse() : points);
  }
  return { boxes: [...members], width: maxX - minX, height: rowTop(layers.length - 1) + spacing.nodeHeight, x, y, paths };
}

/** Crossings between adjacent layers: pairs of edges whose ends are in opposite orders. */
function crossings(layers: readonly (readonly number[])[], below: readonly number[][], position: Float64Array): number {
  let count = 0;
  for (const row of layers) {
    const ends: Array<[number, number]> = [];
    for (const b of row) for (const c of below[b]!) ends.push([position[b]!, position[c]!]);
    for (let i = 0; i < ends.length; i++)
      for (let j = i + 1; j < ends.length; j++) if ((ends[i]![0] - ends[j]![0]) * (ends[i]![1] - ends[j]![1]) < 0) count++;
  }
  return count;
}

/** Crossings of the edges of two boxes side by side (p left of q) with the layer above and the one below. */
function pairCrossings(p: number, q: number, above: readonly number[][], below: readonly number[][], position: Float64Array): number {
  let count = 0;
  for (const near of [above, below]) for (const a of near[p]!) for (const b of near[q]!) if (position[a]! > position[b]!) count++;
  return count;
}

/** Neighbours in a layer swapped wherever that crosses fewer edges, until no swap does (the "transpose" step of Gansner et al.). */
function transpose(layers: number[][], above: readonly number[][], below: readonly number[][], position: Float64Array): void {
  for (let improved = true, rounds = 0; improved && rounds < TRANSPOSE_PASSES; rounds++) {
    improved = false;
    for (const row of layers)
      for (let k = 0; k + 1 < row.length; k++) {
        const [p, q] = [row[k]!, row[k + 1]!];
        if (pairCrossings(q, p, above, below, position) < pairCrossings(p, q, above, below, position)) {
          row[k] = q;
          row[k + 1] = p;
          position[q] = k;
          position[p] = k + 1;
          improved = true;
        }
      }
  }
}

/**
 * One layer's boxes placed across, in their order and apart by the gap, each as near as can be to
 * the mean centre of its neighbours in the layer compared with (where it has any): the least
 * squares placement, by pooling adjacent violators.
 */
function place(row: readonly number[], neighbours: readonly number[][], boxes: Box[], centre: (b: number) => number, gap: number): void {
  if (row.length === 0) return;
  // With the offsets of packed boxes taken out, the order constraint is that the values do not decrease.
  const offset: number[] = [];
  let sum = 0;
  for (const b of row) {
    offset.push(sum);
    sum += boxes[b]!.width + gap;
  }
  const wanted = row.map((b, k) => {
    const near = neighbours[b]!;
    const target = near.length ? near.reduce((t, c) => t + centre(c), 0) / near.length : centre(b);
    return target - boxes[b]!.width / 2 - offset[k]!;
  });
  const weight = row.map((b) => (neighbours[b]!.length ? 1 : LONE_BOX_WEIGHT));
  // Blocks of pooled values: mean, weight, count.
  const blocks: Array<{ mean: number; weight: number; count: number }> = [];
  wanted.forEach((w, k) => {
    blocks.push({ mean: w, weight: weight[k]!, count: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.mean > blocks[blocks.length - 1]!.mean) {
      const last = blocks.pop()!;
      const prev = blocks[blocks.length - 1]!;
      const total = prev.weight + last.weight;
      prev.mean = (prev.mean * prev.weight + last.mean * last.weight) / total;
      prev.weight = total;
      prev.count += last.count;
    }
  });
  let k = 0;
  for (const block of blocks) for (let c = 0; c < block.count; c++, k++) boxes[row[k]!]!.x = block.mean + offset[k]!;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The edges ("a>b", by box index) that close a cycle in a depth-first walk from each box in
 * turn: to a box still on the walk's path. Without them the graph has no cycle.
 */
export function backEdges(out: readonly (readonly number[])[]): Set<string> {
  const back = new Set<string>();
  const state = new Uint8Array(out.length); // 0 unseen, 1 on the path, 2 done
  for (let root = 0; root < out.length; root++) {
    if (state[root]) continue;
    const stack: Array<[number, number]> = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [a, k] = top;
      if (k < out[a]!.length) {
        top[1]++;
        const b = out[a]![k]!;
        if (state[b] === 1) back.add(`${a}>${b}`);
        else if (state[b] === 0) {
          state[b] = 1;
          stack.push([b, 0]);
        }
      } else {
        state[a] = 2;
        stack.pop();
      }
    }
  }
  return back;
}
