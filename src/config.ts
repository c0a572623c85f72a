/**
 * Every tunable of every stage, in one typed place, with its default and why it has it.
 * Stages take the section they need; callers override any part with `resolveConfig`.
 */

export interface IngestConfig {
  /** Inputs larger than this are rejected rather than read: no news article is near it. */
  readonly maxInputBytes: number;
  /** File endings read from folders; anything else in a folder is skipped (not rejected). */
  readonly extensions: readonly string[];
}

export interface ExtractConfig {
  /** A body shorter than this (characters) is flagged as probably not an article. */
  readonly minBodyChars: number;
}

export interface StoriesConfig {
  /** Similarity at or above which an article joins an existing story. */
  readonly joinThreshold: number;
}

export interface ClaimsConfig {
  /** Longest quote kept for a claim mention (characters). */
  readonly maxQuoteChars: number;
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
    extensions: [".txt", ".text", ".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".jsonl", ".ndjson"],
  },
  extract: {
    minBodyChars: 250,
  },
  stories: {
    joinThreshold: 0.35,
  },
  claims: {
    maxQuoteChars: 400,
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
