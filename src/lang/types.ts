/**
 * Per-language knowledge, one file per kind under `src/lang/<code>/`, composed in that
 * folder's `index.ts` and registered in `src/lang/index.ts`. Adding a language is adding
 * a folder; no stage names a language.
 *
 * Each kind of knowledge belongs to the stage that reads it; its interface is here so
 * that language folders depend on nothing but this file.
 */

/** Extract: phrases that mark page chrome rather than article text. */
export interface BoilerplateKnowledge {
  /** Lines or blocks that are chrome on their own ("Related posts", "Leave a Comment"). */
  readonly blockPatterns: readonly RegExp[];
  /** Headings after which the rest of the page is chrome ("You may also like"). */
  readonly tailMarkers: readonly RegExp[];
  /**
   * How a block opens when the site, not the article, speaks to the reader: calls to
   * subscribe, follow, download the app, support, comment or log in; newsletter and
   * paywall prompts; "see also" teasers; disclaimers. Chrome wherever they stand.
   */
  readonly prompts?: readonly RegExp[];
  /**
   * Notes about the author or the post set at the article's start or end: bios ("X is a
   * reporter at…"), "all posts by X", affiliate disclosures, suggested citations. Chrome
   * only there: inside an article such a sentence may be the story.
   */
  readonly edgeNotes?: readonly RegExp[];
  /**
   * Cookie and consent banners, told by their words at any length a banner runs to ("We use
   * cookies … By clicking Accept you agree"): a page with nothing else left is not an article.
   */
  readonly notices?: readonly RegExp[];
  /** What introduces an author at the start of a line ("By ", "Von ", "Автор:"). */
  readonly bylinePrefixes?: readonly RegExp[];
  /** What marks a photo caption or credit ("Photo:", "Фото:", "(Getty Images)"). */
  readonly creditPatterns?: readonly RegExp[];
  /** Words news sites name themselves with ("times", "post"), for reading outlet names out of domains. */
  readonly outletWords?: readonly string[];
}

/** Text: what a full stop ends no sentence after, where the language writes it so. */
export interface SentenceKnowledge {
  /**
   * Words written with a full stop that does not end the sentence ("Mr", "Jan", "Nr"), case as
   * written; a part after a space may be written without it ("т. е" is also "т.е"). Single letters
   * and dotted initials ("U.S.") end none in any language; the citation grammar's
   * `titleAbbreviations` are added to these.
   */
  readonly abbreviations: readonly string[];
  /**
   * Whether a day of the month is written as an ordinal with a full stop before the month's name
   * ("am 16. Oktober"): that full stop ends no sentence before one of `dates.months` written with a capital.
   */
  readonly ordinalDays?: boolean;
}

/** Extract and claims: how dates are written. */
export interface DateKnowledge {
  /** Month names and abbreviations (any grammatical case) → month 1-12. */
  readonly months: ReadonlyMap<string, number>;
  /** Whether numeric dates with slashes are month first (03/04/2025 = March 4) where this language is written. */
  readonly monthFirst?: boolean;
  /** Regions (lowercase, as in "en-GB") where the language writes day first all the same. */
  readonly dayFirstRegions?: readonly string[];
  /** Words that mark the date after them as a revision, not the publication ("updated", "aktualisiert"). Lowercase. */
  readonly updatedCues?: readonly string[];
}

/** Extract: how pages label an author's name. Phrases are lowercase. */
export interface BylineKnowledge {
  /** Labels before a name ("posted by", "zeige alle beiträge von", "publié par"), longest first or not: all are tried. */
  readonly labels: readonly string[];
  /** Words after a name that make the line a comment's header ("Jane says"), not a byline. */
  readonly commentVerbs: readonly string[];
}

