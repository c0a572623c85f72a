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
  readonly attributedTo: string | null;
  readonly values: readonly Value[];
}

export type ClaimStatus = "corroborated" | "single-source" | "conflicting";

export interface Claim {
  readonly id: string;
  readonly summary: string;
  readonly status: ClaimStatus;
  readonly mentions: readonly ClaimMention[];
  /** What disagrees between mentions, when status is "conflicting". */
  readonly conflict: string | null;
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
  readonly entities: readonly Entity[];
  readonly timeline: readonly TimelineEvent[];
  readonly framing: readonly Framing[];
}

export type Story = StoryGroup &
  StoryAnalysis & {
    /** Set when the story's analysis failed: its articles are listed, its readings are empty. */
    readonly error?: string;
  };

export interface Dossier {
  readonly schemaVersion: 1;
  readonly articles: readonly Article[];
  readonly stories: readonly Story[];
  readonly rejected: readonly Rejected[];
}
