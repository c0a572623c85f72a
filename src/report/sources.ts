/** How many sources stand behind a claim: the count that decides corroboration, shown in every report. */
import type { Claim } from "../model.js";

/** "3 articles, 2 independent reports, 1 origin: The Washington Post": what decides the status. */
export function sourcesOf(claim: Claim): string {
  const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? "" : "s"}`;
  return `${n(claim.articles, "article")}, ${n(claim.reports, "independent report")}, ${n(claim.origins.length, "origin")}: ${claim.origins.join("; ")}`;
}
