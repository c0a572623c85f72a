/**
 * Citations: the named outlets, agencies, documents and people an article relies on, with
 * the relay between ("сообщает РБК-Украина со ссылкой на The Washington Post": source The
 * Washington Post, via РБК-Украина). Built from attributions; pronouns are not citations,
 * and "the report" / "the documents" resolve to the named source mentioned before them.
 */
import { type Languages, perLanguage } from "../lang/languages.js";
import type { Article, Citation } from "../model.js";
import { compile, type Compiled } from "./attribution/knowledge.js";
import { type Attribution, citesHere, findAttributions, opensNameRun, type AttributionSpan } from "./attribution/rules.js";
import { tokenise } from "./attribution/tokens.js";
import { caseEnding, spellingKey, withoutCaseEnding } from "../lang/spelling.js";
import { readTokens, type Sentence } from "../text/index.js";
import { findQuotations, isQuoted, type Quotation } from "../text/quotations.js";
import { lastLead } from "./entities.js";
import { stem, stopwords } from "./words.js";

/** A citation with its article offsets, so other parts can ask "who is this sentence attributed to". */
export interface PlacedCitation extends Citation {
  readonly start: number;
  readonly end: number;
  /** Named by a description ("unnamed sources", "investigators"), not a name: listed, but no origin to trace to. */
  readonly described: boolean;
}

/**
 * The name a source phrase stands for: its closing run of capitalised words ("a report from
 * The Washington Post" → "The Washington Post", "Russia's TASS news agency" → "TASS"); the
 * whole phrase when a document noun heads it ("internal U.S. government documents"); null
 * when it only describes someone ("the Venezuelan leader").
 */
/** Words of time read between a cue and the marker that names its relay ("said Thursday to"). */
const MAX_WORDS_BEFORE_MARKER = 3;

