/**
 * The provenance graph of a story: who copies and who cites whom, with the origins at the
 * root. Laid out in layers at render time, in Node (src/web/layeredLayout.ts), and drawn as
 * inline SVG, so the page needs no script to show it.
 */
import { articleName, type ArticleListing, type Story } from "../model.js";
import { analysedIds } from "../stories/index.js";
import { esc, seg } from "./html.js";
import { backEdges, type LaidOutEdge, type LaidOutGraph, layeredLayout } from "./layeredLayout.js";

/** Characters of a node's label drawn; longer titles are cut (the full one is in the tooltip). */
const LABEL_CHARS = 30;
/** Width of one label character in the SVG's 12px sans-serif, rounded up so text never spills. */
const CHAR_WIDTH = 7;
const NODE_HEIGHT = 34;
/** More nodes than this and the drawing stops being readable; the rest is counted, not drawn. */
const MAX_NODES = 150;
/** Edges drawn at most: ordering the layers costs more than the edges grow, and a page must come in time. */
const MAX_EDGES = 3 * MAX_NODES;

type NodeKind = "article" | "source" | "origin";
interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
  readonly sub: string;
  readonly articleId?: string;
}
interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: "copy" | "cites" | "via";
  readonly label: string;
}

const norm = (s: string): string => s.trim().toLowerCase();
const cut = (s: string): string => (s.length <= LABEL_CHARS ? s : `${s.slice(0, LABEL_CHARS - 1)}…`);

/** Nodes and edges: articles; the sources they cite (an outlet in the story stands for its article); copies. */
export function provenanceOf(story: Story, articles: ReadonlyMap<string, ArticleListing>): { nodes: GraphNode[]; edges: GraphEdge[]; dropped: number } {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const origins = new Set(story.origins.map(norm));
  const byOutlet = new Map<string, string>();
  // The members the analysis read: a later one cites nothing it found.
  for (const id of analysedIds(story)) {
    const a = articles.get(id);
    const outlet = a?.outlet ?? null;
    // The earliest article of an outlet stands for the outlet when another article cites it.
    if (outlet && !byOutlet.has(norm(outlet))) byOutlet.set(norm(outlet), `a:${id}`);
    nodes.set(`a:${id}`, {
      id: `a:${id}`,
      kind: outlet && origins.has(norm(outlet)) ? "origin" : "article",
      label: outlet ?? (a ? articleName(a) : id),
      sub: [a?.published?.slice(0, 10), a?.language].filter(Boolean).join(" · "),
      articleId: id,
    });
  }
  const sourceNode = (name: string): string => {
    const outletNode = byOutlet.get(norm(name));
    if (outletNode) return outletNode;
    const id = `s:${norm(name)}`;
    if (!nodes.has(id)) nodes.set(id, { id, kind: origins.has(norm(name)) ? "origin" : "source", label: name, sub: origins.has(norm(name)) ? "origin" : "source" });
    return id;
  };
  const addEdge = (e: GraphEdge): void => {
    if (e.from !== e.to && !edges.has(`${e.from}>${e.to}`)) edges.set(`${e.from}>${e.to}`, e);
  };
  // Each copy drawn from the one article it is likeliest copied from, and an article no such
  // link reaches (an original whose copies prefer another source) with its strongest link: a
  // story of hundreds of copies links each with every other (7,463 links among 313 articles),
  // which no drawing shows and which took the layout of the time (ELK) a minute.
  type Link = { from: string; to: string; score: number; kind: string };
  const copiedFrom = new Map<string, Link>();
  const strongest = new Map<string, Link>();
  for (const c of story.copies) {
    const [x, y] = c.articleIds;
    const [from, to] = c.original === y ? [y, x] : [x, y];
    const link = { from, to, score: c.score, kind: c.kind };
    const stronger = (kept: Link | undefined): boolean => !kept || c.score > kept.score;
    if (stronger(copiedFrom.get(to))) copiedFrom.set(to, link);
    for (const end of [from, to]) if (stronger(strongest.get(end))) strongest.set(end, link);
  }
  const drawnCopies = [...copiedFrom.values()];
  const reached = new Set(drawnCopies.flatMap((l) => [l.from, l.to]));
  for (const [id, link] of strongest) {
    if (reached.has(id)) continue;
    drawnCopies.push(link);
    reached.add(link.from).add(link.to);
  }
  for (const { from, to, kind } of drawnCopies) addEdge({ from: `a:${from}`, to: `a:${to}`, kind: "copy", label: kind });
  for (const c of story.citations) {
    const article = `a:${c.articleId}`;
    if (!nodes.has(article)) continue;
    if (c.via) {
      const via = sourceNode(c.via);
      addEdge({ from: sourceNode(c.source), to: via, kind: "via", label: "cited by" });
      addEdge({ from: via, to: article, kind: "cites", label: "cited" });
    } else addEdge({ from: sourceNode(c.source), to: article, kind: "cites", label: "cited" });
  }
  // Articles first (the story itself), then the sources most cited.
  const degree = new Map<string, number>();
  for (const e of edges.values()) for (const n of [e.from, e.to]) degree.set(n, (degree.get(n) ?? 0) + 1);
  const kept = [...nodes.values()]
    .sort((a, b) => Number(b.kind !== "source") - Number(a.kind !== "source") || (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))
    .slice(0, MAX_NODES);
  const keep = new Set(kept.map((n) => n.id));
  const drawn = [...edges.values()].filter((e) => keep.has(e.from) && keep.has(e.to)).slice(0, MAX_EDGES);
  return { nodes: kept, edges: drawn, dropped: nodes.size - kept.length };
}

