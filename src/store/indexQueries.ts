/** Reads over the index tables (src/store/indexTables.ts): a page of stories, a page of search hits, notes. */
import { type Kysely, sql } from "kysely";
import type { AnalystNote } from "../model.js";
import type { Database, StoryIndexTable } from "./schema.js";
import { facetValue, isPostgres } from "./indexTables.js";
import { snippetOf } from "./snippet.js";
import type { Page, SearchHit, SearchQuery, StoryQuery, StorySummary } from "./types.js";

/**
 * Search matches counted before the count gives up ("1,000 or more"), and ranked by relevance at
 * most: beyond it the latest stored come first, so that a common word costs a page, not a
 * ranking of every article that has it.
 */
const MAX_COUNTED_HITS = 1000;

/** Words of a search used: a pasted paragraph must not make a query of hundreds of terms. */
const MAX_SEARCH_WORDS = 16;

/** Words a snippet shows around the match. */
const SNIPPET_WORDS = 24;

/**
 * Characters of an article's text a snippet is looked for in: a match further on shows the
 * opening words instead (news states its subject first), and a hit costs the same however long its article.
 */
const SNIPPET_CHARS = 4000;

/**
 * A facet value held by at most this many stories is read as a list of ids; a commoner one is
 * checked story by story while the list is read in its order, so that "en" (most stories) costs a
 * page of index probes, not a sort of every English story.
 */
export const FEW_STORIES = 500;

export async function listStoryPage(db: Kysely<Database>, q: StoryQuery): Promise<Page<StorySummary>> {
  // Languages and outlets through story_facets' key, each counted first (an index range).
  const facets = [
    ...(q.language ? [{ facet: "language", value: facetValue(q.language) }] : []),
    ...(q.outlet ? [{ facet: "outlet", value: facetValue(q.outlet) }] : []),
  ];
  const sized = await Promise.all(
    facets.map(async (f) => {
      const r = await db.selectFrom("story_facets").select((eb) => eb.fn.countAll<string | number>().as("n")).where("facet", "=", f.facet).where("value", "=", f.value).executeTakeFirst();
      return { ...f, stories: Number(r?.n ?? 0) };
    }),
  );
  let base = db.selectFrom("story_index");
  for (const f of sized) {
    const holders = db.selectFrom("story_facets").select("story_id").where("facet", "=", f.facet).where("value", "=", f.value);
    base =
      f.stories <= FEW_STORIES
        ? base.where("id", "in", holders)
        : base.where((eb) =>
            eb.exists(eb.selectFrom("story_facets").select("story_id").where("facet", "=", f.facet).where("value", "=", f.value).whereRef("story_facets.story_id", "=", "story_index.id")),
          );
  }
  // A story falls in the range when its articles' dates overlap it; a minute-precise date still compares by its day.
  if (q.from) base = base.where("last_published", ">=", q.from);
  if (q.to) base = base.where("first_published", "<", `${q.to}~`);
  if (q.hasConflicts !== undefined) base = base.where("conflict_count", q.hasConflicts ? ">" : "=", 0);
  // One facet and nothing else: its count is the total (facets are written with the list rows, in one transaction).
  const onlyFacet = sized.length === 1 && !q.from && !q.to && q.hasConflicts === undefined;
  const total = onlyFacet
    ? sized[0]!.stories
    : Number((await base.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst())?.n ?? 0);
  let page = base.selectAll();
  if (q.order === "articles") page = page.orderBy("article_count", "desc");
  page = page.orderBy("last_published", (ob) => ob.desc().nullsLast()).orderBy("id");
  const rows = total === 0 ? [] : await page.limit(q.limit).offset(q.offset).execute();
  return { items: rows.map(summaryOf), total, offset: q.offset, limit: q.limit };
}

function summaryOf(r: StoryIndexTable): StorySummary {
  return {
    id: r.id,
    headline: r.headline,
    articles: r.article_count,
    independentReports: r.independent_count,
    analysedArticles: r.analysed_count ?? null,
    languages: r.languages.split("\n").filter(Boolean),
    outlets: r.outlet_count,
    claims: r.claim_count,
    conflicts: r.conflict_count,
    firstPublished: r.first_published,
    lastPublished: r.last_published,
  };
}

export async function searchArticles(db: Kysely<Database>, q: SearchQuery): Promise<Page<SearchHit>> {
  const words = (q.text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_SEARCH_WORDS);
  const empty = { items: [], total: 0, offset: q.offset, limit: q.limit };
  if (words.length === 0) return empty;
  const page = isPostgres(db) ? await searchPostgres(db, words.join(" "), q) : await searchSqlite(db, words.map((w) => `"${w}"`).join(" "), q);
  return { ...page, items: page.items.map(({ excerpt, ...hit }) => ({ ...hit, snippet: snippetOfExcerpt(excerpt, words) })) };
}

