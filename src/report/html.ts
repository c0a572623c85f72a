/** The dossier as one self-contained HTML page (no scripts, no external assets). */
import { membersLine } from "./members.js";
import { articleName, type Article, type Dossier, type Story } from "../model.js";
import { sourcesOf } from "./sources.js";
import { groupCitations } from "./citationGroups.js";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{border-top:1px solid #ddd;padding-top:1rem}h3{font-size:1rem;text-transform:uppercase;letter-spacing:.05em;color:#555}
.status{font-size:.8rem;padding:.1rem .4rem;border-radius:.3rem;color:#fff}.corroborated{background:#2e7d32}.single-source{background:#757575}.conflicting{background:#c62828}
q{font-style:italic}details{margin:.3rem 0}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}small{color:#666}`;

export function renderHtml(dossier: Dossier): string {
  const byId = new Map(dossier.articles.map((a) => [a.id, a]));
  const label = (id: string) => describe(byId.get(id), id);
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dossier</title><style>${STYLE}</style></head><body>`,
    `<h1>Dossier</h1><p>${dossier.articles.length} article(s), ${dossier.stories.length} stor${dossier.stories.length === 1 ? "y" : "ies"}, ${dossier.rejected.length} rejected.</p>`,
    ...dossier.stories.map((s) => storySection(s, label)),
    `<h2>Articles</h2>`,
    ...dossier.articles.map(articleSection),
  ];
  if (dossier.rejected.length > 0) {
    parts.push(`<h2>Rejected inputs</h2><ul>${dossier.rejected.map((r) => `<li><code>${esc(r.path)}</code>: ${esc(r.error)}</li>`).join("")}</ul>`);
  }
  parts.push("</body></html>\n");
  return parts.join("\n");
}

function list<T>(title: string, items: readonly T[], item: (x: T) => string): string {
  return items.length === 0 ? "" : `<h3>${title}</h3><ul>${items.map((x) => `<li>${item(x)}</li>`).join("")}</ul>`;
}

function storySection(story: Story, label: (id: string) => string): string {
  return [
    `<section><h2>${esc(story.headline)}</h2>`,
    list(`Articles (${membersLine(story)})`, story.articleIds, label),
    story.error ? `<p><b>Not analysed:</b> ${esc(story.error)}</p>` : "",
    list("Copies", story.copies, (c) => `${c.kind} (${c.score}): ${label(c.articleIds[0])} ↔ ${label(c.articleIds[1])}${c.original ? `; original ${label(c.original)}` : ""}`),
    list("Origins", story.origins, esc),
    list("Citations", groupCitations(story.citations), (c) => `${label(c.articleId)} cites <b>${esc(c.source)}</b>${c.via ? ` via ${esc(c.via)}` : ""}: ${c.quotes.map((q) => `<q>${esc(q)}</q>`).join("; ")}`),
    list("Claims", story.claims, (c) =>
      `<span class="status ${c.status}">${c.status}</span> <small>${esc(sourcesOf(c))}</small> ${esc(c.summary)}${c.conflicts.map((k) => ` <b>Conflict (${k.type}):</b> ${esc(k.detail)}`).join("")}` +
      (c.note ? ` <b>Analyst: ${c.note.verdict}</b>${c.note.text ? ` — ${esc(c.note.text)}` : ""}` : "") +
      `<ul>${c.mentions.map((m) => `<li>${label(m.articleId)} <small>origin: ${esc(m.origin)}</small>: <q>${esc(m.quote)}</q></li>`).join("")}</ul>`),
    list("Quote variants (worded differently; not a conflict about the facts)", story.quoteVariants, (v) =>
      `${esc(v.differences.join(", "))}${v.changedBy ? ` — changed by ${label(v.changedBy)}` : ""}<ul>${v.wordings.map((w) => `<li>${label(w.articleId)}: <q>${esc(w.quote)}</q></li>`).join("")}</ul>`),
    list("Entities", story.entities, (e) => `${esc(e.name)} <small>${e.type}${e.aliases.length ? ` · ${e.aliases.map(esc).join(" · ")}` : ""} · ${e.articleIds.length} article(s)</small>`),
    list("Timeline", story.timeline, (t) => `<b>${t.date}</b>${t.approximate ? " (approx.)" : ""}: ${esc(t.event)}`),
    list("Framing", story.framing.filter((f) => f.terms.length > 0), (f) => `${label(f.articleId)}: ${f.terms.map((t) => `<q>${esc(t.term)}</q>${t.where === "title" ? " in the title" : ""}${t.about ? ` about ${esc(t.about)}` : ""}`).join(", ")}`),
    `</section>`,
  ].join("");
}

function articleSection(a: Article): string {
  const meta = [a.outlet, a.byline, a.published, a.language, a.url].filter(Boolean).map((x) => esc(String(x))).join(" · ");
  return `<details id="a-${a.id}"><summary>${esc(articleName(a))} <small>${meta}</small></summary>` +
    (a.warnings.length ? `<p><small>Warnings: ${a.warnings.map(esc).join("; ")}</small></p>` : "") +
    `<pre>${esc(a.text)}</pre>` +
    (a.removed.length ? `<details><summary><small>Removed as boilerplate (${a.removed.length})</small></summary><pre>${esc(a.removed.join("\n\n"))}</pre></details>` : "") +
    `</details>`;
}

function describe(article: Article | undefined, id: string): string {
  if (!article) return esc(id);
  return `<a href="#a-${article.id}">${esc(articleName(article))}</a> <small>${esc([article.outlet, article.published, article.language].filter(Boolean).join(", "))}</small>`;
}
