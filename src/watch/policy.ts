/** How `dossier watch` fetches and polls: the tunables, with defaults and a line on why. */
import { VERSION } from "../version.js";

export interface FetchPolicy {
  /** Sent with every request, so a site can tell who is asking and find out more. */
  readonly userAgent: string;
  /** The name robots.txt groups are matched against. */
  readonly robotsToken: string;
  /** One request, headers and body, must finish within this. */
  readonly timeoutMs: number;
  /** A body larger than this is cut off with an error (it is read as a stream and stopped at the cap). */
  readonly maxBytes: number;
  /** Redirects followed before giving up; each hop is checked like the first request. */
  readonly maxRedirects: number;
  /** Fetch loopback, private and link-local addresses too (for a local test server or an intranet). */
  readonly allowPrivate: boolean;
  /** Requests to one host start at least this far apart. */
  readonly minHostIntervalMs: number;
  /** How long a host's robots.txt is kept before it is asked again. */
  readonly robotsTtlMs: number;
}

export interface WatchPolicy {
  readonly fetch: FetchPolicy;
  /** Feeds are fetched again after this. */
  readonly feedIntervalMs: number;
  /** A folder is looked at again after this even without a change event (events are not guaranteed everywhere). */
  readonly folderIntervalMs: number;
  /** A file is read once its size and time have stayed the same this long: a write still going on is not read half done. */
  readonly settleMs: number;
  /** Item ids remembered per feed, so a long-lived feed's memory stays bounded. */
  readonly seenPerFeed: number;
}

export const defaultWatchPolicy: WatchPolicy = {
  fetch: {
    userAgent: `Dossier/${VERSION} (news dossier builder; respects robots.txt)`,
    robotsToken: "Dossier",
    // News pages answer in a few seconds; a slow host must not hold the round up for long.
    timeoutMs: 20_000,
    // Ten times a long article page with its markup; a feed is far smaller.
    maxBytes: 5 * 1024 * 1024,
    // Browsers allow 20; news sites use one or two (http → https, a tracking hop).
    maxRedirects: 5,
    allowPrivate: false,
    // One request per host every two seconds: well under what a reader's browser asks.
    minHostIntervalMs: 2_000,
    // RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours.
    robotsTtlMs: 24 * 60 * 60 * 1000,
  },
  // Most news feeds update every few minutes; polling faster only repeats requests.
  feedIntervalMs: 5 * 60 * 1000,
  folderIntervalMs: 10_000,
  settleMs: 2_000,
  // Feeds list at most a few hundred items; more than that and an old item reappearing is refetched once.
  seenPerFeed: 2_000,
};
