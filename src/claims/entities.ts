/**
 * Entities: capitalised names (and designations such as "Su-30", "Ил-76") found in every
 * article, merged across scripts and spellings by their name keys (names.ts): "Nicolás
 * Maduro", "Maduro", "Мадуро", "Николас Мадуро" are one person. A one-word name joins the
 * multi-word name it ends ("Putin" → "Vladimir Putin"); case endings are allowed ("Путину").
 */
import anyAscii from "any-ascii";
import { countryName } from "../lang/countries.js";
import { type Languages, perLanguage, perLanguages } from "../lang/languages.js";
import type { Article, Entity, EntityType } from "../model.js";
import { HYPHEN_PARTICLES, NAME_PARTICLE_WORDS, NAME_PARTICLES, nameKey as soundKey, sameName, withoutParticle } from "../lang/names.js";
import { caseEnding, MIN_STEM_KEY, sameWord, spellingKey, withoutCaseEnding } from "../lang/spelling.js";
import { DESIGNATION } from "./numbers.js";
import type { Sentence, TextLayer } from "../text/index.js";
import { TERMINAL_END } from "../text/sentences.js";
import { baseForm } from "./baseForm.js";
import { nameWords } from "./nameWords.js";
import { charBefore } from "../text/codePoints.js";

export interface EntityMention {
  readonly articleId: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The lowercase word right before the name ("president", "диктатор"), used for typing and framing. */
  readonly before: string;
  /** The lowercase word before `before` ("town" in "the town of Hollen"), used for typing. */
  readonly before2: string;
  /** The lowercase word right after the name ("said" in "Renault said"), used for typing. */
  readonly after?: string;
  /** A common noun of a noun-capitalising language ("Feuerwehr"): kept only where another mention is a name. */
  readonly common: boolean;
  /** The name opens its sentence, where a capital says nothing of it. */
  readonly opensSentence: boolean;
  /** The run's opening word was dropped as a common word opening the sentence: the name may be cut ("York Times"). */
  readonly cutAtOpening: boolean;
  /** The name follows a determiner of a noun-capitalising language ("die Regierung"): likely a common noun. */
  readonly afterDeterminer: boolean;
}

export interface FoundEntity extends Entity {
  readonly keys: readonly string[];
  readonly mentions: readonly EntityMention[];
}

/** Share of capitalised words above which an unpunctuated line is a headline (Title Case), not prose. */
const HEADLINE_CAPITALS = 0.6;
/** Shortest word read as a common noun by its ending: "Jung" and "Haag" are names. */
const MIN_ENDING_NOUN = 6;
/** Longest name kept: longer capitalised runs are headlines, not names. */
const MAX_NAME_WORDS = 4;
/** Name words a leading role needs after it to be read as one ("Richterin Ann Donnelly"; "Gerhard Richter" is a name). */
const MIN_NAME_AFTER_ROLE = 2;
/** A short word and its dot right before a name, inside a sentence: "Mr. ", "Dr. ", "Gen. ". */
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(\p{L}{1,5})\.\s+$/u;
/** Characters before a name searched for the two words that lead to it: two long words fit. */
const LEAD_CHARS = 60;

/**
 * A capitalised name word, or initials; after a hyphenated particle ("al-Sisi"). A hyphenated
 * part that is a participle or adjective ending ("-made", "-backed", "-led", "-supplied",
 * "-speaking") is no part of it: "Russian-made" is an adjective, whose name is the first part
 * alone. Other lower-case parts stay ("Kim Jong-un", "Lai Ching-te", "Rostov-on-Don"), and so do
 * parts after an apostrophe (Turkish case endings: "Erdoğan'ın").
 */
const ADJECTIVE_TAIL = `(?:\\p{Ll}*(?:ed|ing)|made|run|born|built|style)(?![\\p{L}\\p{N}])`;
const NAME_WORD = `(?:(?<![\\p{L}\\p{N}])(?:${HYPHEN_PARTICLES.join("|")})-)?(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}\\p{N}]*(?:['’][\\p{L}\\p{N}]+|-(?!${ADJECTIVE_TAIL})[\\p{L}\\p{N}]+)*)`;
/** Name words in a run, particle words between two of them ("Ursula von der Leyen"). */
const NAME_RUN = new RegExp(`${NAME_WORD}(?:(?:[ \\t]+(?:${NAME_PARTICLES.join("|")}))?[ \\t]+${NAME_WORD})*`, "gu");

/** A name run cut after each word with a case ending: "Erdoğan'ın Ankara'daki" is two names. */
function splitAtSuffixes(m: RegExpMatchArray): Array<{ 0: string; index: number }> {
  const out: Array<{ 0: string; index: number }> = [];
  let from = 0;
  for (const w of m[0].matchAll(/\S+/g)) {
    const end = w.index + w[0].length;
    if (caseEnding(w[0]) !== null || end === m[0].length) {
      out.push({ 0: m[0].slice(from, end), index: m.index! + from });
      from = end + (/^\s+/.exec(m[0].slice(end))?.[0].length ?? 0);
    }
  }
  return out;
}

