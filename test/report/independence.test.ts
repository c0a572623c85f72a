import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article, Dossier, Story } from "../../src/model.js";
import { renderHtml, renderMarkdown } from "../../src/report/index.js";

const article = (id: string, text: string): Article => ({
  id, path: `${id}.txt`, url: null, outlet: `Outlet ${id}`, title: `Title ${id}`, byline: null, published: null, language: "en", text, removed: [], warnings: [],
});

const text = "The ferry carried 120 passengers when it ran aground.";
const story: Story = {
  id: "s1",
  headline: "Ferry runs aground",
  articleIds: ["a", "b", "c"],
  copies: [{ articleIds: ["a", "b"], original: "a", kind: "verbatim", score: 1 }],
  citations: [],
  origins: [],
  claims: [
    {
      id: "c1", summary: text, status: "single-source", conflicts: [], articles: 2, reports: 1, origins: ["Outlet a"],
      mentions: ["a", "b"].map((articleId) => ({ articleId, quote: text, attributedTo: null, origin: "Outlet a", values: [{ value: 120, unit: "passengers" }] })),
    },
  ],
  quoteVariants: [],
  entities: [],
  timeline: [],
  framing: [],
};
const dossier: Dossier = { schemaVersion: 2, articles: [article("a", text), article("b", text), article("c", "Rescue boats reached the ferry at dawn.")], stories: [story], rejected: [] };

test("reports count a copy and its original as one source", () => {
  const md = renderMarkdown(dossier);
  assert.match(md, /Articles \(3, 2 independent of each other\)/);
  assert.match(md, /\*\*single-source\*\* \(2 articles, 1 independent report, 1 origin: Outlet a\)/);
  const html = renderHtml(dossier);
  assert.match(html, /Articles \(3, 2 independent of each other\)/);
  assert.match(html, /<small>2 articles, 1 independent report, 1 origin: Outlet a<\/small>/);
});
