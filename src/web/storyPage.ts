/** One story: headline and summary line, claim matrix, provenance graph, timeline, entities, framing. */
import type { ArticleListing, Story } from "../model.js";
import type { MemberFacts, Store } from "../store/types.js";
import { renderClaimMatrix } from "./claimMatrix.js";
import { independentCount } from "../claims/independence.js";
import { analysedIds } from "../stories/index.js";
import { loadStory, storyMembers } from "./data.js";
import { esc, independentReports, page, plural, seg } from "./html.js";
import { renderProvenanceGraph } from "./provenanceGraph.js";
import { laterIds, memberItems, memberPageLinks } from "./memberPages.js";

export interface StoryPageOptions {
  /** A page of the static site: no note form (nothing on disk takes it). */
  readonly static?: boolean;
  /** All members' languages and dates (Store.memberFacts), for a story whose later members are not among the articles given. */
  readonly members?: MemberFacts;
}

export async function renderStoryPage(store: Store, storyId: string, options: StoryPageOptions = {}): Promise<string | null> {
  const loaded = await loadStory(store, storyId);
  if (!loaded) return null;
  return storyPageHtml(loaded.story, storyMembers(loaded), { ...options, members: await pageFacts(store, loaded.story) });
}

/**
 * What a stored story's page says of all its members, where some are not read for it: off its list
 * row (written with the story), else summed up from its members; undefined (the page reads its
 * articles) otherwise.
 */
export async function pageFacts(store: Store, story: Story): Promise<MemberFacts | undefined> {
  if (laterIds(story).length === 0) return undefined;
  return (await store.storyFacts(story.id)) ?? store.memberFacts(story.articleIds);
}

/** "6 articles · in 3 languages (de, en, ru) · 5 independent reports · …": the story at a glance. */
function summaryLine(story: Story, articles: ReadonlyMap<string, ArticleListing>, facts: MemberFacts | undefined): string {
  const own = story.articleIds.flatMap((id) => articles.get(id) ?? []);
  const languages = facts ? facts.languages : [...new Set(own.map((a) => a.language))].sort();
  // By day: a date with a time ("2025-10-31T21:32") beside one without reads as two formats.
  const dates = (facts ? [facts.first, facts.last].filter((d): d is string => d !== null) : own.flatMap((a) => a.published ?? []).sort()).map((d) => d.slice(0, 10));
  return [
    plural(story.articleIds.length, "article"),
    `in ${plural(languages.length, "language")} (${languages.join(", ")})`,
    independentReports(independentCount(analysedIds(story), story.copies), story.analysedArticles),
    plural(story.origins.length, "origin"),
    plural(story.claims.length, "claim"),
    plural(story.claims.filter((c) => c.status === "conflicting").length, "conflict"),
    dates.length === 0 ? "undated" : dates[0] === dates.at(-1) ? dates[0] : `${dates[0]} to ${dates.at(-1)}`,
  ].join(" · ");
}

/** The page of a story whose claims carry the analysts' notes (src/report/notes.ts). */
export async function storyPageHtml(story: Story, articles: ReadonlyMap<string, ArticleListing>, options: StoryPageOptions = {}): Promise<string> {
  const line = summaryLine(story, articles, options.members);
  const body = `<nav class="crumbs"><a href="../index.html">Stories</a> › this story · <a href="${seg(story.id)}.json">JSON</a> · <a href="${seg(story.id)}.md">Markdown</a></nav>
<h1>${esc(story.headline)}</h1>
<p class="summary-line">${esc(line)}</p>
${story.error ? `<p class="error">Not analysed: ${esc(story.error)}</p>` : ""}
<section id="matrix"><h2>Claims × articles</h2>
${renderClaimMatrix(story, articles, { editable: !options.static })}</section>
<section id="provenance"><h2>Provenance</h2>
${await renderProvenanceGraph(story, articles)}
${story.origins.length ? `<p>Origins: ${story.origins.map((o) => `<b>${esc(o)}</b>`).join(", ")}</p>` : ""}</section>
<section id="timeline"><h2>Timeline</h2>${timeline(story)}</section>
<section id="entities"><h2>Entities</h2>${entities(story)}</section>
<section id="framing"><h2>Framing</h2>${framing(story, articles)}</section>
<section id="articles"><h2>Articles</h2>${articleList(story, articles)}</section>`;
  return page({ title: story.headline, depth: 1, body, kind: "story-page" });
}

function timeline(story: Story): string {
  if (story.timeline.length === 0) return `<p class="empty">No dated events.</p>`;
  return `<ol class="timeline">${story.timeline
    .map((t) => `<li><time>${esc(t.date)}</time>${t.approximate ? ` <small>(approx.)</small>` : ""} ${esc(t.event)} <small>${plural(t.articleIds.length, "article")}</small></li>`)
    .join("")}</ol>`;
}

function entities(story: Story): string {
  if (story.entities.length === 0) return `<p class="empty">No named entities.</p>`;
  return `<table class="entities"><thead><tr><th>Name</th><th>Type</th><th>Also written</th><th>Articles</th></tr></thead><tbody>${story.entities
    .map((e) => `<tr><td>${esc(e.name)}</td><td>${esc(e.type)}</td><td>${e.aliases.map(esc).join(" · ")}</td><td>${e.articleIds.length}</td></tr>`)
    .join("")}</tbody></table>`;
}

/** Loaded words side by side: one column per outlet, each term linked to where it stands. */
function framing(story: Story, articles: ReadonlyMap<string, ArticleListing>): string {
  const byOutlet = new Map<string, string[]>();
  for (const f of story.framing) {
    if (f.terms.length === 0) continue;
    const outlet = articles.get(f.articleId)?.outlet ?? f.articleId;
    const terms = f.terms.map(
      (t, i) =>
        `<li><a href="../articles/${seg(f.articleId)}.html?story=${seg(story.id)}#f-${i}">${esc(t.term)}</a>${t.where === "title" ? " <small>in the title</small>" : ""}${t.about ? ` <small>about ${esc(t.about)}</small>` : ""}</li>`,
    );
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), ...terms]);
  }
  if (byOutlet.size === 0) return `<p class="empty">No loaded terms found.</p>`;
  return `<div class="framing">${[...byOutlet]
    .map(([outlet, terms]) => `<div class="outlet"><h3>${esc(outlet)}</h3><ul>${terms.join("")}</ul></div>`)
    .join("")}</div>`;
}

/** The members the analysis read, then links to the pages that list the later ones. */
function articleList(story: Story, articles: ReadonlyMap<string, ArticleListing>): string {
  return `<ul class="article-list">${memberItems(story.id, analysedIds(story), articles)}</ul>${memberPageLinks(story)}`;
}
