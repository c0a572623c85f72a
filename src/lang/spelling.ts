/**
 * Cross-script spelling keys: "Мадуро" and "Maduro", "Веласкес" and "Velásquez", "Николас"
 * and "Nicolás" get the same key. The precise one of the two name keys: the claims stage
 * merges entities on it, and falls back to the looser consonant skeleton of names.ts
 * ("Москва"/"Moscow", "Цзиньпин"/"Jinping") only where this one fails. Transliterate to ASCII, then fold spellings that sound alike
 * (qu/c/k, z/s, w/v, ph/f, y/i, doubled letters; a final "ow" as Cyrillic writes it, "оу": Marrow/Марроу),
 * so one key serves every script any-ascii reads.
 */
import anyAscii from "any-ascii";

const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/qu/g, "k"], [/ck/g, "k"], [/c(?=[eiy])/g, "s"], [/c/g, "k"], [/q/g, "k"], [/x/g, "ks"], [/ph/g, "f"],
  [/ow\b/g, "ou"], [/w/g, "v"], [/z/g, "s"], [/y/g, "i"], [/j/g, "i"], [/kh/g, "h"], [/[`'’ʹ]/g, ""], [/([a-z])\1+/g, "$1"],
];

/** Words whose keys are remembered: names recur across a story's articles, and a key costs a dozen regex passes. */
const KEY_CACHE_LIMIT = 100_000;
const keys = new Map<string, string>();

/** The folded key of one word. */
export function wordKey(word: string): string {
  let k = keys.get(word);
  if (k === undefined) {
    k = anyAscii(word).toLowerCase().replace(/[^a-z0-9-]/g, "");
    for (const [re, to] of FOLDS) k = k.replace(re, to);
    if (keys.size >= KEY_CACHE_LIMIT) keys.clear();
    keys.set(word, k);
  }
  return k;
}

export function spellingKey(name: string): string {
  return name.split(/\s+/).map(wordKey).filter(Boolean).join(" ");
}

/** Shortest word key for which inflection stripping is allowed: shorter keys collide too easily. */
export const MIN_STEM_KEY = 4;
/** Longest inflectional ending a case language adds to a name ("Путин-у", "Веласкес-ом", "Мадуро" none). */
const MAX_ENDING = 3;

/**
 * Whether two word keys name the same thing, allowing a case ending on either ("putin" ~
 * "putinu", "velaskes" ~ "velaskesa"). Endings are letters only, so "su-30" never matches "su-300".
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_STEM_KEY || !long.startsWith(short)) return false;
  const rest = long.slice(short.length);
  return rest.length <= MAX_ENDING && /^[aeiouhmv]+$/.test(rest) && !/\d$/.test(short);
}

/** A case ending written after an apostrophe ("Reuters'a", "Ankara'daki", "Erdoğan'ın"). */
const CASE_ENDING = /['’](\p{Ll}+)$/u;

/** The case ending after a word's apostrophe ("daki" of "Ankara'daki"), or null. */
export function caseEnding(word: string): string | null {
  return CASE_ENDING.exec(word)?.[1] ?? null;
}

/** The word without the case ending after its apostrophe: "Reuters'a" → "Reuters". */
export function withoutCaseEnding(word: string): string {
  return word.replace(CASE_ENDING, "");
}
