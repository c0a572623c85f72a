/**
 * Tallies why trafilatura-eval snippets are missed or wrongly kept, and prints snippet P/R/F1
 * on the even and odd halves (dataset order: rules are decided on even and checked on odd, which
 * is not held out: some rules were written from its pages too):
 * `node --import tsx bench/extract/misses.ts`.
 */
import type { Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { linearise, markChrome, totalsOf } from "../../src/extract/html/blocks.js";
import { chooseContainer } from "../../src/extract/html/scoring.js";
import { findBody } from "../../src/extract/html/index.js";
import { loadTrafilaturaEval } from "./datasets.js";
import { addCounts, type Counts, prf, snippetCounts } from "./metrics.js";
import { dossierExtractor } from "./systems.js";

const ours = await dossierExtractor();
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const tally = new Map<string, number>();
const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const halves: Counts[] = [{ tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }];
for (const [i, page] of loadTrafilaturaEval().entries()) {
  const text = squash(ours(page.html, page.url)?.text ?? "");
  halves[i % 2] = addCounts(halves[i % 2] as Counts, snippetCounts(text, page.with, page.without));
  const doc = parseDocument(page.html);
  const body = findBody(doc.children);
  if (!body) continue;
  const blocks = linearise(body);
  markChrome(blocks, body);
  const choice = chooseContainer(blocks, totalsOf(blocks));
  const parts = new Set(choice.parts);
  const inside = (el: Element) => {
    for (let e: Element | null = el; e && e.type === "tag"; e = e.parent as Element) if (parts.has(e)) return true;
    return false;
  };
  const why = (s: string) => {
    const b = blocks.find((x) => squash(x.text).includes(squash(s)));
    if (!b) return "not in one block";
    const where = inside(b.owner) ? "in container" : "outside container";
    const chrome = b.chrome ? (process.argv.includes("--classes") && where === "in container" ? b.chrome : b.chrome.replace(/^class .*/, "class")) : "no chrome";
    return `${where}, ${chrome}${b.linkChars / b.chars > 0.5 ? ", links" : ""}`;
  };
  for (const s of page.with) if (!text.includes(squash(s))) {
    const w = why(s);
    add(`MISS ${w}`);
    if (process.argv.includes("--outside") && w === "outside container, no chrome") {
      const b = blocks.find((x) => squash(x.text).includes(squash(s)));
      const path = (el: Element | null): string => {
        const out: string[] = [];
        for (let e = el; e && e.type === "tag"; e = e.parent as Element) out.unshift(`${e.name}${e.attribs.class ? "." + e.attribs.class.split(/\s+/)[0] : ""}`);
        return out.join(">");
      };
      console.log(`  ${page.id.slice(0, 28)} top=${path(choice.top).slice(-60)} parts=${choice.parts.length}\n      blk=${path(b?.owner ?? null).slice(-90)} ${b?.chars}`);
    }
  }
  for (const s of page.without) if (text.includes(squash(s))) {
    const w = why(s);
    add(`KEPT ${w}`);
    if (process.argv.includes("--show") && w === "in container, no chrome") {
      const b = blocks.find((x) => squash(x.text).includes(squash(s)));
      console.log(`  ${page.id.slice(0, 30)} ${JSON.stringify(s.slice(0, 40))} <${b?.owner.name}${b?.heading ? " h" : ""}${b?.listItem ? " li" : ""}> ${b?.chars}`);
    }
  }
}
for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), k);
for (const [name, c] of [["even", halves[0]], ["odd", halves[1]]] as const) {
  const r = prf(c as Counts);
  console.log(`${name} half${name === "odd" ? " (seen, not held out)" : ""}: P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)} F1 ${r.f1.toFixed(4)} (tp ${c?.tp} fp ${c?.fp} fn ${c?.fn})`);
}
