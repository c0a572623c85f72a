/**
 * Framing: per article, the loaded words it chooses (src/lang/<code>/framing.ts), loaded
 * labels before a person's name among them ("диктатор Мадуро"; a role such as "President"
 * describes and is never a framing term), each with
 * the entity it is applied to when one is named next to it. The title is read as well as the
 * text: headlines carry the most loaded words.
 */
import type { Languages } from "../lang/languages.js";
import type { Article, Framing, FramingTerm } from "../model.js";
import type { FoundEntity } from "./entities.js";
import type { Sentence } from "../text/sentences.js";
import { opinionWords, scareQuotes, type FramingCandidate } from "./framingCues.js";
import { findQuotes } from "./quotes.js";
import { byFirstUnit, letterAt, letterBefore } from "../text/codePoints.js";

/** Fewest words of a quotation that is someone's speech rather than a scare quote. */
const SPEECH_MIN_WORDS = 3;

/** Farthest a name may sit from a loaded word (characters) and still be what the word is about: an adjective and a first name fit. */
const ABOUT_WINDOW = 40;

/** Share of a sentence's longer words written with a capital above which it is a headline in Title Case, not prose. */
const TITLE_CASE_SHARE = 0.75;

/**
 * Whether a loaded word at `index` of a sentence is part of a name ("the 66th Armored Regiment",
 * "Crooked Media"): capitalised inside a sentence of prose, in a language that writes its common
 * nouns in lower case. A sentence in Title Case (a headline run into the text) says nothing.
 */
function insideName(sentence: string, index: number, term: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(term) || !/\p{L}/u.test(sentence.slice(0, index))) return false;
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length < TITLE_CASE_SHARE * words.length;
}

/** A name placed in a stretch of text: offsets in that text. */
export interface Placed {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly type: FoundEntity["type"];
  readonly before: string;
}

type FramingKnowledge = NonNullable<ReturnType<Languages["pack"]>>["framing"] & object;

/** A loaded term or word, lower-cased, and whether it must stand whole ("thug", not "thugs") or takes any ending ("rabble-rous"). */
interface LoadedEntry {
  readonly lower: string;
  readonly whole: boolean;
}

/** A language's loaded terms (any ending) and loaded words (whole), by their first letter, in the pack's order; and its neutral words. */
interface LoadedMatcher {
  readonly byFirst: ReadonlyMap<string, readonly LoadedEntry[]>;
  readonly neutral: readonly string[];
}
const matchers = new WeakMap<FramingKnowledge, LoadedMatcher>();

function loadedMatcher(k: FramingKnowledge): LoadedMatcher {
  let matcher = matchers.get(k);
  if (!matcher) {
    const entries = [...k.loadedTerms.map((t) => ({ lower: t.toLowerCase(), whole: false })), ...(k.loadedWords ?? []).map((w) => ({ lower: w.toLowerCase(), whole: true }))];
    matchers.set(k, (matcher = { byFirst: byFirstUnit(entries, (e) => e.lower), neutral: (k.neutralWords ?? []).map((w) => w.toLowerCase()) }));
  }
  return matcher;
}

/**
 * The loaded terms and words in a text, each at a word's start: a term with the rest of its
 * word ("rabble-rousers"), a word only whole. The first entry that fits wins, in the pack's
 * order; letters are compared in lower case (the pattern this replaced also folded "ſ" to "s").
 * A scan with a map by first letter rather than one pattern of every entry: V8 drops a pattern's
 * compiled code in garbage collections, and compiling one of some 200 alternatives,
 * case-insensitive over Unicode, again cost more than the rest of reading an article.
 */
