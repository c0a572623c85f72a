/** `dossier check` across languages: a claim in one language read against articles in another. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { nameKeys } from "../../src/check/acrossLanguages.js";
import { checkClaims, verdictLine } from "../../src/check/index.js";
import { defaultConfig } from "../../src/config.js";
import { languages } from "../../src/lang/index.js";
import { article } from "../claims/fixtures.js";
import { buildDossier, checkStore } from "../../src/pipeline.js";
import { openSqliteStore } from "../../src/store/index.js";
import { DEMO } from "../helpers.js";

test("names and numbers find an article in another script: Мадуро = Maduro, 14 = 14", () => {
  const ru = nameKeys("Мадуро запросил у Путина 14 ракетных комплексов");
  const en = nameKeys("Maduro asked Putin for 14 missile systems");
  for (const key of en) assert.ok(ru.has(key), key);
});

test("a claim in English finds the German report of the same fact, read as reporting it, and nothing for a claim no article bears on", async () => {
  const store = await openSqliteStore(":memory:");
  try {
    await buildDossier([DEMO], { store });
    const [dam, penguins] = await checkStore(
      [{ claim: "Part of the Orvel dam above Hollen broke on Monday after days of heavy rain" }, { claim: "Penguins opened a bakery in Lisbon" }],
      { store },
    );
    const german = dam!.articles.filter((a) => a.language === "de");
    assert.equal(german.length, 1, "the German article is found");
    assert.ok(german[0]!.acrossLanguages);
    assert.equal(german[0]!.stance, "reports", "across languages an article reports or denies, never asserts");
    assert.match(german[0]!.quote, /Orvel-Staudamms/);
    assert.ok(dam!.articles.filter((a) => a.language === "en").every((a) => !a.acrossLanguages));
    assert.equal(penguins!.articles.length, 0);
  } finally {
    await store.close();
  }
});

test("the verdict line counts an origin once however it was relayed", () => {
  const found = (origin: string) => ({ articleId: origin, name: origin, title: null, outlet: null, stance: "reports" as const, relatedness: 0.5, language: "en", acrossLanguages: false, quote: "q", origin });
  const line = verdictLine([found("U.S. government documents (via The Washington Post)"), found("U.S. government documents"), found("TASS")]);
  assert.match(line, /by 3 articles from 2 origins \(U\.S\. government documents \(via The Washington Post\); TASS\)/);
});

test("an article that states a count the claim gives otherwise denies it, and says which count differs; one that gives the claim's count does not", async () => {
  const store = await openSqliteStore(":memory:");
  try {
    await buildDossier([DEMO], { store });
    const [three, two] = await checkStore([{ claim: "Three helicopters rescued people in Aldsted" }, { claim: "Two army helicopters lifted 31 people from rooftops in Aldsted" }], { store });
    const saysTwo = three!.articles.filter((a) => a.language === "en" && /Two army helicopters lifted 31/.test(a.quote));
    assert.ok(saysTwo.length >= 1, JSON.stringify(three!.articles.map((a) => [a.stance, a.quote])));
    for (const a of saysTwo) {
      assert.notEqual(a.stance, "asserts", "two helicopters do not assert three");
      assert.equal(a.numbers, "helicopters: 3 in the claim, 2 here");
    }
    assert.ok(three!.articles.some((a) => a.stance === "denies"), three!.verdict);
    assert.match(three!.verdict, /; counted otherwise by \d+ articles? \(helicopters: 3 in the claim, 2 here/, "the verdict line says a count differs");
    assert.ok(two!.articles.every((a) => a.numbers === undefined || !/lifted 31/.test(a.quote)), "the claim's own count differs from nothing there");
  } finally {
    await store.close();
  }
});

test("where the claim counts something, the sentence counting the same thing is quoted, and a head noun qualified otherwise is another thing", () => {
  const text =
    "Kestria asked Norway for military aid to rebuild the Orvel dam defences, the ministry said on Monday. " +
    "The request includes 14 missile systems and the repair of two patrol boats. " +
    "Norway has also been asked to overhaul five radar systems.";
  const others = ["The Hollen council met on Tuesday to discuss flood barriers.", "Aldsted fishermen asked for compensation after the flood."];
  const radar = "Kestria asked Norway for help with its air defences on Monday. Norway has also been asked to overhaul five radar systems.";
  const articles = [article("a", text), article("b", radar), ...others.map((t, i) => article(`o${i}`, t))];
  const [twenty, fourteen] = checkClaims([{ claim: "Kestria asked Norway for 20 missile systems" }, { claim: "Kestria asked Norway for 14 missile systems" }], articles, defaultConfig.claims, languages());
  const a20 = twenty!.articles.find((f) => f.articleId === "a");
  assert.ok(a20, JSON.stringify(twenty));
  assert.match(a20.quote, /14 missile systems/);
  assert.equal(a20.numbers, "missile systems: 20 in the claim, 14 here");
  assert.match(twenty!.verdict, /counted otherwise by 1 article \(missile systems: 20 in the claim, 14 here\)/);
  const a14 = fourteen!.articles.find((f) => f.articleId === "a");
  assert.ok(a14);
  assert.equal(a14.numbers, undefined);
  const b14 = fourteen!.articles.find((f) => f.articleId === "b");
  assert.ok(b14, JSON.stringify(fourteen));
  assert.equal(b14.numbers, undefined, "five radar systems are not the missile systems");
});

test("an article read as reporting a claim by its names alone is counted apart: 'Aliens landed in Hollen' is stated, denied or reported by none", async () => {
  const store = await openSqliteStore(":memory:");
  try {
    await buildDossier([DEMO], { store });
    const [aliens, helicopters, resigned, dam] = await checkStore(
      [
        { claim: "Aliens landed in Hollen" },
        { claim: "Two army helicopters lifted 31 people in Aldsted" },
        { claim: "Ilse Marrow resigned", language: "en" },
        { claim: "Part of the Orvel dam above Hollen broke on Monday after days of heavy rain", language: "en" },
      ],
      { store },
    );
    // Across languages too: the German article names the minister, and says nothing of a resignation.
    const german = resigned!.articles.filter((a) => a.acrossLanguages);
    assert.ok(german.length > 0 && german.every((a) => a.namesOnly), JSON.stringify(resigned!.articles.map((a) => [a.language, a.namesOnly, a.quote])));
    assert.ok(dam!.articles.some((a) => a.acrossLanguages && !a.namesOnly), "the German report of the breach bears on what the claim says");
    const english = aliens!.articles.filter((a) => !a.acrossLanguages);
    assert.ok(english.length > 0 && english.every((a) => a.namesOnly), JSON.stringify(aliens!.articles.map((a) => [a.stance, a.namesOnly, a.quote])));
    assert.match(aliens!.verdict, /^no article states, denies or reports it; \d+ articles? shares? only its names|^no stored article bears on this claim/);
    assert.ok(helicopters!.articles.every((a) => !a.namesOnly), "an article with the claim's words or numbers bears on what it says");
  } finally {
    await store.close();
  }
});

test("an article read as asserting a claim says which of the claim's words its quote does not have", () => {
  const articles = [
    article("a", "Dornex chief executive Sofie Lund apologised to residents after the fire on Tuesday. The depot stays closed."),
    article("b", "The Hollen council met on Tuesday to discuss flood barriers."),
  ];
  const [resigned, apologised] = checkClaims([{ claim: "Dornex's chief executive resigned after the fire" }, { claim: "Dornex's chief executive apologised after the fire" }], articles, defaultConfig.claims, languages());
  const a = resigned!.articles.find((f) => f.articleId === "a");
  assert.ok(a, JSON.stringify(resigned));
  // The stance model reads most of the claim as asserted; the reader is told what is not there.
  assert.equal(a.stance, "asserts");
  assert.deepEqual(a.missing, ["resigned"]);
  // No asserting article has all of it: the verdict says the claim is asserted in part.
  assert.match(resigned!.verdict, /^asserted in part by 1 article from 1 origin \([^)]*\), none with “resigned”/);
  assert.match(apologised!.verdict, /^asserted by 1 article/);
  assert.equal(apologised!.articles.find((f) => f.articleId === "a")?.missing, undefined);
});

test("a sentence denying the claim on its source's word denies it, and names that source; a report of the claim does not", () => {
  const articles = [
    article("a", "Firefighters were still at the site on Wednesday. The Dornex group on Wednesday denied that chlorine gas was released during the fire at its Hollen depot. The depot stays closed."),
    article("b", "Greenline spokesperson Lena Ruiz said chlorine gas was released during the fire at the Hollen depot. Residents were told to keep their windows closed."),
    article("c", "The Hollen council met on Tuesday to discuss flood barriers. Nobody denied that the barriers were old."),
  ];
  const [chlorine, denial] = checkClaims(
    [{ claim: "Chlorine gas was released during the fire at the Hollen depot" }, { claim: "Dornex denied that chlorine gas was released" }],
    articles,
    defaultConfig.claims,
    languages(),
  );
  const a = chlorine!.articles.find((f) => f.articleId === "a");
  assert.equal(a?.stance, "denies", JSON.stringify(chlorine));
  assert.match(a!.origin, /Dornex group/, "the denial is the group's, not a weekday's");
  assert.notEqual(chlorine!.articles.find((f) => f.articleId === "b")?.stance, "denies");
  assert.match(chlorine!.verdict, /denied by 1 article from 1 origin \(Dornex group\)/);
  // A claim that reports the denial is not denied by another report of it.
  assert.notEqual(denial!.articles.find((f) => f.articleId === "a")?.stance, "denies");
  // A denial of something else at the same place does not deny the claim ("Aliens landed at its Hollen depot": only "depot" after the cue).
  const [aliens] = checkClaims([{ claim: "Aliens landed at the Hollen depot during the fire" }], articles.slice(0, 1), defaultConfig.claims, languages());
  assert.notEqual(aliens!.articles.find((f) => f.articleId === "a")?.stance, "denies", JSON.stringify(aliens));
});

test("a denial of the one word a claim has beyond its names denies it; German denials with words between verb and clause", () => {
  const articles = [
    article("a", "Ferry crews searched the harbour again on Friday. Brasken Lines on Thursday denied that the Saltholm Star had been overloaded when it capsized."),
    { ...article("b", "Die Suche ging am Freitag weiter. Die Reederei Brasken Lines bestritt am Donnerstag, dass die Fähre überladen gewesen sei."), language: "de" },
  ];
  const [en] = checkClaims([{ claim: "The Saltholm Star was overloaded" }], articles.slice(0, 1), defaultConfig.claims, languages());
  assert.equal(en!.articles.find((f) => f.articleId === "a")?.stance, "denies", JSON.stringify(en));
  const [de] = checkClaims([{ claim: "Die Fähre war überladen", language: "de" }], articles.slice(1), defaultConfig.claims, languages());
  assert.equal(de!.articles.find((f) => f.articleId === "b")?.stance, "denies", JSON.stringify(de));
  // The one word must be what the denial says of its subject, not a word of a clause after it.
  const [capsized] = checkClaims([{ claim: "The Saltholm Star capsized." }], articles.slice(0, 1), defaultConfig.claims, languages());
  assert.notEqual(capsized!.articles.find((f) => f.articleId === "a")?.stance, "denies", JSON.stringify(capsized));
  const lund = article("c", "Reporters waited outside the harbour office. Jonas Lund denied claims that he had been forced out, saying he resigned of his own accord.");
  const [resigned] = checkClaims([{ claim: "Jonas Lund resigned." }], [lund], defaultConfig.claims, languages());
  assert.notEqual(resigned!.articles.find((f) => f.articleId === "c")?.stance, "denies", JSON.stringify(resigned));
  // An ordinal date between the verb and its clause ("am 16. Oktober") is no end of the cue's gap.
  const dated = { ...article("d", "Die Suche ging weiter. Die Reederei Brasken Lines bestritt am 16. Oktober, dass die Fähre überladen war."), language: "de" };
  const [overloaded] = checkClaims([{ claim: "Die Fähre war überladen", language: "de" }], [dated], defaultConfig.claims, languages());
  assert.equal(overloaded!.articles.find((f) => f.articleId === "d")?.stance, "denies", JSON.stringify(overloaded));
});

test("a day given otherwise is shown as a count given otherwise is, and an article that would assert the claim denies it; the day of the saying is not the event's", () => {
  const articles = [
    article("a", "Divers searched the harbour on Thursday. The ferry capsized at the entrance to Kellhaven harbour on Tuesday morning, the coast guard said.", "en", "2025-10-16T09:00"),
    article("b", "The coast guard said on Wednesday that the ferry capsized at the entrance to Kellhaven harbour with 230 people on board.", "en", "2025-10-16T09:00"),
  ];
  const [wednesday] = checkClaims([{ claim: "The ferry capsized at the entrance to Kellhaven harbour on Wednesday" }], articles, defaultConfig.claims, languages());
  const a = wednesday!.articles.find((f) => f.articleId === "a");
  assert.equal(a?.days, "day: Wednesday in the claim, Tuesday (2025-10-14) here", JSON.stringify(wednesday));
  assert.notEqual(a?.stance, "asserts");
  assert.equal(wednesday!.articles.find((f) => f.articleId === "b")?.days, undefined, "Wednesday dates the coast guard's saying");
  // A day of another verb in another clause is not the claim's day.
  const divers = article("c", "Divers on Thursday recovered two more bodies from the ferry, which capsized at the entrance to Kellhaven harbour.", "en", "2025-10-16T09:00");
  const [again] = checkClaims([{ claim: "The ferry capsized at the entrance to Kellhaven harbour on Wednesday" }], [divers], defaultConfig.claims, languages());
  assert.equal(again!.articles.find((f) => f.articleId === "c")?.days, undefined, JSON.stringify(again));
  assert.match(wednesday!.verdict, /dated otherwise by 1 article \(day: Wednesday in the claim, Tuesday \(2025-10-14\) here\)/);
  // A day beside a word of the claim dates it, whatever else the clause says: "in Tuesday's explosion".
  const blast = article("d", "Two workers were killed and nineteen people were injured in Tuesday's explosion at the Kellhaven depot.", "en", "2025-10-16T09:00");
  const [happened] = checkClaims([{ claim: "The explosion happened on Wednesday" }], [blast], defaultConfig.claims, languages());
  const d = happened!.articles.find((f) => f.articleId === "d");
  assert.equal(d?.days, "day: Wednesday in the claim, Tuesday (2025-10-14) here", JSON.stringify(happened));
  assert.notEqual(d?.stance, "asserts");
  // Not a word merely near the day: "On Wednesday the explosion site was sealed off" dates the sealing.
  const sealed = article("e", "On Wednesday the explosion site was sealed off by police and residents were kept away.", "en", "2025-10-16T09:00");
  const [tuesday] = checkClaims([{ claim: "The explosion happened on Tuesday" }], [sealed], defaultConfig.claims, languages());
  assert.equal(tuesday!.articles.find((f) => f.articleId === "e")?.days, undefined, JSON.stringify(tuesday));
});

test("rejecting a report is denying it, with the verb in scare quotes too ('“flatly rejects” a report that …')", () => {
  const articles = [
    article("a", 'The Dornex group said on Wednesday that it "flatly rejects" a report that a safety inspection of the storage hall at its Hollen depot had been postponed.'),
    article("b", "Two workers told the Hollen Courier that a safety inspection of the storage hall at the Dornex depot had been postponed twice."),
  ];
  const [postponed] = checkClaims([{ claim: "A safety inspection at the Dornex depot in Hollen had been postponed" }], articles, defaultConfig.claims, languages());
  assert.equal(postponed!.articles.find((f) => f.articleId === "a")?.stance, "denies", JSON.stringify(postponed));
  assert.notEqual(postponed!.articles.find((f) => f.articleId === "b")?.stance, "denies");
});

test("people counted otherwise deny a count of people only where the words around both say the same of them", () => {
  const articles = [
    article("a", "About 600 people gathered at the harbour in Hollen on Sunday for a memorial service."),
    article("b", "The Dornex group, which employs about 800 people in Hollen, said it was cooperating with investigators."),
    article("c", "The fire service said 19 people were injured in the explosion at the Dornex depot in Hollen."),
  ];
  const [injured] = checkClaims([{ claim: "12 people were injured in the explosion in Hollen" }], articles, defaultConfig.claims, languages());
  for (const id of ["a", "b"]) assert.notEqual(injured!.articles.find((f) => f.articleId === id)?.stance, "denies", JSON.stringify(injured));
  assert.match(injured!.verdict, /people: 12 in the claim, 19 here/);
});

test("the sentence quoted for a count is one giving the claim's own count, counted by the verb that tells it", () => {
  const articles = [
    article("a", "The Dornex group, which employs about 800 people at its Hollen depot, said it was cooperating with investigators after the explosion. 12 were injured in the explosion at the depot, four of them seriously, the fire service said."),
  ];
  const [injured] = checkClaims([{ claim: "12 people were injured in the explosion at the Dornex depot in Hollen" }], articles, defaultConfig.claims, languages());
  assert.match(injured!.articles.find((f) => f.articleId === "a")?.quote ?? "", /^12 were injured/, JSON.stringify(injured));
});

test("a claim that is itself a denial is not denied by an article in another language denying the same", { skip: languages().translations.languages.includes("es") ? false : "no Spanish dictionary installed" }, () => {
  const articles = [
    { ...article("a", "Las obras siguen. El Ministerio de Transporte negó el miércoles que la licencia del almacén de Kestrel Agrochem en Kellhaven hubiera caducado el 15 de enero."), language: "es" },
    article("b", "Work went on. The Ministry of Transport on Wednesday denied that the licence of the Kestrel Agrochem warehouse in Kellhaven had expired on 15 January."),
  ];
  const [denied] = checkClaims([{ claim: "The Ministry of Transport denied that the licence of the Kestrel Agrochem warehouse in Kellhaven expired on 15 January", language: "en" }], articles, defaultConfig.claims, languages());
  const es = denied!.articles.find((f) => f.articleId === "a");
  assert.ok(es, JSON.stringify(denied));
  assert.notEqual(es.stance, "denies", JSON.stringify(denied));
  // The claim it denies is still denied by it.
  const [expired] = checkClaims([{ claim: "The licence of the Kestrel Agrochem warehouse in Kellhaven expired on 15 January", language: "en" }], articles, defaultConfig.claims, languages());
  assert.equal(expired!.articles.find((f) => f.articleId === "a")?.stance, "denies", JSON.stringify(expired));
});

test("an origin read with a place's genitive before a name the story knows is that name ('Дравоска Марек Солан' is Марек Солан)", async () => {
  const store = await openSqliteStore(":memory:");
  const line = (text: string, outlet: string): string => JSON.stringify({ text, outlet, published: "2025-03-12" });
  const lines = [
    line("Port director Marek Solan said on Wednesday that the warehouse in Dravosk held about 300 tonnes of ammonium nitrate. Marek Solan said the other piers would reopen on Thursday. The blast killed two workers.", "Coast Times"),
    line("Директор порта Марек Солан заявил, что на складе в Дравоске хранилось около 300 тонн аммиачной селитры. Взрыв убил двух рабочих.", "Вести"),
    line("Директор порта Дравоска Марек Солан в среду опроверг сообщения о том, что токсичный дым достиг жилых районов города. По словам Марека Солана, на складе хранилось около 300 тонн селитры.", "Обозреватель"),
  ];
  try {
    await buildDossier([{ path: "port.jsonl", bytes: new TextEncoder().encode(lines.join("\n") + "\n") }], { store });
    const [smoke] = await checkStore([{ claim: "Токсичный дым достиг жилых районов Дравоска", language: "ru" }], { store });
    const denial = smoke!.articles.find((f) => f.quote.includes("опроверг"));
    assert.match(denial?.origin ?? "", /^(Марек Солан|Marek Solan)$/u, JSON.stringify(smoke));
  } finally {
    await store.close();
  }
});

test("an article that would assert the claim but negates what it states denies it ('was not disclosed' against 'was disclosed'), and one stating what it negates too; a negation of another word does not", () => {
  const a = article("a", "Kestrel Hydro sold two ferries to a Danish buyer; the price of the two ferries was not disclosed. The sale closes in May.");
  const [disclosed] = checkClaims([{ claim: "The price of the two ferries was disclosed" }], [a], defaultConfig.claims, languages());
  assert.equal(disclosed!.articles.find((f) => f.articleId === "a")?.stance, "denies", JSON.stringify(disclosed));
  const b = article("b", "Residents were evacuated from the lower town on Monday after the dam gave way.");
  const [noOne] = checkClaims([{ claim: "No residents were evacuated from the lower town" }], [b], defaultConfig.claims, languages());
  assert.equal(noOne!.articles.find((f) => f.articleId === "b")?.stance, "denies", JSON.stringify(noOne));
  // "not only": no negation; and a claim that negates a word the article also negates agrees with it.
  const c = article("c", "The harbour office not only evacuated 300 residents from the lower town on Monday but also closed the pier.");
  const [evacuated] = checkClaims([{ claim: "The harbour office evacuated residents from the lower town" }], [c], defaultConfig.claims, languages());
  assert.notEqual(evacuated!.articles.find((f) => f.articleId === "c")?.stance, "denies", JSON.stringify(evacuated));
  const [notDisclosed] = checkClaims([{ claim: "The price of the ferries was not disclosed" }], [a], defaultConfig.claims, languages());
  assert.notEqual(notDisclosed!.articles.find((f) => f.articleId === "a")?.stance, "denies", JSON.stringify(notDisclosed));
});

test("a negation is read in its clause: 'Residents were evacuated …, but no residents were injured' asserts the evacuation and denies the injuries", () => {
  const a = article("a", "Residents of the lower town were evacuated on Monday, but no residents were injured.");
  const [evacuated] = checkClaims([{ claim: "Residents were evacuated from the lower town" }], [a], defaultConfig.claims, languages());
  assert.notEqual(evacuated!.articles.find((f) => f.articleId === "a")?.stance, "denies", JSON.stringify(evacuated));
  const [injured] = checkClaims([{ claim: "Residents of the lower town were injured" }], [a], defaultConfig.claims, languages());
  assert.equal(injured!.articles.find((f) => f.articleId === "a")?.stance, "denies", JSON.stringify(injured));
  // A negation closing its clause negates the words before it (Russian "эвакуированы не были").
  const ru = { ...article("r", "Жители нижнего города эвакуированы не были, хотя жителей верхнего города эвакуировали в понедельник.", "ru") };
  const [ruClaim] = checkClaims([{ claim: "Жители были эвакуированы из нижнего города", language: "ru" }], [ru], defaultConfig.claims, languages());
  assert.equal(ruClaim!.articles.find((f) => f.articleId === "r")?.stance, "denies", JSON.stringify(ruClaim));
});

test("a claim that refuses or denies is asserted only by a quote that negates, denies or refuses too: one stating the rest reports it", () => {
  const articles = [
    article("a", "The Hollen council approved the flood barrier plan on Tuesday. The barriers will cost 14 million crowns."),
    article("b", "The Hollen council refused to approve the flood barrier plan on Tuesday. The chair called the vote a relief."),
  ];
  const [refused, approved, declined] = checkClaims(
    [{ claim: "The Hollen council refused to approve the flood barrier plan" }, { claim: "The Hollen council approved the flood barrier plan" }, { claim: "The Hollen council declined to approve the flood barrier plan" }],
    articles,
    defaultConfig.claims,
    languages(),
  );
  assert.notEqual(declined!.articles.find((f) => f.articleId === "a")?.stance, "asserts", JSON.stringify(declined));
  const byArticle = (r: typeof refused, id: string) => r!.articles.find((f) => f.articleId === id);
  // The approving article states all but the refusal: it does not assert a refusal.
  assert.notEqual(byArticle(refused, "a")?.stance, "asserts", JSON.stringify(refused));
  // The refusing article asserts it, and the approving one still asserts the approval.
  assert.equal(byArticle(refused, "b")?.stance, "asserts", JSON.stringify(refused));
  assert.equal(byArticle(approved, "a")?.stance, "asserts", JSON.stringify(approved));
});

test("a claim about a person named first is asserted only by a quote naming them: one saying it of another reports it", async () => {
  const store = await openSqliteStore(":memory:");
  const lines = [
    { url: "https://a.example/1", text: "Marta Lindqvist won the Hollen mayoral election on Sunday. Her rival Piotr Halvorsen conceded on Monday morning. Lindqvist thanked the volunteers of her campaign." },
    { url: "https://b.example/2", text: "Piotr Halvorsen told reporters he would stay on the Hollen council. Halvorsen had led the polls in September. Marta Lindqvist takes office in January." },
  ];
  try {
    await buildDossier([{ path: "mayor.jsonl", bytes: new TextEncoder().encode(lines.map((l) => JSON.stringify(l)).join("\n")) }], { store });
    const [loser, winner] = await checkStore([{ claim: "Piotr Halvorsen won the Hollen mayoral election" }, { claim: "Marta Lindqvist won the Hollen mayoral election" }], { store });
    const quoting = (r: typeof loser) => r!.articles.find((a) => a.quote.startsWith("Marta Lindqvist won"));
    assert.equal(quoting(winner)?.stance, "asserts", JSON.stringify(winner));
    // The same sentence says the election was won by another: it does not assert that Halvorsen won.
    assert.ok(quoting(loser), JSON.stringify(loser));
    assert.notEqual(quoting(loser)!.stance, "asserts", JSON.stringify(loser));
    assert.equal(quoting(loser)!.missing, undefined);
    // A given name alone is not the person: "Marta Lindqvist won …" does not name a Marta Halvorsen.
    const [other] = await checkStore([{ claim: "Marta Halvorsen won the Hollen mayoral election" }], { store });
    assert.notEqual(other!.articles.find((a) => a.quote.startsWith("Marta Lindqvist won"))?.stance, "asserts", JSON.stringify(other));
    // Nor is a person named by the family name alone asserted by a sentence about another ("Halvorsen won …" / "Marta Lindqvist won …").
    const [family, own] = await checkStore([{ claim: "Halvorsen won the Hollen mayoral election" }, { claim: "Lindqvist won the Hollen mayoral election" }], { store });
    assert.notEqual(quoting(family)?.stance, "asserts", JSON.stringify(family));
    assert.equal(quoting(own)?.stance, "asserts", JSON.stringify(own));
  } finally {
    await store.close();
  }
});

test("a sentence in another language holding every word of the claim bears on it however long it runs (a headline run into the text)", { skip: languages().translations.languages.includes("de") ? false : "no German dictionary installed" }, () => {
  const articles = [
    article("g", "Marta Lindqvist sang zu Ostern im leeren Dom von Hollen Kulturportal Nord Startseite Nachrichten Veranstaltungen Termine Wetter Sport Kultur Politik Wirtschaft Reisen Rätsel Leserbriefe Bildergalerien Videos Podcasts Abonnement Marta Lindqvist hat mit einem Konzert ohne Publikum Leben in die leere Kathedrale von Hollen gebracht und damit viele Menschen in der ganzen Region berührt, die das Konzert im Radio und im Fernsehen verfolgten und danach lange applaudierten. Der Dom war geschlossen.", "de"),
  ];
  const [sang] = checkClaims([{ claim: "Marta Lindqvist sang in the empty Hollen cathedral at Easter", language: "en" }], articles, defaultConfig.claims, languages());
  const g = sang!.articles.find((f) => f.articleId === "g");
  assert.ok(g, JSON.stringify(sang));
  assert.equal(g.acrossLanguages, true);
  // A claim the sentence holds only in part is not found by its length alone.
  const [drowned] = checkClaims([{ claim: "Marta Lindqvist drowned in the Hollen harbour at Easter", language: "en" }], articles, defaultConfig.claims, languages());
  assert.equal(drowned!.articles.filter((f) => !f.namesOnly).length, 0, JSON.stringify(drowned));
});

test("check names a wire's report carried by two outlets as one origin, the wire the datelines credit", () => {
  const articles = [
    { ...article("a", "LINDHOLM (NPA) — Fourteen cranes arrived at the Lindholm harbour on Friday aboard the freighter Skarvø."), outlet: "Kestria Daily" },
    { ...article("b", "Lindholm, Kestria (NPA) — The freighter Skarvø brought fourteen cranes to the Lindholm harbour on Friday."), outlet: "Northern Observer" },
  ];
  const [r] = checkClaims([{ claim: "Fourteen cranes arrived at the Lindholm harbour on Friday" }], articles, defaultConfig.claims, languages());
  assert.deepEqual([...new Set(r!.articles.map((f) => f.origin))], ["NPA"], JSON.stringify(r));
  assert.match(verdictLine(r!.articles), /from 1 origin \(NPA\)/);
});

test("a claim opening with a word that is also a person's family name ('Brown bears …') is asserted by a quote using it as a word", async () => {
  const store = await openSqliteStore(":memory:");
  const lines = [
    { url: "https://a.example/1", text: "Marta Brown, the Hollen mayor, opened the new ferry pier on Monday. Brown thanked the harbour workers for their patience. Two hikers were attacked by brown bears near Hollen on Sunday afternoon." },
    { url: "https://b.example/2", text: "Mayor Marta Brown opened the Hollen ferry pier on Monday morning. Brown said the pier had cost four million crowns. Two hikers were attacked by brown bears near Hollen on Sunday." },
  ];
  try {
    await buildDossier([{ path: "bears.jsonl", bytes: new TextEncoder().encode(lines.map((l) => JSON.stringify(l)).join("\n")) }], { store });
    const [bears] = await checkStore([{ claim: "Brown bears attacked two hikers near Hollen on Sunday" }], { store });
    const found = bears!.articles.filter((a) => a.quote.includes("brown bears"));
    assert.ok(found.length > 0, JSON.stringify(bears));
    assert.ok(found.every((a) => a.stance === "asserts"), JSON.stringify(found));
  } finally {
    await store.close();
  }
});

test("a sentence in another language holding every word of the claim in its own voice asserts it; attributed, hedged or negated, it reports it", { skip: languages().translations.languages.includes("de") ? false : "no German dictionary installed" }, () => {
  const claim = "Cardinal Anton Reiss was sentenced to prison in Hollen";
  const read = (text: string) => checkClaims([{ claim, language: "en" }], [article("g", text, "de")], defaultConfig.claims, languages())[0]!.articles.find((f) => f.articleId === "g");
  assert.equal(read("Kardinal Anton Reiss wurde am Montag in Hollen zu Gefängnis verurteilt.")?.stance, "asserts");
  assert.equal(read("Kardinal Anton Reiss wurde am Montag in Hollen zu Gefängnis verurteilt, sagte die Polizei.")?.stance, "reports");
  assert.equal(read("Kardinal Anton Reiss wurde am Montag in Hollen angeblich zu Gefängnis verurteilt.")?.stance, "reports");
});

test("a claim that negates is never asserted across languages by a sentence holding its words; nor is any claim by a question or a condition", { skip: languages().translations.languages.includes("de") ? false : "no German dictionary installed" }, () => {
  const read = (claim: string, text: string) => checkClaims([{ claim, language: "en" }], [article("g", text, "de")], defaultConfig.claims, languages())[0]!.articles.find((f) => f.articleId === "g")?.stance;
  const sentence = "Kardinal Anton Reiss wurde am Montag in Hollen zu Gefängnis verurteilt.";
  assert.notEqual(read("Cardinal Anton Reiss was not sentenced to prison in Hollen", sentence), "asserts");
  assert.notEqual(read("Cardinal Anton Reiss was sentenced to prison in Hollen", "Wurde Kardinal Anton Reiss am Montag in Hollen zu Gefängnis verurteilt?"), "asserts");
  assert.notEqual(read("Cardinal Anton Reiss was sentenced to prison in Hollen", "Falls Kardinal Anton Reiss in Hollen zu Gefängnis verurteilt wird, tritt er zurück."), "asserts");
  assert.notEqual(read("Cardinal Anton Reiss was sentenced to prison in Hollen", "Kardinal Anton Reiss könnte am Montag in Hollen zu Gefängnis verurteilt werden."), "asserts");
});
