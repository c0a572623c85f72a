/**
 * Every tunable of every stage, in one typed place, with its default and why it has it.
 * Stages take the section they need; callers override any part with `resolveConfig`.
 */

export interface IngestConfig {
  /** Inputs larger than this are rejected rather than read: no news article is near it. */
  readonly maxInputBytes: number;
  /** File endings read from folders; anything else in a folder is skipped (not rejected). */
  readonly extensions: readonly string[];
  /**
   * Follow symbolic links inside a folder that point outside it. Off: a link to a private
   * file (or /etc/passwd) dropped into a shared folder would put its text into the report.
   */
  readonly followLinks: boolean;
}

export interface ExtractConfig {
  /** A body shorter than this (characters) is flagged as probably not an article. */
  readonly minBodyChars: number;
  /**
   * Below this fastText confidence the page's declared language (html lang) is preferred over
   * the guess: lid.176 is right on 30-character probes above 0.5 (DEPENDENCIES.md probes).
   */
  readonly minLanguageConfidence: number;
  /** Fewer words than this after chrome removal is not an article ("Home News Contact"): the document is rejected. */
  readonly minArticleWords: number;
  /** At most this many dropped blocks are kept in `removed`: a huge page's menus are not worth storing whole. */
  readonly maxRemovedBlocks: number;
}

export interface StoriesConfig {
  /** Similarity at or above which an article joins an existing story. */
  readonly joinThreshold: number;
  /** Heaviest keys per family an article is indexed and looked up by. */
  readonly indexKeys: number;
  /** Latest stories kept per index key: bounds the cost of a lookup whatever the corpus size. */
  readonly postingLimit: number;
  /** Stories compared in full with a new article, the ones sharing most index weight. */
  readonly candidateStories: number;
  /** Keys kept per article sketch and story centroid, by family: bounded, so 100k stories fit in memory. */
  readonly sketchWords: number;
  readonly sketchNames: number;
  readonly sketchFacts: number;
  /** Folded word prefixes kept per sketch and centroid: compared only between articles of different languages. */
  readonly sketchFolds: number;
  /** Published dates further apart than this (days) weaken the match, halving per further window. */
  readonly timeWindowDays: number;
  /** Longest stem the grouper keeps as a word key: longer stems are cut to it, so derived forms and compounds meet. */
  readonly stemLength: number;
  /** The grouper's keys are hashed into 2^keyBits ids: its state has one size at any store size, and can be kept in the store. */
  readonly keyBits: number;
}

export interface ClaimsConfig {
  /**
   * Members of one story the claims stage reads in full: the first this many in arrival order.
   * A firehose story grows to thousands of articles (9,296 in the 1,000,000-article build, whose
   * analysis then held 3 GB); its later members are listed and counted, but not read, and the
   * story says how many were (`analysedArticles`), so a story's analysis costs at most this much.
   */
  readonly maxStoryArticles: number;
  /**
   * Sentences of one article the claims stage reads: its cost per article must be bounded.
   * The longest FNC-1 body has 162; a long feature a few hundred; a list or a table thousands.
   */
  readonly maxSentencesPerArticle: number;
  /**
   * Longest sentence read (characters). A "sentence" this long has no sentence end: a list of
   * file names, a table, a price list. The longest FNC-1 sentence has 587 characters.
   */
  readonly maxSentenceChars: number;
  /** Longest quote kept for a claim mention (characters); a longer sentence is quoted around its number. */
  readonly maxQuoteChars: number;
  /** Longest claim summary (characters): a sentence of about two lines. */
  readonly maxSummaryChars: number;
  /**
   * Sentence similarity (Dice over stems, entities and values) at or above which two sentences of
   * different articles state the same thing without sharing a number. Set on the seeds (stem Dice): between
   * the rewritten pair's sentences and independent articles' best matches (docs/benchmarks.md, History).
   */
  readonly alignThreshold: number;
  /**
   * Rarity-weighted Dice (src/claims/claimSentences.ts, weightedSimilarity) at or above which two
   * sentences of different articles state one claim with no number or quotation to join them.
   * Swept on the tuned part of bench:verdicts (docs/benchmarks.md).
   */
  readonly contentThreshold: number;
  /**
   * Share of two sentences' words (names and numbers included) that the other sentence, in
   * another language, means or spells the same (src/claims/crossLanguage.ts), at or above which
   * they state one claim. Swept on the tuned part of bench:verdicts (docs/benchmarks.md, History).
   */
  readonly crossLanguageThreshold: number;
  /**
   * Similarity at or above which equal numbers in two sentences of different languages are one
   * claim; half of it suffices when the unit's words are found near the other number ("14 sets of …
   * missiles" / "14 missile systems"). Chosen by hand, not swept: the seeds' 14-sentences pass it.
   */
  readonly valueContextThreshold: number;
  /**
   * Similarity at or above which two sentences counting the same unit differently disagree ("two
   * Il-76" / "an Il-76"). Chosen by hand below `alignThreshold`, since sentences that disagree share
   * fewer words; the demo corpus's "two"/"three army helicopters" sentences are above it.
   */
  readonly conflictThreshold: number;
  /** Word overlap (Dice) at or above which two quoted phrases are one quote worded differently: half the words (the seeds' two "deterrent" quotes share 10 of their 13 distinct words each, Dice 0.77). */
  readonly quoteThreshold: number;
  /** Fewest words in a quoted phrase worth aligning: shorter quotes are scare quotes and labels ("false flag", «глушители GPS»). */
  readonly minQuoteWords: number;
  /** An entity is listed when named by this many articles, or twice in one. */
  readonly minEntityArticles: number;
  /**
   * Stance: probability (src/claims/stanceModel.ts) at or above which a text is about a statement.
   * Below 0.5 because missing a related text costs more than a false alarm (FNC-1 scoring); swept
   * on the FNC-1 tuning half by bench/claims/stanceTrain.ts (docs/benchmarks.md, History).
   */
  readonly stanceRelated: number;
  /**
   * Stance: weighted share of a statement's stems that the unhedged sentence carrying most of them
   * must hold, in the text's own voice (no source named for it), to state the statement rather than
   * discuss it. Set on the FNC-1 tuning quarter (body id ≡ 0 mod 4) by bench/claims/agreeVoice.ts:
   * the voice tells agree from discuss, the share hardly does (docs/benchmarks.md, Claims).
   */
  readonly stanceAgree: number;
}

