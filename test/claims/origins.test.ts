/** Origins that name one source are one origin: an outlet cited and an article of that outlet, a reporter and their outlet, "the report" and the source the article reports. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { creditedSource, traceOrigins, wireCredit } from "../../src/claims/claimOrigins.js";
import type { PlacedCitation } from "../../src/claims/citations.js";
import { languages } from "../../src/lang/index.js";
import type { Article, Claim } from "../../src/model.js";
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { article, copy, story } from "./fixtures.js";

const posted: Article = { ...article("post", "The Post's own reporting on the missiles."), outlet: "washingtonpost.com" };
const other = article("other", "The Washington Post reported Friday that fourteen systems were sent. According to the report, more will follow.");
const sports = article("sports", "SportsBusinessNews' Howard Bloom reported the plan. Bloom said four teams would join.");
const cited = (articleId: string, source: string, start: number): PlacedCitation => ({ articleId, source, via: null, quote: source, start, end: start + source.length, sourceStart: start, sourceEnd: start + source.length, described: false });

const tracer = traceOrigins({
  citations: [cited("other", "The Washington Post", 0), cited("other", "the report", 70), cited("sports", "SportsBusinessNews' Howard Bloom", 0), cited("sports", "Sports Business News", 200), cited("sports", "Howard Bloom", 55)],
  copies: [],
  articles: [posted, other, sports],
  leadEnd: new Map([["post", 40], ["other", 60], ["sports", 50]]),
  entityOf: () => undefined,
  languages: languages(),
});

describe("origins", () => {
  it("an article from an outlet and a citation of that outlet are one origin", () => {
    assert.equal(tracer.originOf("post", null).key, tracer.originOf("other", "The Washington Post").key);
  });
  it("'according to the report' takes the source the article's lead reports", () => {
    assert.equal(tracer.originOf("other", "the report").key, tracer.originOf("other", "The Washington Post").key);
  });
  it("a reporter named with their outlet, and later alone, is that outlet", () => {
    const outlet = tracer.originOf("sports", "Sports Business News").key;
    assert.equal(tracer.originOf("sports", "SportsBusinessNews' Howard Bloom").key, outlet);
    assert.equal(tracer.originOf("sports", "Howard Bloom").key, outlet);
  });
});

/** The story's claim holding mentions of all these articles; the test fails, listing the claims, when none does. */
/** The claims of a story of these articles. */
const claimsOf = (articles: Parameters<typeof story>[0]): readonly Claim[] => {
  const { group, byId } = story(articles);
  return analyseStory(group, byId, defaultConfig.claims, languages()).claims;
};

/** The claim the two articles hold: single-origin, its one origin `origin`. */
function oneOrigin(claims: readonly Claim[], a: string, b: string, origin: string): void {
  const claim = claimHolding(claims, a, b);
  assert.deepEqual(claim.origins, [origin], JSON.stringify(claim.mentions.map((m) => m.origin)));
  assert.equal(claim.status, "single-origin");
}

function claimHolding(claims: readonly Claim[], ...ids: string[]): Claim {
  const found = claims.find((c) => ids.every((id) => c.mentions.some((m) => m.articleId === id)));
  assert.ok(found, JSON.stringify(claims.map((c) => [c.summary, c.mentions.map((m) => m.articleId), c.origins])));
  return found;
}

