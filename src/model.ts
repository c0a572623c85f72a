/**
 * The records that flow between Dossier's stages, defined once.
 *
 * ingest → InputDocument → extract → Article → stories → StoryGroup → claims → Story → report
 *
 * Every record is plain data (JSON-serialisable, no classes, no hidden state), so any
 * stage can be called alone in a test and any record can be stored as it is.
 * The shapes of `Article`, `Story` and `Dossier` are the published dossier JSON v1
 * (docs/dossier.schema.json); change them only with a schema version bump.
 */

/** ISO 639-1 code ("en", "ru", ...), or "und" when the language could not be told. */
export type LanguageCode = string;

/** Fields an input may state about itself (a .jsonl line); they take precedence over extraction. */
export interface GivenFields {
  readonly url?: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly language?: string;
}

/** One input item as read from disk or stdin, decoded to text, not yet understood. */
export interface InputDocument {
  /** Stable id: a hash of the raw bytes and the given fields. */
  readonly id: string;
  /** Where it came from: a file path, `path#line` for .jsonl, or `-` for stdin. */
  readonly path: string;
  readonly format: "html" | "text";
  /** The decoded content (HTML source or plain text). */
  readonly content: string;
  /** How the bytes were decoded ("utf-8", "windows-1251", ...), and why. */
  readonly encoding: { readonly name: string; readonly source: "bom" | "declared" | "detected" | "default" };
  readonly given: GivenFields;
  /** Things ingest noticed that the reader should know (repaired mojibake, ...). */
  readonly warnings: readonly string[];
}

/** An input that could not be turned into an article, with a reason a person can act on. */
export interface Rejected {
  readonly path: string;
  readonly error: string;
}

/** A clean article: the body without page chrome, and its metadata. */
export interface Article {
  readonly id: string;
  readonly path: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", as precise as the source; null when it gives none. */
  readonly published: string | null;
  readonly language: LanguageCode;
  /** Clean body, paragraphs joined by "\n\n". */
  readonly text: string;
  /** Boilerplate blocks that were dropped, in page order. */
  readonly removed: readonly string[];
  readonly warnings: readonly string[];
}

/** An article as lists show it: everything but its text, what was removed and the warnings. */
export type ArticleListing = Omit<Article, "text" | "removed" | "warnings">;

/** An article's (or a listing's) listing fields alone, in this order whatever order they came in. */
export function articleListing(a: ArticleListing): ArticleListing {
  return { id: a.id, path: a.path, url: a.url, outlet: a.outlet, title: a.title, byline: a.byline, published: a.published, language: a.language };
}

/** How an article is named where its title is wanted: the title, else its input's file name ("002_6ec8.txt", "feed.jsonl#12"), never its id, which says nothing to a reader. */
export function articleName(a: Pick<ArticleListing, "title" | "path">): string {
  return a.title ?? (a.path.split("/").pop() || a.path);
}

export type CopyKind = "verbatim" | "near-duplicate" | "rewrite" | "translation";

export interface CopyLink {
  readonly articleIds: readonly [string, string];
  /** The article the other was copied from, when evidence says so. */
  readonly original: string | null;
  readonly kind: CopyKind;
  /** Strength of the evidence, in [0, 1]. */
  readonly score: number;
}

/** The stories stage's output: which articles tell one story, and which copy which. */
export interface StoryGroup {
  readonly id: string;
  readonly headline: string;
  readonly articleIds: readonly string[];
  readonly copies: readonly CopyLink[];
}

export interface Citation {
  readonly articleId: string;
  /** Who the article relies on: an outlet, agency, document or person. */
  readonly source: string;
  /** The relay between the article and `source`, when it names one. */
  readonly via: string | null;
  /** Exact substring of the article's text. */
  readonly quote: string;
  /** Where the quote stands in the article's text, [start, end): one citation per place the text cites. */
  readonly start?: number;
  readonly end?: number;
  /** Where the text names the source inside the quote, [start, end) in the article's text ("he" in "he said", resolved to a name in `source`). */
  readonly sourceStart?: number;
  readonly sourceEnd?: number;
}

export interface Value {
  readonly value: number;
  /** Normalised unit ("km", "engines", "missile systems", ...), null when the number stands alone. */
  readonly unit: string | null;
}

export interface ClaimMention {
  readonly articleId: string;
  /** Exact substring of the article's text. */
  readonly quote: string;
  /** The source the sentence names for itself ("…, the documents said"), when it names one. */
  readonly attributedTo: string | null;
  /**
   * Where the mention's information comes from: its source followed back along the story's
   * citation chain (an outlet relaying documents → the documents), the source the article as a
   * whole reports, or else the article's own outlet (copies share their original's).
   */
  readonly origin: string;
  readonly values: readonly Value[];
}