/** Claims: how an article says where a statement comes from. Phrases are lowercase. */
export interface CitationKnowledge {
  /** Phrases after which the source is named: "according to", "по данным". */
  readonly sourceAfter: readonly string[];
  /**
   * One-word `sourceAfter` cues that name a source only where a clause opens: German "wie"
   * ("Wie die Polizei mitteilte") compares inside one ("Netzwerke wie Facebook"). Every other
   * one-word cue also names one inside a clause when a name or an article follows ("laut Polizei").
   */
  readonly clauseInitialOnly?: readonly string[];
  /**
   * Prepositions that, before a lowercase word, open an adverbial rather than continue a source
   * named after its cue, in a language with no articles to tell them apart: "Według policji w
   * pożarze zginęło …" names "policji"; "по данным полиции в пятницу" names "полиции".
   */
  readonly adverbialPrepositions?: readonly string[];
  /**
   * Prepositions of location: a name after one says where a described source is, not who it is
   * ("officials in Moscow said", "rzecznik w Warszawie"), so the source is the description.
   */
  readonly locativePrepositions?: readonly string[];
  /**
   * Nouns a source is named by besides documents and outlets (lowercase prefixes): "police",
   * "authorities", "Staatsanwaltschaft". With them (and acronyms) a one-word cue inside a clause
   * names a source ("laut Polizei"); without, it is read as no citation ("riefen laut Parolen").
   */
  readonly sourceNouns?: readonly string[];
  /** Phrases by which a relay names the source it repeats: "citing", "со ссылкой на". */
  readonly relayCiting: readonly string[];
  /** Verbs of saying, in the forms found next to their speaker: "said", "сообщает". */
  readonly sayingVerbs: readonly string[];
  /** The subset of saying verbs that pass on information ("said", "reported"), not stance ("asked", "hopes"): these make citations. */
  readonly reportingVerbs: readonly string[];
  /**
   * Reporting verbs that also name a deed ("continued", "repeated", "showed"): one of them
   * cites only beside the words said, a quotation or a complementizer after it ("continued:
   * “…”", "repeated that …") or a quotation before it ("“…,” she continued"); "continued to
   * work" and "showed a profit" cite no one. They are reporting verbs, not listed again there.
   */
  readonly weakReportingVerbs?: readonly string[];
  /**
   * Verbs that cite only when a record speaks by them ("the April survey found Clinton
   * leading", "a report by the council found …"; not "researchers found that …", a finding of the
   * writer's kind): the source's head is one of `genericSources` that names no people. Not
   * reporting verbs, not listed there.
   */
  readonly recordVerbs?: readonly string[];
  /**
   * Verb forms that mark a sentence as reported speech by their mood alone, where the language
   * has such a mood (German Konjunktiv I: "sei", "wolle", "müsse"; the indicative says "ist",
   * "will", "muss"). Lower case. A sentence that names no source and holds one continues the
   * speech the sentence before it reports.
   */
  readonly reportedSpeechForms?: readonly string[];
  /** Two-word phrases in which one of those forms is not reported speech: a first person's indicative ("ich habe"), an idiom ("sei denn"). Lower case. */
  readonly reportedSpeechExceptions?: readonly string[];
  /**
   * Words by which a sentence says it rests on reports it does not name ("reportedly", "wie es
   * heißt", "как сообщается"), not hedges ("allegedly", "apparently": someone's allegation, the
   * writer's doubt) and not phrases the citation rules read as a source ("according to media
   * reports"): such a sentence rests on the source other than a person its article names most.
   * Lower case, whole words; a phrase is words separated by spaces.
   */
  readonly unnamedReportCues?: readonly string[];
  /**
   * Hedges ("allegedly", "angeblich", "якобы"): someone's allegation, not a report of its own. A
   * hedged sentence rests on the report the sentence right before it names ("According to a report
   * in The Washington Post, … The requests allegedly include …"); elsewhere on nothing.
   */
  readonly hedges?: readonly string[];
  /**
   * Words opening a sentence that attributes the one before it ("That was confirmed by the
   * ministry.", "Об этом сообщает ТАСС."), lowercase, a phrase's words separated by spaces: where
   * such a short sentence's attribution begins with or right after them, it denies nothing, and
   * the one before names no source, that one rests on what it names.
   */
  readonly pointingBack?: readonly string[];
  /** Words that may stand between a speaker and its verb: "has", "also", "также". */
  readonly auxiliaries: readonly string[];
  /** Pronouns that can be a speaker ("he said"); kept as sources for attribution, not citations. */
  readonly pronouns: readonly string[];
  /** Nouns that refer back to a named source ("the report", "издание"). */
  readonly genericSources: readonly string[];
  /** Labels of a line naming where an article's report comes from ("Source: …", "Quelle: …"), lowercase, without the colon. */
  readonly sourceLabels?: readonly string[];
  /** Saying verbs that are also nouns ("report", "claims"): verbs only where the words around them say so. */
  readonly nounForms: readonly string[];
  /** Endings of verb forms that take no subject of their own ("-ing": "…, calling it"): their speaker opens the sentence. */
  readonly participleEndings: readonly string[];
  /**
   * Endings of a finite verb right after a subject a determiner opens ("The ferry company
   * walked back …, saying"): where such a subject ends, for a participle's speaker.
   */
  readonly finiteVerbEndings?: readonly string[];
  /** Articles ("the", "a"): they may open a source's name ("The Washington Post") or phrase ("the spokesman"). */
  readonly articles: readonly string[];
  /** Determiners, possessives, quantifiers and the prepositions that sit inside a source phrase ("his", "some", "of"). */
  readonly determiners: readonly string[];
  /** Words that open the clause before a speaker rather than the speaker ("but", "in", "after"). */
  readonly clauseOpeners: readonly string[];
  /** Title abbreviations written with a full stop that belong to the name after them ("Mr", "Sen"). */
  readonly titleAbbreviations: readonly string[];
  /** Words that open a reported clause after a verb of saying ("that", "что"). */
  readonly complementizers: readonly string[];
  /**
   * Words that make a clause an indirect question ("whether", "ob", "ли" after its verb): a verb of
   * saying inside one reports nothing said ("it is unclear whether Russia has responded"). Lowercase, whole words.
   */
  readonly questionWords?: readonly string[];
  /** Words that end a source phrase: relatives, conjunctions, auxiliaries ("that", "which", "was", "что"). */
  readonly clauseWords: readonly string[];
  /** Prepositions that join a document noun to the outlet it appeared in ("a report in X", "статья в X"). */
  readonly sourcePrepositions: readonly string[];
  /** Lowercase words allowed inside a capitalised name ("Ministry of Defence"). */
  readonly nameConnectors: readonly string[];
  /** Nouns that describe a source next to its name ("TASS news agency"). */
  readonly sourceDescriptors: readonly string[];
  /** Cues whose object is who the words were given to ("told Politico", "сказал РБК"): a named one is the citation's relay. */
  readonly recipientCues: readonly string[];
  /**
   * Nouns for one who speaks for a body ("spokesman", "Sprecher", "пресс-секретарь"), lowercase:
   * a person named with one and a body ("Dornex spokesman Henrik Aalto", "Пресс-секретарь Кремля
   * Дмитрий Песков", "Kremlsprecher") speaks for that body: one origin with it. In a language that
   * joins nouns, also as a compound's end.
   */
  readonly spokespersonNouns?: readonly string[];
  /**
   * Nouns for what a body is, besides `sourceDescriptors` ("group", "Verband", "организация"),
   * lowercase: a body named with one after it ("the Varnholt group") is that body, one origin.
   * Not a body of its own beside another ("the Boeing union", "Фонд Навального": a union, a foundation).
   */
  readonly bodyNouns?: readonly string[];
  /** Phrases right after a cue that name where the words first appeared ("to", "on", "in an interview with", "quoted by"). */
  readonly viaMarkers: readonly string[];
  /**
   * Phrases, lowercase, that say how or where words were said, right after the verb ("in a
   * statement", "at a news conference", "to reporters", "журналистам"): a day after one dates the
   * saying ("said in a statement on Wednesday"), not what was said.
   */
  readonly sayingSettings?: readonly string[];
  /** Endings of adverbs ("-ly"): a lone adverb before a cue ("he accidentally posted") is how, not who. */
  readonly adverbEndings?: readonly string[];
  /** Adverbs that may stand between a speaker and the verb ("The doctor also denies", "She later said"): passed over like auxiliaries. */
  readonly preverbalAdverbs?: readonly string[];
  /**
   * A source named again: the definite determiners that open it and the words that may stand
   * before its noun ("the source", "the same source" after "a source close to the doctor told
   * CNN"). Not "a source" or "the other source", who may be someone else. Without it, no source is read as named again.
   */
  readonly sourceNamedAgain?: { readonly determiners: readonly string[]; readonly same: readonly string[] };
  /**
   * Words that tie a speaker to what describes it, read back across before a cue: "sources close
   * to the situation said", "a staff member at the clinic told", "people familiar with the matter".
   */
  readonly speakerModifiers?: readonly string[];
  /** Whether the language capitalises every noun (German): a lowercase word after a source's name ends it ("laut Polizei am Montag"). */
  readonly nounsCapitalised?: boolean;
  /**
   * Endings that join a subject pronoun to the verb before it, longest first (French "-t-il",
   * "-elle"): "a-t-il précisé", "ajoute-t-elle" are a verb of saying and a pronoun speaker.
   */
  readonly invertedPronouns?: readonly string[];
  /** Postpositions a source comes before ("polise göre", "Reuters'a göre"). */
  readonly sourceBefore?: readonly string[];
  /**
   * Whether the verb of saying closes the sentence and its speaker opens it, set off by a comma
   * (Turkish: "Bakan Ali Yılmaz, … olduğunu söyledi"): the words right before the verb are then
   * what is said, not who says it.
   */
  readonly verbFinal?: boolean;
  /** Whether case endings follow a name after an apostrophe ("Reuters'a", "Ankara'daki"): the name is what comes before it. */
  readonly apostropheSuffixes?: boolean;
  /** Those endings that say where ("'da", "'deki"): a name in that case is a place, never a source. */
  readonly placeSuffixes?: readonly string[];
  /** Those endings that say where information comes from ("'dan", "'ndan"): inside a phrase, that name is the source. */
  readonly sourceSuffixes?: readonly string[];
  /**
   * Where the verb closes the sentence (`verbFinal`): what may follow a noun of `sourceNouns` when it
   * is the subject, with no comma after it (bare "", plural, possessive: "kule görevlileri … söyledi").
   * Without it a subject with no comma is read only where it is a name.
   */
  readonly subjectEndings?: readonly string[];
  /** Of `subjectEndings`, those a subject opening the sentence alone may take (bare, plural): a possessive there is an object's case too. */
  readonly bareSubjectEndings?: readonly string[];
  /** Endings of words that cannot say whose a subject's noun is: participles ("gelen"), cases of place and direction ("yerine", "saatlerinde"). */
  readonly modifierNotEndings?: readonly string[];
  /** Cues of `sourceAfter` that, right after an attribution, name its relay ("X said, quoted by Y"). */
  readonly relayAfter?: readonly string[];
  /**
   * Words inside a source's phrase after which who holds it is named ("according to port authority
   * documents seen by the Harbour Gazette"): the source is what comes before, the holder its relay.
   */
  readonly heldBy?: readonly string[];
  /**
   * A passive's agent after a verb of saying ("described as a “nightmare” by passengers", "was
   * called illegal by the ministry"): the words that open the agent, the forms of "be" that make
   * the verb passive, and the words that open what a participle after a noun calls it ("as"). The
   * agent speaks, not the subject before the verb.
   */
  readonly passive?: { readonly agents: readonly string[]; readonly auxiliaries: readonly string[]; readonly complements: readonly string[] };
  /** Cues of `sourceAfter` that name a source only with the verb closing its phrase ("as the Post reported", "wie die Polizei mitteilte"). */
  readonly verbClosed?: readonly string[];
  /** Relative pronouns among `pronouns`: "men who said" cites the men, not the last speaker named. */
  readonly relativePronouns?: readonly string[];
  /** Pronouns among `pronouns` that stand for a person only ("he", "she"): never for a body or a place named before. */
  readonly personalPronouns?: readonly string[];
  /** Of `personalPronouns`, those that stand for a woman ("she") and for a man ("he"): never for a person known to be of the other sex. */
  readonly femalePronouns?: readonly string[];
  readonly malePronouns?: readonly string[];
  /**
   * Words that go on with what the sentence before told ("also", "также"): a sentence opened by a
   * personal pronoun with one of them among its first words ("He also asked for …") goes on with
   * the report the sentence before rests on. Lowercase.
   */
  readonly continuing?: readonly string[];
  /** First-person pronouns, lowercase ("we", "I'm"): the words after "Kasich:" are someone speaking where they hold one. */
  readonly speechPronouns?: readonly string[];
  /** Pronouns among `pronouns` that stand for anyone ("you just say ‘wow’", "on dit que"): they cite no one. */
  readonly impersonalPronouns?: readonly string[];
  /**
   * The neuter pronoun of a body or a thing ("it", "es", "оно"): inside a relative clause ("small
   * boats that it claims are running drugs") it stands for a body its own sentence names, not for
   * the last source cited before; where the sentence opens with a pronoun, that one it repeats.
   */
  readonly neuterPronouns?: readonly string[];
  /** Auxiliaries of a perfect tense that a speaker may follow with the participle ("…, ha informado la policía"). */
  readonly perfectAuxiliaries?: readonly string[];
}

