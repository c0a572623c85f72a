/**
 * Claims across languages: sentences that share no number are one claim when their words
 * mean the same through a dictionary into English, or spell alike (cognates, any script).
 */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { defaultConfig } from "../../src/config.js";
import { analyseStory } from "../../src/claims/index.js";
import { sameOriginAcross } from "../../src/claims/originNames.js";
import { alignClaims, alignmentTap, mayAlignAcross } from "../../src/claims/claimClusters.js";
import type { ClaimSentence } from "../../src/claims/claimSentences.js";
import { crossLanguageSimilarity, pivotKeysOf, pivotWords } from "../../src/claims/crossLanguage.js";
import { createLanguages, freedictTranslations, languagePack, languages, NO_TRANSLATIONS } from "../../src/lang/index.js";
import { wordKnowledge } from "../../src/lang/words.js";
import { readTokens } from "../../src/text/index.js";
import { claimPivots } from "../../src/check/acrossLanguages.js";
import { article, story } from "./fixtures.js";
import { articleFeatures } from "../../src/stories/features.js";
import { Vocabulary } from "../../src/stories/vectors.js";

/** A German–English dictionary of eight entries, in dictd's format. */
function germanDictionary(): string {
  const entries: Array<[string, string]> = [
    ["forderte", "forderte\ndemanded\n"],
    ["störsender", "Störsender <n>\njammer\n"],
    ["drohne", "Drohne <n>\n1. drone\n"],
    ["regierung", "Regierung <n>\n1. government\n"],
    ["nach", "nach\n1. after\n2. to\n3. post\n"],
    ["richterin", "Richterin <n>\njudge\n"],
    // Common nouns the real dictionary knows: read after a determiner, they are no names (src/claims/nameWords.ts).
    ["maler", "Maler <m>\npainter\n"],
    ["konzern", "Konzern <m>\ngroup\n"],
    ["umwelt", "Umwelt <f>\nenvironment\n"],
    ["ministerium", "Ministerium <n>\nministry\n"],
    ["innen", "innen\ninside\n"],
  ];
  const dir = mkdtempSync(join(tmpdir(), "dossier-dictd-"));
  const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let offset = 0;
  const index = entries.map(([head, text]) => {
    const line = `${head}\t${digits[offset >> 6]}${digits[offset & 63]}\t${digits[text.length]}`;
    offset += Buffer.byteLength(text);
    return line;
  });
  writeFileSync(join(dir, "freedict-deu-eng.index"), index.join("\n"));
  writeFileSync(join(dir, "freedict-deu-eng.dict.dz"), gzipSync(entries.map(([, t]) => t).join("")));
  return dir;
}

const withDictionary = createLanguages(languages().all(), freedictTranslations(germanDictionary(), (w, l) => wordKnowledge(l).stem(w), null));
const withoutDictionary = createLanguages(languages().all(), NO_TRANSLATIONS);

const sentence = (text: string, language: string, langs = withDictionary) => {
  const pivots = pivotWords(readTokens(text, language, langs), language, langs);
  return { language, neutral: new Set<string>(), pivots, pivotKeys: pivotKeysOf(new Set(), pivots) };
};

