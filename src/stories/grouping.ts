/**
 * Streaming grouping: each article, in arrival order, joins the most similar existing
 * story or starts a new one. Candidates come from an inverted index over tokens, so the
 * cost of one article depends on how many stories share its words, not on the corpus.
 */
import type { StoriesConfig } from "../config.js";
import type { Article } from "../model.js";
import { articleTokens, jaccard } from "./features.js";

interface Member {
  readonly id: string;
  readonly tokens: Set<string>;
}

export class StoryGrouper {
  private readonly stories: Member[][] = [];
  private readonly index = new Map<string, Set<number>>();

  constructor(private readonly config: StoriesConfig) {}

  /** Adds an article; returns the index of the story it joined or started. */
  add(article: Article): number {
    const tokens = articleTokens(article);
    const candidates = new Set<number>();
    for (const t of tokens) for (const s of this.index.get(t) ?? []) candidates.add(s);
    let best = -1;
    let bestScore = 0;
    for (const s of [...candidates].sort((a, b) => a - b)) {
      const score = Math.max(...this.stories[s]!.map((m) => jaccard(tokens, m.tokens)));
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    const story = bestScore >= this.config.joinThreshold ? best : this.stories.push([]) - 1;
    this.stories[story]!.push({ id: article.id, tokens });
    for (const t of tokens) {
      let set = this.index.get(t);
      if (!set) this.index.set(t, (set = new Set()));
      set.add(story);
    }
    return story;
  }

  /** The stories so far, each as its article ids in arrival order. */
  groups(): string[][] {
    return this.stories.map((members) => members.map((m) => m.id));
  }
}
