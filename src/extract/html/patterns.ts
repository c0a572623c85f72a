/**
 * What class names, ids and tags say about an element. Every pattern is a named constant
 * with the reason it exists, in the manner of Readability's REGEXPS; the lists grew from
 * Readability's and trafilatura's (htmlprocessing/xpaths) and from misses on the
 * scrapinghub and trafilatura-eval benchmarks.
 */

/** Never article text: code, media, controls, the document head, and ruby readings (furigana over the words they gloss). */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  "rt", "rp", "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option", "input",
  "textarea", "canvas", "video", "audio", "object", "embed", "map", "head", "link", "meta", "title", "dialog", "label",
]);

/** Page chrome by its tag (HTML5 sectioning made for exactly that). */
export const CHROME_TAGS: ReadonlySet<string> = new Set(["nav", "footer", "aside", "figcaption", "menu"]);

/** Elements that start a new block of text; everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
  "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "header", "footer",
  "nav", "aside", "form", "fieldset", "address", "details", "summary", "hr", "center", "menu", "hgroup", "br",
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Class or id of a subtree that is chrome wherever it sits: sharing, related links,
 * comments, ads, newsletters, consent, navigation, bylines, captions and credits.
 * Substrings, because sites write `article__share-bar`, `relatedStories`, `c-comments`.
 */
export const CHROME_CLASS =
  /share|sharing|social|sociable|related|recommend|comment(?!ary)|disqus|respond|newsletter|subscri|signup|sign-up|cookie|consent|gdpr|advert|sponsor|outbrain|taboola|breadcrumb|pagination|pager(?![a-z])|sidebar|side-bar|skip-link|skiplink|caption|credit|byline|author-?info|author-?bio|author-?box|author-?card|author-?profile|autoren?-?(box|info)|about-?the-?author|post-?meta|entry-?meta|article-?meta|tag-?list|tagcloud|most-?(read|popular|viewed)|read-?more|readmore|read-?next|up-?next|recirc|donat(e|ion)|support-?us|more-?stories|navigation|navbar|menu|footer|copyright|disclaimer|linkbox|seealso|see-also|next-?prev|prev-?next|post-?nav|article-?nav|dateline|timestamp|login|(?<!non-)paywall|popup|modal|banner/i;

/** Class or id short words that are chrome only as whole words ("ad" but not "head"). */
export const CHROME_WORD = /(^|[\s_-])(ad|ads|adv|nav|tags|sns|fb|twitter|follow|print)($|[\s_-])/i;

/**
 * Class or id words that are usually chrome but also name real content on some sites
 * (Drupal's `field--label-hidden`, Elementor's `elementor-widget-container`, a product
 * page's `product-header`): they mark chrome only for a subtree with little prose or with
 * most of its text in links (WEAK_CHROME_* in blocks.ts).
 */
export const WEAK_CHROME_CLASS =
  /hidden|alert|widget|teaser|promo|header|masthead|toolbar|meta|info|date|time|categor|update|published|video|gallery|slideshow|carousel|embed|audio|podcast|rating|jump|more|also|further|trending|rss|top|bottom|extra|tools|icons?|aside|contact|keywords|tags/i;

/**
 * Class or id of the article body itself: these override the chrome patterns (a body
 * `div.article-body.has-sidebar` is still the body) and earn a container a bonus.
 */
export const BODY_CLASS =
  /article-?body|articlebody|article__body|article-?content|article__content|article-?text|articletext|story-?body|storybody|story-?content|entry-?content|entry-?body|post-?content|post-?body|post-?entry|post-?text|postbody|body-?text|bodytext|main-?text|maintext|content-?body|text-?content|news-?text|article-?main|rich-?text|richtext|td-post-content|single-?content|blog-?content|page-?content/i;

/** Readability's positive hints, for scoring containers. */
export const POSITIVE_CLASS = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|column/i;

/** Readability's negative hints plus trafilatura's, for scoring containers. */
export const NEGATIVE_CLASS =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment(?!ary)|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|nav|menu|social|subscribe/i;

/** Things a `role` attribute marks as chrome. */
export const CHROME_ROLES: ReadonlySet<string> = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert", "toolbar", "tablist"]);

/**
 * Class tokens that describe what a post is about or how it is rendered, not what a block
 * is: WordPress puts `tag-senate category-news post-64645 status-publish` on the article
 * itself, and body classes carry `has-sidebar`, `single-post`. An author box (`author-bio`,
 * `author-info`) is not a taxonomy token: it is the note about the author.
 */
export const TAXONOMY_TOKEN =
  /^(category|categories|tag|tags|post|postid|status|format|type|author(?![-_]+(bio|info|box|card|profile|details|description|about)\b)|has|single|page|page-template|template|layout|is|js|theme|lang|locale|section|term|topic|channel|site|no|with)[-_]/i;

/** A class token that names the article container outright, whatever else the list says. */
export const ARTICLE_TOKEN = /^(hentry|h-entry|type-post|post|article|entry|story|main-content|maincontent|content-main)$/i;