describe("claims across languages", () => {
  it("compares words through their English meaning, and through spelling where no dictionary knows them", () => {
    const en = sentence("The government demanded jammers and drones.", "en");
    const de = sentence("Die Regierung forderte Störsender und Drohnen.", "de");
    assert.equal(crossLanguageSimilarity(en, de), 1, "government, demanded, jammers, drones");
    const plain = sentence("Die Regierung forderte Störsender und Drohnen.", "de", withoutDictionary);
    assert.ok(crossLanguageSimilarity(en, plain) < 0.5, "without the dictionary only Drohnen/drones spell alike");
    const ru = sentence("Правительство запросило глушители и дроны.", "ru");
    assert.ok(crossLanguageSimilarity(en, ru) > 0, "дроны/drones are cognates");
  });

  it("makes one claim of an English and a German sentence that share no number", () => {
    const { group, byId } = story([
      article("en1", "Caracas asked Tehran for help last month. The government demanded jammers and drones from Iran, the documents show. Officials in Moscow declined to comment."),
      article("de1", "Caracas bat Teheran im vergangenen Monat um Hilfe. Die Regierung forderte Störsender und Drohnen aus dem Iran, wie die Dokumente zeigen. Die Börse in Frankfurt schloss fester.", "de"),
    ]);
    const claims = analyseStory(group, byId, defaultConfig.claims, withDictionary).claims;
    const jammers = claims.find((c) => c.mentions.some((m) => /jammers/.test(m.quote)));
    assert.ok(jammers, "a claim on the jammers");
    assert.deepEqual(jammers.mentions.map((m) => m.articleId).sort(), ["de1", "en1"]);
    const stocks = claims.find((c) => c.mentions.some((m) => /Börse/.test(m.quote)));
    assert.ok(!stocks || stocks.mentions.every((m) => m.articleId === "de1"), "the stock market sentence is aligned with nothing");
  });

  it("reads a year as a date both languages write alike: a name and a year are two things shared", () => {
    const { group, byId } = story([
      article("en3", "The survey ship Aster left the harbour in 2018 to chart the northern shelf. The Aster carries a crew of scientists. Storms delayed the work for weeks. Fishermen welcomed the new maps of the shelf. The shelf is rich in cod and herring."),
      article("de3", "Das Vermessungsschiff Aster verließ den Hafen 2018. Die Aster wurde später umgebaut und neu gestrichen. Die Fischer begrüßten die neuen Karten. Stürme verzögerten die Arbeit um Wochen.", "de"),
    ]);
    const claims = analyseStory(group, byId, defaultConfig.claims, withoutDictionary).claims;
    const left = claims.find((c) => c.mentions.some((m) => /left the harbour/.test(m.quote)));
    assert.ok(left, "a claim on the ship leaving");
    assert.deepEqual(left.mentions.map((m) => m.articleId).sort(), ["de3", "en3"], "Aster and 2018 on both sides");
    const rebuilt = claims.find((c) => c.mentions.some((m) => /umgebaut/.test(m.quote)));
    assert.ok(!rebuilt || rebuilt.mentions.every((m) => m.articleId === "de3"), "the ship's name alone aligns nothing");
  });

  it("reads no year in a number the sentence counts by ('1900 km'), and dossier check reads every number as one ('2,000' meets '2000')", () => {
    const units: ClaimSentence[] = [];
    alignmentTap.units = (us) => units.push(...us);
    const { group, byId } = story([
      article("en4", "The new pipeline is 1900 km long and runs under the bay. It opened in 2018 after six years of work."),
      article("de4", "Die Bauern verlangen Entschädigung für 1900 km Zäune. Die Leitung wurde 2018 eröffnet.", "de"),
    ]);
    analyseStory(group, byId, defaultConfig.claims, withoutDictionary);
    alignmentTap.units = undefined;
    const pipeline = units.find((u) => u.sentence.text.startsWith("The new pipeline"))!;
    assert.ok(pipeline.neutral.has("V:1900") && !pipeline.pivotKeys.has("Y:1900"), "1900 km is a count, not a year as well");
    assert.ok(units.find((u) => u.sentence.text.startsWith("It opened"))!.pivotKeys.has("Y:2018"), "2018 is a year");
    const claim = claimPivots("Russia sent 2,000 troops to the border.", "en", withoutDictionary);
    const german = claimPivots("Russland schickte 2000 Soldaten an die Grenze.", "de", withoutDictionary);
    assert.ok(claim.pivotKeys.has("V:2000") && german.pivotKeys.has("V:2000"));
  });

  it("reads the number in a word joined to it ('52-jährige') as the number another language writes alone ('Brekke, 52,')", () => {
    const { group, byId } = story([
      article("en2", "Brekke will lead the shipyard from July. Brekke, 52, recently stepped down at the ferry line. Brekke thanked the workers."),
      article("de2", "Brekke führt die Werft ab Juli. Der 52-jährige Brekke verließ vor kurzem die Fährlinie. Brekke dankte den Arbeitern.", "de"),
    ]);
    const claims = analyseStory(group, byId, defaultConfig.claims, withoutDictionary).claims;
    const left = claims.find((c) => c.mentions.some((m) => /stepped down/.test(m.quote)));
    assert.ok(left, "a claim on Brekke leaving");
    assert.deepEqual(left.mentions.map((m) => m.articleId).sort(), ["de2", "en2"]);
  });
});