/** Claims: numbers written as words, multipliers and units. Keys are lowercase. */
export interface NumberKnowledge {
  readonly words: ReadonlyMap<string, number>;
  /** Words that multiply the number before them ("5 million", "3 тыс"). */
  readonly multipliers: ReadonlyMap<string, number>;
  /** Articles and words that mean exactly one of the noun after them ("an Il-76"). */
  readonly singular: readonly string[];
  /** Number words that count what follows their preposition ("una treintena de animales", "une dizaine d'enfants"). */
  readonly collectives?: readonly string[];
  /** Whether "5,3" is five point three (true) or "5,300" a thousands grouping (false). */
  readonly decimalComma: boolean;
  /** Phrases after a number that add a half, lowercase words ("five and a half minutes", "два с половиной часа"). */
  readonly halves?: readonly string[];
  /**
   * Words after a number that only say it is approximate ("250,000 or so Iowans", "200 oder mehr
   * Demonstranten"): skipped before what the number counts is read. Lowercase, words spaced.
   */
  readonly approximators?: readonly string[];
  /**
   * Words after a number that make it a bound ("200 or more people", "50 oder mehr Verletzte",
   * "200 или более человек"): skipped, as approximators are, before what the number counts is read.
   * Lowercase, words spaced.
   */
  readonly bounds?: readonly string[];
  /**
   * Nouns the language's stop-word list holds that numbers count all the same ("12 men", "300
   * members", "5,000 cases", "by 30 points"): read as what is counted, not passed over. Lowercase.
   */
  readonly countedNouns?: readonly string[];
  /** Words before a number that make it negative ("minus 25", "минус 5"), lowercase. */
  readonly negatives?: readonly string[];
  /** Words joining a range's two numbers ("two or three people", "zwei oder drei"), lowercase. */
  readonly rangeJoiners?: readonly string[];
  /** A word before a range's lower end and the word joining it to its upper end ("between … and", "zwischen … und"), lowercase. */
  readonly rangeBetween?: ReadonlyArray<readonly [string, string]>;
  /** Unit words and signs written before the number → normalised unit (Turkish "yüzde 5", "%5" → "%"). */
  readonly unitsBefore?: ReadonlyMap<string, string>;
  /** Unit words → normalised unit ("км" → "km", "tonnes" → "t"). */
  readonly units: ReadonlyMap<string, string>;
  /**
   * Words between a count and what it counts that say it adds to an earlier count ("three more
   * bodies", "drei weitere Leichen", "trois autres corps"): kept in the unit, so the count is read
   * ("more bodies") and never taken for a total of the same thing. Lower case.
   */
  readonly countModifiers?: readonly string[];
  /** Words after a number that make it a clock time, not a count ("a.m", "p.m"). */
  readonly timeMarkers: readonly string[];
  /**
   * Lowercase auxiliaries that may stand between a count and the participle telling what befell
   * what it counts, where no noun follows the number ("14 were injured", "14 had been injured",
   * "14 wurden verletzt"): the participle is what the number counts.
   */
  readonly auxiliaries?: readonly string[];
  /**
   * Endings of the verb right before a count that no noun follows ("injuring 14 others",
   * "injured 14 on Tuesday"): the verb is what the number counts.
   */
  readonly countedVerbEndings?: readonly string[];
  /** Endings of a participle after `auxiliaries` ("injured", "taken", "verletzt"): other words there ("reportedly", "schwer") are not what is counted. */
  readonly participleEndings?: readonly string[];
  /** Words with those endings that are no verb of what befell what is counted ("including", "according", "aged", "compared"). Lowercase. */
  readonly notCountingVerbs?: readonly string[];
  /**
   * What befalls people counted in a disaster, each state a list of lowercase word beginnings
   * ("dead", "killed", "died" / "missing" / "injured", "wounded" / "rescued"): nine people dead
   * and nine missing are two counts, and eleven missing against nine dead is no disagreement.
   * In this order in every language, so states compare across languages: dead, missing, injured,
   * rescued, arrested. A beginning of four letters or fewer matches a whole word only ("die", not "diesel").
   */
  readonly countedStates?: readonly (readonly string[])[];
}