describe("a spokesperson", () => {
  it("speaks for the body named beside them: one origin with it, in any language ('Dornex spokesman Henrik Aalto', 'Пресс-секретарь Кремля')", () => {
    const claims = claimsOf([
      { ...article("a", "Dornex said on Monday that no toxic gas had escaped from the Velmar depot after the fire."), outlet: "Harbor Times" },
      { ...article("b", "Dornex spokesman Henrik Aalto said on Monday that no toxic gas had escaped from the Velmar depot after the fire."), outlet: "Coastal Wire" },
      { ...article("c", "Henrik Aalto, a Dornex spokesman, told reporters the Velmar depot would reopen in June."), outlet: "Riverside Post" },
    ]);
    oneOrigin(claims, "a", "b", "Dornex");
    const ru = story([
      { ...article("a", "Кремль заявил, что Россия не будет поставлять Кестрии ракеты в этом году.", "ru"), outlet: "Вестник" },
      { ...article("b", "Пресс-секретарь Кремля Дмитрий Песков заявил, что Россия не будет поставлять Кестрии ракеты в этом году.", "ru"), outlet: "Север" },
    ]);
    const missiles = analyseStory(ru.group, ru.byId, defaultConfig.claims, languages()).claims.find((c) => c.mentions.length === 2);
    assert.ok(missiles);
    assert.deepEqual(missiles.origins, ["Кремль"]);
  });

  it("a body named with what it is ('the Dornex group', 'the environmental group Greenline') is that body: one origin", () => {
    const claims = claimsOf([
      { ...article("a", "Dornex said on Monday that no toxic gas had escaped from the Velmar depot after the fire."), outlet: "Harbor Times" },
      { ...article("b", "The Dornex group said on Monday that no toxic gas had escaped from the Velmar depot after the fire."), outlet: "Coastal Wire" },
      { ...article("c", "Greenline said chlorine had leaked from the Velmar depot during the fire on Monday."), outlet: "Riverside Post" },
      { ...article("d", "The environmental group Greenline said chlorine had leaked from the Velmar depot during the fire on Monday."), outlet: "Harbor Times" },
    ]);
    oneOrigin(claims, "a", "b", "Dornex");
    oneOrigin(claims, "c", "d", "Greenline");
  });

  it("a copy's sentence in its own voice rests where its original's does, through a rewrite of the copy too; one naming its source keeps it", () => {
    const { group, byId } = story(
      [
        { ...article("a", "The Lindholm ferry pier closed on Monday after cracks were found in two of its pillars, harbour master Olga Brandt said. Repairs will take a year."), outlet: "Harbor Times" },
        // A rewrite that drops the attribution: its sentence is still the harbour master's, not a second origin.
        { ...article("b", "The Lindholm ferry pier closed on Monday after cracks were found in two of its pillars. Repairs will take a year."), outlet: "Daily Glimpse" },
        { ...article("r", "The Lindholm ferry pier closed on Monday after cracks were found in two of its pillars, police said. Repairs will take a year."), outlet: "Region Weekly" },
      ],
      [copy("b", "a"), copy("r", "b")],
    );
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    const pier = claimHolding(claims, "a", "b", "r");
    const originOf = (id: string) => pier.mentions.find((m) => m.articleId === id)!.origin;
    assert.equal(originOf("b"), "Olga Brandt", JSON.stringify(pier.mentions));
    assert.match(originOf("r"), /police/, "a rewrite's own named source stays");
  });

  it("of a body the story does not name, or named by a role only ('Regierungssprecher'), stays a person of their own", () => {
    const { group, byId } = story([
      { ...article("a", "Die Regierung teilte mit, dass der Hafen von Hollen am Montag für sechs Wochen geschlossen wird."), outlet: "Kurier" },
      { ...article("b", "Regierungssprecher Jonas Brekke sagte, dass der Hafen von Hollen am Montag für sechs Wochen geschlossen wird."), outlet: "Bote" },
    ].map((a) => ({ ...a, language: "de" })));
    const claim = analyseStory(group, byId, defaultConfig.claims, languages()).claims.find((c) => c.mentions.length === 2);
    assert.ok(claim);
    assert.equal(claim.origins.length, 2, JSON.stringify(claim.origins));
  });
});

describe("a person named with role words", () => {
  const person = { name: "Vera Lind", type: "person" as const };
  const roles = traceOrigins({
    citations: [cited("post", "Commissioner Vera Lind", 0), cited("other", "Vera Lind", 0), cited("other", "Kestria harbour board deputy commissioner Vera Lind", 90), cited("post", "Critics of Vera Lind", 50), cited("post", "Tom Berg and Vera Lind", 80)],
    copies: [],
    articles: [posted, other],
    leadEnd: new Map([["post", 0], ["other", 0]]),
    entityOf: (surface) => (surface === "Vera Lind" ? person : undefined),
    languages: languages(),
  });
  it("is the story's person whatever the words before the name ('Commissioner Vera Lind' = 'Vera Lind')", () => {
    const key = roles.originOf("other", "Vera Lind").key;
    assert.equal(roles.originOf("post", "Commissioner Vera Lind").key, key);
    assert.equal(roles.originOf("other", "Kestria harbour board deputy commissioner Vera Lind").key, key);
  });
  it("is someone else after a function word ('Critics of Vera Lind', 'Tom Berg and Vera Lind')", () => {
    const key = roles.originOf("other", "Vera Lind").key;
    assert.notEqual(roles.originOf("post", "Critics of Vera Lind").key, key);
    assert.notEqual(roles.originOf("post", "Tom Berg and Vera Lind").key, key);
  });
  it("needs the whole name: a surname alone at the end is not that person", () => {
    assert.notEqual(roles.originOf("post", "Commissioner Lind").key, roles.originOf("other", "Vera Lind").key);
  });
});

