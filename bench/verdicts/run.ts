/**
 * Runs the product's real path on one labelled story: the story's raw texts handed to
 * buildAndReadDossier as one .jsonl input (one line per article, in the story's order, with the
 * outlet, date and URL where the dataset gives them; no language, no title), into an
 * in-memory store, as a user of the library would.
 */
import { creditedSource } from "../../src/claims/claimOrigins.js";
import { createLanguages } from "../../src/lang/index.js";
import { buildAndReadDossier, type ConfigOverrides } from "../../src/index.js";
import type { Claim, Dossier } from "../../src/model.js";
import type { DatasetTexts } from "./datasets.js";
import type { LabelledStory } from "./labels.js";

export interface SystemClaim {
  readonly claim: Claim;
  /** Article key ("A", "B", ...) of each mention, in the claim's order; null if unknown. */
  readonly articleKeys: readonly (string | null)[];
}

export interface StoryRun {
  readonly dossier: Dossier;
  readonly claims: readonly SystemClaim[];
  /** How many product stories the story's articles were split into. */
  readonly productStories: number;
  /** Articles the product rejected. */
  readonly rejected: number;
  /** Article key ("A", "B", ...) of each product article id. */
  readonly keyOfArticle: ReadonlyMap<string, string>;
  /** The wires or sources the articles credit ("BEDFORD, N.H. (AP) —", "Source: …"): names the product gives an article's own reporting too. */
  readonly wires: readonly string[];
}

export async function runStory(story: LabelledStory, texts: DatasetTexts): Promise<StoryRun> {
  const lines = story.articles.map((a) => {
    const line: Record<string, string> = { text: texts.text(a.dataset, a.item) };
    if (a.outlet) line.outlet = a.outlet;
    if (a.url) line.url = a.url;
    if (a.published) line.published = a.published;
    return JSON.stringify(line);
  });
  const path = `${story.storyId.replace(/[^A-Za-z0-9_-]+/gu, "_")}.jsonl`;
  // DOSSIER_CONFIG (JSON of config overrides) tries other settings on the tuned part without code changes.
  const config = process.env.DOSSIER_CONFIG ? (JSON.parse(process.env.DOSSIER_CONFIG) as ConfigOverrides) : undefined;
  const dossier = await buildAndReadDossier([{ path, bytes: new TextEncoder().encode(lines.join("\n") + "\n") }], { config });
  // ingest names a .jsonl line `<path>#<line number, from 1>`.
  const keyOfPath = new Map(story.articles.map((a, i) => [`${path}#${i + 1}`, a.key]));
  const keyOfId = new Map(dossier.articles.map((a) => [a.id, keyOfPath.get(a.path) ?? null]));
  const claims = dossier.stories.flatMap((s) => s.claims.map((claim) => ({ claim, articleKeys: claim.mentions.map((m) => keyOfId.get(m.articleId) ?? null) })));
  const keyOfArticle = new Map([...keyOfId].filter((e): e is [string, string] => e[1] !== null));
  const languages = createLanguages();
  const wires = dossier.articles.flatMap((a) => creditedSource(a, languages) ?? []);
  return { dossier, claims, productStories: dossier.stories.length, rejected: dossier.rejected.length, keyOfArticle, wires };
}
