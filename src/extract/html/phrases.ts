/**
 * Chrome told by its words, once the markup has had its say: labels ("Related posts"),
 * prompts where the site speaks to the reader ("Subscribe to our newsletter"), and notes
 * about the author at the article's edges ("X is a reporter at…"). The phrases are per
 * language in `src/lang/<code>/boilerplate.ts`; the phrases of every language given apply to every page,
 * since pages mix languages (an English share bar on a German article).
 */
import { type Languages, perLanguages } from "../../lang/languages.js";

const phrasesOf = perLanguages((languages) => {
  const boilerplate = languages.every("boilerplate");
  return {
    blockPatterns: boilerplate.flatMap((b) => b.blockPatterns),
    tailMarkers: boilerplate.flatMap((b) => b.tailMarkers),
    prompts: boilerplate.flatMap((b) => b.prompts ?? []),
    edgeNotes: boilerplate.flatMap((b) => b.edgeNotes ?? []),
  };
});

/** Chrome phrases and tail markers are short lines; a longer block that matches one is prose quoting it. */
export const MAX_MARKER_CHARS = 80;
/**
 * A prompt or an author note is a sentence or three; a longer block that opens like one is
 * article text (a paragraph that starts "Follow us on..." and goes on to report). Set on
 * the even half of trafilatura-eval, where such chrome runs up to about 250 characters.
 */
const MAX_PROMPT_CHARS = 300;
/** Author notes count as chrome among this many blocks at either end of the body. */
export const EDGE_NOTE_BLOCKS = 3;

/** Line breaks inside a block ("Keine Kommentare<br>(…)") do not stop a phrase. */
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Whether a block of `chars` characters is chrome by its words; `edge`: it is among the body's first or last blocks. */
export function isPhraseChrome(text: string, chars: number, edge: boolean, languages: Languages): boolean {
  if (chars > MAX_PROMPT_CHARS) return false;
  const { blockPatterns, prompts, edgeNotes } = phrasesOf(languages);
  const line = squash(text);
  if (chars <= MAX_MARKER_CHARS && blockPatterns.some((re) => re.test(line))) return true;
  return prompts.some((re) => re.test(line)) || (edge && edgeNotes.some((re) => re.test(line)));
}

/** Whether a short block is a heading after which the rest of the container is other pages ("Related coverage"). */
export function isTailMarker(text: string, chars: number, languages: Languages): boolean {
  return chars <= MAX_MARKER_CHARS && phrasesOf(languages).tailMarkers.some((re) => re.test(squash(text)));
}