describe("a repeated quotation", () => {
  it("rests on the speaker one article names, also in an article that names none: one origin, not two", () => {
    const quote = "“We will reopen the Lissar weir on Friday once the river falls below the spillway,”";
    const named = { ...article("named", `${quote} river authority director Tomas Berg said on Wednesday. The gates were closed for nine days.`), outlet: "Kestria Herald" };
    const bare = { ...article("bare", `The authority's message to the town was plain: ${quote.replace(/,”$/, ".”")} Shops near the weir stayed shut.`), outlet: "Northern Wire" };
    const { group, byId } = story([named, bare]);
    const claim = analyseStory(group, byId, defaultConfig.claims, languages()).claims.find((c) => c.mentions.some((m) => m.quote.includes("reopen the Lissar weir")))!;
    assert.ok(claim, "the quotation is a claim");
    assert.deepEqual(new Set(claim.mentions.map((m) => m.articleId)), new Set(["named", "bare"]));
    assert.deepEqual(claim.origins.length, 1, JSON.stringify(claim.origins));
    assert.equal(claim.status, "single-origin");
  });
});

/** The claim holding `phrase` in a story of two articles of two outlets, one naming the source and one describing it. */
function claimOfTwo(namedText: string, describedText: string, phrase: string) {
  const named = { ...article("named", namedText), outlet: "Kestria Herald" };
  const described = { ...article("described", describedText), outlet: "Northern Wire" };
  const { group, byId } = story([named, described]);
  const claim = analyseStory(group, byId, defaultConfig.claims, languages()).claims.find((c) => c.mentions.some((m) => m.quote.includes(phrase)));
  assert.ok(claim, `a claim on "${phrase}"`);
  assert.deepEqual(new Set(claim.mentions.map((m) => m.articleId)), new Set(["named", "described"]));
  return claim;
}

describe("a source named only by what it is", () => {
  it("is the named source of the same claim, not a second origin ('the judge' beside 'Judge Astrid Holm')", () => {
    const claim = claimOfTwo(
      "Judge Astrid Holm said the Kestria ferry line must stop its night crossings from Hollen until the spring inspection. The court met on Monday.",
      "The judge said the Kestria ferry line must stop its night crossings from Hollen until the spring inspection. Shops near the pier stayed open.",
      "night crossings",
    );
    assert.deepEqual(claim.origins, ["Astrid Holm"]);
    assert.equal(claim.status, "single-origin");
  });

  it("stays apart from a named source of another kind ('a fisherman' is not 'police spokesman Jonas Brekke')", () => {
    const claim = claimOfTwo(
      "Police spokesman Jonas Brekke said the fire destroyed fourteen fishing boats in the Hollen harbour overnight. The pier stayed closed.",
      "A fisherman said the fire destroyed fourteen fishing boats in the Hollen harbour overnight. Shops stayed open.",
      "fourteen fishing boats",
    );
    assert.equal(claim.origins.length, 2, JSON.stringify(claim.origins));
    assert.equal(claim.status, "corroborated");
  });
});

