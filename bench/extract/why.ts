/** For trafilatura-eval pages: which expected snippets were missed or wrongly kept, and why. `node --import tsx bench/extract/why.ts file...` */
import type { Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { classAndId, linearise, markChrome, totalsOf } from "../../src/extract/html/blocks.js";
import { chooseContainer } from "../../src/extract/html/scoring.js";
import { findBody } from "../../src/extract/html/index.js";
import { loadTrafilaturaEval } from "./datasets.js";
import { dossierExtractor } from "./systems.js";

const ours = await dossierExtractor();
const wanted = new Set(process.argv.slice(2));
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
for (const page of loadTrafilaturaEval().filter((p) => wanted.has(p.id))) {
  const text = squash(ours(page.html, page.url)?.text ?? "");
  const doc = parseDocument(page.html);
  const body = findBody(doc.children);
  if (!body) {
    console.log(`#### ${page.id} has no <body>`);
    continue;
  }
  const blocks = linearise(body);
  markChrome(blocks, body);
  const choice = chooseContainer(blocks, totalsOf(blocks));
  const path = (el: Element | null): string => {
    const out: string[] = [];
    for (let e = el; e && e.type === "tag"; e = e.parent as Element) out.unshift(`${e.name}${classAndId(e) ? "." + classAndId(e).replace(/\s+/g, ".").slice(0, 25) : ""}`);
    return out.join(">");
  };
  console.log(`#### ${page.id} top=${path(choice.top).slice(-90)}`);
  const report = (s: string, kind: string) => {
    const b = blocks.find((x) => squash(x.text).includes(squash(s)));
    console.log(`  ${kind} ${JSON.stringify(s.slice(0, 50))} chrome=${b?.chrome ?? "-"} link=${b ? (b.linkChars / b.chars).toFixed(2) : "?"} at ${b ? path(b.owner).slice(-110) : "NOT IN BLOCKS"}`);
  };
  for (const s of page.with) if (!text.includes(squash(s))) report(s, "MISS");
  for (const s of page.without) if (text.includes(squash(s))) report(s, "KEPT");
}
