/**
 * A large corpus made from the real texts of ../shared/data (FNC-1 bodies, SemEval-2022
 * articles), written as JSON lines to a file outside the repository: each article is a base
 * text as it is (a first report), a copy of an earlier one (an agency story picked up), a
 * rewrite (sentences dropped and reordered, a new title) or a mix of two texts (a round-up),
 * dated within a few weeks, so that grouping finds stories, copies and strays to sort.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { fncData, semevalPairs } from "../stories/datasets.js";
import { seededRandom } from "../lib/seededRandom.js";

/** Base texts shorter than this many characters are left out: no story to tell. */
const MIN_TEXT = 400;

export function baseTexts(): string[] {
  const texts = new Set<string>();
  for (const b of fncData()?.bodies ?? []) texts.add(b.text);
  for (const p of semevalPairs() ?? []) for (const t of [p.text1, p.text2]) texts.add(t);
  return [...texts].filter((t) => t.length >= MIN_TEXT);
}


const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());

/** Writes `count` articles numbered from `first` to `path`; resolves when the file is closed. */
export async function writeCorpus(path: string, texts: readonly string[], count: number, first: number, seed: number): Promise<void> {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out = createWriteStream(path);
  const day0 = Date.parse("2026-01-01");
  for (let i = first; i < first + count; i++) {
    const base = pick(texts);
    const parts = sentences(base);
    const kind = rnd();
    let body: string[];
    if (kind < 0.4) body = parts;
    else if (kind < 0.75) {
      // A rewrite: a fifth of the sentences dropped, the middle ones reordered.
      body = parts.filter(() => rnd() > 0.2);
      const middle = body.slice(1).sort(() => rnd() - 0.5);
      body = [body[0] ?? parts[0]!, ...middle];
    } else if (kind < 0.9) body = [...parts.slice(0, Math.ceil(parts.length / 2)), ...sentences(pick(texts)).slice(0, 4)];
    else body = sentences(pick(texts));
    const title = (body[0] ?? "").slice(0, 90);
    const published = new Date(day0 + Math.floor(rnd() * 60) * 86_400_000).toISOString().slice(0, 10);
    const line = JSON.stringify({ url: `https://outlet-${i % 97}.example/${i}`, title, published, text: `${body.join(" ")}\n\nFiled as item ${i}.` });
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "close");
}
