/**
 * The claim × article matrix: a row per claim, a column per article, articles that copy each
 * other side by side. A cell says how the article carries the claim: in its own voice, on
 * someone's word, or against the other mentions (a conflict).
 */
import { articleName, type AnalystNote, type ArticleListing, type Claim, type ClaimMention, type Story } from "../model.js";
import { analysedIds } from "../stories/index.js";
import { sourcesOf } from "../report/sources.js";
import { esc, seg } from "./html.js";

/** A column is named by its outlet, else its title cut to this many characters (the whole title is its tooltip). */
const COLUMN_LABEL_CHARS = 32;
const cutTo = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export type CellKind = "assert" | "attribute" | "contradict";

const CELL_SIGN: Record<CellKind, string> = { assert: "●", attribute: "◐", contradict: "✕" };
const CELL_WORD: Record<CellKind, string> = { assert: "asserts", attribute: "attributes", contradict: "contradicts" };
export const NOTE_SIGN: Record<AnalystNote["verdict"], string> = { verified: "✔ verified", false: "✘ false", unclear: "? unclear" };

/** Columns: copy groups (articles joined by copy links), each in date order, groups by their first date. */
export function copyGroups(story: Story, articles: ReadonlyMap<string, ArticleListing>): string[][] {
  const read = analysedIds(story);
  const parent = new Map(read.map((id) => [id, id]));
  // Path halving: a story of copies has thousands of links, and chains as long as the story.
  const find = (x: string): string => {
    while (parent.get(x) !== x) {
      const up = parent.get(parent.get(x)!)!;
      parent.set(x, up);
      x = up;
    }
    return x;
  };
  for (const { articleIds: [a, b] } of story.copies) if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  const groups = new Map<string, string[]>();
  for (const id of read) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  const date = (id: string): string => articles.get(id)?.published ?? "9999";
  return [...groups.values()]
    .map((g) => g.sort((a, b) => date(a).localeCompare(date(b))))
    .sort((a, b) => date(a[0]!).localeCompare(date(b[0]!)));
}

/**
 * Which articles stand against the claim's summary: conflicts are pairs, so the two sides are
 * found by two-colouring the conflict pairs from the article the summary was taken from.
 */
export function contradicting(claim: Claim): Set<string> {
  const against = new Set<string>();
  if (claim.conflicts.length === 0) return against;
  const next = new Map<string, string[]>();
  for (const { articleIds: [a, b] } of claim.conflicts) {
    next.set(a, [...(next.get(a) ?? []), b]);
    next.set(b, [...(next.get(b) ?? []), a]);
  }
  const summaryFrom = claim.mentions.find((m) => m.quote.includes(claim.summary) || claim.summary.includes(m.quote))?.articleId;
  const side = new Map<string, boolean>();
  const starts = [...(summaryFrom && next.has(summaryFrom) ? [summaryFrom] : []), ...claim.mentions.map((m) => m.articleId).filter((id) => next.has(id))];
  for (const start of starts) {
    if (side.has(start)) continue;
    side.set(start, false);
    const queue = [start];
    while (queue.length > 0) {
      const x = queue.shift()!;
      for (const y of next.get(x) ?? []) {
        if (side.has(y)) continue;
        side.set(y, !side.get(x));
        queue.push(y);
      }
    }
  }
  for (const [id, isAgainst] of side) if (isAgainst) against.add(id);
  return against;
}

export function cellKind(mention: ClaimMention, against: ReadonlySet<string>): CellKind {
  if (against.has(mention.articleId)) return "contradict";
  return mention.attributedTo ? "attribute" : "assert";
}

function columnHead(a: ArticleListing | undefined, id: string, storyId: string): string {
  const name = cutTo(a?.outlet ?? (a ? articleName(a) : id), COLUMN_LABEL_CHARS);
  return `<th class="col" scope="col"><a href="../articles/${seg(id)}.html?story=${seg(storyId)}" title="${esc(a ? articleName(a) : id)}">${esc(name)}</a><small>${esc([a?.language, a?.published?.slice(0, 10)].filter(Boolean).join(" · "))}</small></th>`;
}

export interface MatrixOptions {
  /** Under the server, each claim gets the note form; on disk there is nothing to send it to. */
  readonly editable: boolean;
}