export function sourceName(phrase: string, language: string, languages: Languages): string | null {
  const k = languages.pack(language)?.citations;
  const stop = stopwords(language, languages);
  const generic = new Set(k?.genericSources ?? []);
  const connectors = new Set(k?.nameConnectors ?? []);
  // An appositive describes the name before it: "Alexei Zhuravlev, a senior lawmaker"; after a
  // description the appositive is the name: "the head of the Krefeld police, Gerd Hoppmann".
  // A parenthesis after the name says more of it ("Rep. Hank Johnson (D-Ga.)"): not part of it.
  const parts = phrase.split(",").map((p) => p.replace(/\s*\([^()]*\)\s*$/u, "").trim()).filter((p) => p);
  // "El alcalde de Hollen, Jonas Brekke": an article opening the sentence is capitalised by position.
  const lead = parts[0]?.split(/\s+/) ?? [];
  const head = lead.length > 1 && (k?.articles ?? []).includes(lead[0]!.toLowerCase()) ? lead[1]! : lead[0] ?? "";
  const described = parts.length > 1 && !/^[\p{Lu}\d]/u.test(head) && parts[parts.length - 1]!.split(/\s+/).every((w) => /^[\p{Lu}]/u.test(w));
  // "Reuters'a", "Pegasus Havayolları'ndan": a case ending after an apostrophe is not part of the name.
  const apostropheSuffixes = languages.pack(language)?.citations?.apostropheSuffixes ?? false;
  const raw = (described ? parts[parts.length - 1]! : parts[0] ?? phrase).split(/\s+/);
  // A name with a case ending inside the phrase: the one the information comes from is the source
  // ("Hollen Limanı'ndan aldığımız bilgiye"); another case qualifies what follows or says where
  // ("Erdoğan'ın danışmanına", "Ankara'da gazetecilere"), and the phrase names no one.
  if (apostropheSuffixes) {
    const inside = raw.slice(0, -1).findLastIndex((w) => /^\p{Lu}/u.test(w) && caseEnding(w) !== null);
    if (inside >= 0) {
      if (!(k?.sourceSuffixes ?? []).includes(caseEnding(raw[inside]!)!)) return null;
      let from = inside;
      while (from > 0 && /^\p{Lu}/u.test(raw[from - 1]!)) from--;
      return raw.slice(from, inside + 1).map(withoutCaseEnding).join(" ");
    }
  }
  // An outlet's name in quotes after the noun that says what it is ("газеты «Коммерсантъ»"): the quotes are not the name's.
  const quoted = raw.length > 1 && /[»”“"]$/u.test(raw.at(-1)!) ? raw.findLastIndex((w) => /^[«„“"]/u.test(w)) : -1;
  const unquoted = quoted > 0 ? [...raw.slice(0, quoted), ...raw.slice(quoted).map((w) => w.replace(/^[«„“"]|[»”“"]$/gu, ""))].filter((w) => w !== "") : raw;
  let words = apostropheSuffixes ? unquoted.map(withoutCaseEnding) : unquoted;
  for (const d of k?.sourceDescriptors ?? []) {
    const n = d.split(" ").length;
    if (words.length > n && words.slice(-n).join(" ").toLowerCase() === d) words = words.slice(0, -n);
  }
  // "al-Sisi", "el-Baradei": a lowercase particle joined to a capitalised name is part of it.
  const isName = (w: string): boolean => /^(?:\p{Ll}{1,3}-)?[\p{Lu}\d]/u.test(w);
  let from = words.length;
  while (from > 0) {
    const w = words[from - 1]!;
    if (/['’]s$/.test(w) && from < words.length) break;
    if (isName(w) || connectors.has(w.toLowerCase()) && from < words.length && from > 1 && isName(words[from - 2]!)) from--;
    else break;
  }
  // A capitalised joint ("But", "And") opens the clause, not the name; "The" may open a name, and
  // inside the run a capitalised common word is part of it ("the New York Post", "Sports Business News").
  const articles = new Set(k?.articles ?? []);
  const joints = new Set([...(k?.clauseOpeners ?? []), ...(k?.clauseWords ?? [])]);
  const compiled = compile(language, languages);
  const opensClause = (w: string): boolean =>
    joints.has(w.toLowerCase()) || (from === 0 && stop.has(w.toLowerCase()) && !articles.has(w.toLowerCase()) && !(from < words.length - 1 && compiled && opensNameRun(w, compiled)));
  while (from < words.length - 1 && (connectors.has(words[from]!) || opensClause(words[from]!))) from++;
  const descriptorWords = new Set((k?.sourceDescriptors ?? []).flatMap((d) => d.split(" ")));
  // "a report in X", "Russia's X", "le journal X": the name is the source; "документы правительства США" is a document.
  // An article between ("a report in the Times") changes nothing.
  const preposition = (w: string | undefined): boolean => !!w && (k?.sourcePrepositions ?? []).includes(w.toLowerCase());
  const joined =
    from === 0 ||
    preposition(words[from - 1]) ||
    (articles.has(words[from - 1]!.toLowerCase()) && preposition(words[from - 2])) ||
    /['’]s$/.test(words[from - 1]!) ||
    descriptorWords.has(words[from - 1]!.toLowerCase());
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

/** A person's sex, where the texts tell it (an honorific: "Mrs. Clinton", "Mr. Sanders"). */
export type Sex = "female" | "male";

/** A person's sex as read, and whether firmly: from an honorific before the whole name they are known by. */
export interface SexRead {
  readonly sex: Sex;
  readonly firm: boolean;
}

/**
 * Citations of one article, every one where it is placed (the sentence's `attributedTo` and the
 * origins read them all; `origins` keeps one per article, source and relay for the dossier).
 * `sentences` are the article's sentences; a citation keeps the offsets of its quote. Cues outside the language's reporting verbs ("asked", "hopes") are stance, not citation.
 */
export function findCitations(
  article: Article,
  sentences: readonly Sentence[],
  languages: Languages,
  attributions: readonly (readonly Attribution[])[] = sentences.map((s) => findAttributions(s.text, s.start, article.language, languages)),
  isPerson: (source: string) => boolean | undefined = () => undefined,
  personBefore: (offset: number, from: number, may?: (name: string) => boolean) => string | null = () => null,
  quotations: readonly Quotation[] = findQuotations(article.text),
  sexOf: (source: string) => SexRead | undefined = () => undefined,
): PlacedCitation[] {
  const k = languages.pack(article.language)?.citations;
  if (!k) return [];
  const generic = new Set(k.genericSources);
  const out: PlacedCitation[] = [];
  const named: string[] = [];
  // A pronoun stands for a name, which ends in a capital ("Jonas Brekke … He said"), not for a description ("Unnamed sources").
  const speakers: string[] = [];
  // "He said" stands for the last speaker who may be a person ("A police spokesman said … He said": not the man arrested
  // before), not for a body or a place that spoke since ("Knopf said … he said"); where no such speaker has spoken, for the
  // person named last in that sentence or the two before ("Mehta, who led Knopf, … He said"), not for anyone named further back.
  const personal = new Set(k.personalPronouns ?? []);
  const speech = new Set((k.speechPronouns ?? []).map((w) => w.toLowerCase()));
  const spoke: Array<{ readonly source: string; readonly named: boolean }> = [];
  // Words that open a description of one person, or of a body speaking as one ("a police spokesman", "the company"; not "unnamed sources").
  const singular = new Set([...(languages.pack(article.language)?.numbers?.singular ?? []), ...k.articles].map((w) => w.toLowerCase()));
  const articles = new Set(k.articles);
  // "The Orvel Literary Foundation" is named "Orvel Literary Foundation" among the story's entities.
  const isPersonNamed = (name: string): boolean | undefined => {
    const [first, ...rest] = name.split(/\s+/);
    return isPerson(name) ?? (rest.length > 0 && articles.has(first!.toLowerCase()) ? isPerson(rest.join(" ")) : undefined);
  };
  const relatives = new Set((k.relativePronouns ?? []).map((w) => w.toLowerCase()));
  const neuter = new Set((k.neuterPronouns ?? []).map((w) => w.toLowerCase()));
  // "It published plans which it said …": the sentence opens with the neuter pronoun as a subject (not "It is the 20th strike
  // on boats that it claims …", where it stands for nothing), and the one inside repeats it.
  const copulas = new Set((k.passive?.auxiliaries ?? []).map((w) => w.toLowerCase()));
  const opensWithPronoun = (text: string): boolean => {
    const [first = "", second = ""] = (text.match(/\p{L}+/gu) ?? []).slice(0, 2).map((w) => w.toLowerCase());
    return neuter.has(first) && !copulas.has(second);
  };
  let sentenceAt = 0;
  // Quotations read across sentences (the text layer's): the sentence closing a quotation of several starts inside it.
  // A speaker described, not named, is who "he" stands for where the description is of a person by a role ("a police
  // spokesman", "the Palestinian president"): the description is the source then. Not a body ("the company").
  const roles = (languages.pack(article.language)?.framing?.labels ?? []).filter((r) => !r.includes(" ") && !r.endsWith("."));
  // A role word anywhere in it, as written or inflected ("a spokesman for the coast guard"; not "the party leadership").
  const ofPerson = (description: string): boolean =>
    description
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => roles.some((r) => w.startsWith(r) && w.length <= r.length + ROLE_ENDING));
  // Documents and bodies never speak as "he" ("the documents", "the company"): passed over.
  const things = new Set([...k.genericSources, ...(k.sourceDescriptors ?? []), ...(k.bodyNouns ?? [])].filter((w) => !w.includes(" ")).map((w) => w.toLowerCase()));
  const isThing = (description: string): boolean => things.has(description.toLowerCase().split(/\s+/).at(-1) ?? "");
  const speakerOrPerson = (last: { readonly source: string; readonly named: boolean } | undefined, at: number, may: (name: string) => boolean): string | null =>
    last ? last.source : personBefore(at, sentences[Math.max(0, sentenceAt - PERSON_SENTENCES)]!.start, may);
  // "she" stands for a man the story calls "Mr. Sanders", and "he" for a woman it calls "Mrs. Clinton", only where no one else may.
  const female = new Set((k.femalePronouns ?? []).map((w) => w.toLowerCase()));
  const male = new Set((k.malePronouns ?? []).map((w) => w.toLowerCase()));
  const otherSex = (pronoun: string): Sex | undefined => {
    const low = pronoun.toLowerCase();
    return female.has(low) ? "male" : male.has(low) ? "female" : undefined;
  };
  const fits = (pronoun: string, firmOnly = false): ((name: string) => boolean) => {
    const other = otherSex(pronoun);
    return other ? (name) => { const read = sexOf(name); return read?.sex !== other || (firmOnly && !read.firm); } : () => true;
  };
  // Who may be a "he": a name not known to be no person's, or a description of a person by a role ("a spokesman for the coast
  // guard"). A description of no role is passed over: "the candidate said … he said" is most often the candidate named before
  // (PolNeAR train: stopping there instead lost 111 citations, 0.6048 → 0.6005); a document or a body never is a "he".
  const mayBePerson = (x: { readonly source: string; readonly named: boolean }): boolean => isPersonNamed(x.source) !== false && !isThing(x.source) && (x.named || ofPerson(x.source));
  const speakerFor = (pronoun: { text: string; start: number }): string | null => {
    if (!personal.has(pronoun.text.toLowerCase())) return speakers.at(-1) ?? null;
    const may = fits(pronoun.text);
    // With no one of the pronoun's sex near, one whose sex was read from an honorific before a family name only, which may
    // be a relative's ("Mrs. Brekke, his wife" read into Jonas Brekke); never one called "Mrs." by the name she is known by.
    const loose = fits(pronoun.text, true);
    return speakerOrPerson(spoke.findLast((x) => mayBePerson(x) && may(x.source)), pronoun.start, may) ?? speakerOrPerson(spoke.findLast((x) => mayBePerson(x) && loose(x.source)), pronoun.start, loose);
  };
  sentences.forEach((s, i) => {
    sentenceAt = i;
    const inSentence = attributions[i] ?? [];
    // "Kasich: We are going to go all the way": a person named before a colon that opens the sentence says what follows.
    const label = speakerLabel(s, articles, speech, isPersonNamed);
    if (label && !inSentence.some((a) => a.source.start < label.end && a.source.end > label.start)) {
      named.push(label.source);
      if (isPersonNamed(label.source) === true) {
        spoke.push({ source: label.source, named: true });
        speakers.push(label.source);
      }
      out.push({ articleId: article.id, source: label.source, via: null, quote: article.text.slice(label.start, label.end), start: label.start, end: label.end, sourceStart: label.start, sourceEnd: label.sourceEnd, described: false });
    }
    for (const found of inSentence) {
      // The tagger's own source for a cue, past the source the rules gave it ("Hungary's Orban Mulls
      // New EU Movement (Bloomberg) -- Prime Minister Viktor Orban said"): the nearer one speaks.
      if (found.basis === "learned" && inSentence.some((o) => o !== found && o.basis !== "learned" && o.cue.start === found.cue.start && between(o.source, found.source, found.cue))) continue;
      // Both readings: the rules' boundaries of the source where they found it, the tagger's where
      // only it did; the reporting cue below keeps out its wider notion (thought, intent, doing).
      const a = { ...found, source: found.ruleSource ?? found.source };
      // A capitalised cue inside a line is a Title Case headline ("… Government's Reported", "Eva Lind Told To Quit"), not a citation.
      // Marks alone before it ("(According to the police, …", "‘According to …", "¿Según …?") leave the cue its opening
      // capital; a cue in Title Case is a headline's all the same ("— Reported By The Harbour Gazette").
      if (/^\p{Lu}/u.test(a.cue.text) && (/[\p{L}\p{N}]/u.test(s.text.slice(0, a.cue.start - s.start)) || /\s\p{Lu}/u.test(a.cue.text))) continue;
      // Not stance or intent ("asked", "hopes"); "continued to work", "showed a profit": a verb that also names a deed cites only beside the words said.
      // A record speaks by its whole phrase: "The poll by the Public Policy Institute showed …" cites the institute's poll.
      if (!citesHere(s.text, s.start, a, article.language, languages) && !(found.ruleSource && citesHere(s.text, s.start, { ...a, source: found.source }, article.language, languages))) continue;
      // Words said inside a quotation are the speaker's, not the article's attribution.
      if (isQuoted(quotations, a.cue.start)) continue;
      // Nor is a source inside a quotation whose cue stands outside it (''For the past 40 years, …,'' Mr. Biden added, noting …).
      const sourceWord = a.source.text.search(/[\p{L}\p{N}]/u);
      if (sourceWord >= 0 && isQuoted(quotations, a.source.start + sourceWord)) continue;
      if (inIndirectQuestion(s, a, compile(article.language, languages)!)) continue;
      // "Sometimes you just say ‘wow’": anyone, not a speaker.
      if (!a.antecedent && isImpersonal(a, article.language, languages)) continue;
      // "… its bombing campaign against small boats that it claims are running drugs": "it" inside a relative clause stands for
      // a body its own sentence names, not for the last source cited before (The New York Times, here); unless the sentence
      // opens with a pronoun, which it repeats ("It published plans which it said …"). "he", "she" and "they" still stand for
      // whom they stood for ("The pier, which he said would close, …", "The car that they say was stolen …").
      if (a.kind === "pronoun" && !a.antecedent && neuter.has(a.source.text.toLowerCase()) && relatives.has(lastLead(s.text, a.source.start - s.start).toLowerCase()) && !opensWithPronoun(s.text)) continue;
      // "Officials in Moscow": read once, for the name and for whether it is a description.
      const placed = placeQualified(a, article.language, languages, generic);
      // A relative pronoun ("men who said") stands for the noun before it; another pronoun for the last speaker named.
      const source = a.antecedent
        ? resolve({ ...a, source: a.antecedent.span, kind: a.antecedent.kind }, article.language, languages, generic, named, false, undefined, isPersonNamed)
        : a.kind === "pronoun" ? speakerFor(a.source) : resolve(a, article.language, languages, generic, named, !!a.via, placed, isPersonNamed);
      if (!source || isCalendarWord(source, article.language, languages) || isDateline(s, a.source) || endsInFunctionWord(a, article.language, languages)) continue;
      const via = a.via
        ? resolve({ ...a, source: a.via, kind: generic.has(lastWord(a.via).toLowerCase()) ? "generic" : "named" }, article.language, languages, generic, named, false, undefined, isPersonNamed)
        : recipient(s, a, article.language, languages);
      if (via && spellingKey(via) === spellingKey(source)) continue;
      const start = Math.min(a.cue.start, a.source.start, a.via?.start ?? Infinity);
      const end = Math.max(a.cue.end, a.source.end, a.via?.end ?? 0);
      if (a.kind !== "pronoun") named.push(source);
      // Where every noun is capitalised, one opened by an article is described, not named ("Die Feuerwehr erklärte").
      const nounLed = k.nounsCapitalised === true && articles.has(a.source.text.split(/\s+/)[0]!.toLowerCase());
      const isNamed = (a.kind === "named" || a.antecedent?.kind === "named") && /^\p{Lu}/u.test(source.split(/\s+/).at(-1)!) && !nounLed;
      // Who may be a "he": a name, or one described with an article or "one" ("a police spokesman"; not "unnamed sources").
      if (isNamed || (a.kind !== "pronoun" && singular.has(a.source.text.split(/\s+/)[0]!.toLowerCase()))) spoke.push({ source, named: isNamed });
      // "Jonas Brekke, who said …": a name read through its relative pronoun is a speaker a later "he" stands for.
      if (isNamed) speakers.push(source);
      // Named by a description: a phrase, or a name qualifying a noun ("The Israeli military radio station").
      const described =
        a.kind === "phrase" ||
        (a.kind === "named" && /\s\p{Lu}/u.test(a.source.text) && !sourceName(a.source.text, article.language, languages) && !a.source.text.includes(",")) ||
        placed?.described === true;
      out.push({ articleId: article.id, source, via, quote: article.text.slice(start, end), start, end, sourceStart: a.source.start, sourceEnd: a.source.end, described });
    }
  });
  return out;
}

/** A language's `impersonalPronouns`, lower case, made once. */
const impersonalOf = perLanguage((language, languages): ReadonlySet<string> => new Set((languages.pack(language)?.citations?.impersonalPronouns ?? []).map((w) => w.toLowerCase())));

/** Whether an attribution's source is a pronoun that stands for anyone ("Sometimes you just say ‘wow’"): it cites no one. */
export function isImpersonal(a: Attribution, language: string, languages: Languages): boolean {
  return a.kind === "pronoun" && impersonalOf(language, languages).has(a.source.text.toLowerCase());
}

/** Most words of a name labelling what its colon opens. */
const MAX_LABEL_WORDS = 4;
/** Fewest words after the colon: a statement ("Kasich: We are going to go all the way"), not a heading's topic ("Trump: a timeline"). */
const MIN_LABELLED_WORDS = 4;
/** A line opened by up to four capitalised words (spaces between, no line break) and a colon, and the rest of the line. */
const LABEL = new RegExp(`^([ \\t]*)(\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,${MAX_LABEL_WORDS - 1}}):[ \\t]+(\\S.*)$`, "gmu");

/**
 * The speaker a transcript or a line in a headline's style names before a colon at a line's start
 * ("Kasich: We are going to go all the way", "Brekke: “The pier is safe”"): a person, by the story's
 * entities, whose words follow, as the words of someone speaking show: a quotation mark, or a
 * first-person pronoun (`speechPronouns`; a language without the list reads the line as said). Not a heading about a person ("Alexei
 * Navalny: The life and death of an opposition leader"), a place or a topic ("Brexit: MPs vote
 * again"), a column ("The Latest: …") or a report ("Bericht: Russland will …"); not a short heading
 * ("Trump: a timeline").
 */
function speakerLabel(s: Sentence, articles: ReadonlySet<string>, speech: ReadonlySet<string>, isPerson: (name: string) => boolean | undefined): { source: string; start: number; end: number; sourceEnd: number } | null {
  for (const m of s.text.matchAll(LABEL)) {
    // At the sentence's start or a line's, not inside a line.
    if (m.index > 0 && s.text[m.index - 1] !== "\n") continue;
    const said = m[3]!.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (said.length < MIN_LABELLED_WORDS) continue;
    // Where the language lists no such pronouns, the line is taken as said.
    const spoken = speech.size === 0 || /^["“„«»‘‚']/u.test(m[3]!) || said.some((w) => speech.has(w.toLowerCase().replace(/[^\p{L}'’]/gu, "")));
    const source = m[2]!;
    // A name has no article: "The Latest: …" is a column's heading.
    if (!spoken || articles.has(source.split(/\s+/u)[0]!.toLowerCase()) || isPerson(source) !== true) continue;
    const start = s.start + m.index + m[1]!.length;
    return { source, start, end: start + source.length + 1, sourceEnd: start + source.length };
  }
  return null;
}

/**
 * A source phrase of several words ending in a lower-case function word is a stretch of a clause,
 * not a name or a description ("got an M.F.A. from Columbia and wrote", "the candidates most
 * often described"): the tagger's reading past where a phrase ends.
 */
function endsInFunctionWord(a: Attribution, language: string, languages: Languages): boolean {
  const c = compile(language, languages);
  if (!c || a.kind === "pronoun") return false;
  const words = a.source.text.split(/\s+/).filter(Boolean);
  const last = (words.at(-1) ?? "").toLowerCase().replace(/[^\p{L}'’]/gu, "");
  // The pack's own function words (a general stop list holds "years" and "further").
  const functional = c.openers.has(last) || c.clause.has(last) || c.determiners.has(last) || c.articles.has(last) || c.aux.has(last);
  return words.length > 1 && /^\p{Ll}/u.test(words.at(-1)!) && functional && !c.pronouns.has(last);
}

/** Letters a role word may take beyond the pack's label as its inflection ("spokesman" → "spokesmen"; "leader" is not "leadership"). */
const ROLE_ENDING = 3;

/** Sentences before a pronoun's own searched for the person it stands for, where no one has spoken. */
const PERSON_SENTENCES = 2;

/**
 * A cue inside an indirect question ("It remains unclear whether Russia has responded", "ob
 * Moskau geantwortet hat", "ответила ли Россия"): the question word opens the cue's clause
 * before it, or follows the cue's verb ("ли").
 */
function inIndirectQuestion(s: Sentence, a: Attribution, c: Compiled): boolean {
  const words = c.k.questionWords ?? [];
  if (words.length === 0) return false;
  const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  // The question word right before the source, past articles and determiners only: "whether the
  // ministry has responded". "Asked whether he would run again Mayor Eva Lind said" has a clause
  // of its own between them, and cites her.
  const before = wordsOf(s.text.slice(0, Math.min(a.source.start, a.cue.start) - s.start));
  let i = before.length - 1;
  while (i >= 0 && (c.articles.has(before[i]!) || c.determiners.has(before[i]!))) i--;
  const next = wordsOf(s.text.slice(a.cue.end - s.start, a.cue.end - s.start + 20))[0];
  return (i >= 0 && words.includes(before[i]!)) || (next !== undefined && words.includes(next));
}

/** Whether span `x` lies between `a` and `b` (in either order). */
function between(x: AttributionSpan, a: AttributionSpan, b: AttributionSpan): boolean {
  return (a.end <= x.start && x.end <= b.start) || (b.end <= x.start && x.end <= a.start);
}

/** An attribution token that is a word or number, not a mark. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Where the cited words were given or first appeared, named after the cue: "told Politico",
 * "said to the Tribune", "told CNN", "said on Twitter", "told the British newspaper". Only a
 * name or an outlet noun: "told investigators", "said on Thursday" name no relay.
 */
function recipient(s: Sentence, a: Attribution, language: string, languages: Languages): string | null {
  const k = languages.pack(language)?.citations;
  if (!k) return null;
  const after = Math.max(a.cue.end, a.source.start > a.cue.start ? a.source.end : 0) - s.start;
  const clause = s.text.slice(after).split(/[,;:"“”«»„()—–]|\.\s/u)[0]!;
  const words = tokenise(clause, 0, compile(language, languages)?.titles ?? new Set()).filter((t) => WORDLIKE.test(t.raw)).map((t) => t.raw.replace(/\.$/u, ""));
  const low = words.map((w) => w.toLowerCase());
  const cue = a.cue.text.toLowerCase().split(/\s+/).filter((w) => !k.auxiliaries.includes(w)).join(" ");
  const markers = k.viaMarkers.map((m) => m.split(" "));
  const told = k.recipientCues.includes(cue);
  let at = told ? 0 : -1;
  // The marker follows the cue, or a word of time after it: "said to", "said Thursday to".
  for (let i = 0; at < 0 && i <= MAX_WORDS_BEFORE_MARKER && i < words.length; i++) {
    if (i > 0 && !isCalendarWord(words[i - 1]!, language, languages)) break;
    const m = markers.find((p) => p.every((w, j) => low[i + j] === w));
    if (m) at = i + m.length;
  }
  if (at < 0) return null;
  const articles = new Set(k.articles);
  while (at < words.length && articles.has(low[at]!)) at++;
  const connectors = new Set(k.nameConnectors);
  const isName = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);
  let end = at;
  while (end < words.length && (isName(words[end]!) || connectors.has(low[end]!) && end > at && isName(words[end + 1] ?? ""))) end++;
  // "told a North Carolina rally": a name modifying a common noun is no relay.
  const stop = stopwords(language, languages);
  if (end > at && end < words.length && !stop.has(low[end]!) && !isName(words[end]!)) return null;
  if (end > at) {
    const name = words.slice(at, end).join(" ");
    return isCalendarWord(name, language, languages) ? null : name;
  }
  // "told the British newspaper": an outlet noun within a few words names the relay. After a
  // marker ("responded to reports that …"), only an outlet's kind: a document or a body of
  // people there is what was answered, not who passed the words on.
  const outlets = new Set([...k.sourceDescriptors.flatMap((d) => d.split(" ")), ...(told ? k.genericSources : [])]);
  const head = low.slice(at, at + MAX_WORDS_BEFORE_MARKER + 1).findIndex((w) => outlets.has(w));
  if (head < 0) return null;
  // Where or how the words were said ("told a news conference", "to reporters") passes nothing on.
  const said = low.slice(told ? 0 : at).join(" ");
  if ((k.sayingSettings ?? []).some((p) => said.startsWith(p.split(" ").slice(1).join(" ") || p) || said.startsWith(p))) return null;
  // The outlet's whole noun: "a news agency".
  let last = at + head;
  while (last + 1 < words.length && outlets.has(low[last + 1]!)) last++;
  return words.slice(at, last + 1).join(" ");
}

/** Weekdays, days ("yesterday", "вчера"), months and parts of a day ("said Thursday", "Seit Montag teilten", "reported by Monday evening") are when, never who. */
function isCalendarWord(source: string, language: string, languages: Languages): boolean {
  const pack = languages.pack(language);
  const words = source.toLowerCase().split(/\s+/);
  return words.every((w) => pack?.time?.weekdays.has(w) || pack?.time?.dayOffsets.has(w) || pack?.time?.dayParts?.includes(w) || pack?.dates?.months.has(w) || /^\d+$/.test(w));
}

/** A dateline or credit opening the text ("WASHINGTON —", "(CNN) --"): where and who filed it, not a source. */
function isDateline(s: Sentence, source: AttributionSpan): boolean {
  const after = s.text.slice(source.end - s.start, source.end - s.start + 4);
  return !/\p{Ll}/u.test(source.text) && /^\)?\s*[—–-]/u.test(after);
}

function resolve(
  a: Attribution,
  language: string,
  languages: Languages,
  generic: ReadonlySet<string>,
  earlier: readonly string[],
  relayed = false,
  placed = placeQualified(a, language, languages, generic),
  isPerson: (source: string) => boolean | undefined = () => undefined,
): string | null {
  // "Sources close to the situation said", "investigators said": a described source is named by its
  // description; "the (same) source said" after "a source close to the doctor told CNN" is that source.
  if (a.kind === "phrase") return anaphorOf(a.source.text, language, languages, earlier) ?? describedSource(a.source.text, language, languages);
  // "citing internal council documents": a described document is a source of its own.
  const words = a.source.text.split(/\s+/);
  const article = (w: string): boolean => (languages.pack(language)?.citations?.articles ?? []).includes(w.toLowerCase());
  if (relayed && a.kind === "generic" && words.filter((w) => !article(w)).length >= 2) return words.filter((w, i) => i > 0 || !article(w)).join(" ");
  const name = sourceName(a.source.text, language, languages);
  // "Kelly’s first claims": a possessive qualifies a noun after it (the cue read as a noun), it says nothing.
  if (name && /['’]s$/u.test(name)) return null;
  if (placed) return placed.source;
  if (a.kind === "named" && name) return name;
  // "Clinic workers told", "Inside sources say": capitalised only because it opens the sentence.
  if (a.kind === "named" && !name && !/\s\p{Lu}/u.test(a.source.text)) return describedSource(a.source.text, language, languages);
  // "The Israeli military radio station said", "a NY1 representative said": a name qualifies a noun that describes the source.
  if (a.kind === "named" && !name && !generic.has(lastWord(a.source).toLowerCase())) {
    // "France's far-right party leader, Marine Le Pen": the appositive is the name; any other
    // stretch across a comma is two clauses, not one noun phrase.
    if (a.source.text.includes(",")) {
      // "Henry Clay's biographers, David and Jeanne Heidler": names joined by a connector are one source.
      const last = a.source.text.split(",").pop()!.trim();
      const connectors = new Set(languages.pack(language)?.citations?.nameConnectors ?? []);
      const words = last.split(/\s+/);
      return last && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && i < words.length - 1 && connectors.has(w))) ? last : null;
    }
    return describedByName(a.source.text, language, languages);
  }
  // "the report", "the documents": the earlier source with the same head noun ("the source" → "a source close to the doctor").
  const head = lastWord(a.source).toLowerCase();
  // "officials familiar with the system", "sources close to the talks": a described source whose noun a speaker's
  // modifier follows (`speakerModifiers`); not "the report released", a noun and a participle after it.
  if (!generic.has(head)) return name ?? (modifiedNoun(words, generic, language, languages) ? describedSource(a.source.text, language, languages) : null);
  const before = [...earlier].reverse();
  const lastOf = (e: string): string => e.split(/\s+/).pop()!.toLowerCase();
  const found = earlierWithHead(head, language, languages, earlier);
  if (found) return found;
  // "the publication", "Издание": an outlet noun stands for the last outlet named; "the report", "the letter" name themselves.
  // Not for a body or a person ("according to Kestria police, the newspaper reported": police is no newspaper; nor are
  // "officials in Moscow", or "Mayor Jonas Brekke" named before): a source with a noun sources are named by, a person's name.
  const outletNouns = new Set((languages.pack(language)?.citations?.sourceDescriptors ?? []).flatMap((d) => d.split(" ")));
  const outlet = (e: string): boolean => !generic.has(lastOf(e)) && !e.split(/\s+/).some((w) => isSourceNoun(w, language, languages)) && isPerson(e) !== true;
  return (outletNouns.has(head) ? before.find(outlet) : undefined) ?? describedSource(a.source.text, language, languages);
}

/** The latest earlier source whose head is `head` ("the report" → "a report by the council"), else the latest holding it. */
function earlierWithHead(head: string, language: string, languages: Languages, earlier: readonly string[]): string | undefined {
  const before = [...earlier].reverse();
  const headStem = stem(head.toLowerCase(), language, languages);
  const stems = before.map((e) => readTokens(e, language, languages).map((t) => t.stem));
  return before[stems.findIndex((s) => s.at(-1) === headStem)] ?? before[stems.findIndex((s) => s.includes(headStem))];
}

/**
 * A source named again with a definite description of one noun ("the source", "the same source";
 * the pack's `sourceNamedAgain`) that an earlier source of the article has as its head ("a source
 * close to the doctor"): that source, not a new one. "A source", "the other source" and "a
 * fisherman" are read as written: they may be someone else.
 */
function anaphorOf(phrase: string, language: string, languages: Languages, earlier: readonly string[]): string | undefined {
  const k = languages.pack(language)?.citations;
  const again = k?.sourceNamedAgain;
  const words = phrase.toLowerCase().split(/\s+/);
  if (!k || !again || words.length < 2 || !again.determiners.includes(words[0]!)) return undefined;
  if (!words.slice(1, -1).every((w) => again.same.includes(w))) return undefined;
  // An earlier source's head is its last word before what describes it: "source" in "source close to the doctor".
  const modifiers = (k.speakerModifiers ?? []).map((m) => ` ${m.toLowerCase()} `);
  const headOf = (source: string): string => {
    const low = ` ${source.toLowerCase()} `;
    const cut = Math.min(...modifiers.map((m) => low.indexOf(m)).filter((i) => i > 0), low.length);
    return low.slice(0, cut).trim().split(/\s+/).at(-1) ?? "";
  };
  const head = stem(words.at(-1)!, language, languages);
  return [...earlier].reverse().find((e) => stem(headOf(e), language, languages) === head);
}

/** A pack's `sourceNouns` in lower case, made once per language. */
const lowerSourceNouns = perLanguage((language, languages): readonly string[] => (languages.pack(language)?.citations?.sourceNouns ?? []).map((n) => n.toLowerCase()));

/** A noun sources are named by ("police", "Behörden", "полиции"): a word starting like one of the pack's `sourceNouns`. */
function isSourceNoun(word: string, language: string, languages: Languages): boolean {
  const low = word.toLowerCase();
  return lowerSourceNouns(language, languages).some((n) => low.startsWith(n));
}

/**
 * "Officials in Moscow", "a spokesman for the ministry in Warsaw", "rzecznika w Warszawie": a
 * source whose only name follows a place preposition (the pack's `locativePrepositions`) after a
 * head noun that names no one. The place says where the source is, not who it is: a described
 * source, never the place; where the head is a name, the head ("Putin in Moscow" → Putin). Read
 * up to a comma (what follows is the clause). Null where this does not apply, as for a document:
 * "a report in the Times" is the Times'.
 */
function placeQualified(a: Attribution, language: string, languages: Languages, generic: ReadonlySet<string>): { source: string | null; described: boolean } | null {
  if (a.kind !== "named") return null;
  const pack = languages.pack(language);
  const places = pack?.citations?.locativePrepositions ?? [];
  const determiners = new Set([...(pack?.citations?.articles ?? []), ...(pack?.citations?.determiners ?? [])]);
  const phrase = a.source.text.split(",")[0]!.trim();
  const words = phrase.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && places.includes(w.toLowerCase()) && /^\p{Lu}/u.test(words[i + 1] ?? ""));
  if (at < 0) return null;
  // "A report Tuesday in …": a day says when, it is not a noun of the source.
  const nouns = words.slice(0, at).filter((w) => !determiners.has(w.toLowerCase()) && !isCalendarWord(w, language, languages));
  const sourceNoun = (w: string): boolean => isSourceNoun(w, language, languages);
  // "A report in the Times": a document's place is its outlet, the name stands.
  if (!nouns.length || (generic.has(nouns.at(-1)!.toLowerCase()) && !sourceNoun(nouns.at(-1)!))) return null;
  // A capital in the head is a source noun opening the sentence or, where every noun is capitalised,
  // a noun ("Officials", "Sprecher"); else the head is a name and the source ("Putin in Moscow",
  // "The Ministry of Defence in Moscow").
  const head = words.slice(0, at).join(" ");
  if (nouns.some((w) => /^\p{Lu}/u.test(w) && !sourceNoun(w))) return { source: sourceName(head, language, languages), described: false };
  return { source: describedSource(phrase, language, languages), described: true };
}

/**
 * A source a name only qualifies, named by its description from its first article or possessor
 * on: "The Israeli military radio station" → "Israeli military radio station", "On Monday the
 * Interior Ministry spokesman" → "Interior Ministry spokesman", "Last week Trump's lawyers" →
 * "Trump's lawyers"; without either, whole ("local Israeli media"), unless a preposition, a
 * joint or a day opens it ("Na konferencji w Warszawie minister").
 */
function describedByName(phrase: string, language: string, languages: Languages): string | null {
  const pack = languages.pack(language);
  const k = pack?.citations;
  const articles = new Set(k?.articles ?? []);
  const words = phrase.split(/\s+/);
  const at = words.findIndex((w) => articles.has(w.toLowerCase()) || /['’]s$/u.test(w));
  if (at >= 0) {
    // After an article, the words that follow it; a possessor is part of the description.
    const from = articles.has(words[at]!.toLowerCase()) ? at + 1 : at;
    return from < words.length ? describedSource(words.slice(from).join(" "), language, languages) : null;
  }
  const first = words[0]!.toLowerCase();
  const opens = [...(k?.clauseOpeners ?? []), ...(k?.sourcePrepositions ?? []), ...(pack?.entities?.placePrepositions ?? [])].includes(first);
  return opens || pack?.time?.weekdays.has(first) || pack?.dates?.months.has(first) ? null : describedSource(phrase, language, languages);
}

/**
 * A described source without its opening article: "the same source" → "same source". Null
 * for a stretch that is no noun phrase: one opened by a preposition ("in stories claiming"),
 * one holding a pronoun or a verb of saying ("he accidentally", "quoted"), lone stopwords.
 */
function describedSource(phrase: string, language: string, languages: Languages): string | null {
  const k = languages.pack(language)?.citations;
  if (!k) return null;
  const articles = new Set(k.articles);
  const all = phrase.split(/\s+/);
  const words = all.filter((w, i) => i > 0 || !articles.has(w.toLowerCase()));
  const low = words.map((w) => w.toLowerCase());
  if (!low.length || k.clauseOpeners.includes(low[0]!)) return null;
  // A verb form after a determiner is a noun: "the report", "a statement".
  const determiners = new Set([...k.articles, ...k.determiners]);
  // So is the last word of a phrase an article opens: "a pool report", "a congressional report".
  const verb = (w: string, i: number): boolean =>
    k.sayingVerbs.includes(w.toLowerCase()) && (i === 0 || !determiners.has(all[i - 1]!.toLowerCase())) && !(i === all.length - 1 && i > 0 && articles.has(all[0]!.toLowerCase()));
  if (low.some((w) => k.pronouns.includes(w)) || all.some(verb)) return null;
  if (low.length === 1 && (k.adverbEndings ?? []).some((e) => low[0]!.endsWith(e))) return null;
  const stop = stopwords(language, languages);
  return low.some((w) => !stop.has(w)) ? words.join(" ") : null;
}

/** Whether a noun sources are named by is followed by one of the language's speaker modifiers ("officials familiar with", "sources close to"). */
function modifiedNoun(words: readonly string[], generic: ReadonlySet<string>, language: string, languages: Languages): boolean {
  const modifiers = (languages.pack(language)?.citations?.speakerModifiers ?? []).map((m) => m.split(" "));
  const low = words.map((w) => w.toLowerCase());
  return low.some((w, i) => generic.has(w) && modifiers.some((m) => m.every((x, k) => low[i + 1 + k] === x)));
}

function lastWord(s: AttributionSpan): string {
  const words = s.text.split(/\s+/);
  return words[words.length - 1]!;
}
