/** The HTTP API's requests and responses as zod schemas: the handlers validate with them, /openapi.json is made from them. */
import { z } from "zod";
import { articleSchema, noteSchema, storySchema } from "../report/schema.js";

/** The largest page any list returns: no response grows with the store. */
export const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day as YYYY-MM-DD");
const paging = {
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe("items to skip"),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE).describe(`items per page, at most ${MAX_PAGE}`),
};

const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().describe("matches in all (for search, counted up to 1,000: see totalIsLowerBound)"),
    totalIsLowerBound: z.boolean().optional(),
    order: z.enum(["relevance", "latest"]).optional().describe("search: best match first, or the latest stored first when more than 1,000 match"),
    offset: z.number().int(),
    limit: z.number().int(),
  });

export const idParams = z.object({ id: z.string().min(1).max(200) });

export const storyListQuery = z.object({
  ...paging,
  order: z.enum(["newest", "articles"]).default("newest").describe("newest: latest article first; articles: most articles first"),
  language: z.string().min(1).max(20).optional().describe("stories with an article in this language (ISO 639-1)"),
  outlet: z.string().min(1).max(200).optional().describe("stories with an article from this outlet (its name as the article gives it)"),
  from: day.optional().describe("stories with an article published on or after this day"),
  to: day.optional().describe("stories with an article published on or before this day"),
  conflicts: z.stringbool().optional().describe("true: only stories with a conflicting claim; false: only those without"),
});

export const storySummarySchema = z.object({
  id: z.string(),
  headline: z.string(),
  articles: z.number().int(),
  independentReports: z.number().int().describe("independent of each other among the members the analysis read"),
  analysedArticles: z.number().int().nullable().describe("how many members the analysis read, when only the first ones (a story larger than claims.maxStoryArticles); null when all"),
  languages: z.array(z.string()),
  outlets: z.number().int(),
  claims: z.number().int(),
  conflicts: z.number().int().describe("claims whose mentions disagree on a fact"),
  firstPublished: z.string().nullable(),
  lastPublished: z.string().nullable(),
});
export const storyPageSchema = pageOf(storySummarySchema);

export const searchQuery = z.object({ ...paging, q: z.string().min(1).max(500).describe("words that must all occur (title or text)") });
export const searchPageSchema = pageOf(
  z.object({
    articleId: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string(),
    snippet: z.string().describe("words around the match, plain text"),
  }),
);

/** Claims one check request may carry: each is read against the store's articles. */
export const MAX_CHECKED_CLAIMS = 20;
/** Articles listed per checked claim, most related first. */
export const MAX_CHECKED_ARTICLES = 50;

export const checkBody = z.object({
  claims: z
    .array(
      z.object({
        id: z.string().max(200).optional(),
        claim: z.string().min(1).max(2000),
        language: z.string().regex(/^[a-z]{2,3}$/).optional().describe("the claim's language (ISO 639-1), identified when not given"),
      }),
    )
    .min(1)
    .max(MAX_CHECKED_CLAIMS),
});
export const checkResponse = z.object({
  results: z.array(
    z.object({
      id: z.string().nullable(),
      claim: z.string(),
      verdict: z.string(),
      counts: z.object({ asserts: z.number().int(), denies: z.number().int(), reports: z.number().int() }),
      articles: z
        .array(
          z.object({
            articleId: z.string(),
            name: z.string().describe("how the article is shown: its title, else its input's file name"),
            title: z.string().nullable(),
            outlet: z.string().nullable(),
            stance: z.enum(["asserts", "denies", "reports"]),
            relatedness: z.number(),
            language: z.string(),
            acrossLanguages: z.boolean().describe("the article is in another language than the claim: read as reporting or denying it, never asserting"),
            quote: z.string(),
            origin: z.string(),
            missing: z.array(z.string()).optional().describe("for an article read as asserting: the claim's words in lower case its quote does not have"),
            namesOnly: z.literal(true).optional().describe("read as reporting the claim by its names alone: the quote has none of its other words nor its numbers"),
            numbers: z.string().optional().describe("where the quote counts what the claim counts otherwise: \"helicopters: 3 in the claim, 2 here\""),
            days: z.string().optional().describe("where the quote dates what the claim dates otherwise, its day resolved against the article's date: \"day: Wednesday in the claim, Tuesday (2025-10-14) here\""),
          }),
        )
        .describe(`the ${MAX_CHECKED_ARTICLES} most related at most (counts cover all)`),
    }),
  ),
});

export const noteBody = z.object({
  verdict: z.enum(["verified", "false", "unclear"]),
  text: z.string().max(10_000).default(""),
});
export const notesResponse = z.object({ notes: z.array(noteSchema) });

export const ingestQuery = z.object({
  name: z
    .string()
    .regex(/^[\w.-]{1,100}$/, "letters, digits, '.', '_' or '-'")
    .optional()
    .describe("a name for the upload (kept in the item's path); its ending decides nothing, the Content-Type does"),
  wait: z.stringbool().default(true).describe("true: answer when the stories are rebuilt; false: answer 202 at once with a job to poll"),
});
const ingestItem = z.object({
  path: z.string(),
  id: z.string().nullable().describe("the article id (null when rejected before reading)"),
  status: z.enum(["stored", "rejected", "pending"]),
  error: z.string().optional(),
});
export const jobSchema = z.object({
  job: z.string(),
  state: z.enum(["queued", "running", "done", "failed"]),
  items: z.array(ingestItem),
  error: z.string().optional().describe("why the build failed (state failed)"),
  stories: z.number().int().optional().describe("stories in the store after the build"),
});

export const healthSchema = z.object({ status: z.literal("ok"), version: z.string(), stories: z.number().int() });
export const errorSchema = z.object({ error: z.string() });

export { articleSchema, noteSchema, storySchema };