/** Longest stretch between two runs read for a joint and an article ("  della  "). */
const MAX_JOINT_CHARS = 16;

/**
 * Name runs, with a body's name joined across the preposition that joins it ("Ministry of
 * Transport", "University of Marburg", "Banco de España", "Bank of the West"): where a run ends
 * on an organisation word, a joint (and maybe an article) alone stands before the next run, and
 * the whole is no longer than a name is kept ("US Department of Homeland Security" stays two).
 */
function joinedAtConnectors(runs: RegExpMatchArray[], text: string, joints: ReadonlySet<string>, articles: ReadonlySet<string>, isBodyWord: (word: string) => boolean): Array<{ 0: string; index: number }> {
  if (runs.length < 2 || joints.size === 0) return runs.map((m) => ({ 0: m[0], index: m.index! }));
  const out: Array<{ 0: string; index: number }> = [];
  for (const m of runs) {
    const last = out.at(-1);
    // A joint is a short word or two: runs farther apart are never joined.
    if (last && m.index! - (last.index + last[0].length) <= MAX_JOINT_CHARS) {
      const between = text.slice(last.index + last[0].length, m.index!);
      const words = between.trim().split(/\s+/);
      const lastWord = last[0].split(/\s+/).at(-1)!;
      const joint = /^\s+(?:\p{Ll}+\s+)+$/u.test(between) && joints.has(words[0]!) && (words.length === 1 || (words.length === 2 && articles.has(words[1]!)));
      const whole = text.slice(last.index, m.index! + m[0].length);
      if (joint && isBodyWord(lastWord) && whole.split(/\s+/).length <= MAX_NAME_WORDS) {
        out[out.length - 1] = { 0: whole, index: last.index };
        continue;
      }
    }
    out.push({ 0: m[0], index: m.index! });
  }
  return out;
}

