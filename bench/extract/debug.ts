/** Shows one benchmark page's blocks, why each was dropped, and the container chosen: `node --import tsx bench/extract/debug.ts <id prefix>`. */
import { parseDocument } from "htmlparser2";
import type { Element } from "domhandler";
import { loadScrapinghub, loadTrafilaturaEval } from "./datasets.js";
import { classAndId, linearise, markChrome, totalsOf } from "../../src/extract/html/blocks.js";
import { chooseContainer } from "../../src/extract/html/scoring.js";
import { extractFromHtml, findBody } from "../../src/extract/html/index.js";
import { languages } from "../../src/lang/index.js";

const id = process.argv[2] ?? "";
const page = [...loadScrapinghub(), ...(process.argv[3] === "te" ? loadTrafilaturaEval() : [])].find((p) => p.id.startsWith(id));
if (!page) throw new Error("no such page");
try {
  const r = extractFromHtml(page.html, languages());
  console.log("paragraphs", r.paragraphs.length, r.paragraphs.join("").length);
} catch (e) {
  console.log("ERROR", e);
}
const doc = parseDocument(page.html);
const body = findBody(doc.children);
if (body) {
  const blocks = linearise(body);
  markChrome(blocks, body);
  const choice = chooseContainer(blocks, totalsOf(blocks));
  const path = (el: Element | null): string => { const out: string[] = []; for (let e = el; e && e.type === "tag"; e = e.parent as Element) out.unshift(`${e.name}${classAndId(e) ? "." + classAndId(e).replace(/\s+/g, ".").slice(0, 30) : ""}`); return out.join(">"); };
  console.log("TOP", path(choice.top), "parts", choice.parts.length);
  for (const b of blocks) if (b.chars > 30 || process.argv.includes("--all")) console.log(`${b.chrome ? "X " + b.chrome.slice(0, 40) : "  "} | ${b.text.slice(0, 80).replace(/\n/g, " ")}  <${path(b.owner).slice(-80)}>`);
}
console.log("GOLD", "gold" in page ? String(page.gold).slice(0, 300) : "");
