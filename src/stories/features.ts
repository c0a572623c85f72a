/** What an article is compared by: script-independent tokens, so Мадуро and Maduro meet. */
import anyAscii from "any-ascii";
import type { Article } from "../model.js";

/** Lower-cased ASCII forms of the article's words of 4+ letters, cut to 5 characters so inflections meet. */
export function articleTokens(article: Pick<Article, "title" | "text">): Set<string> {
  const words = `${article.title ?? ""} ${article.text}`.match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  return new Set(words.map((w) => anyAscii(w).toLowerCase().slice(0, 5)));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}
