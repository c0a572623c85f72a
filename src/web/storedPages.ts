/**
 * Story pages kept in the store: a build makes the page of each story it analyses, so that the
 * server answers the first visitor from the store instead of laying out the story's graph and
 * matrix while the visitor waits. A page is kept gzipped, under a digest of what it shows (the
 * story with its notes) and of the code that made it; a page whose digest no longer matches (a
 * note written since, a new version of Dossier) is made again when asked for.
 */
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import type { ArticleListing, Story } from "../model.js";
import { withStoredNotes } from "../report/notes.js";
import type { MemberFacts, Store, StoredPage } from "../store/index.js";
import { codeFingerprint } from "../version.js";
import { laterIds } from "./memberPages.js";
import { storyPageHtml } from "./storyPage.js";

/** What a story page shows, as a digest: the story with its analysts' notes, what it says of its later members, and the code that renders it. */
export function storyPageDigest(notedStory: Story, facts?: MemberFacts): string {
  return createHash("sha256").update(codeFingerprint()).update("\n").update(JSON.stringify([notedStory, facts ?? null])).digest("base64");
}

export const packPage = (html: string): Uint8Array => gzipSync(html, { level: 6 });
export const unpackPage = (page: Uint8Array): string => gunzipSync(page).toString("utf8");

/**
 * A just-analysed story's page, made as the server makes it (notes read from the store), ready to
 * keep. Its list row is not written yet: what it says of members it does not list is `members`
 * (the sums the row will hold), or else summed up from them.
 */
export async function makeStoredPage(store: Store, story: Story, articles: ReadonlyMap<string, ArticleListing>, members?: MemberFacts): Promise<StoredPage> {
  const [noted] = await withStoredNotes(store, [story]);
  if (laterIds(story).length === 0) members = undefined;
  else members ??= await store.memberFacts(story.articleIds);
  return { digest: storyPageDigest(noted!, members), page: packPage(await storyPageHtml(noted!, articles, members ? { members } : {})) };
}