/** Claims: loaded words an outlet may choose, and the labels it may give a person. */
export interface FramingKnowledge {
  /** Lowercase word prefixes, so every inflection matches ("диктатор" → "диктатора"). */
  readonly loadedTerms: readonly string[];
  /** Role nouns placed before a name ("President", "диктатор"), as lowercase prefixes. */
  readonly labels: readonly string[];
  /** Loaded words matched whole, lowercase, each inflection written out: short words a prefix would over-match ("nuts" in "nutshell"). */
  readonly loadedWords?: readonly string[];
  /** An opinion lexicon made for the purpose (word → score, AFINN's -5..5); its strong adjectives and adverbs frame. */
  readonly opinionLexicon?: Readonly<Record<string, number>>;
  /** Endings of adjectives and adverbs: an opinion word frames only in these forms ("ridiculous"), not as an event verb ("killed"). */
  readonly evaluativeEndings?: readonly string[];
  /** Words of the opinion lexicon that news uses to describe, not to judge ("successfully launched", "toxic chemicals"): never framing. */
  readonly descriptiveOpinionWords?: readonly string[];
  /**
   * Neutral words that begin like a loaded term, lowercase ("regiment", "regimen" after
   * "regime"): a word starting with one is never read as that term.
   */
  readonly neutralWords?: readonly string[];
  /**
   * Words after which a quoted word is mentioned, not used at a distance ("the word ‘gay’",
   * "referring to him as “black”", "Reddit user “lerde”"), lowercase: no scare quote there.
   */
  readonly mentionWords?: readonly string[];
}