/** Node widths are rounded up to this step, so that boxes of about one label length line up. */
const WIDTH_STEP = 32;
/**
 * Boxes or edges above which the graph is laid out in rows (rowsLayout), not in ordered layers:
 * at that size no ordering of the boxes makes the drawing read at a glance; rows of boxes by
 * layer, in order, wrapped, do as well, and a layer of a hundred copies does not run off the page.
 */
export const LAYERED_MAX_NODES = 40;
export const LAYERED_MAX_EDGES = 80;
/** Boxes in one row of a layer laid out by rowsLayout: a layer of a hundred copies wraps rather than runs off the page. */
const ROW_BOXES = 8;
/** Spacing: between boxes, between layers, around the drawing. */
const NODE_GAP = 24;
const LAYER_GAP = 44;
const PADDING = 12;
export const SPACING = { nodeHeight: NODE_HEIGHT, nodeGap: NODE_GAP, layerGap: LAYER_GAP, padding: PADDING };

/**
 * A layout of a large graph in rows (`children` placed, one straight section per edge): each box
 * one layer below the lowest box that points to it (an edge that closes a cycle in a depth-first
 * walk is not followed), a layer's boxes in the order of the boxes pointing to them, wrapped in
 * rows of ROW_BOXES, centred; edges from their source to their target, leaving and reaching boxes
 * on the sides that face each other.
 */
export function rowsLayout(widths: readonly number[], edges: ReadonlyArray<readonly [number, number]>): LaidOutGraph {
  const n = widths.length;
  const next: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) if (a !== b) next[a]!.push(b);
  // The edges that close a cycle (to a box still on the path of a depth-first walk) are not followed.
  const back = backEdges(next);
  const forward = (a: number, b: number): boolean => a !== b && !back.has(`${a}>${b}`);
  const parents: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) if (forward(a, b)) parents[b]!.push(a);
  // Kahn's order over what is left: a box is placed once every box pointing to it is.
  const before = Int32Array.from(parents, (p) => p.length);
  const layer = new Int32Array(n);
  const order: number[] = [];
  const ready = [...Array(n).keys()].filter((i) => before[i] === 0);
  for (let q = 0; q < ready.length; q++) {
    const a = ready[q]!;
    order.push(a);
    for (const b of next[a]!) {
      if (!forward(a, b)) continue;
      layer[b] = Math.max(layer[b]!, layer[a]! + 1);
      if (--before[b]! === 0) ready.push(b);
    }
  }
  // Within a layer, boxes in the order of the boxes pointing to them (their mean rank), then as given.
  const rank = new Float64Array(n);
  const layers: number[][] = [];
  for (const a of order) (layers[layer[a]!] ??= []).push(a);
  const rows: number[][] = [];
  for (const boxes of layers) {
    if (!boxes) continue;
    const key = (i: number): number => (parents[i]!.length ? parents[i]!.reduce((t, p) => t + rank[p]!, 0) / parents[i]!.length : -1);
    const sorted = boxes.map((i) => [key(i), i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]).map(([, i]) => i);
    sorted.forEach((i, k) => (rank[i] = k));
    for (let k = 0; k < sorted.length; k += ROW_BOXES) rows.push(sorted.slice(k, k + ROW_BOXES));
  }
  const rowWidth = (row: readonly number[]): number => row.reduce((t, i) => t + widths[i]!, 0) + NODE_GAP * (row.length - 1);
  const width = Math.max(0, ...rows.map(rowWidth)) + 2 * PADDING;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let top = PADDING;
  rows.forEach((row, r) => {
    // Rows of one layer stand closer than layers.
    if (r > 0) top += NODE_HEIGHT + (layer[row[0]!] === layer[rows[r - 1]![0]!] ? NODE_GAP : LAYER_GAP);
    let left = (width - rowWidth(row)) / 2;
    for (const i of row) {
      x[i] = left;
      y[i] = top;
      left += widths[i]! + NODE_GAP;
    }
  });
  // Down from the bottom of the source to the top of the target; up (a cycle's closing edge) from top to bottom; within a row, side to side.
  const ends = (a: number, b: number): { startPoint: { x: number; y: number }; endPoint: { x: number; y: number } } => {
    const mid = (i: number): number => x[i]! + widths[i]! / 2;
    if (y[b]! > y[a]!) return { startPoint: { x: mid(a), y: y[a]! + NODE_HEIGHT }, endPoint: { x: mid(b), y: y[b]! } };
    if (y[b]! < y[a]!) return { startPoint: { x: mid(a), y: y[a]! }, endPoint: { x: mid(b), y: y[b]! + NODE_HEIGHT } };
    const right = x[b]! > x[a]!;
    return { startPoint: { x: right ? x[a]! + widths[a]! : x[a]!, y: y[a]! + NODE_HEIGHT / 2 }, endPoint: { x: right ? x[b]! : x[b]! + widths[b]!, y: y[b]! + NODE_HEIGHT / 2 } };
  };
  return {
    id: "root",
    width,
    height: top + NODE_HEIGHT + PADDING,
    children: widths.map((w, i) => ({ id: `n${i}`, x: x[i]!, y: y[i]!, width: w, height: NODE_HEIGHT })),
    edges: edges.map(([a, b], i): LaidOutEdge => ({ id: `e${i}`, sources: [`n${a}`], targets: [`n${b}`], sections: [{ id: `s${i}`, ...ends(a, b), bendPoints: [] }] })),
  };
}

