/** The few pieces every page is built from: escaping, safe links, the page frame. */

/** Text as HTML text or attribute value: article text is data, never markup. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An id as one path segment: ids are hashes today, but a link never trusts that. */
export const seg = (id: string): string => encodeURIComponent(id);

/** A link out only for http(s) URLs; anything else (javascript:, data:, relative) is shown as text. */
export function outLink(url: string | null): string {
  if (!url) return "";
  if (!/^https?:\/\/[^\s"'<>]+$/i.test(url)) return `<span class="url">${esc(url)}</span>`;
  return `<a class="url" href="${esc(url)}" rel="noopener noreferrer nofollow">${esc(url)}</a>`;
}

export const plural = (n: number, word: string, many = `${word}s`): string => `${n.toLocaleString("en")} ${n === 1 ? word : many}`;

/** "41 independent reports", "… among the first 250 read" where a story's analysis read only its first members. */
export function independentReports(count: number, analysedArticles: number | null | undefined): string {
  return plural(count, "independent report") + (analysedArticles == null ? "" : ` among the first ${analysedArticles} read`);
}

/** Where a page sits below the site's root, so that its links are relative and work from disk and under the server. */
export type Depth = 0 | 1;

export interface PageParts {
  readonly title: string;
  readonly depth: Depth;
  readonly body: string;
  /** A page-level class, e.g. "story-page": what the script and styles key on. */
  readonly kind: string;
}

/** The frame of every page: one stylesheet, one deferred script, nothing inline (so `default-src 'self'` holds). */
export function page(parts: PageParts): string {
  const up = parts.depth === 0 ? "" : "../";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(parts.title)} · Dossier</title>
<link rel="icon" href="${up}assets/icon.svg"><link rel="stylesheet" href="${up}assets/dossier.css"><script defer src="${up}assets/dossier.js"></script></head>
<body class="${parts.kind}"><header class="top"><a class="home" href="${up}index.html">Dossier</a></header>
<main>
${parts.body}
</main></body></html>
`;
}
