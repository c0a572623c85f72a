/**
 * Which capitalised words of an article are not names: stop words, month and weekday words,
 * titles and loaded words that open a run ("Russian President Vladimir Putin", "Испуганный
 * Мадуро"), words the article also writes in lower case (any inflected form: "Плотина" at a
 * sentence's start when "плотины" is in the text), and, in languages that capitalise every
 * noun, the common nouns read after articles ("der Stadt Hollen").
 */
import { type Languages, perLanguages } from "../lang/languages.js";
import type { Article } from "../model.js";
import type { TextLayer } from "../text/index.js";
import { countryName } from "../lang/countries.js";
import { stem, stopwords } from "./words.js";

/** A run of letters starting in lower case, two letters or more, that no letter precedes. */
const LOWER_RUN = /(?<!\p{L})\p{Ll}\p{L}+/gu;

export interface NameWords {
  /** A word that does not name anything by itself. */
  readonly notName: (word: string) => boolean;
  /**
   * A word the article also writes in lower case (any inflected form): common at a sentence's
   * start ("Плотина"), but a name's part inside a run written mid-sentence ("the New York Times").
   */
  readonly writtenLower: (word: string) => boolean;
  /** A stop word ("The", "New", "I’m"): like `writtenLower`, common only where a capital says nothing ("The New York Times"). */
  readonly stopWord: (word: string) => boolean;
  /** An honorific, rank or role word: never part of a name, not even as a run's last word ("Gastroenterologist Dr"). */
  readonly role: (word: string) => boolean;
  /** A common noun of a noun-capitalising language: a name only if another language's article names it too. */
  readonly commonNoun: (word: string) => boolean;
  /**
   * A role opening a longer run ("Richterin Ann Donnelly", "Finanzminister Thomas Schäfer",
   * "US-Präsident Donald Trump"): beside `role`, a word whose compound head is one of the
   * language's role labels ("Bundes|kanzler", "Polizei|sprecher"), or whose dictionary senses
   * (src/lang/translations.ts) hold an English one ("Richterin": judge). Only where two name
   * words follow: "Richter" and "König" are surnames too ("Gerhard Richter").
   */
  readonly leadingRole: (word: string) => boolean;
}