/**
 * `corroborated`: at least two independent origins; `single-origin`: several independent
 * reports that all trace back to one origin; `single-source`: one report (copies count once);
 * `conflicting`: the mentions disagree on a fact.
 */
export type ClaimStatus = "corroborated" | "single-origin" | "single-source" | "conflicting";

export type ConflictType = "number" | "date" | "actor" | "place" | "negation";

/** A factual disagreement between two mentions of one claim. */
export interface Conflict {
  readonly type: ConflictType;
  /** What differs, e.g. "Il-76: 1 vs 2" or "Tuesday (2025-03-04) vs Wednesday (2025-03-05)". */
  readonly detail: string;
  readonly articleIds: readonly [string, string];
}

export interface Claim {
  readonly id: string;
  readonly summary: string;
  readonly status: ClaimStatus;
  /** Articles carrying the claim. */
  readonly articles: number;
  /** Of those, reports independent of each other (copies count once). */
  readonly reports: number;
  /** The independent origins the mentions trace back to, most mentioned first. */
  readonly origins: readonly string[];
  readonly mentions: readonly ClaimMention[];
  /** Factual disagreements between mentions; non-empty exactly when status is "conflicting". */
  readonly conflicts: readonly Conflict[];
  /** What an analyst decided about the claim, when one has (kept in the store, not computed). */
  readonly note?: AnalystNote;
}

/** An analyst's mark on a claim: kept by claim id, with the claim's wording to find it again if a rebuild renumbers claims. */
export interface AnalystNote {
  readonly claimId: string;
  readonly storyId: string;
  /** The claim's summary when the note was written. */
  readonly summary: string;
  /** Some of the claim's mentions when the note was written: a rebuild that re-forms the claims finds it again by them. */
  readonly mentions: ReadonlyArray<{ readonly articleId: string; readonly quote: string }>;
  readonly verdict: "verified" | "false" | "unclear";
  readonly text: string;
  /** ISO 8601 time of the last change. */
  readonly updatedAt: string;
}

/**
 * One quotation worded differently by different articles: worth seeing (an altered quote in a
 * rewrite), but not a disagreement about the facts.
 */
export interface QuoteVariant {
  /** The claim whose mentions hold the quotation. */
  readonly claimId: string | null;
  readonly wordings: ReadonlyArray<{ readonly articleId: string; readonly quote: string }>;
  /** The words that differ, "a" vs "b". */
  readonly differences: readonly string[];
  /** The article that changed the wording: the copy of a known original, else null. */
  readonly changedBy: string | null;
}

export type EntityType = "person" | "organization" | "place" | "equipment" | "other";

export interface Entity {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly articleIds: readonly string[];
}

export interface TimelineEvent {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY" ("this year"): as precise as the text. */
  readonly date: string;
  readonly approximate: boolean;
  readonly event: string;
  readonly articleIds: readonly string[];
}

export interface FramingTerm {
  /** Exact substring of the article's text, or of its title when `where` is "title". */
  readonly term: string;
  /** The entity the term is applied to, when one is named next to it. */
  readonly about: string | null;
  /** Headlines carry the most loaded words ("Испуганный Мадуро …"), so they are read too. */
  readonly where: "title" | "text";
}

export interface Framing {
  readonly articleId: string;
  readonly terms: readonly FramingTerm[];
}

/** What the claims stage adds to a story group. */
export interface StoryAnalysis {
  readonly citations: readonly Citation[];
  readonly origins: readonly string[];
  readonly claims: readonly Claim[];
  readonly quoteVariants: readonly QuoteVariant[];
  readonly entities: readonly Entity[];
  readonly timeline: readonly TimelineEvent[];
  readonly framing: readonly Framing[];
}

export type Story = StoryGroup &
  StoryAnalysis & {
    /** Set when the story's analysis failed: its articles are listed, its readings are empty. */
    readonly error?: string;
    /**
     * Set when the analysis read only the first this many of `articleIds` (a story larger than
     * the claims stage's `maxStoryArticles`): copies, claims, citations, entities and framing are
     * those of these members; the later ones are listed, not read.
     */
    readonly analysedArticles?: number;
  };

export interface Dossier {
  readonly schemaVersion: 2;
  readonly articles: readonly Article[];
  readonly stories: readonly Story[];
  readonly rejected: readonly Rejected[];
}

/**
 * One page of a story's members after those its analysis read (stories/ID.members-K.json),
 * listed without their texts, in membership order (src/web/memberPages.ts).
 */
export interface MemberPage {
  readonly schemaVersion: 2;
  readonly storyId: string;
  /** 1-based. */
  readonly page: number;
  /** The next page's file name (stories/…), null on the last page. */
  readonly next: string | null;
  readonly listedArticles: readonly ArticleListing[];
}
