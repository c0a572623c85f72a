/**
 * PolNeAR attribution: Source spans found by the claims stage's attribution finder against
 * the annotated Source spans, exact and overlap P/R/F1. Each .ann file is one annotator's
 * reading of a text; a text read by two annotators is scored against both.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findAttributions } from "../../src/claims/attribution/rules.js";
import { sentenceRules, splitSentences } from "../../src/text/sentences.js";
import { languages } from "../../src/lang/index.js";

export interface SpanScores {
  readonly documents: number;
  readonly gold: number;
  readonly predicted: number;
  readonly exact: Prf;
  readonly overlap: Prf;
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

export type Range = readonly [number, number];

/** Source spans of every attribution relation in a brat file (a split span counts from its first to last piece). */
export function goldSources(ann: string): Range[] {
  const spans = new Map<string, Range>();
  const relations: string[] = [];
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (!id || !body) continue;
    if (id.startsWith("T")) {
      const [type, ...rest] = body.split(" ");
      if (type !== "Source") continue;
      const nums = rest.join(" ").split(";").flatMap((p) => p.trim().split(" ").map(Number));
      spans.set(id, [Math.min(...nums), Math.max(...nums)]);
    } else if (id.startsWith("E")) {
      const src = body.split(" ").find((a) => a.startsWith("Source:"));
      if (src) relations.push(src.slice("Source:".length));
    }
  }
  return relations.map((r) => spans.get(r)).filter((r): r is Range => !!r);
}

export function predictSources(text: string): Range[] {
  return splitSentences(text, sentenceRules("en", languages())).flatMap((s) => findAttributions(s.text, s.start, "en", languages()).map((a) => [a.source.start, a.source.end] as const));
}

export function prf(matched: number, predicted: number, gold: number): Prf {
  const p = predicted ? matched / predicted : 0;
  const r = gold ? matched / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** One-to-one greedy matching in text order. */
export function countMatches(gold: readonly Range[], pred: readonly Range[], same: (g: Range, p: Range) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, j) => !used.has(j) && same(g, p));
    if (i >= 0) {
      used.add(i);
      n++;
    }
  }
  return n;
}

export function scorePolnear(root: string, split: "dev" | "train"): SpanScores {
  const annDir = join(root, split, "attributions");
  const textDir = join(root, split, "text");
  const texts = new Set(readdirSync(textDir));
  let gold = 0, predicted = 0, exact = 0, overlap = 0, documents = 0;
  const cache = new Map<string, Range[]>();
  for (const file of readdirSync(annDir).sort()) {
    const textName = file.replace(/_[0-9a-f]+\.ann$/, ".txt");
    if (!texts.has(textName)) continue;
    const text = readFileSync(join(textDir, textName), "utf8");
    const g = goldSources(readFileSync(join(annDir, file), "utf8"));
    const p = cache.get(textName) ?? predictSources(text);
    cache.set(textName, p);
    documents++;
    gold += g.length;
    predicted += p.length;
    exact += countMatches(g, p, (a, b) => a[0] === b[0] && a[1] === b[1]);
    overlap += countMatches(g, p, (a, b) => a[0] < b[1] && b[0] < a[1]);
  }
  return { documents, gold, predicted, exact: prf(exact, predicted, gold), overlap: prf(overlap, predicted, gold) };
}

/** Whitespace-collapsed text with, per character, its offset in the original. */
function collapse(text: string): { text: string; at: number[] } {
  let out = "";
  const at: number[] = [];
  let space = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (/\s/u.test(ch)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += " ";
      at.push(k - 1);
      space = false;
    }
    out += ch;
    at.push(k);
  }
  return { text: out, at };
}

/**
 * Per character of an article's extracted text, its offset in the raw text it was read from, or
 * -1: each paragraph of the extracted text is found in the raw text, in order, whitespace
 * apart (extraction drops a title line, a caption, a lone "___", and joins wrapped lines), else
 * read along the raw text from where the last paragraph ended, past characters extraction added.
 */
export function cleanToRaw(clean: string, raw: string): Int32Array {
  const at = new Int32Array(clean.length).fill(-1);
  const r = collapse(raw);
  let from = 0;
  for (const m of clean.matchAll(/[^\n]+/gu)) {
    const p = collapse(m[0]);
    if (!p.text) continue;
    const x = r.text.indexOf(p.text, from);
    if (x >= 0) {
      for (let t = 0; t < p.text.length; t++) at[m.index + p.at[t]!] = r.at[x + t]!;
      from = x + p.text.length;
      continue;
    }
    // Not found whole: extraction wrote something in it (a dash after a glued dateline). Read on
    // from where its opening stands, skipping what the extraction added; half of it unread is another text.
    const mapped: Array<[number, number]> = [];
    let y = r.text.indexOf(p.text.slice(0, 6), from);
    if (y < 0) continue;
    for (let t = 0; t < p.text.length && y < r.text.length; t++) {
      if (p.text[t] !== r.text[y]) continue;
      mapped.push([m.index + p.at[t]!, r.at[y]!]);
      y++;
    }
    if (mapped.length * 2 < p.text.length) continue;
    for (const [c, w] of mapped) at[c] = w;
    from = y;
  }
  return at;
}

