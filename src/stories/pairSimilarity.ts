/**
 * The fitted pair model of `dossier similarity` as a StorySimilarity: an article is its
 * grouper features (whole stems, names, facts) and its folded spellings
 * (src/stories/pairFeatures.ts); a story is the sum of its members' counts, read as one
 * text; the score is the logistic model (src/stories/pairScore.ts) within one script and
 * the hand-set score (src/stories/similarity.ts) across scripts, where no labelled pair
 * exists to fit on. Document frequencies count every article represented so far, and
 * vectors are weighed when scored, so a batch scored after reading all its texts (the CLI)
 * weighs by the whole batch.
 */
import type { Languages } from "../lang/languages.js";
import { defaultConfig } from "../config.js";
import type { Counts } from "./features.js";
import { FoldedFrequencies, foldedBags, pairFeatures, type PairText } from "./pairFeatures.js";
import { applyPairModel, PAIR_MODEL, type PairModel } from "./pairScore.js";
import { similarity } from "./similarity.js";
import { heaviestKeys } from "./sketchSimilarity.js";
import type { ArticleText, StorySimilarity } from "./storySimilarity.js";
import { Vocabulary } from "./vectors.js";

/** What the score of one pair is made from: the model's features, or the hand-set score across scripts. */
export interface PairEvidence {
  readonly features: readonly number[];
  readonly sameScript: boolean;
  readonly handScore: number;
}

/** A story as the pair model reads it: its members' counts summed, as one text. */
export interface PairStory extends PairText {
  readonly members: number;
}

/** The score of one pair's evidence under a model (the shipped one unless given). */
export function pairScore(e: PairEvidence, model: PairModel = PAIR_MODEL): number {
  return e.sameScript ? applyPairModel(model, e.features) : e.handScore;
}

export class PairModelSimilarity implements StorySimilarity<PairText, PairStory> {
  private readonly vocabulary: Vocabulary;
  private readonly grams = new FoldedFrequencies();
  private readonly prefixes = new FoldedFrequencies();
  private readonly translated: readonly string[];

  /** `keysPerFamily`: index keys per family when grouping, as the grouper's `indexKeys`. */
  constructor(
    languages: Languages,
    private readonly model: PairModel = PAIR_MODEL,
    private readonly keysPerFamily = defaultConfig.stories.indexKeys,
  ) {
    this.vocabulary = new Vocabulary(languages);
    this.translated = languages.translations.languages;
  }

  represent(article: ArticleText): PairText {
    const raw = this.vocabulary.read(article);
    const folded = foldedBags(article.text);
    this.vocabulary.observe(raw);
    this.grams.observe(folded.grams);
    this.prefixes.observe(folded.prefixes);
    return { raw, ...folded };
  }

  merge(story: PairStory | null, member: PairText): PairStory {
    if (!story) return { ...member, members: 1 };
    const n = story.members + 1;
    return {
      raw: {
        language: story.raw.language,
        script: story.raw.script,
        words: addCounts(story.raw.words, member.raw.words),
        names: addCounts(story.raw.names, member.raw.names),
        facts: addCounts(story.raw.facts, member.raw.facts),
        folds: addCounts(story.raw.folds, member.raw.folds),
      },
      grams: addBags(story.grams, member.grams),
      prefixes: addBags(story.prefixes, member.prefixes),
      // The members' mean length: the length ratio compares an article with a typical member.
      words: (story.words * story.members + member.words) / n,
      members: n,
    };
  }

  /** The evidence the model weighs for an article (or text) against a story (or a second text). */
  evidence(a: PairText, b: PairText): PairEvidence {
    const [va, vb] = [this.vocabulary.vectors(a.raw), this.vocabulary.vectors(b.raw)];
    return {
      features: pairFeatures(a, b, va, vb, this.grams, this.prefixes),
      sameScript: a.raw.script === b.raw.script,
      handScore: similarity(va, vb, this.translated),
    };
  }

  score(article: PairText, story: PairStory): number {
    return pairScore(this.evidence(article, story), this.model);
  }

  indexKeys(article: PairText): number[] {
    return heaviestKeys(this.vocabulary.vectors(article.raw), this.keysPerFamily);
  }

  keyWeight(key: number): number {
    return this.vocabulary.idf(key);
  }
}

function addCounts(a: Counts, b: Counts): Counts {
  const ids: number[] = [];
  const counts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    ids.push(Math.min(x, y));
    counts.push((x <= y ? a.counts[i++]! : 0) + (y <= x ? b.counts[j++]! : 0));
  }
  return { ids: Int32Array.from(ids), counts: Float64Array.from(counts) };
}

function addBags(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [k, c] of b) out.set(k, (out.get(k) ?? 0) + c);
  return out;
}