describe("a claim stated in an article's own voice", () => {
  it("rests on the source another article names for it, when its own article names that source too", () => {
    const claim = claimOfTwo(
      "Police spokesman Jonas Brekke said the fire destroyed fourteen fishing boats in the Hollen harbour overnight. The pier stayed closed.",
      "The fire destroyed fourteen fishing boats in the Hollen harbour overnight. Brekke said the harbour would reopen on Friday after the clean-up.",
      "fourteen fishing boats",
    );
    assert.deepEqual(claim.origins, ["Jonas Brekke"]);
    assert.equal(claim.status, "single-origin");
  });

  it("is its article's own report when that article does not name the source at all", () => {
    const claim = claimOfTwo(
      "Police spokesman Jonas Brekke said the fire destroyed fourteen fishing boats in the Hollen harbour overnight. The pier stayed closed.",
      "The fire destroyed fourteen fishing boats in the Hollen harbour overnight. The harbour would reopen on Friday after the clean-up.",
      "fourteen fishing boats",
    );
    assert.equal(claim.origins.length, 2, JSON.stringify(claim.origins));
    assert.equal(claim.status, "corroborated");
  });
});

describe("a sentence that names no source rests on one", () => {
  const lead = "The port authority said the Kestria pier will close on Monday for six weeks of repairs. The ferry Nord will sail from Hollen for the whole six weeks instead. Tickets on the Hollen crossing will cost twelve euros for each adult passenger.";
  const originsOf = (text: string, language = "en"): Map<string, string> => {
    const { group, byId } = story([{ ...article("a", text, language), outlet: "Kestria Herald" }]);
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    return new Map(claims.flatMap((c) => c.mentions.map((m) => [m.quote.split(" ").slice(0, 3).join(" "), m.origin] as const)));
  };

  it("no further than its own sentence, with paragraphs or without: the next sentence is the article's own report", () => {
    for (const text of [`${lead}\n\nShops near the pier stayed open on Sunday evening.`, lead]) {
      const origins = originsOf(text);
      assert.equal(origins.get("The port authority"), "port authority");
      assert.equal(origins.get("The ferry Nord"), "Kestria Herald");
      assert.equal(origins.get("Tickets on the"), "Kestria Herald");
    }
  });

  it("but a sentence that says it rests on reports ('reportedly') rests on the source other than a person its article names most", () => {
    const origins = originsOf(
      "The Kestria Port Authority said the pier will need repairs. The Harbour Gazette reported that the Kestria pier will close on Monday for six weeks of repairs. Mayor Jonas Brekke said the repairs will cost four million euros. The Harbour Gazette reported that divers found 12 cracked pillars. Jonas Brekke said the work will start in May. The ferry Nord will reportedly sail from Hollen for the whole six weeks instead. Ferry tickets will allegedly cost 30 euros more.",
    );
    assert.equal(origins.get("The Harbour Gazette"), "The Harbour Gazette");
    assert.equal(origins.get("The ferry Nord"), "The Harbour Gazette", "the source named most, not the first named nor the person");
    assert.equal(origins.get("Ferry tickets will"), "Kestria Herald", "'allegedly' is a hedge, not a report");
  });

  it("a hedged sentence ('allegedly') rests on the report the sentence right before names, not on one that sentence rests on by a hedge", () => {
    const origins = originsOf(
      "Mayor Jonas Brekke said the Kestria pier will close on Monday. According to a report in The Harbour Gazette, the port has requested three cranes from Norway. The requests allegedly include a loan of four million euros. The ferry Nord will reportedly sail from Hollen instead. Ferry tickets will allegedly cost 30 euros more.",
    );
    assert.equal(origins.get("The requests allegedly"), "The Harbour Gazette");
    assert.equal(origins.get("Ferry tickets will"), "Kestria Herald", "the sentence before names no report");
    // Not a sentence the hedged one before rests on by its hedge, though it goes on with it.
    const chained = originsOf(
      "According to a report in The Harbour Gazette, the port has requested three cranes from Norway. The requests allegedly include a loan of four million euros. The loan allegedly runs for three years at a low rate.",
    );
    assert.equal(chained.get("The requests allegedly"), "The Harbour Gazette");
    assert.equal(chained.get("The loan allegedly"), "Kestria Herald");
    // Not a hedge of a relative clause, nor one of a sentence that states nothing the report before states.
    const apart = originsOf(
      "The Harbour Gazette reported that the Kestria pier will close for six weeks of repairs. The pier was built in 1962 by the Nord company, which allegedly paid 3 million euros in bribes. Kestria police said the ferry Nord hit the pier on Sunday. The ministry allegedly ignored 14 warnings about the crossing.",
    );
    assert.equal(apart.get("The pier was"), "Kestria Herald");
    // "that" opening a clause with no comma before it is a conjunction, not a relative clause: the hedge is the sentence's own.
    const emerged = originsOf("The Harbour Gazette reported that the Kestria pier will close for six weeks of repairs. It emerged that Brekke allegedly requested 12 new pillars for the pier.");
    assert.equal(emerged.get("It emerged that"), "The Harbour Gazette");
    assert.equal(apart.get("The ministry allegedly"), "Kestria Herald");
  });

  it("and not on a place that speaks for its government ('Norway said'): it speaks, it does not report", () => {
    const origins = originsOf(
      "Norway said the Kestria pier talks had stalled. The Harbour Gazette reported that the pier will close on Monday. Norway said Sweden had delayed the repairs. The ferry Nord will reportedly sail from Hollen for the whole six weeks instead.",
    );
    assert.equal(origins.get("The ferry Nord"), "The Harbour Gazette");
  });

  it("nor on a seat that speaks for the body seated there ('the Kremlin said')", () => {
    const origins = originsOf(
      "The Kremlin said the Kestria pier talks had stalled. The Harbour Gazette reported that the pier will close on Monday. The Kremlin said Sweden had delayed the repairs. The ferry Nord will reportedly sail from Hollen for the whole six weeks instead.",
    );
    assert.equal(origins.get("The ferry Nord"), "The Harbour Gazette");
  });

  it("and a pronoun rests on the person named before it only where its verb cites ('he posted a photo' cites no one)", () => {
    const origins = originsOf(
      "Mayor Jonas Brekke said the Kestria pier will close on Monday for six weeks of repairs.\n\nIn 2019, he posted a photo of the broken pier with fourteen fishing boats beside it.\n\nIn 2020, he posted on the town's website that the pier had fourteen broken beams.",
    );
    assert.equal(origins.get("In 2019, he"), "Kestria Herald");
    assert.equal(origins.get("In 2020, he"), "Jonas Brekke");
  });

  it("in German, sentences in the mood of reported speech (Konjunktiv I) go on resting on the speaker, without paragraphs; the indicative does not", () => {
    const origins = originsOf(
      "Der Hafen von Kestria werde am Montag für sechs Wochen geschlossen, sagte Bürgermeister Jonas Brekke am Dienstag. Die Fähre Nord müsse in den sechs Wochen viermal täglich von Hollen nach Kestria fahren. Die Fahrkarten seien für alle Reisenden um zwei Euro teurer. Die 14 Geschäfte am Hafen blieben am Sonntag bis 22 Uhr geöffnet. Gott sei Dank wurden beim Sturm im März nur 3 Boote beschädigt.",
      "de",
    );
    assert.equal(origins.get("Der Hafen von"), "Jonas Brekke");
    assert.equal(origins.get("Die Fähre Nord"), "Jonas Brekke");
    assert.equal(origins.get("Die Fahrkarten seien"), "Jonas Brekke");
    assert.equal(origins.get("Die 14 Geschäfte"), "Kestria Herald");
    assert.equal(origins.get("Gott sei Dank"), "Kestria Herald", "an idiom in the mood's form is no reported speech");
  });

  it("in German, reported speech after a sentence that cites no one rests on the speaker that sentence opens with, not on one it names as an object", () => {
    const origins = originsOf(
      "Bürgermeister Jonas Brekke kündigte am Dienstag eine Untersuchung an. Die 12 Risse in der Mauer des Hafens seien schon im Januar entdeckt worden. Die Polizei nahm am Mittwoch den Fischer Lars Holm fest. Er habe in der Nacht 14 Boote beschädigt. Der Fischer Lars Holm wurde am Donnerstag wieder festgenommen. Er habe 3 weitere Boote beschädigt.",
      "de",
    );
    assert.equal(origins.get("Die 12 Risse"), "Jonas Brekke");
    assert.equal(origins.get("Er habe in"), "Kestria Herald", "Lars Holm is who the police arrested, not who speaks");
    assert.equal(origins.get("Er habe 3"), "Kestria Herald", "nor where the sentence opens with him, when its verb says nothing");
  });
});