/** Claims: hints for typing names. Lowercase prefixes. */
export interface EntityKnowledge {
  /**
   * Case endings a name takes, lowercase, for a language no stemmer reads (its stems are cut
   * prefixes): cut from a name before it is keyed across languages ("Solanem" → "Solan"). Only
   * endings with a consonant: the key drops vowels anyway.
   */
  readonly nameEndings?: readonly string[];
  /**
   * Prepositions that join an organisation word to the name of what the body is of, inside one
   * name ("Ministry of Transport", "Ministerio de Transporte"), an article of the language after
   * one allowed ("Bank of the West"). Not "and".
   */
  readonly nameJoints?: readonly string[];
  /** Words inside an organisation's name ("ministry", "agency", "министерств"). */
  readonly organizationWords: readonly string[];
  /**
   * The script in which other languages' texts borrow these organisation words: a name in
   * that script marks an organisation by them in any text ("Agency" inside a German or
   * Spanish article), besides that text's own language's words. English sets "Latin".
   */
  readonly borrowedInScript?: string;
  /** Words after which a name is a place ("in", "to", "в"). */
  readonly placePrepositions: readonly string[];
  /** Nouns that introduce a place's name ("the town of Hollen", "der Stadt", "городе"): prefixes. */
  readonly placeNouns: readonly string[];
  /**
   * First words of place names ("Saint Petersburg", "San Francisco", "Fort Worth", "Санкт-Петербург"),
   * lowercase, whole words or before a hyphen: a name opening with one is a place more often than a person.
   * Not words that are also given names ("Santa", "Santo") or open a person's stage name ("Bad Bunny").
   */
  readonly placeNameOpeners?: readonly string[];
  /**
   * Only for languages that capitalise every noun (German): articles and determiners. A
   * capitalised word read more often after one of these (with at most two adjectives between)
   * than without is a common noun ("der Stadt", "einen neuen Damm"), not a name.
   */
  /** Endings only common nouns take in a noun-capitalising language ("-ung": "Regierung"): such a word alone is no name. */
  readonly commonNounEndings?: readonly string[];
  readonly nounDeterminers?: readonly string[];
  /**
   * Demonyms and capitalised adjectives of peoples, faiths and parties ("russian", "jewish",
   * "democratic"), lowercase, whole words (a plural "s" allowed): never a name alone.
   */
  readonly demonyms?: readonly string[];
  /** Honorifics and ranks written before a name ("mr", "sen", "dr"), lowercase, without the dot: whole words, never a name. */
  readonly honorifics?: readonly string[];
  /** Of `honorifics`, those written before a woman's name ("mrs", "ms") and a man's ("mr"): what a pronoun may stand for. */
  readonly femaleHonorifics?: readonly string[];
  readonly maleHonorifics?: readonly string[];
  /**
   * Places that stand for the body seated there ("white house", "kremlin", "кремл"): lowercase
   * prefixes, one per word, so case forms match ("Кремля", "Белого дома"). Typed organisations.
   */
  readonly seatNames?: readonly string[];
  /** Abbreviations of country names news uses that ICU does not know ("РФ", "КНР", "PRC"), each to the country's English name as ICU gives it ("Russia"). */
  readonly countryAbbreviations?: Readonly<Record<string, string>>;
  /**
   * Names of the regions below a country that news names as places on their own (the US states,
   * Canada's provinces, Germany's Länder: "New Hampshire", "Bayern"), as the language writes them:
   * a place, as a country is. ICU names countries, not these.
   */
  readonly regions?: readonly string[];
  /**
   * Adjectives of countries ("российск", "American", "amerikanisch"), as lowercase beginnings of
   * the word (so every case and gender form matches), each to the country's English name as ICU
   * gives it: "документы американского правительства" are the documents of the United States,
   * and "российский" and "Russian" are one word across languages. ICU names countries, not
   * their adjectives.
   */
  readonly countryAdjectives?: Readonly<Record<string, string>>;
  /** How a person's name in this inflected language is given in its base form (src/claims/baseForm.ts). */
  readonly nameCases?: NameCases;
  /** Whether case endings follow a name after an apostrophe ("Erdoğan'ın", "Ankara'daki"): they end the name, and are not part of it. */
  readonly apostropheSuffixes?: boolean;
}

