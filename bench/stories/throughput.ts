/**
 * Grouping throughput on synthetic corpora made by recombining real texts: each
 * synthetic article is 4-8 paragraphs drawn (fixed seed) from the FNC-1 bodies and the
 * SemEval articles, with a title made of its first paragraph's first words and a date
 * spread over a year. Real vocabulary and lengths, with no two articles alike.
 */
import type { Article } from "../../src/model.js";
import { defaultConfig, type StoriesConfig } from "../../src/config.js";
import { StoryGrouper } from "../../src/stories/grouping.js";
import { languages } from "../../src/lang/index.js";

export interface Throughput {
  readonly articles: number;
  readonly perSecond: number;
  /** Articles per second of this process's CPU time: per core, and less noisy when others share the machine. */
  readonly perCpuSecond: number;
  readonly microsPerArticle: number;
  /** CPU µs per article over the last tenth of the run, when caches are warm: the steady-state cost at this size. */
  readonly lastTenthCpuMicros: number;
  /** CPU µs per article in each tenth of the run, in order: flat if cost does not grow with the corpus. */
  readonly tenthsCpuMicros: readonly number[];
  readonly peakRssMb: number;
  readonly stories: number;
}

export function* syntheticArticles(paragraphs: readonly { text: string; lang: string }[], count: number, seed: number): Generator<Article> {
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const start = Date.parse("2025-01-01");
  for (let i = 0; i < count; i++) {
    const first = paragraphs[Math.floor(next() * paragraphs.length)]!;
    const parts = [first.text];
    const n = 4 + Math.floor(next() * 5);
    while (parts.length < n) parts.push(paragraphs[Math.floor(next() * paragraphs.length)]!.text);
    const published = new Date(start + Math.floor((i / count) * 365) * 86_400_000).toISOString().slice(0, 10);
    yield {
      id: `syn-${i}`, path: `syn-${i}`, url: null, outlet: null, byline: null, removed: [], warnings: [],
      title: first.text.split(/\s+/).slice(0, 10).join(" "), published, language: first.lang, text: parts.join("\n\n"),
    };
  }
}

export function measureThroughput(paragraphs: readonly { text: string; lang: string }[], count: number, config: StoriesConfig = defaultConfig.stories): Throughput {
  const grouper = new StoryGrouper(config, languages());
  let peak = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let i = 0;
  const tenth = Math.max(1, Math.floor(count / 10));
  const tenths: number[] = [];
  let blockStart = cpu0;
  for (const a of syntheticArticles(paragraphs, count, 7)) {
    grouper.add(a);
    if (++i % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    if (i % tenth === 0) {
      const used = process.cpuUsage(blockStart);
      tenths.push((used.user + used.system) / tenth);
      blockStart = process.cpuUsage();
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    articles: count,
    perSecond: count / seconds,
    perCpuSecond: count / cpuSeconds,
    lastTenthCpuMicros: tenths[tenths.length - 1] ?? NaN,
    tenthsCpuMicros: tenths,
    microsPerArticle: (seconds / count) * 1e6,
    peakRssMb: peak / 2 ** 20,
    stories: grouper.started,
  };
}