describe("a person named with an honorific", () => {
  it("is one origin with the person's full name ('Mr Reiss' = 'Anton Reiss')", () => {
    const claims = claimsOf([
      article("a", "Fire chief Anton Reiss said the blaze at the Orbeck paint works was under control by seven in the morning."),
      article("b", "The blaze at the Orbeck paint works was under control by seven in the morning, Mr Reiss said."),
      article("c", "Anton Reiss led the firefighters at the Orbeck paint works through the night."),
    ]);
    oneOrigin(claims, "a", "b", "Anton Reiss");
  });
});

describe("a rewrite's own sentences", () => {
  it("are its outlet's where its original is known; a verbatim copy's are its original's", () => {
    const wire = { ...article("wire", "Rescue boats pulled 196 people from the water."), outlet: "Nordic Press Agency" };
    const rewrite = { ...article("rewrite", "Lifeboats rescued 196 people. Families have been told to call the hotline."), outlet: "Westport Herald" };
    const verbatim = { ...article("verbatim", "Rescue boats pulled 196 people from the water."), outlet: "Daily Meridian" };
    const t = traceOrigins({
      citations: [],
      copies: [copy("rewrite", "wire"), { articleIds: ["verbatim", "wire"], original: "wire", kind: "verbatim", score: 1 }],
      articles: [wire, rewrite, verbatim],
      leadEnd: new Map(),
      entityOf: () => undefined,
      languages: languages(),
    });
    assert.equal(t.originOf("rewrite", null).name, "Westport Herald");
    assert.equal(t.originOf("verbatim", null).key, t.originOf("wire", null).key);
  });
});

