/** The dossier as Markdown for a person: per story, sources, claims, entities, timeline, framing. */
import { membersLine } from "./members.js";
import type { ArticleListing, Dossier, Story } from "../model.js";
import { sourcesOf } from "./sources.js";
import { groupCitations } from "./citationGroups.js";

export function renderMarkdown(dossier: Dossier): string {
  const byId = new Map<string, ArticleListing>(dossier.articles.map((a) => [a.id, a]));
  const label = (id: string) => describe(byId.get(id), id);
  // A story's own file holds the members its analysis read; its later ones count all the same.
  const unheld = new Set(dossier.stories.flatMap((s) => s.articleIds.filter((id) => !byId.has(id))));
  const out: string[] = ["# Dossier", "", `${dossier.articles.length + unheld.size} article(s), ${dossier.stories.length} stor${dossier.stories.length === 1 ? "y" : "ies"}, ${dossier.rejected.length} rejected.`, ""];
  for (const story of dossier.stories) out.push(...storySection(story, label, (id) => byId.has(id)));
  if (dossier.rejected.length > 0) {
    out.push("## Rejected inputs", "");
    for (const r of dossier.rejected) out.push(`- ${md(r.path)}: ${md(r.error)}`);
    out.push("");
  }
  return out.join("\n");
}

function storySection(story: Story, label: (id: string) => string, held: (id: string) => boolean): string[] {
  const out = [`## ${md(story.headline)}`, "", `Articles (${membersLine(story)}):`, ""];
  const later = story.articleIds.filter((id) => !held(id));
  for (const id of story.articleIds) if (held(id)) out.push(`- ${label(id)}`);
  // A story's own file: its later members are listed in its member pages (stories/ID.members-K.json), not here.
  if (later.length > 0) out.push(`- and ${later.length.toLocaleString("en-US")} later member(s), listed in the story's member pages (${md(story.id)}.members-1.json, …)`);
  if (story.error) out.push("", `**Not analysed:** ${md(story.error)}`);
  out.push("");
  if (story.copies.length > 0) {
    out.push("### Copies", "");
    for (const c of story.copies) {
      const [a, b] = c.articleIds;
      const dir = c.original ? ` (original: ${label(c.original)})` : "";
      out.push(`- ${c.kind}, score ${c.score}: ${label(a)} ↔ ${label(b)}${dir}`);
    }
    out.push("");
  }
  if (story.origins.length > 0) out.push("### Origins", "", ...story.origins.map((o) => `- ${md(o)}`), "");
  if (story.citations.length > 0) {
    out.push("### Citations", "");
    for (const c of groupCitations(story.citations)) out.push(`- ${label(c.articleId)} cites **${md(c.source)}**${c.via ? ` via ${md(c.via)}` : ""}: ${c.quotes.map((q) => `“${md(q)}”`).join("; ")}`);
    out.push("");
  }
  if (story.claims.length > 0) {
    out.push("### Claims", "");
    for (const c of story.claims) {
      out.push(`- **${c.status}** (${md(sourcesOf(c))}): ${md(c.summary)}${c.conflicts.map((k) => ` — conflict (${k.type}): ${md(k.detail)}`).join("")}`);
      if (c.note) out.push(`  - Analyst: **${c.note.verdict}**${c.note.text ? `: ${md(c.note.text)}` : ""} (${md(c.note.updatedAt)})`);
      for (const m of c.mentions) out.push(`  - ${label(m.articleId)} (origin: ${md(m.origin)}): “${md(m.quote)}”`);
    }
    out.push("");
  }
  if (story.quoteVariants.length > 0) {
    out.push("### Quote variants", "", "A quotation worded differently by different articles: not a conflict about the facts.", "");
    for (const v of story.quoteVariants) {
      out.push(`- ${md(v.differences.join(", "))}${v.changedBy ? ` (changed by ${label(v.changedBy)})` : ""}`);
      for (const w of v.wordings) out.push(`  - ${label(w.articleId)}: “${md(w.quote)}”`);
    }
    out.push("");
  }
  if (story.entities.length > 0) {
    out.push("### Entities", "");
    for (const e of story.entities) out.push(`- ${md(e.name)} (${e.type})${e.aliases.length ? ` = ${e.aliases.map(md).join(" = ")}` : ""}: ${e.articleIds.length} article(s)`);
    out.push("");
  }
  if (story.timeline.length > 0) {
    out.push("### Timeline", "");
    for (const t of story.timeline) out.push(`- ${t.date}${t.approximate ? " (approx.)" : ""}: ${md(t.event)}`);
    out.push("");
  }
  const framed = story.framing.filter((f) => f.terms.length > 0);
  if (framed.length > 0) {
    out.push("### Framing", "");
    for (const f of framed) out.push(`- ${label(f.articleId)}: ${f.terms.map((t) => `“${md(t.term)}”${t.where === "title" ? " in the title" : ""}${t.about ? ` (about ${md(t.about)})` : ""}`).join(", ")}`);
    out.push("");
  }
  return out;
}


function describe(article: ArticleListing | undefined, id: string): string {
  if (!article) return id;
  // Without a title, the path is the label: not repeated in the parentheses.
  const parts = [article.outlet ?? (article.title ? article.path : null), article.published, article.language].filter((x): x is string => !!x);
  return `${article.title ? `“${md(article.title)}”` : md(article.path)} (${parts.map(md).join(", ")})`;
}

/**
 * Article text as Markdown text, never markup: HTML (<script>, <img onerror>, <iframe>) and
 * link syntax ([x](javascript:…), <javascript:…>) come out as the characters they are, and a
 * line break cannot start a new block.
 */
export function md(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/\s*\n\s*/g, " ");
}
