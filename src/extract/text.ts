/** Scraped or pasted text → body paragraphs and dropped chrome. */
import { allLanguagePacks } from "../lang/index.js";

export interface TextBlocks {
  readonly title: string | null;
  readonly paragraphs: string[];
  readonly removed: string[];
}

const blockPatterns = allLanguagePacks().flatMap((p) => p.boilerplate?.blockPatterns ?? []);
const tailMarkers = allLanguagePacks().flatMap((p) => p.boilerplate?.tailMarkers ?? []);

export function extractFromText(content: string): TextBlocks {
  const blocks = content
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s*\n\s*/g, " ").trim())
    .filter((b) => b.length > 0);
  const paragraphs: string[] = [];
  const removed: string[] = [];
  let inTail = false;
  for (const block of blocks) {
    if (inTail || tailMarkers.some((re) => re.test(block))) {
      inTail = true;
      removed.push(block);
    } else if (blockPatterns.some((re) => re.test(block))) {
      removed.push(block);
    } else {
      paragraphs.push(block);
    }
  }
  return { title: null, paragraphs, removed };
}