/**
 * Case endings of personal names, per gender, as [oblique ending, base ending] pairs, longest
 * first: "ова" → "ов" turns "Лужкова" into "Лужков". A surname ending only one gender takes in
 * an oblique case ("-овой" female, "-овым" male) tells the gender; without such evidence a
 * name keeps the most base-like form written.
 */
export interface NameCases {
  readonly maleSurname: ReadonlyArray<readonly [string, string]>;
  readonly femaleSurname: ReadonlyArray<readonly [string, string]>;
  readonly maleGiven: ReadonlyArray<readonly [string, string]>;
  readonly femaleGiven: ReadonlyArray<readonly [string, string]>;
  /** Surname endings that only a man's name takes ("овым", "ов"), and only a woman's ("овой"). */
  readonly maleEvidence: readonly string[];
  readonly femaleEvidence: readonly string[];
  /**
   * Endings of a man's given name and surname together in the genitive when neither is a
   * surname family women share ("Марка Уэббера", "Йозефа Бойса"): regular expressions on the
   * lowercase words; `womenShare` lists the surname endings a woman's nominative has too ("-ова").
   */
  readonly maleGenitive?: { readonly given: string; readonly surname: string; readonly womenShare: readonly string[] };
}

/** Claims: relative time words, resolved against an article's published date. Keys are lowercase. */
export interface TimeKnowledge {
  /** Weekday words → 0 (Sunday) … 6 (Saturday). */
  readonly weekdays: ReadonlyMap<string, number>;
  readonly dayOffsets: ReadonlyMap<string, number>;
  readonly weekOffsets: ReadonlyMap<string, number>;
  readonly monthOffsets: ReadonlyMap<string, number>;
  readonly yearOffsets: ReadonlyMap<string, number>;
  /** Words that place a date within a month ("mid", "в конце") → the day they stand for. */
  readonly monthParts: ReadonlyMap<string, number>;
  /** Whether a day comes before its month ("26 октября") rather than after ("October 26"). */
  readonly dayBeforeMonth: boolean;
  /**
   * Words that put what follows in the future ("will", "is due to", "планирует"): a bare
   * weekday after one of them is the next such day, not the last. Lowercase, whole words.
   */
  readonly futureCues: readonly string[];
  /**
   * Words that put what follows in the future only in reported speech, after a verb of saying in
   * the sentence ("said the piers would reopen on Thursday"; not "the tanker that would explode on
   * Tuesday"), and not before a perfect (`reportedFuturePerfect`: "would have"). Lowercase, whole words.
   */
  readonly reportedFutureCues?: readonly string[];
  /** Words after a reported-future cue that make it a past conditional ("have": "would have happened"). */
  readonly reportedFuturePerfect?: readonly string[];
  /**
   * Articles the language puts before a day where English puts "on" ("dijo el miércoles"),
   * lowercase: after a verb of saying they date the saying, as "said on Wednesday" does, and do not
   * make the day a noun's ("said the Tuesday fire").
   */
  readonly dayArticles?: readonly string[];
  /** Parts of a day, lowercase ("evening", "вечером"): with a weekday they name a time ("by Monday evening"), never a source. */
  readonly dayParts?: readonly string[];
  /**
   * Endings of a past verb or participle, where the verb comes last ("yaptığı", "açıkladı"): a date
   * followed by one belongs to that past verb, whatever future form comes later in the sentence.
   */
  readonly pastEndings?: readonly string[];
  /**
   * How a past verb is written where it comes early: its regular ending ("-ed") and irregular forms
   * ("was", "held"). A day a few weeks after publication is in the publication's year where no
   * such verb stands before it in its clause ("Indiana, which votes May 3"), the year before where
   * one does ("was last inspected on 2 December"). Lowercase.
   */
  readonly pastVerbs?: { readonly endings: readonly string[]; readonly forms: readonly string[] };
}

