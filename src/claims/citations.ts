/**
 * Citations: the named outlets, agencies, documents and people an article relies on, with
 * the relay between ("сообщает РБК-Украина со ссылкой на The Washington Post": source The
 * Washington Post, via РБК-Украина). Built from attributions; pronouns are not citations,
 * and "the report" / "the documents" resolve to the named source mentioned before them.
 */
import type { Languages } from "../lang/languages.js";
import type { Article, Citation } from "../model.js";
import { type Attribution, findAttributions, isReportingCue, type Span } from "./attribution.js";
import { spellingKey } from "../lang/spelling.js";
import type { Sentence } from "./sentences.js";
import { stopwords } from "./words.js";

/** A citation with its article offsets, so other parts can ask "who is this sentence attributed to". */
export interface PlacedCitation extends Citation {
  readonly start: number;
  readonly end: number;
}

/**
 * The name a source phrase stands for: its closing run of capitalised words ("a report from
 * The Washington Post" → "The Washington Post", "Russia's TASS news agency" → "TASS"); the
 * whole phrase when a document noun heads it ("internal U.S. government documents"); null
 * when it only describes someone ("the Venezuelan leader").
 */
export function sourceName(phrase: string, language: string, languages: Languages): string | null {
  const k = languages.pack(language)?.citations;
  const stop = stopwords(language);
  const generic = new Set(k?.genericSources ?? []);
  const connectors = new Set(k?.nameConnectors ?? []);
  // An appositive describes the name before it: "Alexei Zhuravlev, a senior lawmaker".
  let words = phrase.split(",")[0]!.trim().split(/\s+/);
  for (const d of k?.sourceDescriptors ?? []) {
    const n = d.split(" ").length;
    if (words.length > n && words.slice(-n).join(" ").toLowerCase() === d) words = words.slice(0, -n);
  }
  const isName = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);
  let from = words.length;
  while (from > 0) {
    const w = words[from - 1]!;
    if (/['’]s$/.test(w) && from < words.length) break;
    if (isName(w) || connectors.has(w.toLowerCase()) && from < words.length && from > 1 && isName(words[from - 2]!)) from--;
    else break;
  }
  // A capitalised joint ("But", "And") opens the clause, not the name; "The" may open a name.
  const articles = new Set(k?.articles ?? []);
  while (from < words.length - 1 && (connectors.has(words[from]!) || stop.has(words[from]!.toLowerCase()) && !articles.has(words[from]!.toLowerCase()))) from++;
  const descriptorWords = new Set((k?.sourceDescriptors ?? []).flatMap((d) => d.split(" ")));
  // "a report in X", "Russia's X", "le journal X": the name is the source; "документы правительства США" is a document.
  const joined = from === 0 || (k?.sourcePrepositions ?? []).includes(words[from - 1]!.toLowerCase()) || /['’]s$/.test(words[from - 1]!) || descriptorWords.has(words[from - 1]!.toLowerCase());
  const documentFirst = words.slice(0, from).some((w) => generic.has(w.toLowerCase()));
  // "документы правительства США": the run qualifies the document, which is the source.
  // A title before a name is not part of it: "Venezuelan President Nicolas Maduro" → "Nicolas Maduro".
  const labels = languages.pack(language)?.framing?.labels ?? [];
  for (let i = words.length - 2; i >= from; i--) {
    if (labels.some((l) => words[i]!.toLowerCase().startsWith(l))) {
      from = i + 1;
      break;
    }
  }
  // "Компания Kestrel Hydro", "Betreiber Kestrel Hydro": a capitalised descriptor opens the run, it is not the name.
  while (from < words.length - 1 && descriptorWords.has(words[from]!.toLowerCase())) from++;
  if (from < words.length && (joined || !documentFirst)) return words.slice(from).join(" ");
  if (words.some((w) => generic.has(w.toLowerCase())) && words.some((w) => /\p{Lu}/u.test(w))) {
    while (words.length > 1 && stop.has(words[0]!.toLowerCase())) words = words.slice(1);
    return words.join(" ");
  }
  return null;
}

/**
 * Citations of one article. `sentences` are the article's sentences; a citation keeps the
 * offsets of its quote. Cues outside the language's reporting verbs ("asked", "hopes") are stance, not citation.
 */
export function findCitations(
  article: Article,
  sentences: readonly Sentence[],
  languages: Languages,
  attributions: readonly (readonly Attribution[])[] = sentences.map((s) => findAttributions(s.text, s.start, article.language, languages)),
): PlacedCitation[] {
  const k = languages.pack(article.language)?.citations;
  if (!k) return [];
  const generic = new Set(k.genericSources);
  const out: PlacedCitation[] = [];
  const seen = new Set<string>();
  const named: string[] = [];
  sentences.forEach((s, i) => {
    for (const found of attributions[i] ?? []) {
      // The tagger alone reads PolNeAR's wider notion (thought, intent, doing); a citation needs
      // a rule's reading, with the rule's boundaries of the source.
      if (!found.ruleSource) continue;
      const a = { ...found, source: found.ruleSource };
      // A capitalised cue inside a line is a Title Case headline ("… Government's Reported"), not a citation.
      if (a.cue.start !== s.start && /^\p{Lu}/u.test(a.cue.text)) continue;
      if (!isReportingCue(a.cue.text, article.language, languages)) continue;
      const source = resolve(a, article.language, languages, generic, named, !!a.via);
      if (!source) continue;
      const via = a.via ? resolve({ ...a, source: a.via, kind: generic.has(lastWord(a.via).toLowerCase()) ? "generic" : "named" }, article.language, languages, generic, named) : null;
      if (via && spellingKey(via) === spellingKey(source)) continue;
      const start = Math.min(a.cue.start, a.source.start, a.via?.start ?? Infinity);
      const end = Math.max(a.cue.end, a.source.end, a.via?.end ?? 0);
      named.push(source);
      const key = `${spellingKey(source)}|${via ? spellingKey(via) : ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ articleId: article.id, source, via, quote: article.text.slice(start, end), start, end });
    }
  });
  return out;
}

function resolve(a: Attribution, language: string, languages: Languages, generic: ReadonlySet<string>, earlier: readonly string[], relayed = false): string | null {
  if (a.kind === "pronoun" || a.kind === "phrase") return null;
  // "citing internal council documents": a described document is a source of its own.
  const words = a.source.text.split(/\s+/);
  const article = (w: string): boolean => (languages.pack(language)?.citations?.articles ?? []).includes(w.toLowerCase());
  if (relayed && a.kind === "generic" && words.filter((w) => !article(w)).length >= 2) return words.filter((w, i) => i > 0 || !article(w)).join(" ");
  const name = sourceName(a.source.text, language, languages);
  if (a.kind === "named" && name) return name;
  // "the report", "the documents": the earlier named source with the same head noun, else the last outlet named.
  const head = lastWord(a.source).toLowerCase();
  if (!generic.has(head)) return name;
  const before = [...earlier].reverse();
  const lastOf = (e: string): string => e.split(/\s+/).pop()!.toLowerCase();
  return before.find((e) => lastOf(e) === head) ?? before.find((e) => !generic.has(lastOf(e))) ?? null;
}

function lastWord(s: Span): string {
  const words = s.text.split(/\s+/);
  return words[words.length - 1]!;
}
