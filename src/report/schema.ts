/**
 * Dossier JSON v1 as a zod schema: validates what we emit, and is published as JSON
 * Schema in docs/dossier.schema.json (`npm run schema` writes it).
 */
import { z } from "zod";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/);
const quote = z.string().min(1).describe("Exact substring of the article's text");

export const articleSchema = z.object({
  id: z.string(),
  path: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  published: date.nullable().describe("As precise as the source gives it; null when it gives none"),
  language: z.string().describe("ISO 639-1 code, or 'und'"),
  text: z.string().describe("Clean body, paragraphs joined by a blank line"),
  removed: z.array(z.string()).describe("Boilerplate blocks dropped"),
  warnings: z.array(z.string()),
});

export const articleListingSchema = articleSchema.omit({ text: true, removed: true, warnings: true });

const copySchema = z.object({
  articleIds: z.tuple([z.string(), z.string()]),
  original: z.string().nullable(),
  kind: z.enum(["verbatim", "near-duplicate", "rewrite", "translation"]),
  score: z.number().min(0).max(1),
});

export const noteSchema = z.object({
  claimId: z.string(),
  storyId: z.string(),
  summary: z.string().describe("the claim's wording when the note was written"),
  mentions: z
    .array(z.object({ articleId: z.string(), quote: z.string() }))
    .describe("some of the claim's mentions when the note was written: a rebuild that re-forms the claims finds the note's claim by them"),
  verdict: z.enum(["verified", "false", "unclear"]),
  text: z.string(),
  updatedAt: z.string().describe("ISO 8601 time of the last change"),
});

const claimSchema = z.object({
  id: z.string(),
  summary: z.string(),
  status: z
    .enum(["corroborated", "single-origin", "single-source", "conflicting"])
    .describe("corroborated: at least two independent origins; single-origin: several independent reports, one origin; single-source: one report; conflicting: the mentions disagree on a fact"),
  articles: z.number().int().min(1).describe("articles carrying the claim"),
  reports: z.number().int().min(1).describe("of those, reports independent of each other (copies count once)"),
  origins: z.array(z.string()).describe("the independent origins the mentions trace back to"),
  mentions: z.array(
    z.object({
      articleId: z.string(),
      quote,
      attributedTo: z.string().nullable(),
      origin: z.string().describe("where this mention's information comes from, along the citation chain"),
      values: z.array(z.object({ value: z.number(), unit: z.string().nullable() })),
    }),
  ),
  conflicts: z.array(
    z.object({
      type: z.enum(["number", "date", "actor", "place", "negation"]),
      detail: z.string(),
      articleIds: z.tuple([z.string(), z.string()]),
    }),
  ),
  note: noteSchema.optional().describe("What an analyst decided about the claim, when one has"),
});

const quoteVariantSchema = z.object({
  claimId: z.string().nullable(),
  wordings: z.array(z.object({ articleId: z.string(), quote })),
  differences: z.array(z.string()),
  changedBy: z.string().nullable().describe("the article that changed the wording: the copy of a known original"),
});

export const storySchema = z.object({
  id: z.string(),
  headline: z.string(),
  articleIds: z.array(z.string()),
  copies: z.array(copySchema),
  citations: z.array(z.object({
    articleId: z.string(), source: z.string(), via: z.string().nullable(), quote,
    start: z.number().int().optional().describe("offset of the quote in the article's text: each place an article cites a source is one citation"),
    end: z.number().int().optional().describe("end offset of the quote in the article's text"),
    sourceStart: z.number().int().optional().describe("offset in the article's text where it names the source (\"he\" in \"he said\")"),
    sourceEnd: z.number().int().optional().describe("end offset of where the article's text names the source"),
  })),
  origins: z.array(z.string()),
  claims: z.array(claimSchema),
  quoteVariants: z.array(quoteVariantSchema),
  entities: z.array(
    z.object({
      name: z.string(),
      type: z.enum(["person", "organization", "place", "equipment", "other"]),
      aliases: z.array(z.string()),
      articleIds: z.array(z.string()),
    }),
  ),
  timeline: z.array(
    z.object({
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      approximate: z.boolean(),
      event: z.string(),
      articleIds: z.array(z.string()),
    }),
  ),
  framing: z.array(
    z.object({ articleId: z.string(), terms: z.array(z.object({ term: quote, about: z.string().nullable(), where: z.enum(["title", "text"]) })) }),
  ),
  error: z.string().optional().describe("Set when the story's analysis failed: its articles are listed, its readings are empty."),
  analysedArticles: z
    .number()
    .int()
    .positive()
    .optional()
    .describe("Set when the analysis read only the first this many of articleIds (claims.maxStoryArticles): the later members are listed, not read."),
});

export const dossierSchema = z.object({
  schemaVersion: z.literal(2),
  articles: z.array(articleSchema),
  stories: z.array(storySchema),
  rejected: z.array(z.object({ path: z.string(), error: z.string() })),
});

/** A page of a story's later members (stories/ID.members-K.json): listed without their texts, which stay in the store. */
export const memberPageSchema = z.object({
  schemaVersion: z.literal(2),
  storyId: z.string(),
  page: z.number().int().positive(),
  next: z.string().nullable().describe("The next page's file name beside this one, null on the last page"),
  listedArticles: z.array(articleListingSchema).describe("The story's members after those its analysis read (analysedArticles), in membership order"),
});

export function memberPageJsonSchema(): object {
  return {
    $id: "https://dossier.invalid/schema/member-page-v2.json",
    title: "Dossier member page v2 (stories/ID.members-K.json)",
    ...z.toJSONSchema(memberPageSchema, { target: "draft-2020-12" }),
  };
}

export function dossierJsonSchema(): object {
  return {
    $id: "https://dossier.invalid/schema/dossier-v2.json",
    title: "Dossier JSON v2",
    ...z.toJSONSchema(dossierSchema, { target: "draft-2020-12" }),
  };
}