/** Claims: words by which a text takes a side on a statement (stance). Lowercase prefixes. */
export interface StanceKnowledge {
  /** Words that deny or debunk ("hoax", "false", "denied"). */
  readonly refuting: readonly string[];
  /** Words that report without endorsing ("reportedly", "allegedly", "claims"). */
  readonly hedging: readonly string[];
  /** Words that confirm ("confirmed", "officially"). */
  readonly supporting: readonly string[];
  /**
   * Phrases by which a text says that what it reports is not confirmed ("could not be
   * independently verified", "has not been confirmed", "не удалось подтвердить"): a text that
   * says so anywhere reports the statement without asserting it. Matched at a word's start,
   * case-insensitive.
   */
  readonly unverified?: readonly string[];
  /**
   * Phrases by which a sentence says that someone would not or did not answer ("declined to
   * comment", "did not respond to a request for comment", "не ответила на запрос"): a reaction,
   * no claim about the story. Matched at a word's start, case-insensitive; " … " stands for a few words.
   */
  readonly noComment?: readonly string[];
  /**
   * Words by which a speaker judges, guesses or wishes rather than states ("I think", "unlikely",
   * "perhaps"; not modals, which state facts as often: "could not be repaired"): a sentence that
   * is someone's words with one inside its quotation is an opinion, no claim ("“He can assert it,
   * but it seems extremely unlikely,” said …"); so is one whose numbers are all inside such words.
   * Whole words, case-insensitive.
   */
  readonly opinionCues?: readonly string[];
  /**
   * Words and phrases by which a sentence denies what it reports ("denied that", "did not
   * confirm", "не подтвердил"): one article denying what another states is a conflict.
   * Matched at a word's start, case-insensitive. " … " stands for a few words of the clause
   * (src/claims/cues.ts): "bestritt …, dass" reads "bestritt am Donnerstag, dass".
   */
  readonly denials?: readonly string[];
  /**
   * Words that negate what follows them ("not", "won't", "не"): a sentence negating words that
   * another article's sentence of the same claim states is a denial of it. Whole words, case-insensitive.
   */
  readonly negations?: readonly string[];
  /** Phrases that open with a negation word but negate nothing ("no more than", "not only"): whole words, case-insensitive. */
  readonly notNegating?: readonly string[];
  /**
   * Nouns for what a source reported, beside the language's document nouns ("story", "article",
   * "claims"): "the TechCrunch story is not true" denies what TechCrunch reported. Whole words, lowercase.
   */
  readonly reportNouns?: readonly string[];
  /**
   * Verbs that deny what they take when it is a report ("rejects a report", "dismissed the
   * allegations"): a denial where one of the language's nouns for a report (`reportNouns`, its
   * document nouns) follows within two words. Whole words, lowercase.
   */
  readonly rejecting?: readonly string[];
  /**
   * Verbs of refusing ("refused", "declined to", "weigerte sich", "отказался"): a claim saying
   * someone refused is negative, asserted only by a text that negates or refuses too (src/check).
   * Whole words or phrases, case-insensitive.
   */
  readonly refusals?: readonly string[];
  /**
   * Words that make the verb after them an infinitive ("asked to release"), read only after one of
   * `intentVerbs` a word or two before: what someone is asked, plans or wants to do, not something
   * stated as done ("was forced to resign", "managed to release" are done). Lowercase.
   */
  readonly infinitiveMarkers?: readonly string[];
  /** Words that open a condition ("if", "falls", "si"), lowercase: a sentence opening with one supposes, not states. */
  readonly conditionals?: readonly string[];
  /** Verbs of asking, planning and wanting before an infinitive ("asked", "plans", "wants", "promised"), lowercase. */
  readonly intentVerbs?: readonly string[];
  /**
   * Words opening a subordinate clause ("when", "because", "als", "lorsque"): what a denial denies
   * ends there ("denied that the ferry had been overloaded when it capsized" denies no capsizing).
   * Whole words, lowercase.
   */
  readonly subordinators?: readonly string[];
  /**
   * Auxiliaries and copulas ("was", "had", "est", "a"): in a denied clause, what follows the first
   * one is what the denial says of its subject ("that the ferry had been overloaded": overloaded).
   * Whole words, lowercase; a language whose verb closes the clause leaves it out.
   */
  readonly clauseVerbs?: readonly string[];
}