describe("stories across languages", () => {
  it("folds a word by its English meaning where a dictionary gives one: Regierung meets government", () => {
    const reader = (langs: typeof withDictionary) => {
      const vocabulary = new Vocabulary(langs, defaultConfig.stories.stemLength);
      return (text: string, language: string) => [...articleFeatures({ title: null, text, language }, vocabulary).folds.ids];
    };
    const [read, readPlain] = [reader(withDictionary), reader(withoutDictionary)];
    assert.deepEqual(read("Regierung", "de"), read("government", "en"));
    assert.notDeepEqual(readPlain("Regierung", "de"), readPlain("government", "en"));
  });
});

describe("a source described in one language and named in another", () => {
  it("is one origin where the dictionary says the noun is the same ('the judge', 'Richterin Vera Lind')", () => {
    const named = { ...article("named", "Richterin Vera Lind sagte, die Kestria-Fähre müsse 14 Nachtfahrten nach Hollen streichen. Das Gericht tagte am Montag."), language: "de", outlet: "Kestria Zeitung" };
    const described = { ...article("described", "The judge said the Kestria ferry must cancel 14 night crossings to Hollen. Shops near the pier stayed open."), outlet: "Northern Wire" };
    const { group, byId } = story([named, described]);
    const claims = analyseStory(group, byId, defaultConfig.claims, withDictionary).claims;
    const claim = claims.find((c) => c.mentions.some((m) => m.quote.includes("night crossings")) && c.mentions.some((m) => m.quote.includes("Nachtfahrten")));
    assert.ok(claim, `one claim across the languages: ${JSON.stringify(claims.map((c) => c.mentions.map((m) => m.quote)))}`);
    assert.equal(claim.origins.length, 1, JSON.stringify(claim.origins));
    assert.match(claim.origins[0]!, /Vera Lind$/);
    assert.equal(claim.status, "single-origin");
    const plain = analyseStory(group, byId, defaultConfig.claims, withoutDictionary).claims.find((c) => c.mentions.length === 2 && c.mentions.some((m) => m.quote.includes("night crossings")));
    // A sense of another word of the sentence ("nach": "post") says nothing of who the source is.
    const post = { ...described, text: described.text.replace("The judge said", "The post said") };
    const withPost = story([named, post]);
    const posted = analyseStory(withPost.group, withPost.byId, defaultConfig.claims, withDictionary).claims.find((c) => c.mentions.length === 2 && c.mentions.some((m) => m.quote.includes("night crossings")));
    assert.ok(posted, "the claim is found with 'the post' as its source too");
    assert.equal(posted.origins.length, 2, JSON.stringify(posted.origins));
    assert.ok(plain, "the claim is found without the dictionary too (the number and cognates align it)");
    assert.equal(plain.origins.length, 2, "without the dictionary nothing says a Richterin is a judge");
  });
});