describe("the source an article reports as a whole", () => {
  it("is an outlet its lead names before a speaker named first ('Brasken Lines has denied …, the Northern Observer reported')", () => {
    const digest = article("digest", "Brasken Lines has denied that its ferry was overloaded, the Northern Observer reported on Thursday. According to the report, the ferry carried 212 people.");
    const observer = { ...article("observer", "Brasken Lines on Thursday denied that the ferry had been overloaded."), outlet: "The Northern Observer" };
    const t = traceOrigins({
      citations: [cited("digest", "Brasken Lines", 0), cited("digest", "Northern Observer", 65), cited("digest", "the report", 120)],
      copies: [],
      articles: [digest, observer],
      leadEnd: new Map([["digest", 100]]),
      entityOf: () => undefined,
      languages: languages(),
    });
    assert.equal(t.originOf("digest", "the report").key, t.originOf("observer", null).key);
  });
});

describe("documents and the outlet that relays them", () => {
  it("are one origin however the documents are named, and an outlet relaying several sources stands for the one a claim traces through it", () => {
    const a = { ...article("a", "The ramp of the Saltholm Star failed a safety inspection in August, according to Kellhaven Port Authority documents seen by the Harbour Gazette. Mayor Ingrid Solvang told the Gazette that the families deserve the truth."), outlet: "The Harbour Gazette" };
    const b = article("b", "The Harbour Gazette reported on Wednesday, citing port authority documents, that the ramp of the Saltholm Star had failed a safety inspection in August.");
    const c = article("c", "As first reported by the Harbour Gazette, the ramp of the Saltholm Star had failed a safety inspection in August.");
    const { group, byId } = story([a, b, c]);
    const claim = analyseStory(group, byId, defaultConfig.claims, languages()).claims.find((x) => x.articles === 3);
    assert.ok(claim, "one claim of the three");
    assert.equal(claim.origins.length, 1, JSON.stringify(claim.origins));
    assert.equal(claim.status, "single-origin");
  });
});