export interface DossierConfig {
  readonly ingest: IngestConfig;
  readonly extract: ExtractConfig;
  readonly stories: StoriesConfig;
  readonly claims: ClaimsConfig;
}

export const defaultConfig: DossierConfig = {
  ingest: {
    maxInputBytes: 20 * 1024 * 1024,
    // Not ".md": a folder's README.md is no article. A Markdown file given by name is read, as text.
    extensions: [".txt", ".text", ".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".jsonl", ".ndjson", ".json"],
    followLinks: false,
  },
  extract: {
    minBodyChars: 250,
    minLanguageConfidence: 0.5,
    minArticleWords: 8,
    maxRemovedBlocks: 400,
  },
  stories: {
    // Best of 0.4-0.6 on the clustering bench (docs/benchmarks.md, History); the seed story holds together up to 0.55.
    joinThreshold: 0.5,
    // Enough that candidate generation loses nothing against comparing every story (docs/benchmarks.md, History).
    indexKeys: 12,
    // A story older than the 32 latest sharing an article's rarest keys is old news.
    postingLimit: 32,
    candidateStories: 8,
    // Enough keys that truncation changes cosines by little on the semeval pairs; small enough for 100k articles in memory.
    sketchWords: 96,
    sketchNames: 32,
    sketchFacts: 24,
    // As many as name keys: set for cost, since every centroid keeps their sums (docs/benchmarks.md, History).
    sketchFolds: 32,
    // News of one story arrives within days; a week apart is a follow-up, a month apart is usually another story.
    timeWindowDays: 7,
    // A stemmer leaves derived forms apart (regier-ung/regi-eren) and compounds whole
    // (Regierungsbündnis); cut to 6 letters, the prefix src/lang/words.ts uses for languages
    // without a stemmer, they meet. Swept on the clustering bench (docs/benchmarks.md, History).
    stemLength: 6,
    // 2M ids: 8 MB of document frequencies; a million articles' keys rarely share one (docs/benchmarks.md, bench:scale).
    keyBits: 21,
  },
  claims: {
    // bench:story-size -- --build: the analysis of a story of this many members, read through the build (docs/benchmarks.md).
    maxStoryArticles: 250,
    maxSentencesPerArticle: 600,
    maxSentenceChars: 2000,
    maxQuoteChars: 400,
    maxSummaryChars: 240,
    alignThreshold: 0.4,
    contentThreshold: 0.22,
    crossLanguageThreshold: 0.17,
    valueContextThreshold: 0.2,
    conflictThreshold: 0.35,
    quoteThreshold: 0.5,
    minQuoteWords: 4,
    minEntityArticles: 2,
    stanceRelated: 0.3,
    stanceAgree: 0.2,
  },
};

export type ConfigOverrides = { readonly [K in keyof DossierConfig]?: Partial<DossierConfig[K]> };

export function resolveConfig(overrides: ConfigOverrides = {}): DossierConfig {
  return {
    ingest: { ...defaultConfig.ingest, ...overrides.ingest },
    extract: { ...defaultConfig.extract, ...overrides.extract },
    stories: { ...defaultConfig.stories, ...overrides.stories },
    claims: { ...defaultConfig.claims, ...overrides.claims },
  };
}
