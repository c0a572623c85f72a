/**
 * Page chrome left in a scraped text given to `dossier similarity` as it is (cookie
 * notices, login and share prompts, photo credits): two texts from one site share it
 * word for word, and it says nothing about their stories. Sentences (or lines) matching
 * the language's boilerplate phrases, the extract stage's own knowledge
 * (src/lang/<code>/boilerplate.ts), are dropped; a language with none keeps its text.
 */
import { type Languages, perLanguage } from "../lang/languages.js";
import { sentenceRules, splitSentences } from "../text/sentences.js";

/** Within a sentence, where a scraped text still breaks: a line break, or a run of spaces left by removed markup. */
const BREAKS = /\n+|\s{2,}/u;

/** Patterns by language, per Languages value. */
const patternsOf = perLanguage((language, languages): readonly RegExp[] => {
  const b = languages.pack(language)?.boilerplate;
  return b ? [...b.blockPatterns, ...(b.prompts ?? []), ...(b.creditPatterns ?? [])] : [];
});

/** The text without its boilerplate sentences, pieces joined by line breaks. */
export function dropBoilerplate(text: string, language: string, languages: Languages): string {
  const patterns = patternsOf(language, languages);
  if (patterns.length === 0) return text;
  // The text layer's sentences (src/text/sentences.ts), each cut further at line breaks and runs of spaces.
  return splitSentences(text, sentenceRules(language, languages))
    .flatMap((sentence) => sentence.text.split(BREAKS))
    .filter((piece) => {
      const p = piece.trim();
      return p !== "" && !patterns.some((re) => re.test(p));
    })
    .join("\n");
}
