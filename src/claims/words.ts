/**
 * Words for matching statements, read from the text layer's tokens (src/text): stems in the
 * article's language, stop words dropped (the shared src/lang/words.ts knowledge).
 */
import type { Languages } from "../lang/languages.js";
import type { Token } from "../text/index.js";

export function stopwords(language: string, languages: Languages): ReadonlySet<string> {
  return languages.words(language).stopwords;
}

export function stem(word: string, language: string, languages: Languages): string {
  return languages.words(language).stem(word);
}

/** A word that says what a sentence states: of two letters or more, and no stop word. */
export function isContentWord(t: Token): boolean {
  return t.kind === "word" && t.lower.length >= 2 && !t.stop;
}

/** The tokens that touch none of the spans (offsets in the tokens' text): a sentence without its attribution or names. */
export function tokensOutside(tokens: readonly Token[], spans: ReadonlyArray<readonly [number, number]>): Token[] {
  return tokens.filter((t) => !spans.some(([start, end]) => t.start < end && start < t.end));
}

/** Stemmed content words of some tokens. */
export function contentStems(tokens: readonly Token[]): string[] {
  return tokens.filter(isContentWord).map((t) => t.stem);
}
