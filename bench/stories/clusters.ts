/**
 * The labelled clustering set, built at bench time from real texts in ../shared/data:
 * - FNC-1 bodies: two bodies are one story when some headline is related (agree,
 *   disagree or discuss) to both; stories are the connected components. Bodies with no
 *   related headline are left out (nothing says what story they tell).
 * - SemEval-2022 task 8 articles (pair ids are two article ids): two articles are one
 *   story when their pair has Overall ≤ 1.5; stories are the connected components, and
 *   only articles with at least one such link are kept.
 * Items are shuffled with a fixed seed to make the arrival order.
 */
import type { Article } from "../../src/model.js";
import { repairMojibake } from "../../src/ingest/index.js";
import { fncData, semevalPairs } from "./datasets.js";

/** Same story on semeval's 1-4 scale: 1 is "very similar", 2 "somewhat"; 1.5 keeps the clear cases. */
const SAME_STORY_OVERALL = 1.5;

export interface ClusterSet {
  readonly articles: Article[];
  /** Article id → gold story id. */
  readonly gold: Map<string, string>;
  /** Article id → the text exactly as the dataset holds it (before any repair). */
  readonly raw: Map<string, string>;
  readonly sources: string;
}

export function clusterSet(): ClusterSet | null {
  const fnc = fncData();
  const pairs = semevalPairs();
  if (!fnc || !pairs) return null;
  const articles: Article[] = [];
  const raw = new Map<string, string>();
  const uf = new UnionFind();

  const byHeadline = new Map<string, string[]>();
  for (const s of fnc.stances) {
    if (s.stance === "unrelated") continue;
    byHeadline.set(s.headline, [...(byHeadline.get(s.headline) ?? []), `fnc-${s.bodyId}`]);
  }
  for (const ids of byHeadline.values()) for (const id of ids) uf.union(ids[0]!, id);
  const related = new Set([...byHeadline.values()].flat());
  for (const b of fnc.bodies) {
    if (!related.has(`fnc-${b.id}`)) continue;
    articles.push(article(`fnc-${b.id}`, b.text, "en"));
    raw.set(`fnc-${b.id}`, b.text);
  }

  const texts = new Map<string, { text: string; lang: string }>();
  for (const p of pairs) {
    if (p.overall > SAME_STORY_OVERALL) continue;
    const [a, b] = p.id.split("_").map((x) => `se-${x}`) as [string, string];
    uf.union(a, b);
    texts.set(a, { text: p.text1, lang: p.lang1 });
    texts.set(b, { text: p.text2, lang: p.lang2 });
  }
  for (const [id, t] of texts) {
    articles.push(article(id, repairMojibake(t.text).text, t.lang));
    raw.set(id, t.text);
  }

  shuffle(articles, 20221);
  const gold = new Map(articles.map((a) => [a.id, uf.find(a.id)]));
  const stories = new Set(gold.values()).size;
  return {
    articles,
    gold,
    raw,
    sources: `${related.size} FNC-1 bodies + ${texts.size} SemEval articles = ${articles.length} articles in ${stories} stories`,
  };
}

function article(id: string, text: string, language: string): Article {
  return { id, path: id, url: null, outlet: null, title: null, byline: null, published: null, language, text, removed: [], warnings: [] };
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) this.parent.set(x, (p = this.find(p)));
    return p;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** Fisher-Yates with a small LCG: the same seed gives the same order on every machine. */
export function shuffle<T>(items: T[], seed: number): void {
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