/**
 * The part of a source as the quote writes it: the source itself, else its longest run of
 * words the quote holds as whole words (the product names "Hillary Clinton" where the text
 * says "Clinton said").
 */
function shownInQuote(quote: string, source: string): string | null {
  if (quote.includes(source)) return source;
  const ws = source.split(/\s+/u).filter(Boolean);
  for (let n = ws.length - 1; n >= 1; n--) {
    for (let k = 0; k + n <= ws.length; k++) {
      const run = ws.slice(k, k + n).join(" ");
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${run.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}])`, "u");
      if (re.test(quote)) return run;
    }
  }
  return null;
}

/**
 * The span in the raw text of a citation's source: the source's place inside its quote (see
 * shownInQuote), the quote found in the raw text (verbatim, else with whitespace collapsed).
 * Null when either cannot be found (a source resolved to a name the quote does not hold).
 */
export function sourceSpan(raw: string, quote: string, fullSource: string, from = 0, written: string | null = null): Range | null {
  // A source the quote does not hold by name ("he said" → Donald Trump) is placed where the text names it.
  const source = shownInQuote(quote, fullSource) ?? (written && quote.includes(written) ? written : null);
  if (source === null) return null;
  const inQuote = quote.indexOf(source);
  const exact = raw.indexOf(quote, from) >= 0 ? raw.indexOf(quote, from) : raw.indexOf(quote);
  if (exact >= 0) return [exact + inQuote, exact + inQuote + source.length];
  const r = collapse(raw);
  const q = collapse(quote).text;
  const s = collapse(source).text;
  const qAt = r.text.indexOf(q);
  const sAt = qAt < 0 ? -1 : q.indexOf(s);
  if (sAt < 0) return null;
  const start = qAt + sAt;
  return [r.at[start]!, r.at[start + s.length - 1]! + 1];
}

export interface DossierSpanScores extends SpanScores {
  /** Citations whose source could not be placed in the raw text (counted as predictions). */
  readonly unplaced: number;
}

/**
 * PolNeAR through the product's own path: each text handed alone to buildAndReadDossier as a .txt
 * input, and the dossier's citation sources (what a user reads) scored against the gold
 * Source spans with the same overlap rule as the research path above.
 */
export async function scorePolnearDossier(root: string, split: "dev" | "train"): Promise<DossierSpanScores> {
  const { buildAndReadDossier } = await import("../../src/index.js");
  const annDir = join(root, split, "attributions");
  const textDir = join(root, split, "text");
  const texts = new Set(readdirSync(textDir));
  let gold = 0, predicted = 0, exact = 0, overlap = 0, documents = 0, unplaced = 0;
  const cache = new Map<string, { spans: Range[]; unplaced: number }>();
  for (const file of readdirSync(annDir).sort()) {
    const textName = file.replace(/_[0-9a-f]+\.ann$/, ".txt");
    if (!texts.has(textName)) continue;
    const text = readFileSync(join(textDir, textName), "utf8");
    let p = cache.get(textName);
    if (!p) {
      const dossier = await buildAndReadDossier([{ path: textName, bytes: new TextEncoder().encode(text) }]);
      // Citations placed by their offsets in the article's text, mapped to the raw text; where the
      // extracted text cannot be mapped, by finding the quote: a quote given again goes to its next occurrence.
      const article = dossier.articles.find((a) => a.path === textName);
      const toRaw = article ? cleanToRaw(article.text, text) : null;
      const next = new Map<string, { start: number | undefined; from: number; after: number }>();
      const spans = dossier.stories.flatMap((s) => [...s.citations].sort((a, b) => (a.start ?? 0) - (b.start ?? 0)).map((c) => {
        if (toRaw && c.sourceStart !== undefined && c.sourceEnd !== undefined && c.sourceEnd > c.sourceStart) {
          const [a, b] = [toRaw[c.sourceStart]!, toRaw[c.sourceEnd - 1]!];
          if (a >= 0 && b >= a) return [a, b + 1] as const;
        }
        const last = next.get(c.quote);
        const from = !last ? 0 : last.start === c.start ? last.from : last.after;
        next.set(c.quote, { start: c.start, from, after: text.indexOf(c.quote, from) + 1 });
        const written = c.start !== undefined && c.sourceStart !== undefined && c.sourceEnd !== undefined ? c.quote.slice(c.sourceStart - c.start, c.sourceEnd - c.start) : null;
        return sourceSpan(text, c.quote, c.source, from, written || null);
      }));
      p = { spans: spans.filter((x): x is Range => x !== null), unplaced: spans.filter((x) => x === null).length };
      cache.set(textName, p);
    }
    const g = goldSources(readFileSync(join(annDir, file), "utf8"));
    documents++;
    gold += g.length;
    predicted += p.spans.length + p.unplaced;
    unplaced += p.unplaced;
    exact += countMatches(g, p.spans, (a, b) => a[0] === b[0] && a[1] === b[1]);
    overlap += countMatches(g, p.spans, (a, b) => a[0] < b[1] && b[0] < a[1]);
  }
  return { documents, gold, predicted, unplaced, exact: prf(exact, predicted, gold), overlap: prf(overlap, predicted, gold) };
}
