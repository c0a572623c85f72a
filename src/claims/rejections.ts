/**
 * Denials said as rejecting a report ("Korvath said it “flatly rejects” a report that …",
 * "the ministry dismissed the allegations"): a verb of the language's `rejecting` with a noun
 * for a report (`reportNouns`, the language's document nouns) at most two words after it.
 * Read by the claims stage's denials and by `dossier check` alike.
 */
import { perLanguage } from "../lang/languages.js";

/** Words that may stand between the verb and the noun: "rejects a report", "dismissed the newspaper's claims". */
const REACH = 2;

export interface Rejections {
  readonly verbs: ReadonlySet<string>;
  /** The verbs' first letters: where a scan may look for one. */
  readonly starts: ReadonlySet<string>;
  readonly nouns: ReadonlySet<string>;
}

/** The language's nouns for what a source reported, lowercase: its document nouns and `stance.reportNouns`. */
export const reportNounsOf = perLanguage(
  (language, languages): ReadonlySet<string> =>
    new Set([...(languages.knowledge("citations", language)?.genericSources ?? []), ...(languages.knowledge("stance", language)?.reportNouns ?? [])].map((w) => w.toLowerCase())),
);

/** A language's rejecting verbs and report nouns, lowercase; no verbs where the pack has none. */
export const rejectionsOf = perLanguage((language, languages): Rejections => {
  const verbs = new Set((languages.knowledge("stance", language)?.rejecting ?? []).map((w) => w.toLowerCase()));
  return { verbs, starts: new Set([...verbs].map((v) => v[0]!)), nouns: reportNounsOf(language, languages) };
});

const WORD = /[\p{L}\p{N}'’]+/uy;

/**
 * Where a rejection of a report that starts at `at` of a lower-cased text ends, or -1: the word at
 * `at` is a rejecting verb, and a report noun (its possessive too) is among the next REACH + 1
 * words, whatever marks stand between them (scare quotes: “rejects” a report).
 */
export function rejectionEnd(low: string, at: number, k: Rejections): number {
  if (k.verbs.size === 0) return -1;
  WORD.lastIndex = at;
  const verb = WORD.exec(low);
  if (!verb || !k.verbs.has(verb[0])) return -1;
  let from = at + verb[0].length;
  for (let n = 0; n <= REACH; n++) {
    const next = /[\p{L}\p{N}]/u.exec(low.slice(from, from + 40));
    if (!next) return -1;
    WORD.lastIndex = from + next.index;
    const word = WORD.exec(low);
    if (!word) return -1;
    const end = WORD.lastIndex;
    if (k.nouns.has(word[0].replace(/['’]s$/u, ""))) return end;
    from = end;
  }
  return -1;
}