/** Box widths and edges by box index: all a layout reads of a graph. */
function shapeOf(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): { widths: number[]; edges: Array<[number, number]> } {
  const width = (n: GraphNode): number => Math.ceil((Math.max(cut(n.label).length, n.sub.length) * CHAR_WIDTH + 16) / WIDTH_STEP) * WIDTH_STEP;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  return { widths: nodes.map(width), edges: edges.map((e): [number, number] => [index.get(e.from)!, index.get(e.to)!]) };
}

/** The shape of a story's provenance graph as its page lays it out (bench/layout.ts compares layouts on it). */
export function graphShape(story: Story, articles: ReadonlyMap<string, ArticleListing>): { widths: number[]; edges: Array<[number, number]> } {
  const { nodes, edges } = provenanceOf(story, articles);
  return shapeOf(nodes, edges);
}

/** The graph laid out: in ordered layers, or in rows when it is large (nodes n0…, edges e0… by index). */
function layoutOf(widths: readonly number[], edges: ReadonlyArray<readonly [number, number]>): LaidOutGraph {
  return widths.length > LAYERED_MAX_NODES || edges.length > LAYERED_MAX_EDGES ? rowsLayout(widths, edges) : layeredLayout(widths, edges, SPACING);
}

/** The graph as an inline SVG figure; nodes of articles link to their pages. */
export async function renderProvenanceGraph(story: Story, articles: ReadonlyMap<string, ArticleListing>): Promise<string> {
  const { nodes, edges, dropped } = provenanceOf(story, articles);
  if (nodes.length === 0) return `<p class="empty">No articles to draw.</p>`;
  const shape = shapeOf(nodes, edges);
  const laid = layoutOf(shape.widths, shape.edges);
  const W = Math.ceil(laid.width) + 2;
  const H = Math.ceil(laid.height) + 2;
  const byId = new Map(nodes.map((n, i) => [`n${i}`, n]));
  const lines = laid.edges.map((e) => {
    const s = e.sections[0];
    const i = Number(e.id.slice(1));
    if (!s || !edges[i]) return "";
    const points = [s.startPoint, ...s.bendPoints, s.endPoint].map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
    const kind = edges[i]!.kind;
    return `<polyline class="edge ${kind}" points="${points}" marker-end="url(#arrow)"><title>${esc(kind === "copy" ? `copy (${edges[i]!.label})` : "cited")}</title></polyline>`;
  });
  const boxes = laid.children.map((c) => {
    const n = byId.get(c.id)!;
    const { x, y } = c;
    const box = `<rect x="${x}" y="${y}" width="${c.width}" height="${c.height}" rx="5"/><text x="${x + 8}" y="${y + 14}">${esc(cut(n.label))}</text>` +
      `<text class="sub" x="${x + 8}" y="${y + 28}">${esc(n.sub)}</text><title>${esc(n.label)}${n.kind === "origin" ? " (origin)" : ""}</title>`;
    return n.articleId
      ? `<a class="node ${n.kind}" href="../articles/${seg(n.articleId)}.html?story=${seg(story.id)}">${box}</a>`
      : `<g class="node ${n.kind}">${box}</g>`;
  });
  return `<figure class="graph"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Provenance graph">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"/></marker></defs>
${lines.join("\n")}
${boxes.join("\n")}
</svg><figcaption>Arrows run from a source to who relies on it: solid, cited; dashed, copied. Origins are outlined in bold.${dropped > 0 ? ` ${dropped} less-cited sources are not drawn.` : ""}</figcaption></figure>`;
}