describe("a role before a name, in a language that capitalises nouns", () => {
  const text = "Richterin Ann Donnelly lehnte den Antrag am Montag ab. Bundeskanzler Olaf Scholz schwieg. Der Maler Gerhard Richter stellte in Köln aus. Der Konzern General Motors Company kündigte am Montag 40 Entlassungen an.";
  const names = (langs: typeof withDictionary): string[] => {
    const { group, byId } = story([article("de", text, "de")]);
    return analyseStory(group, byId, defaultConfig.claims, langs).entities.flatMap((e) => [e.name, ...e.aliases]);
  };

  it("is not part of the name: by the dictionary's senses ('Richterin': judge), and by a compound's head without one ('Bundes|kanzler')", () => {
    const found = names(withDictionary);
    assert.ok(found.includes("Ann Donnelly"), JSON.stringify(found));
    assert.ok(!found.some((n) => n.startsWith("Richterin")), JSON.stringify(found));
    assert.ok(found.includes("Olaf Scholz") && !found.some((n) => n.startsWith("Bundeskanzler")), JSON.stringify(found));
    assert.ok(found.includes("Gerhard Richter"), "a surname that is also a role word stays: it follows the name");
    // With the dictionaries apt installs (FreeDict German gives "general" as a sense of "General").
    const installed = names(languages());
    assert.ok(installed.includes("General Motors Company"), `a word English spells the same is a name borrowed from English, not a role: ${JSON.stringify(installed)}`);
    const plain = names(withoutDictionary);
    assert.ok(plain.includes("Olaf Scholz"), JSON.stringify(plain));
  });
});

