/**
 * Attribution: who a sentence says a statement comes from. Finds a cue (a verb of saying,
 * "according to", "со ссылкой на") and the source on the side the language puts it: the
 * noun phrase before "said", after "according to", after an inverted "said" ("…," said X).
 * Language knowledge (src/lang/<code>/citations.ts) supplies the words; nothing here names one.
 * Where a language has a learned tagger (its pack's `attributionTagger`, read from
 * models/attribution-tagger.<code>.json), it reads each
 * sentence after the rules and decides which of their sources stand and which they missed.
 */
import type { Languages } from "../../lang/languages.js";
import type { CitationKnowledge } from "../../lang/types.js";
import { type Compiled, compile } from "./knowledge.js";
import { mergeLearned } from "./learned.js";
import { type AttributionToken, tokenise } from "./tokens.js";
import { caseEnding } from "../../lang/spelling.js";

export interface AttributionSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Attribution {
  readonly source: AttributionSpan;
  readonly cue: AttributionSpan;
  /** The relay that names the source ("X reported, citing Y": Y's relay is X). */
  readonly via: AttributionSpan | null;
  /** "named": has a capitalised name; "pronoun": he/she/who; "generic": "the report"; "phrase": any other noun phrase. */
  readonly kind: "named" | "pronoun" | "generic" | "phrase";
  /**
   * Who found it: the hand-written cue rules alone (a language with no learned model), the
   * learned tagger alone (PolNeAR's wider notion: thought, intent, evidence; not for citations),
   * or both (a rule reading the tagger confirmed, with the tagger's span boundaries).
   */
  readonly basis: "rules" | "learned" | "both";
  /**
   * The source as the rules bound it (null when only the tagger found it). Citations name
   * sources from this: the tagger learned PolNeAR's spans, which run on into appositives
   * and relative clauses ("Jonas Brekke, the mayor of Hollen, who …").
   */
  readonly ruleSource: AttributionSpan | null;
  /** For a relative pronoun speaking ("men who said"), the noun it stands for, and that noun's kind. */
  readonly antecedent?: { readonly span: AttributionSpan; readonly kind: Attribution["kind"] };
}

/** Longest source noun phrase read before a verb: "Russian Foreign Ministry spokeswoman Maria Zakharova" fits. */
const MAX_SOURCE_BEFORE = 9;
/** Longest stretch (tokens) between a speaker and its verb read as an appositive: a relative clause about the speaker fits. */
const MAX_APPOSITIVE = 30;
/** Longest source noun phrase read after a cue: "the Roper Center for Public Opinion Research" fits. */
const MAX_SOURCE_AFTER = 10;
/** Most words of a speaker named by a description after its verb ("…, agregó la referida agencia"). */
const MAX_ARTICLE_SPEAKER = 4;

const PUNCT = /^[^\p{L}\p{N}]$/u;

/** Where inside a source's phrase its holder is named ("… documents seen by the Gazette"), or -1. */
function heldAt(tokens: readonly AttributionToken[], src: readonly [number, number], c: Compiled): number {
  for (let j = src[0] + 1; j <= src[1]; j++) if (c.heldBy.some((p) => matchAt(tokens, j, p))) return j;
  return -1;
}

/** Words between a verb and the comma before what was said ("bestritt am Donnerstag, dass …"). */
const SAID_AFTER_WORDS = 3;

/** Most words of what a relay cites between the source of a closing verb and that verb ("wie X unter Berufung auf Dokumente der Behörde berichtete"). */
const MAX_RELAYED_WORDS = 8;

function matchAt(tokens: readonly AttributionToken[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, j) => tokens[i + j]?.low === w);
}

const isCapitalised = (t: AttributionToken): boolean => /^\p{Lu}/u.test(t.raw);

