/** Watch mode: folders and feeds built into the store as new items arrive, with the fetching rules they need. */
export { type BatchChanges, batchChanges, describeChanges, type StoryChange } from "./changes.js";
export { feedItems, type FeedItem } from "./feedItems.js";
export { feedList, pollFeeds, watchFeeds } from "./feeds.js";
export { createFetcher, type Fetched, type Fetcher } from "./fetcher.js";
export { folderWatch, lookOnce, watchFolder } from "./folder.js";
export { defaultWatchPolicy, type FetchPolicy, type WatchPolicy } from "./policy.js";
export { refusedAddress } from "./addresses.js";
export { parseRobots, robotsAllow } from "./robots.js";
export type { WatchSession } from "./session.js";