describe("a country named by its adjective", () => {
  it("is one pivot word across languages: 'российский' and 'Russian', 'американского' and 'American'", () => {
    const ru = pivotWords(readTokens("российский самолет и американского правительства", "ru", languages()), "ru", languages()).flat();
    const en = pivotWords(readTokens("a Russian plane of the American government", "en", languages()), "en", languages()).flat();
    assert.ok(ru.some((k) => en.includes(k) && k.startsWith("P:russia")), JSON.stringify(ru));
    assert.ok(ru.some((k) => en.includes(k) && k.startsWith("P:unit")), "the United States");
    // In English only the whole word: "Indiana" and "polished" are no India or Poland.
    assert.ok(!pivotWords(readTokens("polished floors in Indiana", "en", languages()), "en", languages()).flat().some((k) => /^P:(poland|india)$/.test(k)));
  });

  it("makes documents 'of the American government' the same origin as 'U.S. government documents', when a framing source comes first", () => {
    const en = { ...article("en", "Venezuela asked Iran for GPS jammers and drones, according to U.S. government documents. The request was sent in October."), outlet: "Northern Wire" };
    const ru = { ...article("ru", "Как отмечается в документах американского правительства, министр Веласкес сообщил иранскому чиновнику, что Венесуэле нужны глушители GPS и дроны. Запрос отправили в октябре.", "ru"), outlet: "Вестник Севера" };
    const { group, byId } = story([en, ru]);
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    const claim = claims.find((c) => c.mentions.some((m) => m.quote.includes("GPS jammers")) && c.mentions.some((m) => m.quote.includes("глушители")));
    assert.ok(claim, `one claim across the languages: ${JSON.stringify(claims.map((c) => c.mentions.map((m) => m.quote)))}`);
    assert.equal(claim.origins.length, 1, JSON.stringify(claim.origins));
    assert.equal(claim.status, "single-origin");
  });

  it("makes one origin of a body named in two languages by words meaning the same, and two of bodies that differ ('Innenministerium')", () => {
    // German compounds read by their parts, as installed dictionaries are.
    const withDictionary = createLanguages(
      languages().all(),
      freedictTranslations(germanDictionary(), (w, l) => wordKnowledge(l).stem(w), null, (l) => languagePack(l)?.compounds?.links),
    );
    assert.ok(sameOriginAcross("environment ministry", "en", "Umweltministeriums", "de", withDictionary));
    assert.ok(sameOriginAcross("the environment ministry", "en", "des Umweltministeriums", "de", withDictionary));
    // A compound the dictionary has is read by its parts too: "Hafenbehörde" is a harbour authority, and a port's (installed FreeDict).
    if (languages().translations.languages.includes("de")) assert.ok(sameOriginAcross("port authority documents", "en", "Dokumente der Hafenbehörde", "de", languages()));
    assert.ok(!sameOriginAcross("interior ministry", "en", "Umweltministerium", "de", withDictionary), "another ministry");
    assert.ok(!sameOriginAcross("environment ministry", "en", "Ministerium", "de", withDictionary), "a ministry, not said which");
    assert.ok(!sameOriginAcross("environment ministry", "en", "Umweltministeriums", "de", withoutDictionary), "no meanings without a dictionary");
    assert.ok(!sameOriginAcross("environment ministry", "en", "environment ministry", "en", withDictionary), "one language: spellings decide");
    // A name is compared by its spelling, never by its meaning.
    assert.ok(!sameOriginAcross("The Mirror", "en", "Der Spiegel", "de", languages()), "two newspapers");
    // A body named by what it is, capitalised as a name, is compared by meaning too, where a dictionary reads the other language.
    if (languages().translations.languages.includes("es")) {
      assert.ok(sameOriginAcross("The Ministry of Transport", "en", "El Ministerio de Transporte", "es", languages()), "one ministry");
      assert.ok(!sameOriginAcross("Ministry of Transport", "en", "Ministerio de Defensa", "es", languages()), "two ministries");
      assert.ok(!sameOriginAcross("Bank of England", "en", "Banco de España", "es", languages()), "two banks");
    }
  });

  it("reads a shared name as one thing from both sides, and keeps a claim's sentences of two languages pairwise alignable", () => {
    const units: ClaimSentence[] = [];
    alignmentTap.units = (us) => units.push(...us);
    const en = article("en", "Port director Marek Solan said the warehouse held about 300 tonnes of ammonium nitrate. Since 2019 the warehouse of Kestrel Agrochem had been used to store fertiliser.");
    const wire = article("wire", "The fire at Pier 4 was put out by morning. Kestrel Agrochem did not respond to a request for comment.");
    const ru = article("ru", "По словам Марека Солана, на складе компании «Кестрел Агрокем» хранилось около 300 тонн аммиачной селитры.", "ru");
    const { group, byId } = story([en, wire, ru]);
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    alignmentTap.units = undefined;
    const unit = (text: string): ClaimSentence => units.find((u) => u.sentence.text.startsWith(text))!;
    const [since, solan] = [unit("Since 2019 the warehouse"), unit("По словам Марека Солана")];
    // The Russian side's entities miss the quoted name, so its two words would count twice from there.
    assert.ok(!mayAlignAcross(since, solan) && !mayAlignAcross(solan, since), "the company's name alone, read from either side");
    assert.ok(mayAlignAcross(unit("Port director Marek Solan"), solan), "Solan and 300 tonnes");
    const holding = claims.filter((c) => c.mentions.some((m) => m.quote.startsWith("По словам")));
    assert.ok(holding.length > 0 && holding.every((c) => !c.mentions.some((m) => m.quote.startsWith("Since 2019"))), "the 2019 sentence is in no claim of the Russian one");
  });

  it("reads the countries two sentences of two languages name as one thing together: the story's setting, not a fact", () => {
    const units: ClaimSentence[] = [];
    alignmentTap.units = (us) => units.push(...us);
    const en = article("en5", "Norway and Sweden signed a fishing treaty in the spring, the latest of several agreements. The ferry line added two ships. Fishermen welcomed the new quotas for cod.");
    const ru = article("ru5", "Одна из причин — спор Норвегии со Швецией. Паромная линия купила два судна в марте.", "ru");
    const { group, byId } = story([en, ru]);
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    alignmentTap.units = undefined;
    const unit = (text: string): ClaimSentence => units.find((u) => u.sentence.text.startsWith(text))!;
    assert.ok(!mayAlignAcross(unit("Norway and Sweden"), unit("Одна из причин")), "Norway and Sweden alone");
    assert.ok(!claims.some((c) => c.mentions.some((m) => m.quote.startsWith("Одна из причин")) && c.mentions.some((m) => m.quote.startsWith("Norway"))));
    // The United Nations is a body, no country, though ICU names it as a region: it and Russia are two things.
    units.length = 0;
    alignmentTap.units = (us) => units.push(...us);
    const un = story([
      article("en6", "The United Nations suspended Russia from its human rights council on Thursday. Ferries stopped for the day."),
      article("ru6", "ООН исключила Россию из совета по правам человека. Паромы не ходили.", "ru"),
    ]);
    analyseStory(un.group, un.byId, defaultConfig.claims, languages());
    alignmentTap.units = undefined;
    assert.ok(mayAlignAcross(unit("The United Nations"), unit("ООН исключила")), "the UN and Russia");
  });

  it("keeps in one cross-language claim only sentences that may align pair by pair, not on average", () => {
    // Sentences made by hand, as alignment reads them: X (en) and Y (de) share 300 and two words, Y and Z (ru) 12 and a
    // word; X and Z share nothing. Three more sentences keep those keys rare in the story.
    const unit = (articleId: string, language: string, neutral: string[], words: string[], text = articleId): ClaimSentence => {
      const pivots = words.map((w) => [`P:${w}`]);
      return { articleId, language, sentence: { start: 0, end: text.length, text }, tokens: [], values: [], quotes: [], features: new Set(), neutral: new Set(neutral), speakers: new Set(), pivots, pivotNames: pivots.map(() => null), pivotKeys: pivotKeysOf(new Set(neutral), pivots), attributedTo: null, restsOn: null, cues: [], reportingCues: [] } as unknown as ClaimSentence;
    };
    const units = [
      unit("x", "en", ["V:300"], ["carri", "passeng"]),
      unit("y", "de", ["V:300", "V:12"], ["carri", "passeng", "truck"]),
      unit("z", "ru", ["V:12"], ["truck"]),
      unit("f1", "en", ["V:7"], ["storm"]),
      unit("f2", "de", ["V:8"], ["harbour"]),
      unit("f3", "ru", ["V:9"], ["bridg"]),
    ];
    const across = alignClaims(units, defaultConfig.claims, languages()).drafts.filter((d) => d.across).map((d) => d.entries.map(([u]) => u.articleId).sort().join(","));
    assert.ok(across.includes("x,y"), JSON.stringify(across));
    assert.ok(!across.some((ids) => ids.includes("x") && ids.includes("z")), JSON.stringify(across));
    // A date is one thing however many words say it; a number naming a thing is part of its name where the name is shared.
    const dated = (id: string, language: string, neutral: string[], keys: string[][], text = id): ClaimSentence => ({ ...unit(id, language, neutral, [], text), pivots: keys, pivotNames: keys.map(() => null), pivotKeys: pivotKeysOf(new Set(neutral), keys) }) as ClaimSentence;
    assert.ok(!mayAlignAcross(dated("a", "en", [], [["D:2"], ["M:10"]]), dated("b", "de", [], [["D:2"], ["M:10"]])), "on Tuesday in October / am Dienstag im Oktober");
    assert.ok(mayAlignAcross(dated("a", "en", [], [["D:2"], ["P:fire"]]), dated("b", "de", [], [["D:2"], ["P:fire"]])), "a day and a word");
    assert.ok(!mayAlignAcross(dated("a", "en", ["E:Pier", "N:4"], [], "The fire at Pier 4 was put out."), dated("b", "de", ["E:Pier", "N:4"], [], "Am Pier 4 wurde ein Terminal eröffnet.")), "Pier 4 / Pier 4");
    assert.ok(mayAlignAcross(dated("a", "en", ["E:Kestrel Agrochem", "N:4"], [], "Kestrel Agrochem runs the hall at Pier 4."), dated("b", "ru", ["E:Kestrel Agrochem", "N:4"], [], "Kestrel Agrochem на причале № 4.")), "a company and Pier 4 / причал № 4: two things");
    assert.ok(mayAlignAcross(dated("a", "en", ["N:4", "V:300"], []), dated("b", "ru", ["N:4", "V:300"], [])), "Pier 4 / причал № 4, and 300");
  });

  it("counts no source two sentences of two languages cite as a thing they share: who says it is not what is said", () => {
    // The claim sentences alignment reads of a story of these articles, found by how they begin.
    const unitsOf = (...articles: ReturnType<typeof article>[]): ((text: string) => ClaimSentence) => {
      const units: ClaimSentence[] = [];
      alignmentTap.units = (us) => units.push(...us);
      const { group, byId } = story(articles);
      analyseStory(group, byId, defaultConfig.claims, languages());
      alignmentTap.units = undefined;
      return (text) => units.find((u) => u.sentence.text.startsWith(text))!;
    };
    const unit = unitsOf(
      article("en", "It remains unclear whether Norway has answered the request from Oslo, the Harbour Gazette noted. The Harbour Gazette reported that Norway sent a ferry to Bergen."),
      article("ru", "Как сообщила Harbour Gazette, в воскресенье в Кронштадт прибыл паром из Норвегии.", "ru"),
    );
    const [unclear, arrived] = [unit("It remains unclear"), unit("Как сообщила Harbour Gazette")];
    assert.ok(unclear.speakers.has("E:Harbour Gazette") && arrived.neutral.has("E:Harbour Gazette") && arrived.neutral.has("E:Norway"), "the Gazette speaks in one, and both name Norway");
    assert.ok(!mayAlignAcross(unclear, arrived) && !mayAlignAcross(arrived, unclear), "the Gazette and Norway: one source, one setting");
    // Who does something is no speaker: "Marek Solan voted against …" states his deed, and shares him.
    const deed = unitsOf(article("v", "Marek Solan voted against Norway's bid for the Kessel pier on Monday."), article("w", "Марек Солан проголосовал против заявки Норвегии на причал.", "ru"));
    const solan = deed("Marek Solan voted");
    assert.ok(!solan.speakers.has("E:Marek Solan"), JSON.stringify([...solan.speakers]));
    assert.ok(mayAlignAcross(solan, deed("Марек Солан")), "Solan and Norway: a person and the setting");
  });

  it("never makes one claim of two sentences of two languages that each count something and share no count ($1,250 / 30 Millionen Pfund)", () => {
    const en = article("en", "Jonas Brekke planned to raise around $1,250 for the Hollen lifeboat crew. He walked around his garden.");
    const de = article("de", "Jonas Brekke hat rund 30 Millionen Pfund für die Seenotretter in Hollen gesammelt. Er lief in seinem Garten.", "de");
    const { group, byId } = story([en, de]);
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    const raised = claims.filter((c) => c.mentions.some((m) => m.quote.includes("$1,250")));
    assert.ok(raised.length > 0 && raised.every((c) => c.mentions.every((m) => m.articleId === "en")), JSON.stringify(raised.map((c) => c.mentions.map((m) => m.quote))));
    assert.ok(raised.every((c) => c.status !== "corroborated"));
  });

  it("aligns two sentences of two languages by their words only where they share two things, a name (however many words) or a number or a word's meaning", { skip: languages().translations.languages.includes("de") ? false : "no German dictionary installed" }, () => {
    const units: ClaimSentence[] = [];
    alignmentTap.units = (us) => units.push(...us);
    const a = article(
      "a",
      "Judge Lena Holt refused to release the Kessel ferry captain on Monday. The captain then argued in court that he would not flee. The operator Baltic Ferrylines did not respond to a request for comment. Baltic Ferrylines had carried 300 passengers on the ferry.",
    );
    const b = article(
      "b",
      "Richterin Lena Holt lehnte am Montag die Freilassung des Kapitäns ab. Die ersten Prozesse sollten eigentlich noch dieses Jahr starten. Nach Angaben der Reederei Baltic Ferrylines waren 300 Passagiere an Bord.",
      "de",
    );
    const { group, byId } = story([a, b]);
    analyseStory(group, byId, defaultConfig.claims, languages());
    alignmentTap.units = undefined;
    const unit = (text: string): ClaimSentence => units.find((u) => u.sentence.text.startsWith(text))!;
    assert.ok(mayAlignAcross(unit("Judge Lena Holt"), unit("Richterin Lena Holt")), "a name in common");
    assert.ok(!mayAlignAcross(unit("The captain then argued"), unit("Die ersten Prozesse")), "one meaning in common (court), no name");
    assert.ok(!mayAlignAcross(unit("The operator Baltic Ferrylines"), unit("Nach Angaben der Reederei")), "one name of two words, nothing else in common");
    assert.ok(mayAlignAcross(unit("Baltic Ferrylines had carried"), unit("Nach Angaben der Reederei")), "the name and a number");
  });
});