/**
 * The snippet of an excerpt read one character longer than SNIPPET_CHARS (characters as SQL
 * counts them, code points): a longer one is cut, and loses that character.
 */
function snippetOfExcerpt(excerpt: string, words: readonly string[]): string {
  const points = excerpt.length - (excerpt.match(/[\u{10000}-\u{10FFFF}]/gu)?.length ?? 0);
  if (points <= SNIPPET_CHARS) return snippetOf(excerpt, words, SNIPPET_WORDS);
  const last = excerpt.codePointAt(excerpt.length - 2)! > 0xffff ? 2 : 1;
  return snippetOf(excerpt.slice(0, excerpt.length - last), words, SNIPPET_WORDS, true);
}

interface HitRow {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  excerpt: string | null;
}

/** A hit with the opening of its text, of which `searchArticles` makes the snippet. */
type ExcerptHit = Omit<SearchHit, "snippet"> & { readonly excerpt: string };

const hitOf = (r: HitRow): ExcerptHit => ({
  articleId: r.id,
  title: r.title,
  outlet: r.outlet,
  published: r.published,
  language: r.language,
  excerpt: r.excerpt ?? "",
});

function pageOf(rows: readonly HitRow[], counted: number, q: SearchQuery): Page<ExcerptHit> {
  const lowerBound = counted > MAX_COUNTED_HITS;
  return { items: rows.map(hitOf), total: Math.min(counted, MAX_COUNTED_HITS), totalIsLowerBound: lowerBound, order: lowerBound ? "latest" : "relevance", offset: q.offset, limit: q.limit };
}

/** `match` is FTS5 syntax built from quoted words only: every word must occur, none is an operator. */
async function searchSqlite(db: Kysely<Database>, match: string, q: SearchQuery): Promise<Page<ExcerptHit>> {
  const counted = Number((await sql<{ n: number }>`select count(*) as n from (select rowid from article_search where article_search match ${match} limit ${MAX_COUNTED_HITS + 1})`.execute(db)).rows[0]?.n ?? 0);
  const order = counted > MAX_COUNTED_HITS ? sql`article_search.rowid desc` : sql`article_search.rank`;
  const rows = await sql<HitRow>`
    select i.id, i.title, i.outlet, i.published, i.language, substr(article_search.body, 1, ${SNIPPET_CHARS + 1}) as excerpt
    from article_search join articles a on a.rowid = article_search.rowid join article_index i on i.id = a.id
    where article_search match ${match} order by ${order} limit ${q.limit} offset ${q.offset}`.execute(db);
  return pageOf(rows.rows, counted, q);
}

async function searchPostgres(db: Kysely<Database>, words: string, q: SearchQuery): Promise<Page<ExcerptHit>> {
  const counted = Number((await sql<{ n: string }>`select count(*) as n from (select 1 from article_search where doc @@ plainto_tsquery('simple', ${words}) limit ${MAX_COUNTED_HITS + 1}) m`.execute(db)).rows[0]?.n ?? 0);
  // PostgreSQL has no arrival order to walk: beyond the bound, matches are taken by id, with no ranking.
  const score = counted > MAX_COUNTED_HITS ? sql`0` : sql`ts_rank(doc, plainto_tsquery('simple', ${words}))`;
  // The page is chosen first, so that the text is read for its rows only.
  const rows = await sql<HitRow>`
    with page as (
      select id, ${score} as score from article_search
      where doc @@ plainto_tsquery('simple', ${words}) order by score desc, id limit ${q.limit} offset ${q.offset})
    select i.id, i.title, i.outlet, i.published, i.language, left((a.article::json)->>'text', ${SNIPPET_CHARS + 1}) as excerpt
    from page join article_index i on i.id = page.id join articles a on a.id = page.id order by page.score desc, page.id`.execute(db);
  return pageOf(rows.rows, counted, q);
}

export async function findNotes(db: Kysely<Database>, claimIds: readonly string[], storyIds: readonly string[]): Promise<AnalystNote[]> {
  const found = new Map<string, AnalystNote>();
  const add = (rows: ReadonlyArray<Database["notes"]>) => {
    for (const r of rows) {
      found.set(r.claim_id, {
        claimId: r.claim_id,
        storyId: r.story_id,
        summary: r.summary,
        mentions: JSON.parse(r.mentions) as AnalystNote["mentions"],
        verdict: r.verdict as AnalystNote["verdict"],
        text: r.text,
        updatedAt: r.updated_at,
      });
    }
  };
  for (let i = 0; i < claimIds.length; i += 400) add(await db.selectFrom("notes").selectAll().where("claim_id", "in", claimIds.slice(i, i + 400)).execute());
  for (let i = 0; i < storyIds.length; i += 400) add(await db.selectFrom("notes").selectAll().where("story_id", "in", storyIds.slice(i, i + 400)).execute());
  return [...found.values()];
}