describe("a sentence pointing back at the one before", () => {
  it("gives it its source ('That was confirmed by the harbour office.', 'Об этом сообщает агентство ТАСС.'), and only a short one that opens so", () => {
    const { group, byId } = story([
      article("a", "The Kestria ferry line sold two of its ships to a Danish buyer last month. That was confirmed by the harbour office on Tuesday. Passengers fear longer waits."),
      article("b", "The Kestria ferry line sold two of its ships to a Danish buyer last month, the Harbour Gazette reported. Fares will rise in spring."),
      article("c", "Паромная линия Кестрии продала два судна датскому покупателю в прошлом месяце. Об этом сообщает агентство ТАСС.", "ru"),
      article("d", "The Kestria ferry line sold two of its ships to a Danish buyer last month. That decision angered the dock workers, who said they had not been told about the sale or its price, union leader Ola Berg said."),
    ]);
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    const originOf = (id: string): string | undefined => claims.flatMap((c) => c.mentions).find((m) => m.articleId === id && /sold two|продала два/.test(m.quote))?.origin;
    assert.equal(originOf("a"), "harbour office");
    assert.equal(originOf("c"), "ТАСС");
    assert.notEqual(originOf("d"), "Ola Berg", "a long sentence saying more than who told it is no pointer");
  });

  it("reads German 'Das teilte X mit' as X's citation pointing back, not 'Das Ministerium teilte mit, …'", () => {
    for (const [next, expected] of [
      ["Das teilte die Hafenbehörde am Dienstag mit.", "Hafenbehörde"],
      ["Das Ministerium teilte mit, dass die Fähre fährt.", "a.txt"],
      ["Das sei falsch, sagte ein Sprecher der Hafenbehörde.", "a.txt"],
    ] as const) {
      const { group, byId } = story([
        article("a", `Die Fährlinie von Kestria hat im vergangenen Monat zwei ihrer Schiffe an einen dänischen Käufer verkauft. ${next} Die Passagiere fürchten längere Wartezeiten.`, "de"),
        article("b", "Die Fährlinie von Kestria hat im vergangenen Monat zwei ihrer Schiffe an einen dänischen Käufer verkauft, berichtete die Hafenzeitung.", "de"),
      ]);
      const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
      assert.equal(claims.flatMap((c) => c.mentions).find((m) => m.articleId === "a" && /zwei ihrer Schiffe/.test(m.quote))?.origin, expected, next);
    }
  });

  it("gives none where the sentence denies, judges, or only opens with 'this' or 'that' ('That is not true, …', 'This week the mayor said …')", () => {
    const lead = "The Kestria ferry line sold two of its ships to a Danish buyer last month.";
    for (const [next, language] of [
      ["That is not true, the harbour office said.", "en"],
      ["That is a disgrace, union leader Ola Berg said.", "en"],
      ["This week the mayor said the city would buy a new ferry.", "en"],
      ["Это неправда, заявил глава профсоюза Ола Берг.", "ru"],
    ] as const) {
      const first = language === "ru" ? "Паромная линия Кестрии продала два судна датскому покупателю в прошлом месяце." : lead;
      const { group, byId } = story([article("a", `${first} ${next} Passengers fear longer waits.`, language), article("b", `${lead} Fares will rise in spring, the Harbour Gazette reported.`)]);
      const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
      const origin = claims.flatMap((c) => c.mentions).find((m) => m.articleId === "a" && /sold two|продала два/.test(m.quote))?.origin;
      assert.equal(origin, "a.txt", next);
    }
  });
});

