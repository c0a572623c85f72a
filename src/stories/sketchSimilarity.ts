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
import type { ArticleText, SavedSimilarity, StorySimilarity } from "./storySimilarity.js";
import { type ArticleVectors, type Family, heaviest, Vocabulary } from "./vectors.js";

export class SketchSimilarity implements StorySimilarity<ArticleVectors, Centroid>, SavedSimilarity<Centroid> {
  private readonly vocabulary: Vocabulary;
  private readonly limits: Readonly<Record<Family, number>>;
  private readonly keysPerFamily: number;
  private readonly translated: readonly string[];

  constructor(config: StoriesConfig, languages: Languages) {
    this.vocabulary = new Vocabulary(languages, config.stemLength, config.keyBits);
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

  saveStatistics(): Uint8Array {
    const s = this.vocabulary.statistics();
    return new Uint8Array(s.buffer, s.byteOffset, s.byteLength);
  }

  loadStatistics(data: Uint8Array): void {
    this.vocabulary.restore(int32s(data));
  }

  encodeStory(story: Centroid): Uint8Array {
    return story.encode();
  }

  decodeStory(data: Uint8Array): Centroid {
    return Centroid.decode(data, this.limits);
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

/** Bytes as 32-bit integers, copied when not aligned. */
function int32s(data: Uint8Array): Int32Array {
  const bytes = data.byteOffset % 4 === 0 ? data : data.slice();
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
}