/** Attributions the hand-written rules find in one sentence; offsets are in the text the sentence came from. */
export function ruleAttributions(sentence: string, offset: number, language: string, languages: Languages): Attribution[] {
  const c = compile(language, languages);
  if (!c) return [];
  const tokens = tokenise(sentence, offset, c.titles);
  const span = (from: number, to: number): AttributionSpan => ({
    start: tokens[from]!.start,
    end: tokens[to]!.end,
    text: sentence.slice(tokens[from]!.start - offset, tokens[to]!.end - offset),
  });
  const out: Attribution[] = [];
  const used = new Set<number>();
  const closingVerbs = new Set<number>();
  // `shared`: the subject of two verbs ("Ms. Conway rejected the idea … and said that …") is the source of each.
  const take = (cueFrom: number, cueTo: number, found: [number, number] | null, via: AttributionSpan | null = null, shared = false): void => {
    if (!found) return;
    let src: [number, number] = found;
    if (!shared && (used.has(src[0]) || used.has(src[1]))) return;
    // A source holding one already read ("Barkley, who said he votes democratic, said …"; "A
    // neighbour of the victim, who told police …, said …") is the head before that appositive.
    const nested = shared ? -1 : tokens.slice(src[0], src[1] + 1).findIndex((_, k) => used.has(src[0] + k));
    if (nested >= 0) {
      // Only the sentence's opening subject: a head found after an earlier comma ("In March, the
      // company, which …"; "Residents of Paris, France, who …") is not known to be the speaker.
      const opening = tokens.slice(0, src[0]).every((t) => PUNCT.test(t.raw));
      const comma = tokens.slice(src[0], src[0] + nested).findIndex((t) => /^[,—–(]$/.test(t.raw));
      if (!opening || comma <= 0) return;
      src = [src[0], src[0] + comma - 1];
    }
    for (let i = src[0]; i <= src[1]; i++) used.add(i);
    const source = span(src[0], src[1]);
    out.push({ source, cue: span(cueFrom, cueTo), via, kind: kindOf(tokens.slice(src[0], src[1] + 1), c), basis: "rules", ruleSource: source });
  };

  for (let i = 0; i < tokens.length; i++) {
    // "quoted by", "quoted as saying" are cues of their own (below), not "quoted" and a relay.
    const relay = c.relay.find((p) => matchAt(tokens, i, p) && ![...c.after, ...c.verbs].some((a) => a.length > p.length && matchAt(tokens, i, a)));
    if (relay) {
      const src = phraseAfter(tokens, i + relay.length, c);
      // "X cited Y": X relays; "…, according to X, which cited Y" or "X reported, citing Y": the last source found.
      const subject = tokens[i - 1] && !PUNCT.test(tokens[i - 1]!.raw) ? phraseBefore(tokens, i, c) : null;
      const named = subject && kindOf(tokens.slice(subject[0], subject[1] + 1), c) !== "pronoun" ? subject : null;
      const relaySource = named ? span(named[0], named[1]) : out.length ? out[out.length - 1]!.source : null;
      take(i, i + relay.length - 1, src, relaySource);
      i += relay.length - 1;
      continue;
    }
    // "polise göre", "Reuters'a göre": the source is the phrase before the postposition.
    const postposition = c.before.find((p) => matchAt(tokens, i, p));
    if (postposition) {
      // A name ending in a place's case ("Ankara'da yapılan açıklamada") is where, not who.
      const placeCase = c.k.apostropheSuffixes === true && i > 0 && (c.k.placeSuffixes ?? []).includes(caseEnding(tokens[i - 1]!.raw) ?? "");
      const src = i > 0 && !PUNCT.test(tokens[i - 1]!.raw) && !placeCase ? phraseBefore(tokens, i, c) : null;
      if (src) take(i, i + postposition.length - 1, [src[0], src[1]]);
      i += postposition.length - 1;
      continue;
    }
    const after = c.after.find((p) => matchAt(tokens, i, p) && (p.length > 1 || isPhraseStart(tokens, i) || insideClauseCue(tokens, i, c)));
    if (after) {
      // "según informó la agencia Efe", "selon a déclaré": a verb of reporting right after the cue, before an article, is the cue's, not the source's.
      const verbAfter = c.verbs.find((p) => matchAt(tokens, i + after.length, p));
      const opensPhrase = verbAfter && c.articles.has(tokens[i + after.length + verbAfter.length]?.low ?? "") && isReportingCue(verbAfter.join(" "), language, languages);
      const src = phraseAfter(tokens, i + after.length + (opensPhrase ? verbAfter.length : 0), c);
      // "X said, quoted by Y": Y passes on what X said, the relay of the attribution just read.
      const last = out[out.length - 1];
      const between = last ? tokens.filter((t) => t.start >= Math.max(last.cue.end, last.source.end) && t.end <= tokens[i]!.start) : [];
      if (src && last && !last.via && c.k.relayAfter?.includes(after.join(" ")) && between.length > 0 && between.every((t) => PUNCT.test(t.raw))) {
        out[out.length - 1] = { ...last, via: span(src[0], src[1]) };
        for (let j = src[0]; j <= src[1]; j++) used.add(j);
        i += after.length - 1;
        continue;
      }
      if (after.length === 1 && c.k.verbClosed?.includes(after[0]!)) {
        // "wie die Polizei mitteilte", "as the Post reported": the verb closing the phrase is the cue;
        // without one the word compares ("Netzwerke wie Facebook", "as big as"). A relay may stand between
        // ("wie die Zeitung unter Berufung auf Dokumente der Behörde berichtete"): read on its own when the loop reaches it.
        let verbAt = src ? src[1] + 1 : -1;
        const relay = src ? c.relay.find((p) => matchAt(tokens, verbAt, p)) : undefined;
        if (relay)
          for (let j = verbAt + relay.length + 1; j < tokens.length && j <= verbAt + relay.length + MAX_RELAYED_WORDS && !PUNCT.test(tokens[j]!.raw); j++)
            if (c.verbs.some((p) => matchAt(tokens, j, p))) {
              verbAt = j;
              break;
            }
        const verb = src ? c.verbs.find((p) => matchAt(tokens, verbAt, p)) : undefined;
        if (src && verb && isReportingCue(verb.join(" "), language, languages) && isPhraseStart(tokens, i)) {
          take(verbAt, verbAt + verb.length - 1, src);
          closingVerbs.add(verbAt);
        }
      } else if (after.length > 1 || isPhraseStart(tokens, i) || (src && namesSource(tokens, src, c))) {
        // "according to port authority documents seen by the Harbour Gazette": the documents, held by the Gazette.
        const held = src ? heldAt(tokens, src, c) : -1;
        if (src && held > src[0]) {
          const phrase = c.heldBy.find((p) => matchAt(tokens, held, p))!;
          const holder = held + phrase.length <= src[1] ? span(held + phrase.length, src[1]) : null;
          take(i, i + after.length - 1, [src[0], held - 1], holder);
        } else take(i, i + after.length - 1, src);
      }
      i += after.length - 1;
      continue;
    }
    const joined = invertedPronoun(tokens, i, c);
    if (joined) {
      const cue = span(i, i + joined - 1);
      used.add(i);
      out.push({ source: span(i, i), cue, via: null, kind: "pronoun", basis: "rules", ruleSource: span(i, i) });
      i += joined - 1;
      continue;
    }
    // A verb read already as closing a "wie …" phrase is that phrase's cue.
    const verb = closingVerbs.has(i) ? undefined : c.verbs.find((p) => matchAt(tokens, i, p));
    // A capitalised verb counts only in a Title Case headline ("Trump Says …").
    const titleCase = isCapitalised(tokens[i - 1] ?? tokens[i]!) && isCapitalised(tokens[i + 1] ?? tokens[i]!);
    if (!verb || isCapitalised(tokens[i]!) && i > 0 && !titleCase) continue;
    const prev = tokens[i - 1];
    // "a report", "the claim": a noun, not a verb.
    if (prev && c.determiners.has(prev.low) && !c.aux.has(prev.low)) continue;
    if (verb.length === 1 && looksLikeNoun(tokens, i, c)) continue;
    const cueEnd = i + verb.length - 1;
    // "an 11-hour delay described as a “nightmare” by passengers": the passive's agent speaks, not the subject before the verb.
    const agent = passiveAgent(tokens, i, cueEnd, c);
    if (agent) {
      take(i, cueEnd, agent);
      i = cueEnd;
      continue;
    }
    if (c.k.verbFinal) {
      // The speaker opens the sentence; the words before the verb are what is said.
      const subject = verbFinalSubject(tokens, i, cueEnd, c);
      if (subject) take(i, cueEnd, subject);
      i = cueEnd;
      continue;
    }
    // Order of readings: an appositive ("X, a senior lawmaker, said"); after punctuation an
    // inverted speaker, a name or a noun phrase opened by an article ("…," said Trump; "…, сообщает
    // РБК"; "…, agregó la policía"); else the phrase before the verb; for
    // a participle or a second verb ("…, calling it", "and said") the subject opening the sentence.
    const participle = c.participles.some((e) => tokens[cueEnd]!.low.endsWith(e));
    // Read past auxiliaries before the verb ("X, the mayor, has said"; "…, ha informado la policía") and a day after it ("informó este miércoles la policía").
    let p = i - 1;
    while (p >= 0 && c.aux.has(tokens[p]!.low)) p--;
    const before0 = tokens[p];
    // A speaker follows a verb of saying after punctuation, or after a perfect's auxiliary there; not after "then", "also".
    const afterPunct = p === i - 1 || tokens.slice(p + 1, i).every((t) => c.k.perfectAuxiliaries?.includes(t.low));
    // A relative clause closing on a quotation has its comma inside the marks ("Humphrey, who calls Trump a “sociopath,” said").
    const quotedComma = !participle && before0 && /^["”»]$/.test(before0.raw) && tokens[p - 1]?.raw === "," ? relativeClauseHead(tokens, p - 1, c) : null;
    const apposed = quotedComma ? ([...quotedComma, p + 1] as [number, number, number]) : !participle && before0 && /^[,—–)-]$/.test(before0.raw) ? phraseBefore(tokens, i, c) : null;
    // An article-led speaker only where the verb does not follow a lone opening word ("Además, anunció la creación …").
    // Also after a pointer opening the sentence ("Das teilte die Polizei mit.": what the sentence before said, then who said it).
    const pointer = p === 0 && !!before0 && (c.k.pointingBack ?? []).includes(before0.low);
    const inverted =
      !participle && afterPunct && (!before0 || pointer || /^[,"“”«»—–:'’`-]$/.test(before0.raw)) ? phraseAfter(tokens, pastDay(tokens, cueEnd + 1, c), c, true, !(p === 1 && before0?.raw === ",")) : null;
    // An "appositive" after no name, holding a clause ("…un zoológico en … Krefeld (oeste) que acabó …,
    // informó la policía") is the statement itself when a speaker after the verb closes the clause.
    const appositive =
      apposed && inverted && (clauseNotAppositive(tokens, p, inverted, c) || clauseBeforeSpeaker(tokens, apposed, inverted, c) || predicateAfterName(tokens, apposed, c)) ? null : apposed;
    // "Trump continued to question Cruz, saying": a participle after a comma has the subject a verb before it took (and did not cite by).
    const cites = (a: Attribution): boolean => citesHere(sentence, offset, a, language, languages);
    const opening = participle && verb.length === 1 && p === i - 1 && before0?.raw === "," ? sentenceSubject(tokens, i, c) : null;
    const subjectTaken = opening ? sharedSubject(tokens, i, opening, out, c, cites) : null;
    if (subjectTaken) {
      take(i, cueEnd, subjectTaken, null, true);
      i = cueEnd;
      continue;
    }
    // "The company issued a statement to CNN saying …", "posted a video on Facebook saying": a participle's speaker is not
    // a noun a relay's preposition governs right before it (where the words went), but the sentence's subject (below).
    const beforeParticiple = participle && !appositive && !inverted && before0?.raw !== "," ? phraseBefore(tokens, i, c) : null;
    const governed = beforeParticiple !== null && relayGoverned(tokens, beforeParticiple[0], beforeParticiple[1], c);
    const nearest = appositive ?? (inverted || governed ? null : (beforeParticiple ?? phraseBefore(tokens, i, c)));
    // "Officials who spoke with The Huffington Post said": the phrase next to the verb ends a relative clause; the noun the clause is about speaks.
    const before = nearest && !appositive ? (embeddingHead(tokens, nearest, c) ?? nearest) : nearest;
    if (inverted && !appositive) take(i, cueEnd, inverted);
    else if (before) {
      take(before[2], cueEnd, [before[0], before[1]]);
      const noun = antecedent(tokens, before, c);
      const last = out[out.length - 1];
      if (noun && last?.source.start === tokens[before[0]]!.start) out[out.length - 1] = { ...last, antecedent: { span: span(noun[0], noun[1]), kind: kindOf(tokens.slice(noun[0], noun[1] + 1), c) } };
    }
    else if (participle || (prev && c.openers.has(prev.low))) {
      const subject = sentenceSubject(tokens, i, c, participle);
      // Or the phrase opening the sentence that another verb took ("A spokesman for Platte River declined to address it but said …").
      const first = tokens.findIndex((t) => !PUNCT.test(t.raw));
      const opening = out.find((a) => a.source.start === tokens[first]?.start);
      const openingSpan: [number, number] | null = opening ? [first, tokens.findIndex((t) => t.end === opening.source.end)] : null;
      const shared = subject ?? (openingSpan && openingSpan[1] >= first ? openingSpan : null);
      const taken = shared ? sharedSubject(tokens, i, shared, out, c, cites) : null;
      if (taken) take(i, cueEnd, taken, null, true);
      else if (subject) take(i, cueEnd, subject);
    }
    i = cueEnd;
  }
  return out.sort((a, b) => a.source.start - b.source.start);
}

/** Most words between a passive verb of saying and its agent: "described as a “nightmare” by" fits. */
const MAX_PASSIVE_GAP = 6;

/**
 * The agent of a passive verb of saying (`passive` in the language's knowledge): after a form of
 * "be" ("was called illegal by the ministry", "was confirmed by the harbour office"), or after a
 * noun the participle describes, with what it calls the noun between ("a delay described as a
 * “nightmare” by passengers"; not "said by phone", nor "The survey found Lind leading by seven
 * points", where the verb is active). The agent phrase must close the clause: "told by phone
 * that …" names no agent.
 */
function passiveAgent(tokens: readonly AttributionToken[], verbAt: number, cueEnd: number, c: Compiled): [number, number] | null {
  const passive = c.k.passive;
  if (!passive) return null;
  let p = verbAt - 1;
  while (p >= 0 && c.adverbs.has(tokens[p]!.low)) p--;
  const before = tokens[p];
  if (!before) return null;
  const afterBe = passive.auxiliaries.includes(before.low);
  // A noun the participle describes: a lowercase word that is no function word, or a closing quotation mark.
  const afterNoun = !afterBe && (/^[”"»]$/u.test(before.raw) || (!PUNCT.test(before.raw) && !isCapitalised(before) && !c.stop.has(before.low) && !c.clause.has(before.low) && !c.pronouns.has(before.low)));
  if (!afterBe && !(afterNoun && passive.complements.includes(tokens[cueEnd + 1]?.low ?? ""))) return null;
  for (let j = cueEnd + 1; j < tokens.length && j <= cueEnd + 1 + MAX_PASSIVE_GAP; j++) {
    const t = tokens[j]!;
    if (passive.agents.includes(t.low)) {
      const src = phraseAfter(tokens, j + 1, c);
      if (!src) return null;
      // The agent ends before a setting ("by the ministry in a statement"): a preposition before a lower-case word, not
      // one joining a name's parts ("by the head of the harbour office").
      let end = src[1];
      for (let k = src[0] + 1; k <= src[1]; k++)
        if (c.sourcePrepositions.has(tokens[k]!.low) && !c.connectors.has(tokens[k]!.low) && !isCapitalised(tokens[k + 1] ?? tokens[k]!)) {
          end = k - 1;
          break;
        }
      const next = tokens[end + 1];
      return !next || /^[,.;:!?)]$/u.test(next.raw) || dayAt(tokens, end + 1, c) || c.sourcePrepositions.has(next.low) ? [src[0], end] : null;
    }
    // What the verb calls it may be quoted ("as a “nightmare”"); other marks, or a clause word past its complement's word, end the search.
    if (PUNCT.test(t.raw) && !/^[“”"«»„'‘’]$/u.test(t.raw)) return null;
    if (c.clause.has(t.low) && !(j === cueEnd + 1 && passive.complements.includes(t.low))) return null;
    // After a noun, what the verb calls it is one phrase: a second one opening ("described as baseless the claims made by …")
    // is the verb's object, which the agent is of.
    if (!afterBe && j > cueEnd + 2 && c.determiners.has(t.low)) return null;
  }
  return null;
}

/**
 * The sentence's subject `subject` where a verb before `before` took it as its source and does
 * not cite by it (`cites`): the subject of two verbs ("Ms. Conway rejected the idea … and said that
 * …"; "Erin Brockovich, the activist, endorsed …, saying"), as that verb read it, whole ("Trump
 * campaign manager Corey Lewandowski"). Not after a verb that cites ("X said that the graffiti was
 * found … and reported to police" coordinates inside what X said), nor past a comma after that
 * verb followed (past a clause opener) by a capitalised word, a pronoun or a determiner: a clause
 * of its own may begin there ("Lind rejected the idea, but Reiss disagreed, saying"; this also
 * gives up "declined to address the report, the fees or the timetable but said").
 */
function sharedSubject(tokens: readonly AttributionToken[], before: number, subject: readonly [number, number], out: readonly Attribution[], c: Compiled, cites: (a: Attribution) => boolean): [number, number] | null {
  const earlier = out.filter((a) => a.source.start <= tokens[subject[0]]!.start && a.source.end >= tokens[subject[1]]!.end);
  if (earlier.length === 0 || earlier.some(cites)) return null;
  const cueEnd = Math.max(...earlier.map((a) => a.cue.end));
  for (let j = 0; j < before - 1; j++) {
    if (tokens[j]!.start < cueEnd || tokens[j]!.raw !== ",") continue;
    let k = j + 1;
    if (c.openers.has(tokens[k]!.low)) k++;
    const t = tokens[k]!;
    if (k < before && (isCapitalised(t) || c.pronouns.has(t.low) || c.determiners.has(t.low))) return null;
  }
  const from = tokens.findIndex((t) => t.start === earlier[0]!.source.start);
  const to = tokens.findIndex((t) => t.end === earlier[0]!.source.end);
  return from >= 0 && to >= from ? [from, to] : [subject[0], subject[1]];
}

/**
 * The pronoun or capitalised name opening the sentence, when it comes before `before`; for a
 * participle (`described`), also a subject a determiner opens.
 */
function sentenceSubject(tokens: readonly AttributionToken[], before: number, c: Compiled, described = false): [number, number] | null {
  let i = 0;
  // "At the time, Sanders …": an opening adverbial ends at its comma; at the first comma a name
  // and a lower-case word follow, where it holds commas of its own ("At an event in Ames, Iowa,
  // on Sunday, Mrs. Clinton tried …").
  if (c.openers.has(tokens[0]?.low ?? "")) {
    const commas = tokens.flatMap((t, j) => (j < before && t.raw === "," ? [j] : []));
    const namedAfter = (j: number): boolean => {
      let k = j + 1;
      if (!tokens[k] || !isCapitalised(tokens[k]!) || c.stop.has(tokens[k]!.low)) return false;
      while (k + 1 < before && isCapitalised(tokens[k + 1]!)) k++;
      const next = tokens[k + 1];
      return !!next && !PUNCT.test(next.raw) && !isCapitalised(next);
    };
    const comma = commas.find(namedAfter) ?? commas[0];
    if (comma !== undefined && comma > 0) i = comma + 1;
  }
  while (i < before && (c.openers.has(tokens[i]!.low) || PUNCT.test(tokens[i]!.raw))) i++;
  const t = tokens[i];
  if (!t || i >= before) return null;
  // A pronoun opening a sentence is its subject (a relative pronoun cannot open one).
  if (c.pronouns.has(t.low)) return [i, i];
  // "The ferry company later walked back the comments, saying …": a described subject, where the verb plainly begins after it.
  if (described && c.determiners.has(t.low)) return describedSubject(tokens, i, before, c);
  if (!isCapitalised(t) || c.stop.has(t.low)) return null;
  let end = i;
  while (end + 1 < before && (isCapitalised(tokens[end + 1]!) || c.connectors.has(tokens[end + 1]!.low) && isCapitalised(tokens[end + 2] ?? t))) end++;
  // "Russian officials met …, saying": a capitalised word before a noun people and bodies speaking are named by (the pack's
  // `sourceNouns`, as written or plural) describes them; the subject is both. Not a verb that begins like one ("posted").
  const next = tokens[end + 1];
  if (next && end + 1 < before && !isCapitalised(next) && (c.k.sourceNouns ?? []).some((n) => next.low === n || next.low === `${n}s`)) end++;
  return [i, end];
}

/** A word that ends in one of `endings` with more than two letters before it ("saying", "walked"; not "sing", "red"). */
const endsInForm = (low: string, endings: readonly string[]): boolean => endings.some((e) => low.length > e.length + 2 && low.endsWith(e));

/** Most words of a subject a determiner opens: "One employee at a software firm" is read as its first words. */
const MAX_DESCRIBED_SUBJECT = 6;

/**
 * The subject a determiner opens at `from` ("The ferry company", "A Clinton campaign official",
 * "His chief aide"), ended where the verb plainly begins: an auxiliary, a preverbal adverb, a
 * word with a finite verb's ending (`finiteVerbEndings`), or a comma; null where no such end is
 * found before `before` (the words cannot be told from the verb's).
 */
function describedSubject(tokens: readonly AttributionToken[], from: number, before: number, c: Compiled): [number, number] | null {
  if (c.finiteEndings.length === 0) return null;
  let end = from;
  while (end + 1 < before && end - from < MAX_DESCRIBED_SUBJECT) {
    const n = tokens[end + 1]!;
    if (PUNCT.test(n.raw) || c.stop.has(n.low) || c.aux.has(n.low) || isPreverbalAdverb(tokens, end + 1, c) || (!isCapitalised(n) && endsInForm(n.low, c.finiteEndings))) break;
    end++;
  }
  const next = tokens[end + 1];
  if (end === from || !next) return null;
  const verbBegins = next.raw === "," || c.aux.has(next.low) || isPreverbalAdverb(tokens, end + 1, c) || (!isCapitalised(next) && endsInForm(next.low, c.finiteEndings));
  return verbBegins ? [from, end] : null;
}

/**
 * A verb of saying with its subject pronoun joined after it ("précise-t-il", "a-t-elle ajouté"):
 * how many tokens the cue takes (1 or 2), or 0.
 */
function invertedPronoun(tokens: readonly AttributionToken[], i: number, c: Compiled): number {
  const base = withoutPronounEnding(tokens[i]!.low, c);
  if (base === tokens[i]!.low) return 0;
  if (c.verbs.some((p) => p.length === 1 && p[0] === base)) return 1;
  return tokens[i + 1] && c.verbs.some((p) => p.length === 2 && p[0] === base && p[1] === tokens[i + 1]!.low) ? 2 : 0;
}

/**
 * The noun a relative pronoun speaking stands for: "complaints from men who said" → "men", "the
 * minister, who said" → "the minister"; null when the source is no relative pronoun or nothing
 * fit comes before it.
 */
function antecedent(tokens: readonly AttributionToken[], [from, to]: readonly [number, number, number], c: Compiled): [number, number] | null {
  if (from !== to || !c.k.relativePronouns?.includes(tokens[from]!.low) || from === 0) return null;
  const at = tokens[from - 1]!.raw === "," ? from - 1 : from;
  const head = phraseBefore(tokens, at, c);
  if (!head || c.pronouns.has(tokens[head[1]]!.low)) return null;
  // The last noun before the pronoun: "complaints from men" → "men".
  let start = head[0];
  for (let j = head[1] - 1; j >= head[0]; j--) {
    const t = tokens[j]!;
    if (c.openers.has(t.low) || (c.sourcePrepositions.has(t.low) && !isCapitalised(tokens[j + 1]!))) {
      start = j + 1;
      break;
    }
  }
  return [start, head[1]];
}

/** A speaker read after its verb that ends its clause and is not a day ("…, informó la policía."; not "said Monday"). */
function closesClause(tokens: readonly AttributionToken[], [from, to]: readonly [number, number], c: Compiled): boolean {
  const next = tokens[to + 1];
  return (!next || /^[,.;]$/.test(next.raw)) && !tokens.slice(from, to + 1).every((t) => c.days.has(t.low) || c.months.has(t.low) || /^\d/.test(t.raw));
}

/**
 * Where the verb closes the sentence (`verbFinal`), its speaker opens it: the words up to the
 * first comma ("İçişleri Bakanı Ali Yılmaz, … söyledi"), when they hold a name or a noun sources
 * are named by and no day ("Dün akşam, …"); without a comma, a name of two or more words
 * opening the sentence, else a noun sources are named by in the subject's case among its first
 * words ("kule görevlileri … söyledi"). Null for a verb inside the sentence (a clause of its own).
 */
function verbFinalSubject(tokens: readonly AttributionToken[], verbAt: number, cueEnd: number, c: Compiled): [number, number] | null {
  const next = tokens[cueEnd + 1];
  if (next && !/^[.,;!?"”»'’)]$/u.test(next.raw)) return null;
  let from = 0;
  while (from < verbAt && (PUNCT.test(tokens[from]!.raw) || c.openers.has(tokens[from]!.low))) from++;
  if (from >= verbAt) return null;
  let comma = -1;
  for (let j = from + 1; j < verbAt && j - from <= MAX_SOURCE_BEFORE; j++) {
    if (/^["“”«»„]$/u.test(tokens[j]!.raw)) break;
    if (tokens[j]!.raw === ",") {
      comma = j;
      break;
    }
  }
  if (comma > from) {
    const words = tokens.slice(from, comma);
    // A name inside the stretch (not only its first word, capitalised by position), or a noun
    // sources are named by; not an adverbial ("Öte yandan", "Geçen hafta", "Ankara'da").
    const named = words.some((t, k) => k > 0 && isCapitalised(t)) || (words.length === 1 && isCapitalised(words[0]!) && !c.stop.has(words[0]!.low));
    const sourceNoun = words.some((t) => isSourceNoun(t.low, c));
    const text = words.map((t) => t.low).join(" ");
    const when = words.some((t) => c.days.has(t.low) || /^\d/.test(t.raw)) || c.timePhrases.some((p) => text.includes(p));
    const placed = c.k.apostropheSuffixes === true && caseEnding(words.at(-1)!.raw) !== null;
    if ((named || sourceNoun) && !when && !placed) return [from, comma - 1];
    return null;
  }
  let end = from;
  while (end + 1 < verbAt && isCapitalised(tokens[end + 1]!)) end++;
  if (end > from && isCapitalised(tokens[from]!)) return [from, end];
  // Else a noun sources are named by (the pack's own `sourceNouns`), in the subject's case, among the first words ("Bu
  // arada kule görevlileri uçağın altında … gördüğünü söyledi"), with the bare noun before it that says whose ("kule": the
  // tower's) and a role it has after it ("Emniyet yetkilisi"). Opening the sentence alone, only bare or plural: "Polisi
  // arayan vatandaşlar" has the police as its object (the accusative ends as the possessive does).
  for (let j = from; j < verbAt - 1 && j - from < SUBJECT_NOUN_REACH; j++) {
    const t = tokens[j]!;
    if (PUNCT.test(t.raw) || /^\d/.test(t.raw)) return null;
    const ending = subjectEnding(t.low, c);
    if (ending === null) continue;
    const before = tokens[j - 1];
    // The noun saying whose opens the subject: at the start, or after words that do nothing else ("Bu arada kule …");
    // after a content word it ends a clause before ("Olay yerine gelen polis", "Sabah saatlerinde polis").
    const opensSubject = j - 1 === from || (j - 2 >= 0 && isFunctionWord(tokens[j - 2]!, c));
    const modifier = j > from && !!before && opensSubject && isBareModifier(before, c);
    if (!modifier && !c.k.bareSubjectEndings?.includes(ending)) return null;
    // "Emniyet yetkilisi", "Polis sözcüsü": a source noun of its own with a possessive after it names who of the body speaks.
    const role = j + 1 < verbAt - 1 ? subjectEnding(tokens[j + 1]!.low, c) : null;
    const end = role !== null && !c.k.bareSubjectEndings?.includes(role) ? j + 1 : j;
    return [modifier ? j - 1 : j, end];
  }
  return null;
}

/** Words from a verb-final sentence's start within which its subject's noun is looked for. */
const SUBJECT_NOUN_REACH = 4;

/**
 * The ending after one of the pack's `sourceNouns` that a subject takes (`subjectEndings`: bare,
 * plural, possessive: "görevlileri", "yetkilisi", "valiliği"), or null: not such a noun, or
 * another case ("polise", "polisten").
 */
function subjectEnding(low: string, c: Compiled): string | null {
  const endings = c.k.subjectEndings;
  if (!endings) return null;
  for (const n of c.k.sourceNouns ?? []) if (low.startsWith(n) && endings.includes(low.slice(n.length))) return low.slice(n.length);
  return null;
}

/**
 * Whether the phrase [from, to] before a participle is where words went rather than who spoke: a
 * relay's one-word marker right before it, past articles ("to CNN on Thursday saying"), or one
 * inside it followed by nothing but a name to its end ("a video on Facebook saying"); not a
 * speaker described by a place ("officials on the island saying").
 */
function relayGoverned(tokens: readonly AttributionToken[], from: number, to: number, c: Compiled): boolean {
  let k = from - 1;
  while (k >= 0 && c.articles.has(tokens[k]!.low)) k--;
  if (k >= 0 && c.relayWords.has(tokens[k]!.low)) return true;
  for (let j = from + 1; j < to; j++) {
    if (!c.relayWords.has(tokens[j]!.low)) continue;
    const rest = tokens.slice(j + 1, to + 1);
    if (rest.length > 0 && rest.every((t) => isCapitalised(t))) return true;
  }
  return false;
}

/** A stop word, a determiner, an opener or a mark: what does nothing in a phrase but join or point. */
function isFunctionWord(t: AttributionToken, c: Compiled): boolean {
  return PUNCT.test(t.raw) || c.stop.has(t.low) || c.determiners.has(t.low) || c.openers.has(t.low);
}

/**
 * A word that may say whose a subject's noun is ("kule görevlileri", "hastane yetkilisi"): not a
 * function word, a day or part of one ("Dün akşam polis"), a participle ("arayan"), nor a word in a
 * case of place or direction ("Ankara'da", "yerine", "saatlerinde").
 */
function isBareModifier(t: AttributionToken, c: Compiled): boolean {
  if (/^\d/.test(t.raw) || isFunctionWord(t, c)) return false;
  if (c.days.has(t.low) || c.dayParts.has(t.low) || caseEnding(t.raw) !== null) return false;
  return !(c.k.modifierNotEndings ?? []).some((e) => t.low.endsWith(e));
}

/** Where the words after a verb go on past a day it names ("este miércoles", "w piątek", "on Friday"): else `from`. */
function pastDay(tokens: readonly AttributionToken[], from: number, c: Compiled): number {
  for (let j = from; j < tokens.length && j <= from + 2; j++) {
    const t = tokens[j]!;
    if (c.days.has(t.low)) return tokens[j + 1] && !PUNCT.test(tokens[j + 1]!.raw) ? j + 1 : from;
    if (!(c.openers.has(t.low) || c.determiners.has(t.low) || c.articles.has(t.low) || c.stop.has(t.low))) return from;
  }
  return from;
}

/** Whether a word starts like a noun sources are named by ("Polizei", "пресс-служба", "sieć"). */
function isSourceNoun(low: string, c: Compiled): boolean {
  return c.sourceNouns.some((n) => low.startsWith(n));
}

/** A word without the subject pronoun joined to its end ("précise-t-il" → "précise", "a-t-elle" → "a"). */
function withoutPronounEnding(low: string, c: Compiled): string {
  const ending = c.k.invertedPronouns?.find((e) => low.length > e.length && low.endsWith(e));
  return ending ? low.slice(0, -ending.length) : low;
}

function isPhraseStart(tokens: readonly AttributionToken[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || PUNCT.test(prev.raw) || /^\p{Lu}/u.test(tokens[i]!.raw);
}

/**
 * A one-word cue inside a clause ("bestätigten laut der Nachrichtenagentur APA", "murieron
 * según la policía", "per the report") may name a source: not after a determiner ("il secondo
 * giorno"), never one the language keeps to a clause's opening (German "wie": "Netzwerke wie
 * Facebook"; "zufolge" follows its noun). Whether it does is read from the phrase (namesSource).
 */
function insideClauseCue(tokens: readonly AttributionToken[], i: number, c: Compiled): boolean {
  const prev = tokens[i - 1];
  return !!tokens[i + 1] && !(prev && c.determiners.has(prev.low)) && !c.k.clauseInitialOnly?.includes(tokens[i]!.low);
}

/**
 * The phrase after a one-word cue inside a clause names a source when, past an article, it holds
 * an acronym ("APA", "US-Behörden") or a noun sources are named by ("Polizei", "the report", "la
 * policía"), or, where only names are capitalised, is a bare name ("per Reuters"). Not "laut über
 * Neuwahlen", "riefen laut Parolen", "según la región", "per Netflix subscriber", "laut Freitagnacht".
 */
function namesSource(tokens: readonly AttributionToken[], [from, to]: readonly [number, number], c: Compiled): boolean {
  let start = from;
  while (start < to && c.bridges.has(tokens[start]!.low)) start++;
  const words = tokens.slice(start, to + 1);
  if (c.stop.has(words[0]!.low) || c.months.has(words[0]!.low) || c.weekdays.some((w) => words[0]!.low.startsWith(w))) return false;
  const sourceNoun = (t: AttributionToken): boolean => /^\p{Lu}{2,}/u.test(t.raw) || isSourceNoun(t.low, c) || isSourceNoun(t.low.split("-").pop()!, c);
  if (words.some(sourceNoun)) return true;
  return !c.k.nounsCapitalised && start === from && words.every(isCapitalised);
}

/**
 * The noun phrase ending right before a verb (auxiliaries skipped): [start, end, cueStart].
 * Walks back over name words, determiners and nouns; stops at punctuation or a clause word.
 * "X, a senior lawmaker, said" reaches back over the appositive to X.
 */
function phraseBefore(tokens: readonly AttributionToken[], verbAt: number, c: Compiled): [number, number, number] | null {
  let end = verbAt - 1;
  while (end >= 0 && (c.aux.has(tokens[end]!.low) || isPreverbalAdverb(tokens, end, c))) end--;
  const cueStart = end + 1;
  const untilDay = end;
  end = beforeDay(tokens, end, c);
  // An auxiliary before the day: "Brekke hat am Montag erklärt", "The company has on Monday denied".
  // Lower case only: "Brian May on Monday said" ends in a name.
  if (end !== untilDay) while (end >= 0 && c.aux.has(tokens[end]!.low) && !isCapitalised(tokens[end]!) && !c.pronouns.has(tokens[end]!.low)) end--;
  // A capitalised word left before the day ends a name ("Brian May on Monday said"), whatever it also means as a word.
  const nameBeforeDay = end !== untilDay && isCapitalised(tokens[end]!);
  if (end < 0) return null;
  if (/^[,—–)-]$/.test(tokens[end]!.raw)) {
    // An appositive or parenthesis between speaker and verb: "Zhuravlev, a senior lawmaker in the
    // Duma, said", "Karimi, executive director of X, said", "Rep. Hank Johnson (D-Ga.) said". The
    // speaker is the nearest name before a separator; "…давление на Венесуэлу, сообщает" has none.
    // A relative clause about the speaker holds separators and names of its own ("Sandy Phillips,
    // who lost her daughter in Aurora, Colorado, in July 2012, said"): the speaker is the name its
    // relative pronoun follows, not the last name inside it.
    const relative = relativeClauseHead(tokens, end, c);
    if (relative) return [relative[0], relative[1], cueStart];
    // A chain of appositives ("Geoff Garin, a pollster working with Priorities USA, a pro-Clinton group, said"): a head that
    // is itself a description after a comma (opening with a lower-case article) holds a name that is not the speaker; the
    // speaker is the head before it, where there is one.
    let described: [number, number, number] | null = null;
    for (let j = end - 1; j > 0 && end - j <= MAX_APPOSITIVE; j--) {
      const t = tokens[j]!;
      if (/^["“”«»]$/.test(t.raw)) break;
      if (!/^[,—–(-]$/.test(t.raw)) continue;
      const head = phraseBefore(tokens, j, c);
      const last = head && tokens[head[1]]!;
      // "A Twitter spokesman, Christopher Abboud, said": the name may be the appositive itself.
      const namedInside = tokens.slice(j + 1, end).every((x) => isCapitalised(x) || x.raw === ".") && end > j + 1;
      const named = head && tokens.slice(head[0], head[1] + 1).some(isCapitalised);
      if (!head || !last || !(named || c.pronouns.has(last.low) || namedInside)) continue;
      const found: [number, number, number] = [head[0], tokens[end]!.raw === ")" ? end : end - 1, cueStart];
      // "In Lindholm, the mayor, Marta Lindqvist, said": a name as the appositive is the speaker's.
      if (namedInside || c.pronouns.has(last.low)) return found;
      const first = tokens[head[0]]!;
      const before = tokens[head[0] - 1];
      // A description after a comma ("…, a pro-Clinton group,"), or a name inside a phrase ("working with Priorities USA",
      // "an adviser to Marta Lindqvist"): the speaker is a head further back, where there is one.
      const description = before?.raw === "," && c.articles.has(first.low) && !isCapitalised(first);
      const inPhrase = !!before && !/^[,;:—–(-]$/.test(before.raw);
      if (description || inPhrase) {
        described ??= found;
        continue;
      }
      return found;
    }
    return described;
  }
  // "…and warned", "by saying": the speaker is the subject of another clause, not a word next to the verb.
  if (PUNCT.test(tokens[end]!.raw) || (!nameBeforeDay && (c.openers.has(tokens[end]!.low) || c.clause.has(tokens[end]!.low) && !c.pronouns.has(tokens[end]!.low)))) return null;
  let start = end + 1;
  while (start - 1 >= 0 && end - start + 1 < MAX_SOURCE_BEFORE) {
    const t = tokens[start - 1]!;
    // An apostrophe only inside a name, joined to the word before it ("O'Brien", "Reuters'"): not a quotation's two ('' … '').
    if (PUNCT.test(t.raw) && !((t.raw === "'" || t.raw === "’") && start - 2 >= 0 && tokens[start - 2]!.end === t.start && !PUNCT.test(tokens[start - 2]!.raw))) break;
    // A connector joins two names ("Clinton and Trump said"), not a verb to a name ("expire and Netanyahu").
    const joinsNames = c.connectors.has(t.low) && !!tokens[start - 2] && isCapitalised(tokens[start - 2]!);
    const inside = isCapitalised(t) || c.determiners.has(t.low) || joinsNames || !c.connectors.has(t.low) && !c.clause.has(t.low) && !c.openers.has(t.low) && !isVerbLike(tokens, start - 1, c);
    if (!inside) break;
    start--;
    if (c.pronouns.has(t.low)) break;
  }
  // Drop leading prepositions and determiners that belong to the clause before; not a capitalised
  // word opening a run of names that the pack's own word lists do not hold ("Jo Smith", "New York
  // police"): the general stop-word lists hold first names and place words. Not where every noun is
  // capitalised: "Im Hafen", "Zum Damm" open with a preposition.
  const opensName = (i: number): boolean => i < end && isCapitalised(tokens[i + 1]!) && opensNameRun(tokens[i]!.raw, c);
  while (start < end && !opensName(start) && (c.openers.has(tokens[start]!.low) || c.stop.has(tokens[start]!.low) && !c.determiners.has(tokens[start]!.low) && !c.pronouns.has(tokens[start]!.low))) start++;
  if (start > end) {
    const t = tokens[end]!;
    return c.pronouns.has(t.low) ? [end, end, cueStart] : null;
  }
  if (!c.pronouns.has(tokens[start]!.low)) start = describedSpeaker(tokens, start, c) ?? start;
  // One word that is neither a name, a pronoun nor a noun ("Having", "just") is no speaker.
  if (start === end && !c.pronouns.has(tokens[end]!.low) && !isCapitalised(tokens[end]!) && (c.stop.has(tokens[end]!.low) || c.participles.some((e) => tokens[end]!.low.endsWith(e)))) return null;
  if (start === end && isCapitalised(tokens[end]!) && c.stop.has(tokens[end]!.low) && !c.pronouns.has(tokens[end]!.low)) return null;
  return [start, end, cueStart];
}

/** Most words of a relative clause read between its pronoun and the phrase before the verb: "who spoke with" fits. */
const MAX_EMBEDDED_WORDS = 4;

/**
 * The noun a relative clause is about, where the phrase read before the verb ends that clause:
 * "Current and former officials who spoke with The Huffington Post said", "the people who know
 * Lind say". The pronoun must follow a noun, not a comma (an appositive's clause is read by
 * relativeClauseHead), and not be an article; words of the clause's own, not only adverbs, stand
 * between it and the phrase.
 */
function embeddingHead(tokens: readonly AttributionToken[], [start, , cueStart]: readonly [number, number, number], c: Compiled): [number, number, number] | null {
  const relatives = c.k.relativePronouns ?? [];
  for (let r = start - 1; r > 0 && start - r <= MAX_EMBEDDED_WORDS + 1; r--) {
    const t = tokens[r]!;
    if (PUNCT.test(t.raw)) return null;
    if (!relatives.includes(t.low) || c.articles.has(t.low)) continue;
    // With only adverbs between, the pronoun is the verb's object and the phrase its subject: "a
    // trend that the foundation predicts", "a policy that even the mayor says is needed".
    if (tokens.slice(r + 1, start).every((_, k) => c.aux.has(tokens[r + 1 + k]!.low) || isPreverbalAdverb(tokens, r + 1 + k, c))) return null;
    if (PUNCT.test(tokens[r - 1]!.raw)) return null;
    const head = phraseBefore(tokens, r, c);
    if (!head || c.pronouns.has(tokens[head[1]]!.low) || relatives.includes(tokens[head[1]]!.low)) return null;
    return [head[0], head[1], cueStart];
  }
  return null;
}

/**
 * Whether the tokens leave a quotation open: an odd number of straight marks, or more opening
 * marks than closing ones (“ closing after a „, as German writes). Within the sentence only: the
 * text's quotations across sentences are read by src/text/quotations.ts, which citations ask.
 */
function openQuotation(tokens: readonly AttributionToken[]): boolean {
  let straight = 0;
  let opened = 0;
  let low = false;
  for (const t of tokens) {
    if (t.raw === '"') straight++;
    else if (t.raw === "„") {
      low = true;
      opened++;
    } else if (t.raw === "“") opened += low ? -1 : 1;
    else if (t.raw === "«") opened++;
    else if (t.raw === "”" || t.raw === "»") opened--;
  }
  return straight % 2 === 1 || opened > 0;
}

/**
 * The speaker a relative clause describes, where that clause runs from a comma after the
 * speaker's name to the comma `end` before the verb: "Sandy Phillips, who lost her daughter …,
 * said", "Humphrey, who calls Trump a “sociopath,” said". The relative pronoun must not also be
 * an article (German "die"), and the head a name; a participle's clause is about the name
 * opening the sentence only.
 */
function relativeClauseHead(tokens: readonly AttributionToken[], end: number, c: Compiled): [number, number] | null {
  const relatives = c.k.relativePronouns ?? [];
  for (let j = end - 2; j > 0 && end - j <= MAX_APPOSITIVE; j--) {
    const next = tokens[j + 1]!;
    if (tokens[j]!.raw !== ",") continue;
    // Or a participle's clause about the sentence's opening subject: "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said".
    const participial = !isCapitalised(next) && endsInForm(next.low, c.participles);
    if (!participial && (!relatives.includes(next.low) || c.articles.has(next.low))) continue;
    // A one-word name opening the sentence, though the stop list holds it as a word ("Small, who attended the rally, said").
    const head = phraseBefore(tokens, j, c) ?? (j === 1 && isCapitalised(tokens[0]!) && !c.pronouns.has(tokens[0]!.low) ? [0, 0] : null);
    if (!head || c.pronouns.has(tokens[head[1]]!.low)) return null;
    if (!tokens.slice(head[0], head[1] + 1).some(isCapitalised)) return null;
    if (participial && !tokens.slice(0, head[0]).every((t) => PUNCT.test(t.raw))) return null;
    // A name inside a quotation is the speech's, not the speaker ("“I met Reiss, who runs the ferry, and he agreed,” said Lind").
    if (openQuotation(tokens.slice(0, head[0]))) return null;
    // The clause may be about the last of a chain of appositives opening the sentence: the whole
    // chain is the speaker's phrase, named as a source is ("Anton Reiss, chief of Nordic Lines,
    // which runs the ferry, said" → Anton Reiss; "The head of the Krefeld police, Gerd Hoppmann,
    // who …, said" → Gerd Hoppmann).
    if (head[0] > 1 && tokens[head[0] - 1]!.raw === ",") {
      const outer = phraseBefore(tokens, head[0] - 1, c);
      if (outer && tokens.slice(0, outer[0]).every((t) => PUNCT.test(t.raw)) && !c.pronouns.has(tokens[outer[1]]!.low)) return [outer[0], head[1]];
    }
    return [head[0], head[1]];
  }
  return null;
}

/**
 * Where a speaker ends before a day between it and the verb ("The company on Wednesday denied", "Lind last week said",
 * "Trump on March 3 said", "Officials Monday through Wednesday said", "Le ministre le 3 mars a
 * déclaré", "Министр 3-го марта заявил"): a run of days, months, numbers and lower-case function
 * words before them (prepositions, articles) holding a day or a month is not the speaker. A month written after
 * a capitalised word is part of a name ("Brian May on Monday said"). `end` as it is when no such
 * run ends there, or when nothing would be left before it.
 */
function beforeDay(tokens: readonly AttributionToken[], end: number, c: Compiled): number {
  // A phrase of relative time: "Dianne Feinstein last week said", "Der Minister letzte Woche sagte".
  const phrase = c.timePhraseWords.find((p) => p.length <= end && matchAt(tokens, end - p.length + 1, p));
  // A parenthesis may close the name before it: "Dianne Feinstein (D-Calif.) last week said".
  const closesName = (j: number): boolean => !PUNCT.test(tokens[j]!.raw) || tokens[j]!.raw === ")";
  if (phrase && closesName(end - phrase.length)) return end - phrase.length;
  // A part of a day too ("am Abend", "on Monday evening"); capitalised only where every noun is ("Morning Star" is a name).
  const isDay = (t: AttributionToken): boolean => c.days.has(t.low) || (c.dayParts.has(t.low) && (c.k.nounsCapitalised === true || !isCapitalised(t)));
  const isMonth = (j: number): boolean => c.months.has(tokens[j]!.low) && !(j > 0 && isCapitalised(tokens[j - 1]!) && isCapitalised(tokens[j]!));
  const isNumber = (t: AttributionToken): boolean => /^\d{1,4}(?:[-‐]?\p{L}{1,3})?\.?$/u.test(t.raw);
  const isDate = (j: number): boolean => isDay(tokens[j]!) || isMonth(j) || isNumber(tokens[j]!);
  // A function word right before a day, a month or a number: "on", "el", "de", "through".
  const isLink = (j: number): boolean => {
    const t = tokens[j]!;
    return j < end && isDate(j + 1) && !isCapitalised(t) && (c.openers.has(t.low) || c.stop.has(t.low) || c.articles.has(t.low)) && !c.pronouns.has(t.low);
  };
  let j = end, dated = false;
  while (j >= 0 && end - j < MAX_DAY_WORDS) {
    if (isDay(tokens[j]!) || isMonth(j)) dated = true;
    else if (!isNumber(tokens[j]!) && !isLink(j)) break;
    j--;
  }
  return dated && j >= 0 && j < end && closesName(j) ? j : end;
}

/** Most words of a day between a speaker and the verb: "on Monday, March 3" is five tokens, "el 3 de marzo" four. */
const MAX_DAY_WORDS = 6;

/**
 * An adverb between a speaker and the verb ("The doctor also denies", "She still says"): one of the
 * pack's `preverbalAdverbs`. Not every "-ly" word: "he accidentally posted" tells how, not who.
 */
function isPreverbalAdverb(tokens: readonly AttributionToken[], i: number, c: Compiled): boolean {
  return i > 0 && !isCapitalised(tokens[i]!) && c.adverbs.has(tokens[i]!.low);
}

/**
 * Where every noun is capitalised, a name after the verb that ends its phrase is the speaker,
 * and the stretch before the comma is a clause, not an appositive, when it opens with a
 * lowercase word that is no article, pronoun or number and ends in a lowercase one (its verb)
 * (the name ends at punctuation or a lowercase word: "…, sagte Pieter Marr vor Journalisten"):
 * "…, müsse ihre Richtung ändern, sagte Orban, der …". An appositive still stands before a verb no name follows ("Merkel, ehemalige
 * Bundeskanzlerin, sagte, …") or one an article-led phrase follows ("…, sagte der Zeitung").
 */
function clauseNotAppositive(tokens: readonly AttributionToken[], comma: number, inverted: readonly [number, number], c: Compiled): boolean {
  const next = tokens[inverted[1] + 1];
  // The name ends where punctuation or a lowercase word follows it ("sagte Pieter Marr vor Journalisten", "… am Montag").
  const ends = !next || PUNCT.test(next.raw) || c.openers.has(next.low) || c.sourcePrepositions.has(next.low) || /^\p{Ll}/u.test(next.raw);
  if (!c.k.nounsCapitalised || c.articles.has(tokens[inverted[0]]!.low) || !ends) return false;
  let j = comma - 1;
  while (j > 0 && comma - j <= MAX_APPOSITIVE && !/^[,—–(-]$/.test(tokens[j]!.raw)) j--;
  const first = tokens[j + 1]!;
  if (j <= 0 || j + 1 >= comma) return false;
  // A clause ends in its verb, lowercase ("… ändern,"); an appositive in a noun ("ehemalige Bundeskanzlerin,").
  const last = tokens[comma - 1]!;
  const relative = (t: AttributionToken): boolean => c.pronouns.has(t.low) || !!c.k.relativePronouns?.includes(t.low);
  return !isCapitalised(first) && !/^\d/.test(first.raw) && !c.articles.has(first.low) && !relative(first) && !isCapitalised(last) && !PUNCT.test(last.raw);
}

/**
 * An "appositive" after no name, holding a clause ("…un zoológico en … Krefeld (oeste) que acabó …,
 * informó la policía"), is the statement itself when a speaker after the verb closes the clause;
 * a sentence's opening subject with a relative clause stays the speaker ("The company, which is
 * based nearby, confirmed the layoffs").
 */
function clauseBeforeSpeaker(tokens: readonly AttributionToken[], apposed: readonly [number, number, number], inverted: readonly [number, number], c: Compiled): boolean {
  return apposed[0] > 0 && !isCapitalised(tokens[apposed[0]]!) && closesClause(tokens, inverted, c) && tokens.slice(apposed[0], apposed[1] + 1).some((t) => c.clause.has(t.low));
}

/**
 * An "appositive" that goes on past a comma with a verb ("Le capitaine du ferry, Ole Vennberg, a
 * été placé en garde à vue …, a indiqué la police"; "The captain, Ole Vennberg, was detained …,
 * said police"): a subject's name and its predicate, the statement itself, when a speaker after
 * the verb closes it. A relative pronoun or an article after the comma opens an appositive ("Smith,
 * who was arrested …, told"; "Smith, a senior lawmaker, said").
 */
function predicateAfterName(tokens: readonly AttributionToken[], apposed: readonly [number, number, number], c: Compiled): boolean {
  for (let j = apposed[0]; j < apposed[1]; j++) {
    if (tokens[j]!.raw !== ",") continue;
    const next = tokens[j + 1]!;
    return !isCapitalised(next) && c.clause.has(next.low) && !c.articles.has(next.low) && !c.k.complementizers.includes(next.low) && !(c.k.relativePronouns ?? []).includes(next.low) && !c.pronouns.has(next.low);
  }
  return false;
}

/** Most words read back for the speaker a modifier describes: "As many as five people" fits. */
const MAX_DESCRIBED_SPEAKER = 6;

/**
 * Where the speaker starts when the phrase before the cue describes it: "Sources close to the
 * situation said", "a staff member at the clinic told", "people familiar with the matter say".
 * The words before the modifier must be a noun phrase ending in a noun, not a stopword or a
 * pronoun ("said at the meeting", "and with the deal"), with no verb before it.
 */
function describedSpeaker(tokens: readonly AttributionToken[], start: number, c: Compiled): number | null {
  const modifier = c.modifiers.find((p) => p.length <= start && matchAt(tokens, start - p.length, p));
  if (!modifier) return null;
  const last = start - modifier.length - 1;
  const head = tokens[last];
  if (!head || PUNCT.test(head.raw) || c.stop.has(head.low) || c.pronouns.has(head.low) || c.clause.has(head.low) || isVerbLike(tokens, last, c)) return null;
  let from = last;
  while (from - 1 >= 0 && last - from + 1 < MAX_DESCRIBED_SPEAKER) {
    const t = tokens[from - 1]!;
    if (PUNCT.test(t.raw) || c.clause.has(t.low) || c.openers.has(t.low) || c.pronouns.has(t.low)) break;
    // "visited workers at the plant": a verb before the noun makes it an object, not the speaker.
    if (isVerbLike(tokens, from - 1, c)) return null;
    from--;
  }
  return from;
}

/**
 * "the jobs report cheered", "the October report exceeded": a verb form that is also a noun
 * (the language's `nounForms`) is read as a verb only when something verb-like surrounds it:
 * a pronoun or auxiliary before it, or "that", a determiner, a pronoun, a name or punctuation after it.
 */
function looksLikeNoun(tokens: readonly AttributionToken[], i: number, c: Compiled): boolean {
  if (!c.nounForms.has(tokens[i]!.low)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && (c.pronouns.has(prev.low) || c.aux.has(prev.low))) return false;
  // "Trump reports." / "the official reports that …" / "reports the mayor": verb; "the jobs report." noun.
  if (next && (c.k.complementizers.includes(next.low) || c.pronouns.has(next.low) || c.articles.has(next.low) || isCapitalised(next))) return false;
  if ((!next || PUNCT.test(next.raw)) && prev && isCapitalised(prev)) return false;
  return true;
}

/** A saying verb, unless a determiner makes it a noun ("a report", "the claims"). */
function isVerbLike(tokens: readonly AttributionToken[], i: number, c: Compiled): boolean {
  const t = tokens[i]!;
  if (!c.verbs.some((p) => p.length === 1 && p[0] === t.low)) return false;
  const prev = tokens[i - 1];
  return !prev || !c.determiners.has(prev.low) || c.aux.has(prev.low);
}

/** Whether a day is named at `i`: a day's word, or an article then one ("el miércoles"). */
function dayAt(tokens: readonly AttributionToken[], i: number, c: Compiled): boolean {
  const t = tokens[i];
  return !!t && (c.days.has(t.low) || (c.articles.has(t.low) && c.days.has(tokens[i + 1]?.low ?? "")));
}

/** Whether the day word at `i` is a word of a name: a capitalised word follows, or (where only names have capitals) precedes it inside the phrase. */
function dayInName(tokens: readonly AttributionToken[], i: number, from: number, c: Compiled): boolean {
  if (!isCapitalised(tokens[i]!)) return false;
  const next = tokens[i + 1];
  if (next && !PUNCT.test(next.raw) && isCapitalised(next)) return true;
  return !c.k.nounsCapitalised && i - 1 >= from && isCapitalised(tokens[i - 1]!) && !c.articles.has(tokens[i - 1]!.low);
}

/** Whether a phrase saying how or where words were said starts at `i` ("a los periodistas", "in a statement"). */
function settingAt(tokens: readonly AttributionToken[], i: number, c: Compiled): boolean {
  return c.settingPhrases.some((p) => p.every((w, j) => tokens[i + j]?.low === w));
}

/** Most words of an outlet's name in quotes after its noun ("газеты «Коммерсантъ»"). */
const MAX_QUOTED_NAME = 5;
/** Lowercase words between a source's noun and the name that says which ("agencji informacyjnej PAP"). */
const WORDS_BEFORE_NAME = 2;

/**
 * Whether the words from `i` go on to say which source a noun is: a name (or one in quotes)
 * after at most two lowercase words that are neither function words, prepositions nor days
 * ("agencji informacyjnej PAP"); not the clause's subject ("gazety inspektorzy wskazali"), nor a
 * place or a time the clause opens with ("газеты в Москве", "gazety wczoraj Kowalski").
 */
function nameAhead(tokens: readonly AttributionToken[], i: number, c: Compiled): boolean {
  for (let k = i; k < tokens.length && k <= i + WORDS_BEFORE_NAME; k++) {
    const t = tokens[k]!;
    if (isCapitalised(t) || /^[„“"«]$/u.test(t.raw)) return k === i || tokens.slice(i, k).every((w) => !c.stop.has(w.low) && !c.days.has(w.low) && !c.sourcePrepositions.has(w.low) && !(c.k.adverbialPrepositions ?? []).includes(w.low));
    if (PUNCT.test(t.raw)) return false;
  }
  return false;
}

/** The noun phrase starting at `from`: up to punctuation, a clause word, or the length limit. */
function phraseAfter(tokens: readonly AttributionToken[], from: number, c: Compiled, speaker = false, articleLed = true): [number, number] | null {
  let i = from;
  // A phrase a comma closes is whole ("По данным источников в правительстве, …"); else a preposition before a lowercase word opens an adverbial.
  const closedByComma = !!c.k.adverbialPrepositions && tokens.slice(from, from + MAX_SOURCE_AFTER + 1).find((t) => t.raw === "," || t.raw === ".")?.raw === ",";
  let placeEnds = -1;
  // A noun for a report or an outlet opening a phrase no article marks and no comma closes (see below).
  const bareGeneric = !speaker && !closedByComma && c.articles.size === 0 && !!tokens[from] && c.generic.has(tokens[from]!.low);
  while (i < tokens.length && tokens[i]!.raw !== "," && tokens[i]!.raw !== "." && tokens[i]!.raw !== ";" && (i - from) < MAX_SOURCE_AFTER) {
    const t = tokens[i]!;
    // A title in scare quotes inside a speaker's name: "sagte Den Haags „Nachtbürgermeister“ Pat Smith".
    if (speaker && i > from && /^[„“"«]$/u.test(t.raw) && tokens[i + 1] && !PUNCT.test(tokens[i + 1]!.raw) && /^[“”"»]$/u.test(tokens[i + 2]?.raw ?? "") && tokens[i + 3] && isCapitalised(tokens[i + 3]!)) {
      i += 3;
      continue;
    }
    // A compound's first part cut short before a joint: "der Wirtschafts- und Finanzminister", "die Bundes- und Landesbehörden".
    if (t.raw === "-" && i > from && isCapitalised(tokens[i - 1]!) && t.start === tokens[i - 1]!.end && tokens[i + 1] && c.connectors.has(tokens[i + 1]!.low) && tokens[i + 2] && isCapitalised(tokens[i + 2]!)) {
      i += 2;
      continue;
    }
    // An outlet's name in quotes after the noun that says what it is: "газеты «Коммерсантъ»", "dziennika „Rzeczpospolita”".
    if (!speaker && i === from + 1 && /^[„“"«]$/u.test(t.raw) && isSourceNoun(tokens[from]!.low, c)) {
      const close = tokens.slice(i + 1, i + 1 + MAX_QUOTED_NAME).findIndex((x) => /^[“”"»]$/u.test(x.raw));
      if (close > 0 && isCapitalised(tokens[i + 1]!)) {
        i += close + 2;
        break;
      }
    }
    if (PUNCT.test(t.raw) && !/^['’&]$/.test(t.raw)) break;
    // After a person's name, a preposition opens an adverbial or the relay ("sagte Pat Smith im Radiosender"),
    // not the name's place, which follows a noun sources are named by ("die Polizei in Den Haag").
    if (speaker && i > from && c.sourcePrepositions.has(t.low) && !c.connectors.has(t.low) && isCapitalised(tokens[i - 1]!) && !isSourceNoun(tokens[i - 1]!.low, c)) break;
    // A day is never a speaker's, with the article some languages put before it ("said Smith yesterday", "dijo la policía
    // el miércoles"), nor how it was said ("заявил Солан журналистам", "dijo la policía a los periodistas"); after a name
    // (every word so far capitalised) a setting's first word ends it too ("said Smith in Moscow"), not after a description
    // ("сообщил представитель Министерства обороны").
    if (speaker && i > from && (dayAt(tokens, i, c) || settingAt(tokens, i, c) || (c.settings.has(t.low) && tokens.slice(from, i).every(isCapitalised)))) break;
    // Nor is a day part of a source named after its cue ("laut Behörden Montag auf neun", "according to police Monday"),
    // unless it says which report ("according to the Monday report") or is a word of a name ("The Sunday Times", "USA
    // Today", "Domenica Sportiva": a capital runs on through it, or a name's capital comes before it where only names have one).
    if (!speaker && i > from && c.days.has(t.low) && !c.generic.has(tokens[i + 1]?.low ?? "") && !dayInName(tokens, i, from, c)) break;
    // A number opens the next clause ("laut X wurden 14 Kräne …"), not the source's name.
    if (i > from && /^\d/.test(t.raw)) break;
    // Where every noun is capitalised, a lowercase word other than a joint ends the name ("laut Polizei am Montag").
    // Before the first noun, a lowercase word is an adjective of it ("der französische Minister").
    const beforeNoun = tokens.slice(from, i).every((x) => !isCapitalised(x) || x === tokens[from]) && c.articles.has(tokens[from]!.low);
    if (i > from && c.k.nounsCapitalised && !isCapitalised(t) && !beforeNoun && !c.connectors.has(t.low) && !c.determiners.has(t.low) && !c.sourcePrepositions.has(t.low)) break;
    // Where every noun is capitalised, an article after a noun for documents opens its genitive ("Dokumente der Hafenbehörde"),
    // not a relative clause; not after a body ("laut Polizei der Grund": the clause's predicate), nor after a speaker's verb,
    // where it may open the recipient ("sagte Marr der Zeitung").
    const genitive = !speaker && c.k.nounsCapitalised && c.articles.has(t.low) && i > 0 && c.generic.has(tokens[i - 1]!.low) && !!tokens[i + 1] && isCapitalised(tokens[i + 1]!);
    if (i > from && !genitive && (c.clause.has(t.low) || c.relay.some((p) => matchAt(tokens, i, p)) || c.after.some((p) => p.length > 1 && matchAt(tokens, i, p)))) break;
    // "policji w pożarze zginęło": an adverbial, not the source's name; "rzecznika w Warszawie prom …" ends after the place.
    if (placeEnds >= 0 && i > placeEnds && !isCapitalised(t)) break;
    if (i > from && !closedByComma && c.k.adverbialPrepositions?.includes(t.low) && tokens[i + 1]) {
      if (!isCapitalised(tokens[i + 1]!)) break;
      placeEnds = i + 1;
    }
    // Where no article marks a noun phrase and no comma closes it, a noun for a report or an outlet is the source alone,
    // unless a name follows it ("według gazety inspektorzy wskazali": the newspaper, then the clause; "według dziennika Dravosk Courier").
    // And the name ends it: "według dziennika Dravosk Courier licencja wygasła".
    if (bareGeneric && i === from && !nameAhead(tokens, i + 1, c)) {
      i++;
      break;
    }
    if (bareGeneric && i > from + 1 && !isCapitalised(t) && isCapitalised(tokens[i - 1]!) && !c.connectors.has(t.low)) break;
    // "a recent report": a determiner two words back still makes the verb form a noun.
    if (i > from && isVerbLike(tokens, i, c) && !c.determiners.has(tokens[i - 2]?.low ?? "")) break;
    i++;
  }
  let end = i - 1;
  // Nor does a name end on a preposition ("Richterin Ann Donnelly in der Begründung").
  while (end >= from && (c.determiners.has(tokens[end]!.low) || c.connectors.has(tokens[end]!.low) || c.sourcePrepositions.has(tokens[end]!.low))) end--;
  if (end < from) return null;
  // A speaker after its verb is a name, a pronoun, or a short noun phrase opened by an article that
  // closes the clause ("…, agregó la policía."; not "…, said a prayer and left", "…, told the crowd to leave").
  if (speaker) {
    // "said on Friday": a preposition opens an adverbial, not the speaker.
    if (c.openers.has(tokens[from]!.low) || c.clause.has(tokens[from]!.low) && !c.pronouns.has(tokens[from]!.low)) return null;
    // "…, a communiqué le bourgmestre de la ville, Philippe Close (PS).": after a description, the
    // name in apposition is the speaker's.
    let apposedName = -1;
    if (tokens[end + 1]?.raw === "," && !isCapitalised(tokens[from]!)) {
      let k = end + 2;
      while (k < tokens.length && (isCapitalised(tokens[k]!) || c.connectors.has(tokens[k]!.low) && isCapitalised(tokens[k + 1] ?? tokens[k]!))) k++;
      if (k > end + 2 && (!tokens[k] || /^[.,(;]$/.test(tokens[k]!.raw))) apposedName = k - 1;
    }
    const named = apposedName >= 0 || tokens.slice(from, end + 1).some(isCapitalised);
    // What follows may be how or when it was said: "…, dijo la policía a los periodistas el miércoles".
    const closes = !tokens[end + 1] || /^[,.;]$/.test(tokens[end + 1]!.raw) || dayAt(tokens, end + 1, c) || settingAt(tokens, end + 1, c);
    // Where the language has no articles, a short phrase that ends the sentence and holds a noun
    // sources are named by ("…, poinformowała sieć handlowa.", "…, сообщила пресс-служба."); not
    // an adverb or a recipient ("powiedział krótko.", "сообщили журналистам.").
    const endsSentence = !tokens[end + 1] || tokens[end + 1]!.raw === ".";
    const words = tokens.slice(from, end + 1);
    const sourceNoun = words.some((t) => isSourceNoun(t.low, c)) && !words.some((t) => c.days.has(t.low));
    const described =
      end - from < MAX_ARTICLE_SPEAKER &&
      ((articleLed && c.articles.has(tokens[from]!.low) && closes) || (c.articles.size === 0 && endsSentence && sourceNoun && !c.stop.has(tokens[from]!.low)));
    if (!named && !c.pronouns.has(tokens[from]!.low) && !described) return null;
    // "…, says the TechCrunch story is …": a phrase a verb follows is that clause's subject, not the speaker.
    const next = tokens[end + 1];
    // A clause word that ends the clause is a verb's particle, not a verb: "teilte die Küstenwache mit."
    const particle = !tokens[end + 2] || /^[.;!?]$/.test(tokens[end + 2]!.raw);
    if (next && c.clause.has(next.low) && !c.pronouns.has(next.low) && !c.k.complementizers.includes(next.low) && !particle) return null;
    if (apposedName >= 0) end = apposedName;
  }
  return [from, end];
}

function kindOf(tokens: readonly AttributionToken[], c: Compiled): Attribution["kind"] {
  if (tokens.length === 1 && c.pronouns.has(tokens[0]!.low)) return "pronoun";
  // "The report", "Издание" opening a sentence: capitalised by position, not a name.
  const first = tokens[0]!.low;
  if (c.generic.has(tokens[tokens.length - 1]!.low) && tokens.slice(1).every((t) => !isCapitalised(t)) && (c.determiners.has(first) || c.generic.has(first))) return "generic";
  if (tokens.some((t, i) => isCapitalised(t) && (i > 0 || !c.determiners.has(t.low)) && !c.stop.has(t.low))) return "named";
  if (tokens.some((t) => c.generic.has(t.low))) return "generic";
  return "phrase";
}

/** Words a quotation inside a sentence may have and still be the writer's words, quoted in passing ("also “categorically denies” taking"). */
const PARTIAL_QUOTE_WORDS = 3;
const PARTIAL_QUOTE = new RegExp(`(?<=\\p{L}[\\p{L}\\p{N},;:]*\\s)["“„«]((?:[\\p{L}\\p{N}'’-]+\\s){0,${PARTIAL_QUOTE_WORDS - 1}}[\\p{L}\\p{N}'’-]+)["”“»]`, "gu");

/**
 * The sentence with the marks of its partial quotations blanked (same length, so offsets hold):
 * a few words quoted in the middle of the writer's sentence ("Hart also “categorically denies”
 * taking a selfie") are the writer's clause, not speech of their own with a speaker to find.
 * Only a phrase: a name or a title in scare quotes stays apart from the name beside it.
 */
function partialQuotesRead(sentence: string): string {
  // A phrase, with a word in lower case: a name or title in scare quotes („Nachtbürgermeister“ Pat Smith) keeps its marks.
  return sentence.replace(PARTIAL_QUOTE, (whole, words: string) => (/(?:^|\s)\p{Ll}/u.test(words) ? ` ${words} `.padEnd(whole.length) : whole));
}

/** Attributions in one sentence; offsets are in the text the sentence came from. */
export function findAttributions(text: string, offset: number, language: string, languages: Languages): Attribution[] {
  const sentence = partialQuotesRead(text);
  const rules = ruleAttributions(sentence, offset, language, languages);
  const model = languages.attributionTagger(language);
  const c = compile(language, languages);
  if (!model || !c) return rules;
  const tokens = tokenise(sentence, offset, c.titles);
  const merged = mergeLearned(tokens, sentence, offset, rules, model, (from, to) => kindOf(tokens.slice(from, to + 1), c));
  // A rule reading with a verb of reporting ("X reported, citing Y") stands even where the tagger,
  // trained on one corpus's notion of attribution, leaves it out: citations rest on these.
  // A verb that also names a deed ("continued to work") stands only beside the words said.
  const kept = rules.filter(
    (r) =>
      !merged.some((m) => m.ruleSource === r.source) && citesHere(sentence, offset, r, language, languages),
  );
  return [...merged, ...kept].sort((a, b) => a.source.start - b.source.start);
}

/** A cue that passes on information ("said", "according to", "citing"), not stance or intent ("asked", "hopes"). */
export function isReportingCue(cue: string, language: string, languages: Languages): boolean {
  const c = compile(language, languages);
  return c !== null && c.reporting.has(cueVerb(cue, c));
}

/** Whether a reporting cue also names a deed, and cites only beside the words said (`weakReportingVerbs`). */
export function isWeakCue(cue: string, language: string, languages: Languages): boolean {
  const c = compile(language, languages);
  return c !== null && c.weak.size > 0 && c.weak.has(cueVerb(cue, c));
}

/**
 * Whether an attribution cites, as a citation's must: its cue passes on information, and a cue
 * that also names a deed ("continued", "posted") stands beside the words said. `text` is its
 * sentence, starting at `offset`.
 */
export function citesHere(text: string, offset: number, a: Attribution, language: string, languages: Languages): boolean {
  const c = compile(language, languages);
  if (c === null) return false;
  // A record's verb that also names a deed ("read": "the report, read by thousands") cites only beside the words said, too.
  const verb = cueVerb(a.cue.text, c);
  if (c.records.has(verb)) return documentSpeaks(a, c) && (!c.weak.has(verb) || besideWordsSaid(text, offset, a, c.k));
  return isReportingCue(a.cue.text, language, languages) && (!isWeakCue(a.cue.text, language, languages) || besideWordsSaid(text, offset, a, c.k) || documentSpeaks(a, c));
}

/**
 * A record speaking through a verb that else names a deed or a finding of one's own: "FEC records
 * show he backed McCain", "A Monmouth poll out Monday showed Clinton ahead", "the April survey
 * found Clinton leading" (`recordVerbs`). The source's head is one of the nouns
 * documents and polls are named by (`genericSources`, singular or plural), not one people are
 * named by (`sourceNouns`: "officials showed the damage" is a deed).
 */
function documentSpeaks(a: Attribution, c: Compiled): boolean {
  if (a.kind === "pronoun") return false;
  const words = a.source.text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  return words.some((w) => c.documentNouns.has(w) || (w.endsWith("s") && c.documentNouns.has(w.slice(0, -1))));
}

/**
 * Whether the words said stand beside an attribution in its sentence (`text` starting at
 * `offset`): a quotation or a complementizer right after the cue ("continued: “…”", "repeated
 * that"), also past where they appeared ("posted on Facebook that": a via marker that names a
 * place, a phrase or one of the pack's source prepositions, and one noun phrase after it, not a
 * second one: "posted on Facebook a photo that" is a deed), or a quotation closing right before its
 * speaker ("“…,” she continued").
 */
export function besideWordsSaid(text: string, offset: number, a: Attribution, k: Pick<CitationKnowledge, "complementizers" | "viaMarkers" | "sourcePrepositions" | "articles">): boolean {
  const after = text.slice(a.cue.end - offset);
  if (/^\s*[,:]?\s*["“‘«„]/u.test(after)) return true;
  // Two lower-case words at most, then a colon or a comma and the quotation: "read in part: “…”", "read, in part, “…”".
  if (/^\s*,?\s*(?:\p{Ll}+\s+)?\p{Ll}+\s*[:,]\s*["“‘«„]/u.test(after)) return true;
  if (/["”’»]\s*$/u.test(text.slice(0, Math.min(a.source.start, a.cue.start) - offset))) return true;
  const words = after.slice(0, 120).split(/\s+/u).filter(Boolean);
  const said = (w: string): boolean => k.complementizers.includes(/^(\p{L}+)/u.exec(w)?.[1]?.toLowerCase() ?? "");
  if (said(words[0] ?? "")) return true;
  // A comma and then what was said, past a time or two words at most ("bestritt, dass", "bestritt am Donnerstag, dass").
  for (let i = 0; i < Math.min(words.length, SAID_AFTER_WORDS + 1); i++) {
    if (/[.!?;:]$/u.test(words[i]!)) break;
    if (/,$/u.test(words[i]!) || words[i] === ",") {
      if (said(words[i + 1] ?? "")) return true;
      break;
    }
  }
  const marker = k.viaMarkers
    .filter((m) => m.includes(" ") || k.sourcePrepositions.includes(m))
    .map((m) => m.split(" "))
    .find((m) => m.every((w, i) => words[i]?.toLowerCase() === w));
  if (!marker) return false;
  for (let i = marker.length + 1; i < Math.min(words.length, marker.length + 4); i++) {
    const w = words[i]!;
    if (said(w) || /^["“‘«„]/u.test(w)) return true;
    if (k.articles.includes(w.toLowerCase())) return false;
    if (/[:,]$/u.test(words[i - 1]!)) return false;
  }
  return false;
}

/**
 * Whether a capitalised word before another capitalised word opens a name ("Jo Holm", "New
 * York police") though a general stop-word list holds it: none of the pack's own word lists
 * (articles, determiners, openers, clause words, pronouns, auxiliaries, connectors, source
 * prepositions) holds it. Never where every noun is capitalised ("Im Hafen", "Zum Damm").
 */
export function opensNameRun(word: string, c: Compiled): boolean {
  const low = word.toLowerCase();
  return !c.k.nounsCapitalised && /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word) && ![c.openers, c.articles, c.determiners, c.clause, c.pronouns, c.aux, c.connectors, c.sourcePrepositions].some((set) => set.has(low));
}

/** A cue's verb, lowercase, without its auxiliaries; "a-t-il précisé" is "a précisé" with its speaker joined. */
function cueVerb(cue: string, c: Compiled): string {
  return cue
    .toLowerCase()
    .split(/\s+/)
    .map((w) => withoutPronounEnding(w, c))
    .filter((w) => !c.aux.has(w) && !c.adverbs.has(w))
    .join(" ");
}
