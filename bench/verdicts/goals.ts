/** The goals issue 11 ("Measured") sets for what the product reads, printed beside each figure. */
export const GOALS = {
  entityPrecision: 0.85,
  entityRecall: 0.75,
  /** Citation recall at this precision or better. */
  citationRecall: 0.75,
  citationPrecision: 0.9,
  framingPrecision: 0.7,
  /** Share of cross-language same-fact pairs one claim aligns. */
  crossLanguageAligned: 0.5,
  /** PolNeAR dev Source spans, overlap F1, read through the dossier's citations. */
  polnearDossierF1: 0.8,
} as const;