/** Name runs in the sentences of one article. A sentence's first word counts only if it is not a common word. */
export function findEntityMentions(article: Article, sentences: readonly Sentence[], layer: TextLayer, languages: Languages): EntityMention[] {
  const pack = languages.pack(article.language);
  const determiners = new Set(pack?.entities?.nounDeterminers ?? []);
  const demonyms = new Set(pack?.entities?.demonyms ?? []);
  const calendar = new Set([...(pack?.dates?.months.keys() ?? []), ...(pack?.time?.weekdays.keys() ?? [])]);
  const { notName, writtenLower, stopWord, role, commonNoun, leadingRole } = nameWords(article, layer, languages);
  const nounEndings = pack?.entities?.commonNounEndings ?? [];
  // "Regierung", "Montagabend": a lone word with an ending only common nouns take; a country keeps its name.
  const nounByEnding = (w: string): boolean => w.length >= MIN_ENDING_NOUN && nounEndings.some((e) => w.toLowerCase().endsWith(e)) && !countryName(w, article.language);
  // "Fünf Surfer", "2 Leichen": in a language that capitalises nouns, what a numeral counts is a common noun.
  const numberWords = pack?.numbers?.words;
  const counts = (w: string | undefined): boolean => w !== undefined && (/^\d+$/.test(w) || (numberWords?.has(w.toLowerCase()) ?? false));
  // "Erdoğan'ın", "Ankara'daki": a case ending after an apostrophe ends the name and is not part of it.
  const suffixes = pack?.entities?.apostropheSuffixes ?? false;
  // What joins a body's name to what it is of ("Ministry of Transport", "Bank of the West", "Ministerio de Transporte").
  const joints = new Set(pack?.entities?.nameJoints ?? []);
  const articles = articlesOf(article.language, languages);
  const connectors = new Set([...joints, ...articles]);
  const isBodyWord = (w: string): boolean => isOrganizationWord(w, article.language, languages);
  const out: EntityMention[] = [];
  for (const s of sentences) {
    // Headline-like lines (most words capitalised) name nothing reliably.
    // Measured on the line as laid out, spaces apart: "(Reuters)" and "U.S." are one chunk each, not words to count.
    const chunks = s.text.split(/\s+/);
    if (chunks.length > 4 && !TERMINAL_END.test(s.text) && chunks.filter((w) => /^\p{Lu}/u.test(w)).length / chunks.length > HEADLINE_CAPITALS) continue;
    const runs = suffixes ? [...s.text.matchAll(NAME_RUN)].flatMap(splitAtSuffixes) : joinedAtConnectors([...s.text.matchAll(NAME_RUN)], s.text, joints, articles, isBodyWord);
    for (const m of runs) {
      const tokens = [...m[0].matchAll(/\S+/g)].map((t) => ({ word: suffixes ? withoutCaseEnding(t[0]) : t[0].replace(/['’]s$/u, ""), at: m.index + t.index }));
      // A word also written in lower case is common only where a capital says nothing: opening the sentence, or alone.
      const capitalSaysNothing = (i: number): boolean => tokens.length === 1 || (i === 0 && !/\p{L}/u.test(s.text.slice(0, m.index)));
      // The name is what follows the last word that is not part of one.
      // A common word ends a run's name part, except as its last word ("Kestria Herald"); a common noun always does.
      const wordBefore = alnumBefore(s.text, m.index);
      const start = (nouns: boolean): number => {
        let first = 0;
        // Whether the last word dropped was a common noun: a particle after it, before one word, is a preposition
        // ("Menschen von Dächern"), where after a role it opens a name ("Bundespräsident von Weizsäcker").
        let afterNoun = false;
        tokens.forEach((t, i) => {
          const counted = determiners.size > 0 && counts(i === 0 ? wordBefore : tokens[i - 1]!.word);
          const low = t.word.toLowerCase();
          // A particle inside the run is part of the name: "Ursula von der Leyen"; so is the joint of a body's name ("Ministry of Transport").
          if (i > first && i < tokens.length - 1 && (NAME_PARTICLE_WORDS.has(t.word) || connectors.has(t.word))) return;
          // A possessive ends the name before it: "Russia's TASS".
          if (i < tokens.length - 1 && /['’]s$/.test(m[0].slice(t.at - m.index, t.at - m.index + t.word.length + 2))) first = i + 1;
          else if (nouns && (commonNoun(t.word) || counted || tokens.length === 1 && nounByEnding(t.word))) [first, afterNoun] = [i + 1, true];
          else if (role(t.word) || (i === first && tokens.length - i > MIN_NAME_AFTER_ROLE && leadingRole(t.word))) [first, afterNoun] = [i + 1, false];
          // A country's name written in lower case somewhere ("officials in venezuela", a scrape's slip) is still its name.
          else if ((notName(t.word) || (((writtenLower(t.word) && !countryName(t.word, article.language)) || stopWord(t.word)) && capitalSaysNothing(i))) && !(i > 0 && i === tokens.length - 1 && !calendar.has(low))) [first, afterNoun] = [i + 1, false];
        });
        // Only before one word: "von der Leyen" after a noun is still her name.
        if (afterNoun && determiners.size > 0 && first === tokens.length - 2 && NAME_PARTICLE_WORDS.has(tokens[first]!.word)) first++;
        return first;
      };
      // A name never begins with a joint: where the body's word was dropped ("Ministry of Transport officials" opening a
      // sentence of an article that writes "the ministry"), the name is what follows the joint.
      const pastJoints = (from: number): number => {
        let k = from;
        while (k < tokens.length - 1 && connectors.has(tokens[k]!.word) && !NAME_PARTICLE_WORDS.has(tokens[k]!.word)) k++;
        return k;
      };
      let first = pastJoints(start(true));
      // A run of nothing but common nouns ("die Ukraine") stays, marked, for a name in another language to claim.
      const common = first === tokens.length && (first = pastJoints(start(false))) < tokens.length;
      const whole = tokens.slice(first);
      // "президент России Дмитрий Медведев", "глава ФИФА Зепп Блаттер", "пресс-секретарь Кремля Дмитрий Песков": after a role, a country,
      // an acronym or a seat is what the role is of, a name of its own.
      const ofRole = whole.length > 1 && (countryName(whole[0]!.word, article.language) || ACRONYM.test(whole[0]!.word) || isSeatName(whole[0]!.word, languages)) && role(lastLead(s.text, whole[0]!.at));
      for (const parts of ofRole ? [whole.slice(0, 1), whole.slice(1)] : [whole]) {
        if (!parts.length || parts.length > MAX_NAME_WORDS) continue;
        if (parts.length === 1 && parts[0]!.word.length < 2) continue;
        // "SO WE THOUGHT", "TAHLİYE EDİLDİ": words in capitals beside a long one are shouting, not a name.
        if (parts.length > 1 && parts.every((p) => !/\p{Ll}/u.test(p.word)) && parts.some((p) => p.word.length > MAX_ACRONYM)) continue;
        // "Russian officials", "the Democratic candidate": a people's adjective names no one.
        if (parts.length === 1 && demonyms.has(parts[0]!.word.toLowerCase().replace(/s$/, ""))) continue;
        const at = parts[0]!.at;
        const last = parts[parts.length - 1]!;
        const text = s.text.slice(at, last.at + last.word.length);
        // The two words right before the name, with nothing but spaces between them and it.
        const [read = "", before2 = ""] = wordsBefore(s.text, at, 2).map((w) => w.toLowerCase());
        // An abbreviation's dot before the name ("Mr. Johnson", "Gen. Smith"): the word it ends is the one before.
        const before = read || (ABBREVIATION_BEFORE.exec(s.text.slice(Math.max(0, at - LEAD_CHARS), at))?.[1]?.toLowerCase() ?? "");
        const opensSentence = !/\p{L}/u.test(s.text.slice(0, at));
        const afterDeterminer = determiners.has(before);
        const cutAtOpening = first === 1 && tokens.length > 1 && capitalSaysNothing(0);
        // The word right after the name ("said" in "Renault said"), with nothing but spaces between.
        const after = (/^\s+(\p{L}+)/u.exec(s.text.slice(at + text.length, at + text.length + LEAD_CHARS))?.[1] ?? "").toLowerCase();
        out.push({ articleId: article.id, text, start: s.start + at, end: s.start + at + text.length, before, before2, after, common, opensSentence, cutAtOpening, afterDeterminer });
      }
    }
  }
  return out;
}

/** The word right before `at` in a text, with nothing but spaces between. */
export const lastLead = (text: string, at: number): string => wordsBefore(text, at, 1)[0] ?? "";

const LETTER_OR_HYPHEN = /^[\p{L}-]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
const ANY = /^[^]$/u;

/**
 * The last `n` words (runs of letters and hyphens) within LEAD_CHARS before `at`, nearest first,
 * with only spaces after each; the scan stops at the first word something else follows. Read
 * back from `at`, a character at a time: these run for every capitalised run of every sentence,
 * and a pattern anchored at the end tries every position before it.
 */
function wordsBefore(text: string, at: number, n: number): string[] {
  const from = Math.max(0, at - LEAD_CHARS);
  const out: string[] = [];
  let i = at;
  let k: number;
  while (out.length < n) {
    let end = i;
    while ((k = charBefore(text, end, SPACE, from))) end -= k;
    if (out.length > 0 && end === i) break;
    let start = end;
    while ((k = charBefore(text, start, LETTER_OR_HYPHEN, from))) start -= k;
    if (start === end) break;
    out.push(text.slice(start, end));
    i = start;
  }
  return out;
}

/** The last run of letters and digits within LEAD_CHARS before `at`, whatever follows it. */
function alnumBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - LEAD_CHARS);
  let end = at;
  let k: number;
  while (end > from && !charBefore(text, end, LETTER_OR_DIGIT, from)) end -= charBefore(text, end, ANY, from);
  let start = end;
  while ((k = charBefore(text, start, LETTER_OR_DIGIT, from))) start -= k;
  return start < end ? text.slice(start, end) : undefined;
}

/** Merges mentions from all articles into entities; only names seen at least `minArticles` times or twice in one article are kept. */
/** Shortest consonant skeleton trusted to match a name on its own: two classes (Xi, Iran) match too much. */
const MIN_SOUND_KEY = 3;

/**
 * A second chance for names transliteration spells apart ("Москва"/"Moscow", "Си Цзиньпин"/"Xi
 * Jinping"): the shared consonant skeletons of src/lang/names.ts, for names of the same word
 * count whose skeletons are long enough to be specific.
 */
function soundsAlike(a: string, b: string): boolean {
  const wa = a.split(" ");
  const wb = b.split(" ");
  if (wa.length !== wb.length || !sameName(a, b)) return false;
  const ka = wa.map(soundKey);
  const kb = wb.map(soundKey);
  if (!ka.some((k) => k.length >= MIN_SOUND_KEY)) return false;
  return ka.every((k, i) => k === kb[i] || (k.length < MIN_SOUND_KEY && kb[i]!.length < MIN_SOUND_KEY));
}

const lastWord = (s: string): string => s.slice(s.lastIndexOf(" ") + 1);
/** A name's spelling key, its words without a hyphenated particle: "al-Sisi" and "Sisi" are one name. */
const nameKeyOf = (text: string): string => spellingKey(text.split(" ").map(withoutParticle).join(" "));
/** Words that can be `sameWord` share their first letters: a bucket to look up candidates in. */
const bucketOf = (word: string): string => word.slice(0, MIN_STEM_KEY);

interface Group {
  readonly keys: Set<string>;
  readonly mentions: EntityMention[];
}

/** Groups indexed by the bucket of their keys' last word and by the sound of their mentions' last word. */
class GroupIndex {
  readonly groups: Group[] = [];
  private readonly byWord = new Map<string, Set<Group>>();
  private readonly bySound = new Map<string, Set<Group>>();

  find(key: string): Group | undefined {
    const words = key.split(" ");
    for (const g of this.byWord.get(bucketOf(words[words.length - 1]!)) ?? []) {
      for (const k of g.keys) {
        const kw = k.split(" ");
        if (kw.length === words.length && kw.every((w, i) => sameWord(w, words[i]!))) return g;
      }
    }
    return undefined;
  }

  findBySound(text: string): Group | undefined {
    for (const g of this.bySound.get(soundKey(lastWord(text))) ?? []) if (g.mentions.some((o) => soundsAlike(o.text, text))) return g;
    return undefined;
  }

  add(g: Group | undefined, key: string, m: EntityMention): void {
    const group = g ?? { keys: new Set<string>(), mentions: [] };
    if (!g) this.groups.push(group);
    group.keys.add(key);
    group.mentions.push(m);
    const put = (map: Map<string, Set<Group>>, k: string): void => void map.set(k, (map.get(k) ?? new Set()).add(group));
    put(this.byWord, bucketOf(lastWord(key)));
    put(this.bySound, soundKey(lastWord(m.text)));
  }
}

export function mergeEntities(mentions: readonly EntityMention[], articles: ReadonlyMap<string, Article>, minArticles: number, languages: Languages): FoundEntity[] {
  const multiCounts = new Map<string, number>();
  for (const m of mentions) {
    if (!m.text.includes(" ")) continue;
    const key = nameKeyOf(m.text);
    multiCounts.set(key, (multiCounts.get(key) ?? 0) + 1);
  }
  // Full names by the bucket of their last word, most frequent first.
  const multi = new Map<string, string[]>();
  for (const f of [...multiCounts.keys()].sort((a, b) => multiCounts.get(b)! - multiCounts.get(a)!)) {
    const list = multi.get(bucketOf(lastWord(f)));
    if (list) list.push(f);
    else multi.set(bucketOf(lastWord(f)), [f]);
  }
  const index = new GroupIndex();
  // Shorter multi-word names first, so a longer run can find the name it ends with
  // ("Венесуэлы Рамон Селестино Веласкес"); one-word names last, to join the full name they end.
  const words = (m: EntityMention): number => m.text.split(" ").length;
  const ordered = [...mentions].sort((a, b) => (words(a) === 1 ? 99 : words(a)) - (words(b) === 1 ? 99 : words(b)));
  let full: string | undefined;
  for (let m of ordered) {
    // A country is one place in every language: "Китай", "Chine" and "China" share its English name's key.
    const language = articles.get(m.articleId)?.language ?? "und";
    const country = countryName(m.text, language, languages.pack(language)?.entities?.countryAbbreviations);
    let key = country ? spellingKey(country) : nameKeyOf(m.text);
    if (country) {
      // Its own name, never the end of a longer one.
    } else if (!key.includes(" ")) {
      // The most frequent full name it ends ("Putin" → "Vladimir Putin").
      const full = multi.get(bucketOf(key))?.find((f) => sameWord(lastWord(f), key));
      if (full) key = full;
    } else if (m.cutAtOpening && !index.find(key) && (full = longerName(key, multi))) {
      // A name cut at a sentence's opening word ("York Times" of "New York Times") is the full name.
      key = full;
    } else if (!index.find(key)) {
      const parts = key.split(" ");
      for (let i = 1; i < parts.length - 1; i++) {
        if (index.find(parts.slice(i).join(" "))) {
          key = parts.slice(i).join(" ");
          // Keep only the name's own words as the mention.
          const dropped = m.text.split(" ").slice(0, i).join(" ").length + 1;
          m = { ...m, text: m.text.slice(dropped), start: m.start + dropped };
          break;
        }
      }
    }
    index.add(index.find(key) ?? index.findBySound(m.text), key, m);
  }
  const groups = withDesignationsJoined(withAcronymsJoined(index.groups));
  const out: FoundEntity[] = [];
  for (const g of groups) {
    const articleIds = [...new Set(g.mentions.map((m) => m.articleId))];
    if (articleIds.length < minArticles && g.mentions.length < 2 && !standsAlone(g.mentions[0]!, articles, languages)) continue;
    if (g.mentions.every((m) => m.common)) continue;
    const counts = new Map<string, number>();
    for (const m of g.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const forms = [...counts.entries()].sort((a, b) => b[0].split(" ").length - a[0].split(" ").length || b[1] - a[1]);
    // The fullest Latin-script form reads best as a name across languages; else the fullest form.
    const written = (forms.find(([f]) => /^[\p{Script=Latin}\s\d.'’-]+$/u.test(f)) ?? forms[0]!)[0];
    const type = typeOf(g.mentions, articles, languages);
    // A person's name in an inflected language, in its base form ("Юрия Лужкова" → "Юрий Лужков").
    const cases = languages.pack(articles.get(g.mentions.find((m) => m.text === written)!.articleId)?.language ?? "und")?.entities?.nameCases;
    const name = type === "person" && cases ? baseForm(written, forms.map(([f]) => f), cases) : written;
    out.push({
      name,
      type,
      aliases: forms.map(([f]) => f).filter((f) => f !== name),
      articleIds,
      keys: [...g.keys],
      mentions: g.mentions,
    });
  }
  return withoutDemonyms(out).sort((a, b) => b.articleIds.length - a.articleIds.length || b.mentions.length - a.mentions.length);
}

/**
 * Whether a name met once is listed: a capital inside a sentence marks a name, except in a
 * language that capitalises every noun, where only a name of several words, or a country, is
 * trusted once.
 */
function standsAlone(m: EntityMention, articles: ReadonlyMap<string, Article>, languages: Languages): boolean {
  if (m.opensSentence || m.afterDeterminer || m.common) return false;
  const language = articles.get(m.articleId)?.language ?? "und";
  if (!languages.pack(language)?.entities?.nounDeterminers?.length) return true;
  return m.text.includes(" ") || countryName(m.text, language) !== null;
}

/** The most frequent name one word longer whose last words are `key`'s, if any. */
function longerName(key: string, multi: ReadonlyMap<string, readonly string[]>): string | undefined {
  const words = key.split(" ");
  return multi.get(bucketOf(lastWord(key)))?.find((f) => {
    const fw = f.split(" ");
    return fw.length === words.length + 1 && words.every((w, i) => sameWord(w, fw[fw.length - words.length + i]!));
  });
}

/** Longest word in capitals read as an acronym ("NATO", "UNICEF"), not as shouting. */
const MAX_ACRONYM = 6;

/** Longest leading word read as an article when matching initials: "The", "Die", "La". */
const MAX_ARTICLE_CHARS = 3;

/** An acronym as written: two to six capitals, dots allowed ("NRA", "U.N."). */
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/** The initials of a name's capitalised words ("National Rifle Association" → "NRA"; "of", "and" skipped). */
const initials = (name: string): string => name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");

/** An acronym whose letters are the initials of a longer name in the story is that name: NRA = National Rifle Association. */
function withAcronymsJoined(groups: readonly Group[]): Group[] {
  const long = new Map<string, Group>();
  for (const g of groups) {
    for (const m of g.mentions) {
      if (!m.text.includes(" ")) continue;
      // With and without a leading article (a short first word): "The Washington Post" is WP.
      const article = m.text.indexOf(" ") <= MAX_ARTICLE_CHARS;
      for (const i of [initials(m.text), article ? initials(m.text).slice(1) : ""]) if (i.length >= 2 && !long.has(i)) long.set(i, g);
    }
  }
  const out: Group[] = [];
  for (const g of groups) {
    const acronym = g.mentions.every((m) => ACRONYM.test(m.text)) ? g.mentions[0]!.text.replace(/\./g, "") : "";
    const target = acronym ? long.get(acronym) : undefined;
    if (!target || target === g) {
      out.push(g);
      continue;
    }
    joinGroup(g, target);
  }
  return out;
}

/** A group's keys and mentions added to another's. */
function joinGroup(g: Group, target: Group): void {
  for (const k of g.keys) target.keys.add(k);
  target.mentions.push(...g.mentions);
}

/**
 * A designation's key, from its first designation word to the name's end, in ASCII without
 * spaces or hyphens: "Sukhoi Su-30MK2", "Sukhoi Su-30 MK2" and "Су-30МК2" are all "SU30MK2".
 */
function designationKey(text: string): string | null {
  const words = text.split(" ");
  const at = words.findIndex((w) => DESIGNATION.test(w));
  return at < 0 ? null : anyAscii(words.slice(at).join("")).replace(/[^A-Za-z0-9]/g, "").toUpperCase();
}

/**
 * One machine named by its designation in several spellings is one entity ("Sukhoi Su-30MK2" =
 * "Sukhoi Su-30 MK2"), and so is the bare model where the story names one variant of it only
 * ("Su-30" = "Su-30MK2"; not where it names two, nor "S-30" beside "S-300": a variant's suffix
 * starts with a letter).
 */
function withDesignationsJoined(groups: readonly Group[]): Group[] {
  const keyOf = new Map<Group, string>();
  for (const g of groups) {
    const keys = new Set(g.mentions.map((m) => designationKey(m.text)));
    const [key] = keys;
    if (keys.size === 1 && key) keyOf.set(g, key);
  }
  const byKey = new Map<string, Group>();
  const out: Group[] = [];
  for (const g of groups) {
    const key = keyOf.get(g);
    const same = key === undefined ? undefined : byKey.get(key);
    if (same) joinGroup(g, same);
    else {
      if (key !== undefined) byKey.set(key, g);
      out.push(g);
    }
  }
  const keys = [...byKey.keys()];
  return out.filter((g) => {
    const key = keyOf.get(g);
    if (key === undefined) return true;
    const variants = keys.filter((k) => k.length > key.length && k.startsWith(key) && /^[A-Z]/.test(k.slice(key.length)));
    if (variants.length !== 1) return true;
    joinGroup(g, byKey.get(variants[0]!)!);
    return false;
  });
}

/** Share of a name a word must begin with to be its demonym: "Venezuelan"/"Venezuela", "Chinese"/"China". */
const DEMONYM_SHARE = 0.75;
/** Shortest stem shared with the name: "Iraqi"/"Iraq" fits, "Mali"/"Malaysia" does not. */
const MIN_DEMONYM_STEM = 4;
/** Longest ending a demonym adds: "-ese", "-ian", "-er" fit; "Hollenberg" is no adjective of "Hollen". */
const MAX_DEMONYM_SUFFIX = 3;

/**
 * "Venezuelan", "Russian": one capitalised word of no known kind that begins like another
 * one-word name of the story and is longer is that name's adjective, not an entity.
 */
function withoutDemonyms(entities: readonly FoundEntity[]): FoundEntity[] {
  const fold = (s: string): string => anyAscii(s).toLowerCase();
  const single = entities.filter((e) => !e.name.includes(" ")).map((e) => ({ e, key: fold(e.name) }));
  const isDemonym = (e: FoundEntity): boolean => {
    if (e.type !== "other" || e.name.includes(" ")) return false;
    const key = fold(e.name);
    return single.some(({ e: o, key: name }) => {
      if (o === e || name.length >= key.length) return false;
      let n = 0;
      while (n < name.length && name[n] === key[n]) n++;
      return n >= MIN_DEMONYM_STEM && n >= DEMONYM_SHARE * name.length && key.length - n <= MAX_DEMONYM_SUFFIX;
    });
  };
  return entities.filter((e) => !isDemonym(e));
}

/** Organisation words other languages' texts borrow, with the script of the names they are borrowed in (EntityKnowledge.borrowedInScript). */
const borrowedOrganizationWords = perLanguages((languages) =>
  languages.every("entities").flatMap((k) => (k.borrowedInScript ? [{ script: new RegExp(`\\p{Script=${k.borrowedInScript}}`, "u"), words: k.organizationWords }] : [])),
);

/**
 * Whether a name or a cited source is a seat that stands for the body seated there, in any
 * language's knowledge ("Kremlin", "Кремль", "the White House"): the seat's words end it, after at
 * most an article of any language ("The Kremlin"; not "New Westminster").
 */
export function isSeatName(name: string, languages: Languages): boolean {
  const words = name.split(" ");
  const { seats, articles } = seatsOf(languages);
  return seats.some((seat) => {
    const n = seat.split(" ").length;
    return words.length - n <= 1 && words.length >= n && isSeat(words.slice(-n).join(" "), seat) && (words.length === n || articles.has(words[0]!.toLowerCase()));
  });
}

const seatsOf = perLanguages((languages) => ({
  seats: languages.every("entities").flatMap((k) => k.seatNames ?? []),
  articles: new Set(languages.every("citations").flatMap((k) => k.articles).map((w) => w.toLowerCase())),
}));

/** Whether a name is a seat's name: as many words, each beginning with the seat's word ("Белого дома" ~ "бел дом"). */
function isSeat(name: string, seat: string): boolean {
  const words = name.toLowerCase().split(" ");
  const seatWords = seat.split(" ");
  return words.length === seatWords.length && seatWords.every((w, i) => words[i]!.startsWith(w));
}

/** A person has a title or two-word name; equipment is a designation; places follow "in/to/from"; acronyms and org words are organisations. */
function typeOf(mentions: readonly EntityMention[], articles: ReadonlyMap<string, Article>, languages: Languages): EntityType {
  const votes = new Map<EntityType, number>();
  let cache = mentionVotes.get(languages);
  if (!cache || cache.size >= MENTION_VOTES_LIMIT) mentionVotes.set(languages, (cache = new Map()));
  for (const m of mentions) {
    const language = articles.get(m.articleId)?.language ?? "und";
    const key = `${language}\u0000${m.text}\u0000${m.before}\u0000${m.before2}`;
    let own = cache.get(key);
    if (!own) cache.set(key, (own = votesOf(m, language, languages)));
    for (const [t, w] of own) votes.set(t, (votes.get(t) ?? 0) + w);
  }
  // "told the Morning Ledger", "the Morning Ledger reported": a name of several words that half its mentions or more put
  // after an article is a body's or a thing's, not a person's ("the Hillary Clinton campaign" once among many is not).
  // It outvotes the two words' weak vote, not a place's or a title's.
  const afterArticle = mentions.filter((m) => m.text.includes(" ") && articlesOf(articles.get(m.articleId)?.language ?? "und", languages).has(m.before)).length;
  if (afterArticle > 0 && afterArticle * 2 >= mentions.length) votes.set("organization", (votes.get("organization") ?? 0) + afterArticle + 1);
  // A name of one word that is never written longer ("Renault said", "Hamas said"): a person is named in full somewhere in a
  // story, so one that speaks is a body. Outvoted by any other vote.
  if (votes.size === 0 && mentions.every((m) => !m.text.includes(" "))) {
    // The name itself speaks: not a name a noun before it is of ("Residents of Lindholm said", "people in Hollen said").
    const speaks = mentions.some((m) => {
      const language = articles.get(m.articleId)?.language ?? "und";
      const k = languages.pack(language)?.entities;
      return !!m.after && sayingVerbsOf(language, languages).has(m.after) && !(k?.nameJoints ?? []).includes(m.before) && !(k?.placePrepositions ?? []).includes(m.before);
    });
    if (speaks) votes.set("organization", 0.5);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : "other";
}

/** A language's one-word verbs of saying (`citations.sayingVerbs`), lower case. */
const sayingVerbsOf = perLanguage((language, languages): ReadonlySet<string> => new Set((languages.pack(language)?.citations?.sayingVerbs ?? []).filter((v) => !v.includes(" ")).map((v) => v.toLowerCase())));

/** A language's articles, lower case ("the", "a", "an"; none in Russian or Polish). */
const articlesOf = perLanguage((language, languages): ReadonlySet<string> => new Set((languages.pack(language)?.citations?.articles ?? []).map((w) => w.toLowerCase())));

/** A language's organisation words (`entities.organizationWords`), lower case: beginnings of words. */
const organizationWordsOf = perLanguage((language, languages): readonly string[] => (languages.pack(language)?.entities?.organizationWords ?? []).map((w) => w.toLowerCase()));

/** Whether a word begins with one of its language's organisation words ("Ministry", "Ministerstwa", "Bank"). */
export function isOrganizationWord(word: string, language: string, languages: Languages): boolean {
  const low = word.toLowerCase();
  return organizationWordsOf(language, languages).some((o) => low.startsWith(o));
}

/** A language's regions (entities.regions), as written, read once. */
const regionsOf = perLanguage((language, languages): ReadonlySet<string> => new Set(languages.pack(language)?.entities?.regions ?? []));

/** Mentions' votes remembered by language, text and the words before: a story repeats its names. */
const mentionVotes = new WeakMap<Languages, Map<string, ReadonlyArray<readonly [EntityType, number]>>>();
const MENTION_VOTES_LIMIT = 100_000;

/** One mention's votes for its entity's type, in the order typeOf counts them. */
function votesOf(m: EntityMention, language: string, languages: Languages): Array<readonly [EntityType, number]> {
  const out: Array<readonly [EntityType, number]> = [];
  const vote = (t: EntityType, w = 1): void => void out.push([t, w]);
  const borrowed = borrowedOrganizationWords(languages);
  const labels = languages.pack(language)?.framing?.labels ?? [];
  const k = languages.pack(language)?.entities;
  // Latin-script names in any language's text are often English ones ("Northern Wire" in a French article).
  const orgWords = [...(k?.organizationWords ?? []), ...borrowed.flatMap((b) => (b.script.test(m.text) ? b.words : []))];
  if (countryName(m.text, language, k?.countryAbbreviations) || regionsOf(language, languages).has(m.text)) vote("place", 3);
  // "The Kremlin said", "the White House": the place stands for the body seated there.
  if (k?.seatNames?.some((seat) => isSeat(m.text, seat))) vote("organization", 4);
  const acronym = /^[\p{Lu}.]{2,6}$/u.test(m.text);
  if (m.text.split(" ").some((w) => DESIGNATION.test(w))) vote("equipment", 3);
  else if (acronym || m.text.toLowerCase().split(" ").some((w) => orgWords.some((o) => w.startsWith(o)))) vote("organization", 2);
  // A label before an acronym is of it, not a title for it: "лидер КНР" is the leader of the PRC, no person named КНР.
  if (!acronym && labels.some((l) => m.before.startsWith(l))) vote("person", 3);
  // "Mr Johnson", "Frau Merkel": an honorific names a person.
  else if (!acronym && (k?.honorifics ?? []).includes(m.before.replace(/\.$/, ""))) vote("person", 3);
  // Two capitalised words are most often a first and last name: weak evidence, outvoted by any other.
  if (m.text.split(" ").length === 2 && !/[\d.]/.test(m.text)) vote("person", 0.5);
  if (k?.placePrepositions.includes(m.before)) vote("place");
  // "Saint Petersburg", "San Francisco", "Санкт-Петербург": a place more often than a person.
  const opener = m.text.split(/[\s-]/u)[0]!.toLowerCase();
  if (k?.placeNameOpeners?.includes(opener)) vote("place");
  // "the town of Hollen", "der Stadt Hollen", "городе Холлен": the noun names the kind of place.
  // "Quebec City", "Gabriola Island": a name ending in a kind of place names one.
  if (m.text.includes(" ") && k?.placeNouns.some((p) => !p.includes(" ") && lastWord(m.text).toLowerCase() === p)) vote("place", 2);
  // Not where a role stands before the place noun: "Директор порта Марек Солан" is the port's director, a person.
  if (labels.some((l) => m.before2.startsWith(l)) && k?.placeNouns.some((p) => m.before.startsWith(p))) vote("person", 3);
  else if ([m.before, m.before2].some((w) => k?.placeNouns.some((p) => w.startsWith(p)))) vote("place", 2);
  return out;
}
