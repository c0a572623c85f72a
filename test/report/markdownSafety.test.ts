/** Article text is data in dossier.md, never markup: what an article carries cannot run or link. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article, Dossier, Story } from "../../src/model.js";
import { renderMarkdown } from "../../src/report/index.js";
import { md } from "../../src/report/markdown.js";

const hostile = 'Hi <script>alert(1)</script> <img src=x onerror=alert(2)> <iframe srcdoc="<b>x</b>"></iframe> [click](javascript:alert(3)) <javascript:alert(4)> **bold** `code`';

test("escapes HTML, links and emphasis, and keeps the characters readable", () => {
  const out = md(hostile);
  assert.doesNotMatch(out, /<[a-z/]/i, "no tag survives");
  assert.doesNotMatch(out, /(?<!\\)\[[^\]]*(?<!\\)\]\(/, "no link survives");
  assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(out, /\\\[click\\\]\(javascript:alert\(3\)\)/);
  assert.equal(md("line one\n\n# heading?"), "line one # heading?", "a line break cannot start a block");
});

test("a dossier built from hostile articles renders them inert", () => {
  const article: Article = {
    id: "a", path: "a.txt", url: "javascript:alert(5)", outlet: "<b>Outlet</b>", title: hostile, byline: null, published: null,
    language: "en", text: hostile, removed: [], warnings: [],
  };
  const story: Story = {
    id: "s", headline: hostile, articleIds: ["a"], copies: [], citations: [{ articleId: "a", source: "<img src=x onerror=alert(6)>", via: null, quote: hostile }],
    origins: [hostile], claims: [], quoteVariants: [], entities: [{ name: "[x](javascript:alert(7))", type: "other", aliases: [], articleIds: ["a"] }],
    timeline: [{ date: "2025", approximate: true, event: hostile, articleIds: ["a"] }], framing: [{ articleId: "a", terms: [{ term: "<i>loaded</i>", about: null, where: "text" }] }],
  };
  const dossier: Dossier = { schemaVersion: 2, articles: [article], stories: [story], rejected: [{ path: "<script>x</script>.txt", error: "[y](javascript:z)" }] };
  const out = renderMarkdown(dossier);
  assert.doesNotMatch(out, /<[a-z/!]/i, "no tag in the whole report");
  assert.doesNotMatch(out, /(?<!\\)\]\(javascript:/i, "no javascript: link");
});

test("names an article without a title by its path once, and one with a title by the title, then its outlet or path", () => {
  const base: Article = { id: "a", path: "in/a.txt", url: null, outlet: null, title: null, byline: null, published: null, language: "en", text: "The pier closed.", removed: [], warnings: [] };
  const story: Story = {
    id: "s", headline: "The pier", articleIds: ["a", "b"], copies: [], citations: [], origins: [], claims: [], quoteVariants: [], entities: [], timeline: [], framing: [],
  };
  const dossier: Dossier = { schemaVersion: 2, articles: [base, { ...base, id: "b", path: "in/b.txt", title: "Pier closes" }], stories: [story], rejected: [] };
  const out = renderMarkdown(dossier);
  assert.match(out, /^- in\/a\.txt \(en\)$/mu, out);
  assert.match(out, /^- “Pier closes” \(in\/b\.txt, en\)$/mu, out);
});