/**
 * Rows the matrix shows: a story of several hundred articles has well over a thousand claims,
 * most in one article, and a table of them all takes the browser seconds (bench/pages.ts).
 * The rest are in the story's JSON and Markdown, linked under the table.
 */
export const MATRIX_ROWS = 100;

/**
 * Columns the matrix shows: on the 400-article story of bench/pages.ts, 100 rows × 380 columns
 * were 1.4 s of the 1.7 s Chromium took to show the page. The copy groups carrying the most
 * shown claims get a column each; a last column counts, per claim, the other articles carrying it.
 */
export const MATRIX_COLUMNS = 60;

/**
 * The copy groups that get columns, at most `MATRIX_COLUMNS` articles, kept in date order: first
 * those with an article contradicting a shown claim (a conflict's other side must stay in sight),
 * then those carrying most shown claims.
 */
function columnGroups(groups: readonly string[][], carried: ReadonlyMap<string, number>, against: ReadonlySet<string>): string[][] {
  if (groups.flat().length <= MATRIX_COLUMNS) return [...groups];
  // A contradicting article outranks any number of shown claims carried (there are at most MATRIX_ROWS).
  const rank = (id: string): number => (carried.get(id) ?? 0) + (against.has(id) ? MATRIX_ROWS + 1 : 0);
  const ranked = groups.map((g, i) => ({ g, i, w: g.reduce((sum, id) => sum + rank(id), 0) })).sort((a, b) => b.w - a.w || a.i - b.i);
  const kept: Array<{ g: string[]; i: number }> = [];
  let room = MATRIX_COLUMNS;
  for (const { g, i } of ranked) {
    if (room === 0) break;
    // A copy group larger than the room left shows the articles carrying most, in date order.
    const part = g.length <= room ? g : [...g].sort((a, b) => rank(b) - rank(a)).slice(0, room).sort((a, b) => g.indexOf(a) - g.indexOf(b));
    kept.push({ g: part, i });
    room -= part.length;
  }
  return kept.sort((a, b) => a.i - b.i).map((k) => k.g);
}

/** Conflicts first, then the claims most independent reports carry: what an analyst checks first. */
function rowsOf(story: Story): Claim[] {
  const rank = (c: Claim): number => (c.status === "conflicting" ? 1 : 0);
  return [...story.claims].sort((a, b) => rank(b) - rank(a) || b.reports - a.reports || b.articles - a.articles).slice(0, MATRIX_ROWS);
}

