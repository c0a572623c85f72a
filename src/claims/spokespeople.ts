/**
 * Who a person speaks for: a citation that names its speaker with a spokesperson noun and a
 * body ("Dornex spokesman Henrik Aalto", "Henrik Aalto, a Dornex spokesman", "ein Sprecher von
 * Dornex", "Пресс-секретарь Кремля Дмитрий Песков", "Kremlsprecher Dmitri Peskow"). What the
 * spokesperson says, the body says: one origin with it (src/claims/claimOrigins.ts).
 */
import type { Languages } from "../lang/languages.js";

/** A word or a comma of a citation's source words. */
const WORD_OR_COMMA = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*|,/gu;
const CAPITAL = /^\p{Lu}/u;
/** Words after the spokesperson noun that may stand before the body ("for the", "von der", "of"). */
const MAX_CONNECTORS = 2;
/** Shortest body named inside a compound before the noun ("Kremlsprecher": "Kreml"). */
const MIN_COMPOUND_BODY = 3;

/**
 * The bodies a source's words may name their person as speaking for, as written there, longest
 * first: the capitalised words right before the spokesperson noun ("Former Dornex", then "Dornex"),
 * else those after it past a connector, never the person's own name, without a possessive ending.
 * Which of them names a body of the story is the caller's to check.
 */
export function speaksFor(words: string, person: string, language: string, languages: Languages): string[] {
  const k = languages.pack(language)?.citations;
  const nouns = k?.spokespersonNouns;
  if (!nouns?.length) return [];
  const tokens = [...words.matchAll(WORD_OR_COMMA)].map((m) => m[0]);
  const lower = tokens.map((t) => t.toLowerCase());
  const own = new Set(person.split(/\s+/));
  const connectors = new Set([...k!.nameConnectors, ...k!.articles, ...k!.sourcePrepositions].map((w) => w.toLowerCase()));
  for (const noun of nouns) {
    const parts = noun.split(" ");
    for (let i = 0; i + parts.length <= tokens.length; i++) {
      if (!parts.every((p, n) => lower[i + n] === p)) continue;
      const before: string[] = [];
      for (let j = i - 1; j >= 0 && CAPITAL.test(tokens[j]!) && !own.has(tokens[j]!) && !connectors.has(lower[j]!); j--) before.unshift(tokens[j]!);
      if (before.length) return runs(before);
      let j = i + parts.length;
      for (let n = 0; n < MAX_CONNECTORS && j < tokens.length && connectors.has(lower[j]!); n++) j++;
      const after: string[] = [];
      for (; j < tokens.length && CAPITAL.test(tokens[j]!) && !own.has(tokens[j]!); j++) after.push(tokens[j]!);
      if (after.length) return runs(after);
    }
  }
  // "Kremlsprecher": where nouns join, the body may open a compound the noun ends (not one that is itself a noun of the list: "Pressesprecher").
  if (k!.nounsCapitalised)
    for (const [i, word] of lower.entries()) {
      if (!CAPITAL.test(tokens[i]!) || nouns.includes(word)) continue;
      const noun = nouns.find((n) => !n.includes(" ") && word.length >= n.length + MIN_COMPOUND_BODY && word.endsWith(n));
      if (!noun) continue;
      // "Dornex-Pressesprecher": the body is what the hyphen parts from the noun.
      const hyphen = tokens[i]!.lastIndexOf("-");
      return runs([hyphen > 0 ? tokens[i]!.slice(0, hyphen) : tokens[i]!.slice(0, tokens[i]!.length - noun.length)]);
    }
  return [];
}

/** A run of words and its shorter ends, each without a possessive ending or a trailing hyphen ("Dornex’s", "Nordlinie-"). */
function runs(words: readonly string[]): string[] {
  const clean = words.map((w) => w.replace(/['’]s?$|-+$/u, "")).filter(Boolean);
  return clean.map((_, i) => clean.slice(i).join(" "));
}
