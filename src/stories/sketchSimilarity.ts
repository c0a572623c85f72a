/**
 * The grouper's default StorySimilarity: an article is a bounded sketch of weighted keys
 * (src/stories/vectors.ts), a story is the centroid of its members' sketches
 * (src/stories/centroid.ts), and the score is the hand-set similarity of
 * src/stories/similarity.ts. Bounded sizes keep the cost of an article flat at 100k.
 */
import type { StoriesConfig } from "../config.js";
import type { Languages } from "../lang/languages.js";
import { Centroid } from "./centroid.js";
import { similarity } from "./similarity.js";
import type { ArticleText, StorySimilarity } from "./storySimilarity.js";
import { type ArticleVectors, type Family, heaviest, Vocabulary } from "./vectors.js";

export class SketchSimilarity implements StorySimilarity<ArticleVectors, Centroid> {
  private readonly vocabulary: Vocabulary;
  private readonly limits: Readonly<Record<Family, number>>;
  private readonly keysPerFamily: number;
  private readonly translated: readonly string[];

  constructor(config: StoriesConfig, languages: Languages) {
    this.vocabulary = new Vocabulary(languages, config.stemLength);
    this.limits = { words: config.sketchWords, names: config.sketchNames, facts: config.sketchFacts, folds: config.sketchFolds };
    this.keysPerFamily = config.indexKeys;
    this.translated = languages.translations.languages;
  }

  represent(article: ArticleText): ArticleVectors {
    return this.vocabulary.sketch(article, this.limits);
  }

  merge(story: Centroid | null, member: ArticleVectors): Centroid {
    if (!story) return new Centroid(member, this.limits);
    story.add(member);
    return story;
  }

  score(article: ArticleVectors, story: Centroid): number {
    return similarity(article, story.vectors(), this.translated);
  }

  indexKeys(article: ArticleVectors): number[] {
    return heaviestKeys(article, this.keysPerFamily);
  }

  keyWeight(key: number): number {
    return this.vocabulary.idf(key);
  }
}

/** The heaviest `perFamily` keys of stems, names and facts (folded prefixes are not index keys: they would cost the index for every article). */
export function heaviestKeys(v: ArticleVectors, perFamily: number): number[] {
  const keys: number[] = [];
  for (const family of [v.words, v.names, v.facts]) {
    for (const id of family.ids.length <= perFamily ? family.ids : heaviest(family, perFamily).ids) keys.push(id);
  }
  return keys;
}