/** The endings of an English contraction: "I’m", "we're", "they'll". */
const CONTRACTION = /['’](?:m|re|ve|ll|d|t)$/u;

/** Lowercase words allowed between a determiner and its noun: adjectives ("einen neuen Damm", "der östlichen Flanke"). */
const MAX_ADJECTIVES = 2;

export function nameWords(article: Article, layer: TextLayer, languages: Languages): NameWords {
  const pack = languages.pack(article.language);
  const stop = stopwords(article.language, languages);
  const labels = pack?.framing?.labels ?? [];
  const loaded = pack?.framing?.loadedTerms ?? [];
  const calendar = new Set([...(pack?.dates?.months.keys() ?? []), ...(pack?.time?.weekdays.keys() ?? [])]);
  const descriptors = new Set((pack?.citations?.sourceDescriptors ?? []).flatMap((d) => d.split(" ")));
  // Letter runs of the layer's words that start in lower case ("long" and "term" of "long-term").
  const lowerWords = new Set(layer.tokens.flatMap((t) => (t.kind === "word" ? (t.surface.match(LOWER_RUN) ?? []) : [])));
  const lowerStems = new Set([...lowerWords].map((w) => stem(w, article.language, languages)));
  // With the language's dictionary, a word read after determiners is a common noun only if the dictionary knows it, or its
  // parts: "die Velmar Harbor Times" names an outlet, "der Stadt Hollen" a town ("Stadt" is a word, "Velmar" none).
  const dictionary = languages.translations.languages.includes(article.language);
  const known = (w: string): boolean =>
    !dictionary || languages.translations.toEnglish(w.toLowerCase(), article.language).length > 0 || languages.translations.partsToEnglish(w.toLowerCase(), article.language).length > 0;
  const common = commonNouns(layer, pack?.entities?.nounDeterminers, known);
  const honorifics = new Set(pack?.entities?.honorifics ?? []);
  const commonNoun = (w: string): boolean => common.has(w);
  const role = (w: string): boolean => {
    const low = w.toLowerCase();
    return honorifics.has(low.replace(/\.$/, "")) || labels.some((l) => low.startsWith(l));
  };
  const english = englishLabelsOf(languages);
  const leadingRole = (w: string): boolean => {
    if (role(w)) return true;
    const head = w.toLowerCase().split("-").at(-1)!;
    if (head.length < MIN_ROLE_LETTERS) return false;
    if (pack?.citations?.nounsCapitalised && labels.some((l) => !l.includes(" ") && head.endsWith(l))) return true;
    // Not a word English spells the same ("General Motors", "Premier League"): a name borrowed from English, not a role of the language.
    return article.language !== "en" && languages.translations.toEnglish(head, article.language).some((t) => english.has(t) && t !== head);
  };
  const writtenLower = (w: string): boolean => {
    const low = w.toLowerCase();
    return lowerWords.has(low) || lowerStems.has(stem(low, article.language, languages));
  };
  const stopWord = (w: string): boolean => {
    const low = w.toLowerCase();
    // A contraction of a stop word ("I’m", "We're") is one too.
    const bare = low.replace(CONTRACTION, "");
    // Stop-word lists hold some country names ("россия"): a country is a name.
    return (stop.has(low) || stop.has(bare)) && (w === w.toUpperCase() || !countryName(w, article.language));
  };
  const notName = (w: string): boolean => {
    const low = w.toLowerCase();
    return calendar.has(low) || descriptors.has(low) || role(w) || loaded.some((l) => low.startsWith(l));
  };
  return { notName, writtenLower, stopWord, role, commonNoun, leadingRole };
}

/** Shortest word read as a role by its compound head or senses: "Chef" is one, "Rat" too short to tell. */
const MIN_ROLE_LETTERS = 4;

/** English role labels of one word ("judge", "minister", "chancellor"), the senses `leadingRole` looks for. */
const englishLabelsOf = perLanguages((languages) => new Set((languages.pack("en")?.framing?.labels ?? []).filter((l) => !l.includes(" ") && !l.endsWith("."))));

/**
 * Capitalised words read more often right after a determiner (adjectives allowed between)
 * than anywhere else but a sentence's start: "der Stadt", "im Dorf" are nouns; "in Kestria",
 * "der Kestria Herald" and "Kestria hat" make Kestria a name.
 */
function commonNouns(layer: TextLayer, determiners: readonly string[] | undefined, known: (word: string) => boolean = () => true): ReadonlySet<string> {
  const out = new Set<string>();
  if (!determiners?.length) return out;
  const dets = new Set(determiners);
  const counts = new Map<string, { after: number; bare: number }>();
  for (const tokens of layer.sentenceTokens) {
    const words = tokens.map((t) => t.surface);
    words.forEach((w, i) => {
      // A capital opening a sentence or a clause ("Sprecher: Die Stadt") says nothing.
      if (i === 0 || tokens[i]!.clauseStart || !/^\p{Lu}\p{Ll}/u.test(w)) return;
      let j = i - 1;
      while (j > 0 && i - j <= MAX_ADJECTIVES && /^\p{Ll}/u.test(words[j]!) && !dets.has(words[j]!.toLowerCase())) j--;
      const after = dets.has(words[j]!.toLowerCase());
      const c = counts.get(w) ?? { after: 0, bare: 0 };
      if (after) c.after++;
      else if (!/^\p{Lu}/u.test(words[i - 1]!)) c.bare++;
      counts.set(w, c);
    });
  }
  for (const [w, c] of counts) if (c.after > c.bare && known(w)) out.add(w);
  return out;
}