function loadedIn(text: string, { byFirst, neutral }: LoadedMatcher): FramingCandidate[] {
  const out: FramingCandidate[] = [];
  // A letter (a whole code point, as the pattern read them) or a hyphen.
  const wordBefore = (i: number): boolean => text[i - 1] === "-" || letterBefore(text, i);
  const wordAt = (i: number): boolean => text[i] === "-" || letterAt(text, i);
  for (let i = 0; i < text.length; i++) {
    if (wordBefore(i)) continue;
    const entries = byFirst.get(text[i]!.toLowerCase());
    if (!entries) continue;
    for (const e of entries) {
      let end = i + e.lower.length;
      if (end > text.length || text.slice(i, end).toLowerCase() !== e.lower) continue;
      if (e.whole) {
        if (wordAt(end)) continue;
      } else while (wordAt(end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
      // A neutral word that begins like the term ("Regiment", "regimen" after "regime") is not it.
      const word = text.slice(i, end).toLowerCase();
      if (neutral.some((n) => word.startsWith(n))) {
        i = end - 1;
        break;
      }
      out.push({ index: i, term: text.slice(i, end) });
      i = end - 1;
      break;
    }
  }
  return out;
}

/** The loaded words, opinion words and scare quotes of an article, before names: its title's, and each sentence's (offsets within it). */
export interface FramingCandidates {
  readonly title: readonly FramingCandidate[];
  readonly sentences: readonly (readonly FramingCandidate[])[];
}

/** What in the article's own words may frame, whatever story it is in: kept with its other readings (src/claims/index.ts). */
export function framingCandidates(article: Article, sentences: readonly Sentence[], languages: Languages): FramingCandidates {
  const k = languages.pack(article.language)?.framing;
  if (!k) return { title: [], sentences: sentences.map(() => []) };
  const loaded = loadedMatcher(k);
  const sayingVerbs = languages.pack(article.language)?.citations?.sayingVerbs ?? [];
  const of = (text: string): FramingCandidate[] =>
    [...loadedIn(text, loaded), ...opinionWords(text, k), ...scareQuotes(text, sayingVerbs, k)].sort((a, b) => a.index - b.index);
  return { title: article.title ? of(article.title) : [], sentences: sentences.map((s) => of(s.text)) };
}

/**
 * Framing of one article: `inText` are the entity mentions in its text, `inTitleOf` finds
 * the entities its title names (see titleNames); `candidates` are its framingCandidates,
 * read here when not given.
 */
export function findFraming(
  article: Article,
  sentences: readonly Sentence[],
  inText: readonly Placed[],
  inTitleOf: (title: string) => Placed[],
  languages: Languages,
  candidates: FramingCandidates = framingCandidates(article, sentences, languages),
): Framing {
  const k = languages.pack(article.language)?.framing;
  if (!k) return { articleId: article.id, terms: [] };
  const stop = languages.words(article.language).stopwords;
  const nounsCapitalised = languages.pack(article.language)?.citations?.nounsCapitalised === true;
  const found: Array<FramingTerm & { at: number }> = [];
  const seen = new Set<string>();
  const add = (term: string, at: number, about: string | null, where: FramingTerm["where"]): void => {
    const key = `${term.toLowerCase()}|${about}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ term, about, where, at: where === "title" ? -1 : at });
  };
  // Quoted speech is someone else's voice; framing is the outlet's own.
  const speechIn = (text: string): Array<readonly [number, number]> => findQuotes(text, SPEECH_MIN_WORDS).map((q) => [q.index, q.index + q.text.length] as const);
  let speech: { title: Array<readonly [number, number]>; text: Array<readonly [number, number]> } | undefined;
  const read = (text: string, offset: number, names: readonly Placed[], where: FramingTerm["where"], candidates: readonly FramingCandidate[]): void => {
    if (!candidates.length) return;
    const fullText = where === "title" ? (article.title ?? "") : article.text;
    // A word in lower case that is no stop word ("inspections"): the loaded word is about it, not the name past it ("the regime in Caracas" is Caracas's).
    const contentBetween = (between: string): boolean => (between.replace(/['’]s\b/gu, "").match(/\p{L}+/gu) ?? []).some((w) => /^\p{Ll}/u.test(w) && !stop.has(w));
    speech ??= { title: speechIn(article.title ?? ""), text: speechIn(article.text) };
    const within = names.filter((n) => n.start >= offset && n.end <= offset + text.length);
    for (const m of candidates) {
      if (!m.scare && speech[where].some(([s, e]) => offset + m.index >= s && offset + m.index < e)) continue;
      if (!m.scare && where === "text" && !nounsCapitalised && insideName(text, m.index, m.term)) continue;
      const at = offset + m.index;
      const end = at + m.term.length;
      // The nearest name: after the word ("dictator Maduro", "so-called Maritime Safety Authority") or before it ("Maduro's
      // regime"), with no word in lower case between: "so-called inspections while Brasken Lines" is about the inspections.
      let best: { name: string; d: number } | null = null;
      for (const n of within) {
        const d = n.start >= end ? n.start - end : at - n.end;
        const between = n.start >= end ? fullText.slice(end, n.start) : fullText.slice(n.end, at);
        if (d >= 0 && d <= ABOUT_WINDOW && !contentBetween(between) && (!best || d < best.d)) best = { name: n.name, d };
      }
      add(m.term, at, best?.name ?? null, where);
    }
  };
  const inTitle = article.title ? inTitleOf(article.title) : [];
  if (article.title) read(article.title, 0, inTitle, "title", candidates.title);
  sentences.forEach((s, i) => read(s.text, s.start, inText, "text", candidates.sentences[i] ?? []));
  for (const [text, placed, where] of [[article.title ?? "", inTitle, "title"], [article.text, inText, "text"]] as const) {
    for (const n of placed) {
      // A role before a name ("President", "Minister") describes; only a loaded label ("dictator") frames.
      if (n.type !== "person" || !n.before || !k.labels.some((l) => n.before.startsWith(l)) || !k.loadedTerms.some((t) => n.before.startsWith(t))) continue;
      const at = text.lastIndexOf(text.slice(0, n.start).match(/([\p{L}-]+)\s*$/u)?.[1] ?? "\u0000", n.start);
      if (at >= 0) add(text.slice(at, at + n.before.length), at, n.name, where);
    }
  }
  return { articleId: article.id, terms: found.sort((a, b) => a.at - b.at).map(({ term, about, where }) => ({ term, about, where })) };
}

/**
 * A finder of the entities a title names: where it writes a form they were found under in
 * the texts ("Мадуро", "Путина"), not inside a longer word; at each place the longest form.
 * A scan with the forms by first letter: one pattern of a story's thousands of forms cost more
 * to compile, for every story analysed, than the titles it read.
 */
export function titleNames(entities: readonly FoundEntity[]): (title: string) => Placed[] {
  const byForm = new Map<string, FoundEntity>();
  for (const e of entities) for (const m of e.mentions) if (!byForm.has(m.text)) byForm.set(m.text, e);
  if (byForm.size === 0) return () => [];
  const byFirst = byFirstUnit([...byForm.keys()].sort((a, b) => b.length - a.length), (form) => form);
  return (title) => {
    const out: Placed[] = [];
    for (let i = 0; i < title.length; i++) {
      const forms = byFirst.get(title[i]!);
      if (!forms || letterBefore(title, i)) continue;
      const form = forms.find((f) => title.startsWith(f, i) && !letterAt(title, i + f.length));
      if (!form) continue;
      const e = byForm.get(form)!;
      const before = title.slice(0, i).match(/([\p{L}-]+)\s*$/u)?.[1]?.toLowerCase() ?? "";
      out.push({ start: i, end: i + form.length, name: e.name, type: e.type, before });
      i += form.length - 1;
    }
    return out;
  };
}

