/**
 * Cue phrases with a gap: " … " in a cue stands for a few words of one clause between its parts,
 * as German puts a time or an object between a verb and what it governs ("bestritt …, dass"
 * reads "bestritt am Donnerstag, dass"; "wies … zurück" reads "wies die Vorwürfe zurück").
 */

import { type Languages, perLanguage } from "../lang/languages.js";

/** Most characters a cue's gap spans. */
const MAX_GAP_CHARS = 40;
/** What a gap never spans: the end of a sentence or of a clause that is no part of the cue; not the stop of an ordinal ("am 16. Oktober"). */
const GAP_BREAK = /[!?;:]|(?<!\d)\./u;

/** Most characters a cue can span from its start: its parts and its gaps. */
export function cueReach(parts: readonly string[]): number {
  return parts.reduce((n, p) => n + p.length, 0) + MAX_GAP_CHARS * Math.max(0, parts.length - 1);
}

/** A cue as its parts, lower case: one part, or two around a gap. */
export function cueParts(cue: string): readonly string[] {
  return cue.toLowerCase().split(/\s*…\s*/u).filter((part) => part.length > 0);
}

/**
 * Where the cue ends if it starts at `at` of a lower-case text, else -1. A part after a gap must
 * follow within MAX_GAP_CHARS, with no sentence or clause end between; one that begins with a
 * letter begins a word.
 */
export function cueEndAt(low: string, at: number, parts: readonly string[]): number {
  const [head, ...rest] = parts;
  if (!head || !low.startsWith(head, at)) return -1;
  let end = at + head.length;
  for (const part of rest) {
    const window = low.slice(end, end + MAX_GAP_CHARS + part.length);
    let found = -1;
    for (let k = window.indexOf(part); k >= 0; k = window.indexOf(part, k + 1)) {
      if (GAP_BREAK.test(window.slice(0, k))) break;
      if (/^\p{L}/u.test(part) && k > 0 && /[\p{L}\p{N}]/u.test(window[k - 1]!)) continue;
      found = k;
      break;
    }
    if (found < 0) return -1;
    end += found + part.length;
  }
  return end;
}

/**
 * What a denial says of its subject, in the text after its cue: past the first of the language's
 * `clauseVerbs` ("that the ferry had been overloaded": been overloaded) before the clause's first
 * comma, up to a subordinate clause (`subordinators`: "… when it capsized") or that comma ("…,
 * saying he resigned"). Where no such verb comes before the comma (a verb-final language, "denied
 * any release of chlorine gas during the fire"), the clause up to the comma.
 */
export function deniedScope(after: string, language: string, languages: Languages): string {
  const [from, to] = deniedSpan(after, language, languages);
  return after.slice(from, to);
}

/** `deniedScope` as offsets in the text after the cue. */
export function deniedSpan(after: string, language: string, languages: Languages): [number, number] {
  const stance = languages.knowledge("stance", language);
  const verbs = new Set((stance?.clauseVerbs ?? []).map((w) => w.toLowerCase()));
  const subordinators = new Set((stance?.subordinators ?? []).map((w) => w.toLowerCase()));
  const comma = after.search(/[,;:]/u);
  const clause = comma >= 0 ? after.slice(0, comma) : after;
  const words = [...clause.matchAll(/[\p{L}\p{N}'’-]+/gu)];
  const verb = words.findIndex((w) => verbs.has(w[0].toLowerCase()));
  const from = verb >= 0 ? words[verb]!.index + words[verb]![0].length : 0;
  const end = words.findIndex((w, k) => k > Math.max(verb, 0) && w.index >= from && subordinators.has(w[0].toLowerCase()));
  return [from, end >= 0 ? words[end]!.index : clause.length];
}

/** Characters before a denial cue read for words that take it back. */
const DENIAL_LOOKBACK_CHARS = 40;

/**
 * The words before a denial cue that take the denial back ("never denied", "no longer denies") or
 * make it another clause's ("which had denied it for days, admitted …"): the language's negations
 * and relative pronouns, the negations also as a word's ending ("n't"). Lower case, once per language.
 */
const undoingOf = perLanguage((language, languages) => {
  const undoing = new Set([...(languages.knowledge("stance", language)?.negations ?? []), ...(languages.pack(language)?.citations?.relativePronouns ?? [])].map((w) => w.toLowerCase()));
  return { undoing, endings: [...undoing].filter((u) => u.startsWith("n't")) };
});

/** Whether one of the two words before `at` of a lower-case text takes a denial cue there back (`undoingOf`). */
export function denialUndone(low: string, at: number, language: string, languages: Languages): boolean {
  const { undoing, endings } = undoingOf(language, languages);
  const before = low.slice(Math.max(0, at - DENIAL_LOOKBACK_CHARS), at).match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return before.slice(-2).some((w) => undoing.has(w) || endings.some((u) => w.endsWith(u)));
}