describe("a sentence going on with the report before it", () => {
  it("rests 'He also asked for …' on the documents the sentence before rests on, not on its own article, nor on a speaker's own words", () => {
    const { group, byId } = story([
      article("a", "According to harbour board documents, Mayor Jonas Brekke requested 14 new cranes for the Hollen port. He also asked for two tugboats and a new pilot boat. The port reopens in May."),
      article("b", "Mayor Jonas Brekke requested 14 new cranes for the Hollen port, the Harbour Gazette reported. Brekke also wants two tugboats and a new pilot boat for the port."),
      article("c", "Jonas Brekke said the Hollen port needs 14 new cranes. He also asked for two tugboats and a new pilot boat at a council meeting."),
    ]);
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    const originOf = (id: string): string | undefined => claims.flatMap((c) => c.mentions).find((m) => m.articleId === id && /tugboats/.test(m.quote))?.origin;
    assert.match(originOf("a") ?? "", /documents/, JSON.stringify(claims.map((c) => c.mentions.map((m) => [m.articleId, m.origin, m.quote.slice(0, 30)]))));
    assert.notEqual(originOf("c"), "Jonas Brekke", "what a speaker did is not what the speaker said");
    // Article b, which states the tugboats in its own voice after a sentence citing the Gazette, is the claim's second report.
    assert.equal(originOf("b"), "b.txt", "a sentence with a subject of its own is its article's own report");
  });

  it("reads a sentence opened by the word going on, where the language drops the pronoun ('También pidió …')", () => {
    const { group, byId } = story([
      article("a", "Según documentos de la junta del puerto, el alcalde Jonas Brekke solicitó 14 grúas nuevas para el puerto de Hollen. También pidió dos remolcadores y una lancha nueva.", "es"),
      article("b", "El alcalde Jonas Brekke solicitó 14 grúas nuevas para el puerto de Hollen, informó el diario Harbour Gazette.", "es"),
    ]);
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    const origin = claims.flatMap((c) => c.mentions).find((m) => m.articleId === "a" && /remolcadores/.test(m.quote))?.origin;
    assert.match(origin ?? "", /documentos/, JSON.stringify(claims.map((c) => c.mentions.map((m) => [m.articleId, m.origin, m.quote.slice(0, 30)]))));
    // Not a sentence whose opening word a comma and a subject of its own follow.
    const other = story([
      article("a", "Según documentos de la junta del puerto, el alcalde Jonas Brekke solicitó 14 grúas nuevas para el puerto de Hollen. Además, la policía detuvo a dos trabajadores del puerto de Hollen el martes.", "es"),
      article("b", "La policía detuvo a dos trabajadores del puerto de Hollen el martes, informó el diario Harbour Gazette.", "es"),
    ]);
    const arrested = analyseStory(other.group, other.byId, defaultConfig.claims, languages()).claims.flatMap((c) => c.mentions).find((m) => m.articleId === "a" && /detuvo/.test(m.quote));
    assert.doesNotMatch(arrested?.origin ?? "", /documentos/);
  });
});


describe("wire credits in datelines", () => {
  it("reads the wire a dateline credits, with its place, state, country or date, and not a bracket after a name or in a headline", () => {
    const credits = [
      "BEDFORD, N.H. (AP) — The", "WASHINGTON, Jan 5 (Reuters) - The", "КИЕВ, 5 июня (РИА Новости) — В", "(dpa) - Die", "Washington (CNN) -- The", "(CNN)The pier",
      "KESTRIA, Lindholm (NPA) — The", "Sen. Anna Lund (R-Texas): The", "Rep. Jo Smith (D-N.Y.) — The", "Mayor Lund (R) — The", "Lund Slams Brekke (Again) — The", "Watch (Video): The",
    ].map((t) => wireCredit(t));
    assert.deepEqual(credits, ["AP", "Reuters", "РИА Новости", "dpa", "CNN", "CNN", "NPA", null, null, null, null, null]);
    // One word of a place before a credit and a dash; two places; a date after the place; a dot before the dash.
    assert.deepEqual(["Lindholm (NPA) - The", "Hollen (dpa) - Die", "LINDHOLM/HOLLEN (NPA) - The", "Lindholm, 5 mar (NPA).- El"].map((t) => wireCredit(t)), ["NPA", "dpa", "NPA", "NPA"]);
  });
});

describe("source lines", () => {
  it("reads the source a line at the article's end names, not a picture's or chart's credit, a list, or a line far up the page's chrome", () => {
    const l = languages();
    const read = (text: string, removed: string[] = [], language = "en") => creditedSource({ text, removed, language }, l);
    assert.equal(read("The pier closed.\n\nSource: Nordic Press Agency"), "Nordic Press Agency");
    assert.equal(read("Die Fähre fuhr nicht.\n\nQuelle: dpa", [], "de"), "dpa");
    assert.equal(read("The pier closed.", ["Source: Nordic Press Agency"]), "Nordic Press Agency");
    assert.equal(read("The pier closed.\n\nSource: bbc.co.uk"), "bbc.co.uk");
    for (const [text, removed] of [
      ["The pier closed.", ["Source: Kestria Images"]],
      ["The pier closed.\n\nSource: Lindholm Harbour Authority data", []],
      ["The pier closed.\n\nSources: NPA, Harbour Wire, Kestria Post", []],
      ["The pier closed.", ["Source: Harbour Markets", "Share this", "Related", "More news", "Footer"]],
    ] as const) assert.equal(read(text, [...removed]), null, text);
  });
});
