/** The writing systems a word is told apart by: stems meet only within one. */
export const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ["Latin", /^\p{Script=Latin}/u], ["Cyrillic", /^\p{Script=Cyrillic}/u], ["Arabic", /^\p{Script=Arabic}/u],
  ["Greek", /^\p{Script=Greek}/u], ["Hebrew", /^\p{Script=Hebrew}/u], ["Han", /^\p{Script=Han}/u],
];

/** Name of the script a word starts in, or "Other". */
export function scriptOf(word: string): string {
  return SCRIPTS.find(([, re]) => re.test(word))?.[0] ?? "Other";
}
