/** The web app's pages as HTML strings (for the server) and as a static site on disk. */
export { renderIndexPage, queryFromParams, indexFileName } from "./indexPage.js";
export { pageFacts, renderStoryPage } from "./storyPage.js";
export { MEMBERS_PER_PAGE, memberPageName } from "./memberPages.js";
export { renderArticlePage } from "./articlePage.js";
export { writeSite, type WriteSiteOptions, type SiteWritten } from "./site.js";
export { ASSETS, type Asset } from "./assets.js";
export type { StoryListQuery } from "./data.js";
export { loadMembers, loadStory, storyDossier } from "./data.js";
export { makeStoredPage, storyPageDigest, unpackPage } from "./storedPages.js";
