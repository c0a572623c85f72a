/** The items of an RSS, Atom, RDF or JSON feed (parsed by feedsmith), each with the id it is told apart by and its link. */
import { parseFeed } from "feedsmith";

export interface FeedItem {
  /** The item's guid or id, else its link: what says an item is new. */
  readonly id: string;
  readonly link: string;
  readonly title?: string;
  readonly published?: string;
}

const text = (v: unknown): string | undefined => {
  const s = typeof v === "string" ? v : typeof v === "object" && v !== null && typeof (v as { value?: unknown }).value === "string" ? (v as { value: string }).value : undefined;
  return s?.trim() || undefined;
};

/** Items with a link, in feed order; throws with the parser's reason when the text is no feed. */
export function feedItems(body: string, base: string): FeedItem[] {
  const { format, feed } = parseFeed(body) as { format: string; feed: Record<string, unknown> };
  const raw = ((format === "atom" ? feed.entries : feed.items) ?? []) as Array<Record<string, unknown>>;
  const out: FeedItem[] = [];
  for (const item of raw) {
    let link: string | undefined;
    if (format === "atom") {
      const links = (item.links ?? []) as Array<{ href?: string; rel?: string }>;
      link = (links.find((l) => !l.rel || l.rel === "alternate") ?? links[0])?.href;
    } else link = text(format === "json" ? item.url : item.link) ?? (format === "rss" && (item.guid as { isPermaLink?: boolean } | undefined)?.isPermaLink !== false ? text(item.guid) : undefined);
    if (!link) continue;
    let absolute: string;
    try {
      absolute = new URL(link.trim(), base).href;
    } catch {
      continue;
    }
    const id = text(format === "rss" ? item.guid : item.id) ?? absolute;
    const published = text(item.pubDate ?? item.published ?? item.date_published ?? item.updated ?? (item.dc as { date?: unknown } | undefined)?.date);
    out.push({ id, link: absolute, title: text(item.title), ...(published ? { published } : {}) });
  }
  return out;
}