export function renderClaimMatrix(story: Story, articles: ReadonlyMap<string, ArticleListing>, options: MatrixOptions): string {
  if (story.claims.length === 0) return `<p class="empty">No claims found in this story.</p>`;
  const shown = rowsOf(story);
  // Columns only for articles that carry a shown claim: a column of empty cells tells nothing.
  const carried = new Map<string, number>();
  for (const c of shown) for (const id of new Set(c.mentions.map((m) => m.articleId))) carried.set(id, (carried.get(id) ?? 0) + 1);
  const carrying = copyGroups(story, articles)
    .map((g) => g.filter((id) => carried.has(id)))
    .filter((g) => g.length > 0);
  const groups = columnGroups(carrying, carried, new Set(shown.flatMap((c) => [...contradicting(c)])));
  const columns = groups.flat();
  const inColumns = new Set(columns);
  const carryingCount = carrying.reduce((n, g) => n + g.length, 0);
  const hidden = carryingCount - columns.length;
  const groupRow = groups
    .map((g) => `<th scope="colgroup" colspan="${g.length}" class="${g.length > 1 ? "copies" : "single"}">${g.length > 1 ? `copies (${g.length})` : ""}</th>`)
    .join("");
  const rows = shown.map((claim) => {
    const against = contradicting(claim);
    const byArticle = new Map<string, ClaimMention[]>();
    for (const m of claim.mentions) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
    const cells = columns.map((id) => {
      const ms = byArticle.get(id);
      if (!ms) return `<td></td>`;
      const kind = cellKind(ms[0]!, against);
      const who = ms[0]!.attributedTo ? ` (according to ${ms[0]!.attributedTo})` : "";
      const conflict = claim.conflicts.filter((k) => k.articleIds.includes(id)).map((k) => `${k.type}: ${k.detail}`).join("; ");
      const tip = `${CELL_WORD[kind]}${who}: “${ms[0]!.quote}”${conflict ? ` — conflict: ${conflict}` : ""}`;
      return `<td class="cell ${kind}"><a href="../articles/${seg(id)}.html?story=${seg(story.id)}#q-${seg(claim.id)}" title="${esc(tip)}">${CELL_SIGN[kind]}${ms.length > 1 ? `<sup>${ms.length}</sup>` : ""}</a></td>`;
    });
    if (hidden > 0) {
      const others = [...byArticle.keys()].filter((id) => !inColumns.has(id)).length;
      cells.push(others ? `<td class="others" title="${others} more articles without a column carry it">+${others}</td>` : `<td></td>`);
    }
    const note = claim.note;
    const conflicts = claim.conflicts.length
      ? `<ul class="conflict-list">${claim.conflicts.map((k) => `<li>conflict (${esc(k.type)}): ${esc(k.detail)}</li>`).join("")}</ul>`
      : "";
    const form = options.editable ? noteForm(claim.id, note) : "";
    return `<tr id="claim-${esc(claim.id)}" class="claim ${claim.status}"><th scope="row" class="claim-head">
<span class="status ${claim.status}">${claim.status}</span>${note ? ` <span class="note-mark ${note.verdict}" title="${esc(`${note.text} (${note.updatedAt})`)}">${NOTE_SIGN[note.verdict]}</span>` : ""}
<div class="summary">${esc(claim.summary)}</div><small>${esc(sourcesOf(claim))}</small>${conflicts}${note?.text ? `<div class="note-text">${esc(note.text)}</div>` : ""}${form}</th>
${cells.join("")}</tr>`;
  });
  const more = story.claims.length - shown.length;
  const read = analysedIds(story).length;
  const uncarried = read - carryingCount;
  const unread = story.articleIds.length - read;
  const rest = [
    more > 0 ? `${more} more claims (fewer independent reports) are in the story's <a href="${seg(story.id)}.json">JSON</a> and <a href="${seg(story.id)}.md">Markdown</a>.` : "",
    hidden > 0 ? `${hidden} more articles carrying the claims shown have no column: the last column counts them per claim.` : "",
    uncarried > 0 ? `${uncarried} articles carry none of the claims shown and have no column (they are listed under Articles).` : "",
    unread > 0 ? `${unread} later articles were not read for claims: a story's analysis reads its first ${read} (they are listed under Articles).` : "",
  ].filter(Boolean);
  return `<p class="legend"><span class="cell assert">${CELL_SIGN.assert}</span> asserts · <span class="cell attribute">${CELL_SIGN.attribute}</span> attributes to a source · <span class="cell contradict">${CELL_SIGN.contradict}</span> contradicts (a conflict) · point at a cell for its quote, click it to read it in the article</p>
<div class="quote-panel" id="quote-panel" aria-live="polite"></div>
<div class="matrix-wrap"><table class="matrix"><colgroup><col class="claim-col">${columns.length ? `<col span="${columns.length}" class="article-col">` : ""}${hidden > 0 ? `<col class="article-col">` : ""}</colgroup>
<thead><tr><td></td>${groupRow}${hidden > 0 ? "<td></td>" : ""}</tr><tr><th scope="col">Claim</th>${columns.map((id) => columnHead(articles.get(id), id, story.id)).join("")}${hidden > 0 ? `<th scope="col" class="col others">${hidden} more</th>` : ""}</tr></thead>
<tbody>${rows.join("\n")}</tbody></table></div>
${rest.length ? `<p class="hint">${rest.join(" ")}</p>` : ""}`;
}

/** The analyst's mark: sent by the script as PUT ../api/claims/ID/note (a form alone cannot PUT JSON). */
function noteForm(claimId: string, note: AnalystNote | undefined): string {
  const option = (m: AnalystNote["verdict"]) => `<option value="${m}"${note?.verdict === m ? " selected" : ""}>${m}</option>`;
  return `<form class="note-form" method="post" action="../api/claims/${seg(claimId)}/note">
<select name="verdict" aria-label="Mark">${option("verified")}${option("false")}${option("unclear")}</select>
<input name="text" value="${esc(note?.text ?? "")}" placeholder="note" aria-label="Note"><button type="submit">Save</button></form>`;
}
