/**
 * Opinions in someone's words: a sentence that is mostly a quotation (`spoken`) whose quoted words
 * judge, guess or wish ("I think", "it seems extremely unlikely"; the stance pack's `opinionCues`)
 * states no fact to check.
 */
import { type Languages, perLanguage } from "../lang/languages.js";
import { wholeWords } from "../regexp.js";
import type { ClaimSentence } from "./claimSentences.js";

/** A language's opinion cues as one whole-word pattern, case-insensitive; null where it has none. */
const opinionCuesOf = perLanguage((language, languages): RegExp | null => wholeWords(languages.pack(language)?.stance?.opinionCues ?? []));

/** Whether the sentence is someone's words and its quoted words hold an opinion cue of its language (not the words around them: "…,” said Marrow, who would not say when"). */
export function speaksOpinion(u: ClaimSentence, languages: Languages): boolean {
  if (!u.spoken) return false;
  const cues = opinionCuesOf(u.language, languages);
  return cues !== null && u.quotes.some((q) => cues.test(q.text));
}