/**
 * Stories (and any stage matching words): stop words and a stemmer. Every language
 * @orama/stemmers and stopwords-iso know gets one from `src/lang/words.ts` without a
 * pack; a pack's `words` replaces that for its language.
 */
export interface WordKnowledge {
  readonly stopwords: ReadonlySet<string>;
  readonly stem: (word: string) => string;
  /**
   * What a capitalised word's cross-script name key is made of (src/lang/names.ts): its stem,
   * unless the stem is only the word's first letters (no stemmer for the language), which
   * cuts a name's own letters ("Dravosku" → "dravos", "Kestrel" → "kestre") where another
   * language's stemmer keeps them: then the word itself, without a case ending the language's
   * `entities.nameEndings` lists; the key drops vowel endings anyway. Defaults to `stem`.
   */
  readonly nameStem?: (word: string) => string;
}

/**
 * Languages that write a compound as one word ("Rettungsboote", "Dienstagmorgen"): a word the
 * dictionary lacks is read by its parts (src/lang/translations.ts), the last part (the head)
 * first: lifeboats, Tuesday morning.
 */
export interface CompoundKnowledge {
  /** What may join two parts, lowercase, "" for nothing: German "s" (Rettung-s-boot), "en", "er". */
  readonly links: readonly string[];
}

/**
 * Claims: the weights of a learned attribution tagger (src/claims/attribution/tagger.ts),
 * fitted on annotated text by bench/claims/attributionTrain.ts.
 */
export interface AttributionTaggerModel {
  /** Share of a word's occurrences that are annotated cues, for words seen often enough to tell. */
  readonly cueShare: Readonly<Record<string, number>>;
  /** Feature → one weight per tag, in the order of TAGS. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /**
   * How verb-like and noun-like each common word is, read from unannotated text: the share of
   * its uses right after a subject pronoun or "to"/"will", and right after an article or possessive.
   * PolNeAR counts the subject of almost any verb of doing or thinking as a source, and no
   * lexicon of cues lists every such verb.
   */
  readonly wordClass: Readonly<Record<string, readonly [number, number]>>;
  /** Added to each tag's score: a push towards sources, set on held-out train text to balance precision and recall. */
  readonly bias: readonly number[];
}

/**
 * What a language knows. Every kind is optional: a pack declares the parts it provides by
 * having them (src/lang/parts.ts), and a stage reading a kind a language lacks does
 * without it.
 */
export interface LanguagePack {
  readonly code: string;
  readonly name: string;
  readonly boilerplate?: BoilerplateKnowledge;
  readonly sentences?: SentenceKnowledge;
  readonly dates?: DateKnowledge;
  readonly bylines?: BylineKnowledge;
  readonly citations?: CitationKnowledge;
  readonly numbers?: NumberKnowledge;
  readonly framing?: FramingKnowledge;
  readonly time?: TimeKnowledge;
  readonly entities?: EntityKnowledge;
  readonly stance?: StanceKnowledge;
  readonly words?: WordKnowledge;
  readonly compounds?: CompoundKnowledge;
  /** Claims: a learned attribution tagger, loaded on first use (its weights are large); without one the cue rules alone read attributions. */
  readonly attributionTagger?: () => AttributionTaggerModel;
}
