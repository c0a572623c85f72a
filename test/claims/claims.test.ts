import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseStory } from "../../src/claims/index.js";
import { independentCount } from "../../src/claims/independence.js";
import { defaultConfig } from "../../src/config.js";
import type { Claim } from "../../src/model.js";
import { article, copy, story } from "./fixtures.js";
import { languages } from "../../src/lang/index.js";

const A = "The port of Lindholm ordered 14 cargo cranes from the Brandt yard, the Harbour Gazette reported.";
const B = "Lindholm has bought 14 cargo cranes from the Brandt yard for its northern pier.";
const C = "According to the council, the Brandt yard will deliver 14 sets of what are described as cargo cranes to Lindholm.";

function analyse(...args: Parameters<typeof story>) {
  const { group, byId } = story(...args);
  const r = analyseStory(group, byId, defaultConfig.claims, languages());
  for (const c of r.claims) for (const m of c.mentions) assert.ok(byId.get(m.articleId)!.text.includes(m.quote), "every quote is exact");
  return r;
}
const withValue = (claims: readonly Claim[], v: number) => claims.find((c) => c.mentions.some((m) => m.values.some((x) => x.value === v)));

describe("independence via copies", () => {
  it("counts copy-connected articles once", () => {
    assert.equal(independentCount(["a", "b", "c"], [copy("a", "b")]), 2);
    assert.equal(independentCount(["a", "b", "c"], [copy("a", "b"), copy("b", "c")]), 1);
    // A story's links are a forest: a and c copy one text through b, whether or not b is counted.
    assert.equal(independentCount(["a", "c"], [copy("a", "b"), copy("b", "c")]), 1, "copies of one text through an article not counted");
    assert.equal(independentCount(["a", "d"], [copy("a", "b"), copy("b", "c")]), 2);
  });
});

describe("claims", () => {
  it("aligns one number counted in different words and calls it corroborated by independent articles", () => {
    const r = analyse([article("a", A), article("b", B), article("c", C)]);
    const claim = withValue(r.claims, 14);
    assert.ok(claim);
    assert.deepEqual(claim.mentions.map((m) => m.articleId).sort(), ["a", "b", "c"]);
    assert.equal(claim.status, "corroborated");
    assert.equal(claim.mentions.find((m) => m.articleId === "a")!.attributedTo, "Harbour Gazette");
    assert.ok(A.includes(claim.summary) || B.includes(claim.summary) || C.includes(claim.summary), "the summary is an article's own words");
  });

  it("aligns sentences by what they state, not by the speaker they share", () => {
    const said = "Harbour Minister Olga Brandt said an audit in May had found rust in the crane rails and that repairs were planned for the autumn.";
    const saidAgain = "Harbour Minister Olga Brandt said the crane rails had been found rusted during an audit in May.";
    const visit = "Harbour Minister Olga Brandt is due to visit the northern pier of Lindholm on Tuesday.";
    const r = analyse([article("a", said), article("b", saidAgain), article("c", visit)]);
    const claim = r.claims.find((c) => c.mentions.some((m) => m.articleId === "a"));
    assert.deepEqual(claim?.mentions.map((m) => m.articleId).sort(), ["a", "b"], "the audit is told by a and b; c only names the minister");
    assert.equal(claim.status, "single-origin", "two reports, both quoting the minister: one origin");
    assert.deepEqual(claim.origins, ["Olga Brandt"]);
  });

  it("counts a wire's report carried by two outlets as one origin, the wire its datelines credit ('LINDHOLM (NPA) —')", () => {
    const wire = (id: string, outlet: string, text: string) => ({ ...article(id, text), outlet });
    const r = analyse([
      wire("a", "Kestria Daily", "LINDHOLM (NPA) — Fourteen cranes arrived at the Lindholm harbour on Friday aboard the freighter Skarvø.\n\nThe port reopens next week."),
      wire("b", "Northern Observer", "Lindholm, Kestria (NPA) — The freighter Skarvø brought fourteen cranes to the Lindholm harbour on Friday.\n\nDock workers unloaded them overnight."),
    ]);
    const claim = r.claims.find((c) => c.articles === 2);
    assert.ok(claim, r.claims.map((c) => `${c.status}: ${c.summary}`).join("; "));
    assert.equal(claim.status, "single-origin");
    assert.deepEqual(claim.origins, ["NPA"]);
    // An outlet's own report beside it is a second origin.
    const own = analyse([
      wire("a", "Kestria Daily", "LINDHOLM (NPA) — Fourteen cranes arrived at the Lindholm harbour on Friday aboard the freighter Skarvø."),
      wire("c", "Harbour Gazette", "Fourteen cranes arrived at the Lindholm harbour on Friday aboard the freighter Skarvø, our reporter saw."),
    ]);
    assert.equal(own.claims.find((c) => c.articles === 2)?.status, "corroborated", JSON.stringify(own.claims.map((c) => [c.summary, c.origins])));
  });

  it("counts an article's report as the source its 'Source:' line names, removed as chrome or kept", () => {
    const wire = (id: string, outlet: string, text: string, removed: string[] = []) => ({ ...article(id, text), outlet, removed });
    const r = analyse([
      wire("a", "Kestria Daily", "Fourteen cranes arrived at the Lindholm harbour on Friday aboard the freighter Skarvø.", ["Source: Nordic Press Agency"]),
      wire("b", "Northern Observer", "The freighter Skarvø brought fourteen cranes to the Lindholm harbour on Friday.\n\nSource: Nordic Press Agency"),
    ]);
    const claim = r.claims.find((c) => c.articles === 2);
    assert.ok(claim, r.claims.map((c) => `${c.status}: ${c.summary}`).join("; "));
    assert.equal(claim.status, "single-origin");
    assert.deepEqual(claim.origins, ["Nordic Press Agency"]);
  });

  it("sums a claim up in the language most of its mentions use", () => {
    const r = analyse([
      article("de", "Die Werft Brandt liefert 14 Kräne an den Hafen Lindholm, teilte der Hafenrat mit.", "de"),
      article("a", A),
      article("b", B),
    ]);
    const claim = withValue(r.claims, 14);
    assert.equal(claim?.mentions.length, 3);
    assert.ok(A.includes(claim.summary) || B.includes(claim.summary), `an English mention sums it up, not "${claim.summary}"`);
  });

  it("finds a count that differs across languages when the counted word is a cognate", () => {
    const r = analyse([
      article("en", "Two army helicopters lifted 31 people from the roofs of Vasstrand on Monday."),
      article("uk", "Три армійські гелікоптери зняли з дахів Васстранда 31 людину.", "uk"),
    ]);
    const claim = withValue(r.claims, 31);
    assert.equal(claim?.status, "conflicting");
    assert.match(claim.conflicts.map((c) => c.detail).join("; "), /2 vs 3/);
    assert.equal(claim.conflicts[0]?.type, "number");
    assert.deepEqual(claim.mentions.map((m) => m.articleId).sort(), ["en", "uk"], "31 people = 31 людину: one claim");
  });

  it("counts people across languages as one count only where the words around the counts mean the same", { skip: languages().translations.languages.includes("de") ? false : "no German dictionary installed" }, () => {
    const r = analyse([
      article("en", "Three workers died when a storage hall exploded at the Orbeck paint works in Salzried, and 19 people were injured."),
      article("de", "Bei der Explosion im Lackwerk Orbeck in Salzried starben drei Arbeiter, zwölf Menschen wurden verletzt.", "de"),
      article("de2", "Das Lackwerk Orbeck, das in Salzried rund 800 Menschen beschäftigt, arbeitet mit den Ermittlern zusammen.", "de"),
    ]);
    const numbers = r.claims.flatMap((c) => c.conflicts.filter((x) => x.type === "number").map((x) => x.detail));
    assert.deepEqual(numbers, ["people: 12 vs 19"], "injured against injured; not the 800 the works employs");
  });

  it("is single-source when the only other carrier is a copy", () => {
    const r = analyse([article("a", A), article("b", B)], [copy("a", "b")]);
    assert.equal(withValue(r.claims, 14)!.status, "single-source");
  });

  it("aligns across languages by number and unit", () => {
    const r = analyse([
      article("en", "The new ferry has a range of 1000 km, the yard said."),
      article("ru", "Новый паром имеет дальность 1000 км, сообщила верфь.", "ru"),
    ]);
    const claim = withValue(r.claims, 1000)!;
    assert.deepEqual(claim.mentions.map((m) => m.values[0]), [{ value: 1000, unit: "km" }, { value: 1000, unit: "km" }]);
    assert.equal(claim.status, "corroborated");
  });

  it("flags aligned mentions that count the same thing differently", () => {
    const r = analyse([
      article("a", "Two Vonk BX-7 ferries arrived in Lindholm harbour on Friday carrying cranes."),
      article("b", "A Vonk BX-7 ferry arrived in Lindholm harbour on Friday carrying cranes."),
    ]);
    const claim = r.claims.find((c) => c.status === "conflicting");
    assert.ok(claim, "a conflicting claim");
    assert.match(claim.conflicts.map((c) => c.detail).join("; "), /BX-7: 2 vs 1|BX-7: 1 vs 2/);
  });

  it("reads a range as agreeing with a count inside it, and disagreeing with one outside it", () => {
    const inside = analyse([
      article("a", "Between 150 and 200 people were injured when the Lindholm ferry pier collapsed on Friday."),
      article("b", "Some 180 people were injured when the Lindholm ferry pier collapsed on Friday."),
    ]);
    const held = inside.claims.find((c) => c.articles === 2);
    assert.ok(held, inside.claims.map((c) => `${c.status}: ${c.summary}`).join("; "));
    assert.notEqual(held.status, "conflicting");
    const outside = analyse([
      article("a", "150-200 people were injured when the Lindholm ferry pier collapsed on Friday."),
      article("b", "Some 120 people were injured when the Lindholm ferry pier collapsed on Friday."),
    ]);
    const claim = outside.claims.find((c) => c.status === "conflicting");
    assert.ok(claim, outside.claims.map((c) => `${c.status}: ${c.summary}`).join("; "));
    assert.match(claim.conflicts.map((c) => c.detail).join("; "), /people: 120 vs 200/);
  });

  it("flags a count that disagrees across languages ('two BX-7' / 'самолет BX-7')", () => {
    const r = analyse([
      article("en", "Two Vonk BX-7 planes landed in Lindholm on Sunday, the Harbour Gazette reported."),
      article("ru", "В воскресенье в Линдхольм прибыл самолет Vonk BX-7, сообщает Harbour Gazette.", "ru"),
    ]);
    const claim = r.claims.find((c) => c.status === "conflicting");
    assert.ok(claim, "a conflicting claim");
    assert.match(claim.conflicts.map((c) => c.detail).join("; "), /BX-7: 1 vs 2/);
  });

  it("lists one quote worded differently by two outlets as a quote variant, not a conflict", () => {
    const r = analyse([
      article("a", "The mayor called the cranes “the most significant investment the harbour has seen in decades.”"),
      article("b", "The mayor called the cranes \"the most important investment the harbour has seen in decades.\""),
    ]);
    assert.ok(r.claims.every((c) => c.status !== "conflicting"));
    assert.equal(r.quoteVariants.length, 1);
    assert.deepEqual(r.quoteVariants[0]!.differences, ['"significant" vs "important"']);
    assert.deepEqual(r.quoteVariants[0]!.wordings.map((w) => w.articleId), ["a", "b"]);
    assert.equal(r.quoteVariants[0]!.claimId, r.claims.find((c) => c.mentions.length === 2)?.id);
  });

  it("reads each sentence's part of a quotation of several sentences, so two wordings of it are quote variants of one speaker", () => {
    const r = analyse([
      article("a", "Mayor Ingrid Solvang visited the harbour on Tuesday night. \"This is the darkest day our harbour has ever seen. We owe the families the whole truth,\" she told the Gazette."),
      article("b", "At a vigil on the quayside, the mayor, Ingrid Solvang, said: \"This is the darkest day our harbour has seen. We owe the families the truth.\""),
    ]);
    assert.deepEqual(r.quoteVariants.map((v) => v.differences).sort(), [['"ever" vs ""'], ['"whole" vs ""']]);
    for (const v of r.quoteVariants) {
      const claim = r.claims.find((c) => c.id === v.claimId)!;
      assert.deepEqual(claim.origins, ["Ingrid Solvang"], "one speaker, one origin");
      assert.notEqual(claim.status, "corroborated");
    }
  });

  it("shows the rest of a quotation parted from its first sentence as quoted, and prefers a whole sentence", () => {
    const r = analyse([
      article("a", 'The depot in Lindholm burned for four hours on Tuesday. "We are cooperating fully. There is no chlorine stored in the affected hall of the depot," company spokesman Ralf Osterberg told reporters at the gate, where firefighters were still at work.'),
      article("b", 'Firefighters fought the blaze at the Lindholm depot on Tuesday. "We are cooperating fully. There is no chlorine stored in the affected hall of the depot," spokesman Ralf Osterberg told reporters at the gate, where firefighters were still at work.'),
    ]);
    const claim = r.claims.find((c) => c.mentions.some((m) => m.quote.includes("no chlorine")));
    assert.ok(claim, JSON.stringify(r.claims.map((c) => c.summary)));
    // The quotes stay exact substrings (analyse asserts it); the summary says where the quotation opened.
    assert.match(claim.summary, /^"… There is no chlorine/, claim.summary);
  });

  it("flags a date that two articles resolve to different days", () => {
    const r = analyse([
      { ...article("a", "The council voted on Tuesday to close the Lindholm ferry pier for repairs."), published: "2025-03-07" },
      { ...article("b", "The council voted on Wednesday to close the Lindholm ferry pier for repairs."), published: "2025-03-07" },
    ]);
    const claim = r.claims.find((c) => c.mentions.length === 2);
    assert.equal(claim?.status, "conflicting");
    assert.deepEqual(claim.conflicts.map((c) => [c.type, c.detail]), [["date", "Tuesday (2025-03-04) vs Wednesday (2025-03-05)"]]);
  });

  it("does not compare the days two articles were told something ('the Gazette reported on Monday' / 'the company on Tuesday denied')", () => {
    const r = analyse([
      { ...article("a", "Lindholm Ferries will sell its two oldest vessels to a Baltic operator before the summer, the Harbour Gazette reported on Monday."), published: "2025-03-12" },
      { ...article("b", "Lindholm Ferries on Tuesday denied that it would sell vessels to a Baltic operator, and said its timetable would stay as it is."), published: "2025-03-12" },
    ]);
    const claim = r.claims.find((c) => c.mentions.length === 2);
    assert.deepEqual(claim?.conflicts.map((c) => c.type), ["negation"], JSON.stringify(r.claims.map((c) => c.conflicts)));
    // What is said may open with its date: after a comma, an article or "that", the date is the event's.
    for (const [language, a, b] of [
      ["en", "Police said the Tuesday fire at the Lindholm ferry depot killed two dock workers.", "Police said the Wednesday fire at the Lindholm ferry depot killed two dock workers."],
      ["de", "Die Polizei sagte, am Dienstag seien beim Brand im Fährdepot Lindholm zwei Hafenarbeiter getötet worden.", "Die Polizei sagte, am Mittwoch seien beim Brand im Fährdepot Lindholm zwei Hafenarbeiter getötet worden."],
    ] as const) {
      const said = analyse([{ ...article("a", a, language), published: "2025-03-14" }, { ...article("b", b, language), published: "2025-03-14" }]);
      assert.deepEqual(said.claims.flatMap((c) => c.conflicts.map((x) => x.type)), ["date"], `${language}: ${JSON.stringify(said.claims.map((c) => c.conflicts))}`);
    }
  });

  it("reads a day after how words were said as the saying's ('said in a statement on Wednesday'), not the event's", () => {
    const r = analyse([
      { ...article("a", "Two dock workers were killed in Tuesday's explosion at the Lindholm fertiliser depot."), published: "2025-03-13" },
      { ...article("b", "Two dock workers were killed in the explosion at the Lindholm fertiliser depot, the city hospital said in a statement on Wednesday."), published: "2025-03-13" },
    ]);
    const claim = r.claims.find((c) => c.mentions.length === 2);
    assert.ok(claim, JSON.stringify(r.claims.map((c) => c.summary)));
    assert.deepEqual(claim.conflicts, []);
    const told = analyse([
      { ...article("a", "Two dock workers were killed in Tuesday's explosion at the Lindholm fertiliser depot."), published: "2025-03-13" },
      { ...article("b", "Two dock workers were killed in the explosion at the Lindholm fertiliser depot, the police chief told reporters on Wednesday."), published: "2025-03-13" },
    ]);
    assert.deepEqual(told.claims.flatMap((c) => c.conflicts), []);
    // In Spanish a day takes its article where English says "on": "dijo … el miércoles" dates the saying.
    const dijo = analyse([
      { ...article("a", "Dos trabajadores murieron el martes en la explosión del depósito de fertilizantes de Lindholm.", "es"), published: "2025-03-13" },
      { ...article("b", "Dos trabajadores murieron en la explosión del depósito de fertilizantes de Lindholm, dijo la policía a los periodistas el miércoles.", "es"), published: "2025-03-13" },
    ]);
    assert.deepEqual(dijo.claims.flatMap((c) => c.conflicts), [], JSON.stringify(dijo.claims.map((c) => c.mentions.map((m) => m.quote))));
    // Without the setting, the day after the verb's object is the event's still: "said the blast on Wednesday" is no saying's day.
    const said = analyse([
      { ...article("a", "Two dock workers were killed in an explosion at the Lindholm fertiliser depot on Tuesday."), published: "2025-03-13" },
      { ...article("b", "The hospital said two dock workers were killed in an explosion at the Lindholm fertiliser depot on Wednesday."), published: "2025-03-13" },
    ]);
    assert.deepEqual(said.claims.flatMap((c) => c.conflicts.map((x) => x.type)), ["date"]);
  });

  // Two workers killed, as b and c tell it; another count of the blast, as d and e tell it; a's sentence states both.
  const killedAnd = (a: string, d: string, e: string) =>
    analyse([
      article("a", a),
      article("b", "Two workers were killed in the explosion at the Lindholm depot, police said."),
      article("c", "Two workers died in the explosion at the Lindholm depot, the city hospital said."),
      article("d", d),
      article("e", e),
    ]);

  it("does not make one claim of two facts through a sentence stating both ('Two workers were killed and 19 people were injured')", () => {
    const r = killedAnd(
      "Two workers were killed and 19 people were injured in the explosion at the Lindholm depot.",
      "The police said 12 people were injured in the explosion at the Lindholm depot.",
      "Twelve people were hurt in the explosion at the Lindholm depot, the fire service said.",
    );
    const killed = r.claims.find((c) => c.mentions.some((m) => m.articleId === "b"))!;
    assert.deepEqual(killed.conflicts, [], JSON.stringify(r.claims.map((c) => [c.summary, c.status, c.conflicts])));
    assert.equal(killed.status, "corroborated");
    const injured = r.claims.find((c) => c.mentions.some((m) => m.articleId === "d"))!;
    assert.deepEqual(injured.conflicts.map((c) => c.detail), ["people: 12 vs 19"]);
    assert.notEqual(injured, killed);
  });

  it("does not read a word far after one number as what another counts ('two separate blasts' / 'Two workers were killed in the blast')", () => {
    const r = analyse([
      article("a", "Two workers were killed in the blast at the Lindholm depot, police said."),
      article("b", "Two workers were killed in the blast at the Lindholm depot, the city hospital said."),
      article("c", "Residents of the nearby Saltmarsh district said they heard two separate blasts and saw an orange glow."),
    ]);
    const killed = r.claims.find((c) => c.mentions.some((m) => m.articleId === "a"))!;
    assert.ok(!killed.mentions.some((m) => m.articleId === "c"), JSON.stringify(r.claims.map((c) => c.mentions.map((m) => m.quote))));
  });

  it("keeps two counts of one number apart where they count different things ('Two workers were killed and two firefighters were injured')", () => {
    const r = killedAnd(
      "Two workers were killed and two firefighters were injured in the explosion at the Lindholm depot.",
      "Three firefighters were injured in the explosion at the Lindholm depot, the fire service said.",
      "The fire service said three firefighters were hurt in the explosion at the Lindholm depot.",
    );
    const killed = r.claims.find((c) => c.mentions.some((m) => m.articleId === "b"))!;
    assert.deepEqual(killed.conflicts, [], JSON.stringify(r.claims.map((c) => [c.summary, c.status, c.conflicts])));
    assert.ok(!killed.mentions.some((m) => m.articleId === "d"));
  });

  it("aligns two sentences of two languages by a small number and a word's meaning ('Dos trabajadores murieron' / 'Two workers were killed')", { skip: languages().translations.languages.includes("es") ? false : "no Spanish dictionary installed" }, () => {
    const r = analyse([
      article("a", "Two workers were killed in the explosion at the Lindholm depot, police said."),
      article("b", "Two workers and nineteen others were hurt in Tuesday's explosion at the Lindholm depot."),
      article("c", "Two workers died in the explosion at the Lindholm depot, the city hospital said."),
      article("d", "Dos trabajadores murieron en la explosión, que se produjo poco después de las once de la noche.", "es"),
    ]);
    const holding = r.claims.filter((c) => c.mentions.some((m) => m.articleId === "d"));
    assert.equal(holding.length, 1, JSON.stringify(r.claims.map((c) => c.mentions.map((m) => m.quote))));
    assert.ok(holding[0]!.mentions.some((m) => m.articleId === "a"));
  });

  it("does not align two sentences of two languages by one small number alone ('two separate blasts' / 'погибли два рабочих')", () => {
    const r = analyse([
      article("a", "Residents of the Saltmarsh district said they heard two separate blasts shortly before midnight."),
      article("b", "Представитель полиции Ирина Холт сообщила, что погибли два рабочих.", "ru"),
    ]);
    assert.equal(r.claims.find((c) => new Set(c.mentions.map((m) => m.articleId)).size === 2), undefined, JSON.stringify(r.claims.map((c) => c.mentions.map((m) => m.quote))));
    // Nor by it and the town every sentence of the story names.
    const town = analyse([
      article("a", "Residents of Dravosk said they heard two separate blasts shortly before midnight."),
      article("b", "Представитель полиции сообщила, что в Дравоске погибли два рабочих.", "ru"),
    ]);
    assert.equal(town.claims.find((c) => new Set(c.mentions.map((m) => m.articleId)).size === 2), undefined, JSON.stringify(town.claims.map((c) => c.mentions.map((m) => m.quote))));
  });

  it("does not read two days of two things one sentence pair shares as a date conflict: the words around each day must meet", () => {
    const r = analyse([
      { ...article("a", "Water levels in the Tarn were falling on Tuesday, and residents of the upper town of Hollen were allowed to return home."), published: "2025-03-07" },
      { ...article("b", "Residents of Hollen began returning home to the lower town on Wednesday as the Tarn fell back below its banks."), published: "2025-03-07" },
    ]);
    assert.deepEqual(r.claims.flatMap((c) => c.conflicts.filter((x) => x.type === "date")), [], JSON.stringify(r.claims.map((c) => c.mentions.map((m) => m.quote))));
    // The same event on two days still disagrees.
    const dam = analyse([
      { ...article("a", "Residents of Hollen began returning home to the lower town on Tuesday as the Tarn fell back below its banks."), published: "2025-03-07" },
      { ...article("b", "Residents of Hollen began returning home to the lower town on Wednesday as the Tarn fell back below its banks."), published: "2025-03-07" },
    ]);
    assert.deepEqual(dam.claims.flatMap((c) => c.conflicts.filter((x) => x.type === "date").map((x) => x.detail)), ["Tuesday (2025-03-04) vs Wednesday (2025-03-05)"]);
    // A day opening the sentence frames the clause after its comma; a day's word inside another word ("Mondays") is not the day;
    // in German, capitalised nouns are words around the day, not names.
    for (const [x, y, language] of [
      ["On Tuesday, the ferry Saltholm Star sank near the harbour pier, killing three passengers.", "The ferry Saltholm Star sank near the harbour pier on Wednesday, killing three passengers.", "en"],
      ["The ferry Saltholm Star, which usually sails on Mondays, sank near the harbour pier on Monday, killing three passengers.", "The ferry Saltholm Star sank near the harbour pier on Tuesday, killing three passengers.", "en"],
      ["Bei der Explosion im Hafen von Brekkvik am Dienstag starben drei Arbeiter der Werft.", "Bei der Explosion im Hafen von Brekkvik am Mittwoch starben drei Arbeiter der Werft.", "de"],
    ] as const) {
      const r2 = analyse([{ ...article("a", x, language), published: "2025-03-07" }, { ...article("b", y, language), published: "2025-03-07" }]);
      assert.equal(r2.claims.flatMap((c) => c.conflicts.filter((k) => k.type === "date")).length, 1, `${x} / ${y}: ${JSON.stringify(r2.claims.map((c) => c.conflicts))}`);
    }
  });

  it("flags a day named in several words ('on Monday, March 3') against another, once per pair of days", () => {
    const r = analyse([
      { ...article("a", "The council voted on Monday, March 3, to close the Lindholm ferry pier for repairs."), published: "2025-03-07" },
      { ...article("b", "The council voted on Tuesday to close the Lindholm ferry pier for repairs."), published: "2025-03-07" },
      { ...article("c", "The council voted on March 4 to close the Lindholm ferry pier for repairs."), published: "2025-03-07" },
    ]);
    const claim = r.claims.find((c) => c.mentions.length === 3);
    assert.equal(claim?.status, "conflicting", JSON.stringify(r.claims));
    assert.deepEqual(claim.conflicts.map((c) => [c.type, c.detail]), [["date", "March 3 (2025-03-03) vs Tuesday (2025-03-04)"]]);
  });

  it("does not read a later event, past when one article was written but after the other, as a date conflict (a funeral on Saturday after Tuesday's fire)", () => {
    const fire = (id: string, day: string, published: string) => ({
      ...article(id, `A fire at the Lindholm ferry depot killed two dock workers on ${day}, the harbour police said.`),
      published,
    });
    const later = { ...article("c", "Hundreds attended the funeral on Saturday of the two dock workers killed in the fire at the Lindholm ferry depot, the harbour police said."), published: "2025-03-08" };
    const r = analyse([fire("a", "Tuesday", "2025-03-04"), fire("b", "Tuesday", "2025-03-05"), later]);
    const claim = r.claims.find((c) => c.mentions.some((m) => m.articleId === "c") && c.mentions.some((m) => m.articleId === "a"));
    assert.ok(claim, JSON.stringify(r.claims.map((c) => c.summary)));
    assert.deepEqual(claim.conflicts, []);
    // Two days of the fire itself still disagree, when each article could have told of the other's.
    const two = analyse([fire("a", "Tuesday", "2025-03-05"), fire("b", "Monday", "2025-03-05"), later]);
    const dates = two.claims.flatMap((c) => c.conflicts.filter((x) => x.type === "date").map((x) => x.detail));
    assert.deepEqual(dates, ["Monday (2025-03-03) vs Tuesday (2025-03-04)"]);
    // And where a later article restates the earlier one nearly word for word, it dates the same fire, wrongly or not.
    const restated = analyse([fire("a", "Tuesday", "2025-03-04"), fire("b", "Thursday", "2025-03-07")]);
    assert.deepEqual(restated.claims.flatMap((c) => c.conflicts.filter((x) => x.type === "date").map((x) => x.detail)), ["Tuesday (2025-03-04) vs Thursday (2025-03-06)"]);
  });

  it("flags one article denying what another states", () => {
    const r = analyse([
      article("a", "The harbour authority closed the Lindholm ferry pier after cracks were found in its pillars."),
      article("b", "The harbour authority denied that it closed the Lindholm ferry pier after cracks were found in its pillars."),
    ]);
    const claim = r.claims.find((c) => c.mentions.length === 2);
    assert.equal(claim?.status, "conflicting");
    assert.deepEqual(claim.conflicts.map((c) => c.type), ["negation"]);
  });

  /** The two-article claim of a statement and its denial: conflicting, by negation. */
  const deniedPair = (stated: string, denial: string): Claim => {
    const r = analyse([article("a", stated), article("b", denial)]);
    const claim = r.claims.find((c) => c.mentions.length === 2);
    assert.equal(claim?.status, "conflicting", JSON.stringify(r.claims.map((c) => [c.status, c.summary])));
    assert.deepEqual(claim.conflicts.map((c) => c.type), ["negation"]);
    return claim;
  };

  it("flags a denial quoted in passing ('also “categorically denies” taking a selfie') against the report it denies", () => {
    deniedPair(
      "Dr. Lena Hart took a selfie in the operating room while the singer Mara Vell was under anesthesia, a source told the Courier.",
      'Dr. Lena Hart also "categorically denies" taking a selfie while Mara Vell was under anesthesia at the clinic, the same source said.',
    );
  });

  it("flags a denial of a report no other article repeats, where the two do not align as one statement", () => {
    const claim = deniedPair(
      "Lindholm Ferries will sell its two oldest vessels to a Baltic operator before the summer, the Harbour Gazette reported.",
      "In a statement, Lindholm Ferries denied reports that its oldest vessels were for sale and said timetables for the summer were unchanged.",
    );
    assert.match(claim.summary, /will sell its two oldest vessels/, "the claim is what was reported; the denial is its other side");
  });

  it("reads rejecting a report as denying it, also with the verb in scare quotes ('“flatly rejects” a report that …')", () => {
    deniedPair(
      "Two workers on the night shift told the Harbour Gazette that a safety inspection of the storage hall at the Orbeck works had been postponed twice.",
      'Orbeck said on Wednesday that it "flatly rejects" a report that a safety inspection of the storage hall at its works had been postponed.',
    );
  });

  it("reads what a denial denies after its cue: stating one thing and denying another is no conflict with the first", () => {
    const r = analyse([
      article("a", "The Lindholm ferry company said it was cooperating fully with the harbour authority."),
      article("b", "A company spokesman said the Lindholm ferry company was cooperating fully with the harbour authority and again denied that fuel had leaked."),
    ]);
    const claim = r.claims.find((c) => c.mentions.some((m) => m.articleId === "a") && c.mentions.some((m) => m.articleId === "b"));
    assert.ok(claim, JSON.stringify(r.claims.map((c) => c.summary)));
    assert.deepEqual(claim.conflicts, []);
    // A cue closing its sentence denies what came before it.
    const closing = analyse([
      article("a", "The Lindholm ferry company will close the pier for a year after cracks were found in its pillars."),
      article("b", "A harbour official said the report that the Lindholm ferry company will close the pier for a year is not true."),
    ]);
    assert.ok(closing.claims.some((c) => c.conflicts.some((x) => x.type === "negation")), JSON.stringify(closing.claims.map((c) => [c.summary, c.conflicts])));
  });

  it("does not make one claim of two sentences that share one word", () => {
    const r = analyse([
      article("a", "The ferry capsized off Kellhaven on Tuesday. Families are still waiting for answers."),
      article("b", "The ferry capsized off Kellhaven on Tuesday morning. We owe the families the truth, the mayor said."),
    ]);
    const families = r.claims.find((c) => c.mentions.some((m) => m.quote.startsWith("Families")));
    assert.ok(!families || families.mentions.every((m) => m.articleId === "a"), JSON.stringify(r.claims.map((c) => [c.summary, c.mentions.map((m) => m.quote)])));
  });

  it("keeps counts of what befell different people apart: nine dead and nine missing are two counts, eleven missing against nine dead no disagreement", () => {
    const r = analyse([
      article("a", "Nine people have been confirmed dead after the Saltholm Star capsized off Kellhaven, the coast guard said on Thursday."),
      article("b", "Nine people remain missing after the Saltholm Star capsized off Kellhaven, the coast guard said on Thursday."),
      article("c", "Eleven people were still missing after the Saltholm Star capsized off Kellhaven, the coast guard said on Tuesday."),
    ]);
    const dead = r.claims.find((c) => c.mentions.some((m) => m.articleId === "a"))!;
    assert.ok(!dead.mentions.some((m) => m.articleId === "b" || m.articleId === "c"), JSON.stringify(r.claims.map((c) => [c.summary, c.mentions.map((m) => m.articleId)])));
    assert.ok(r.claims.every((c) => !c.conflicts.some((x) => x.type === "number" && /9 vs 11|11 vs 9/.test(x.detail) && c.mentions.some((m) => m.articleId === "a"))));
  });

  it("makes no claim of one sentence whose every number a speaker gives in words that guess; a figure a spokesman gives, or the article's own, still makes one", () => {
    const r = analyse([
      article(
        "a",
        "“I think we will probably finish the Hollen barrier within 18 months,” the mayor Ilse Marrow said on Monday. “Twelve people were killed in the blast at the Hollen depot,” police spokesman Jan Lund said on Monday. The council approved 40 million crowns for the barrier in March.",
      ),
      article("b", "The Kellhaven ferry resumed service on Tuesday after repairs."),
    ]);
    const quotes = r.claims.map((c) => c.mentions.map((m) => m.quote).join(" | "));
    assert.ok(!quotes.some((q) => q.includes("18 months")), JSON.stringify(quotes));
    assert.ok(quotes.some((q) => q.includes("Twelve people were killed")), JSON.stringify(quotes));
    assert.ok(quotes.some((q) => q.includes("40 million crowns")), JSON.stringify(quotes));
  });

  it("rests no sentence on the person last cited where its only pronoun speaking is a relative one with no name before it ('from those who said …')", () => {
    const r = analyse([
      article("a", "Tad Devine, a senior adviser, said the campaign would fight on. “We are ready for the vote,” Devine said on Monday. But Mrs. Lindqvist received even stronger support from those who said the harbour tax was too high."),
      article("b", "Mrs. Lindqvist received even stronger support from voters who said the harbour tax was too high, the election office said."),
    ]);
    const claim = r.claims.find((c) => c.mentions.some((m) => m.articleId === "a" && m.quote.includes("those who said")));
    assert.ok(claim, JSON.stringify(r.claims.map((c) => c.mentions.map((m) => m.quote))));
    const mention = claim.mentions.find((m) => m.articleId === "a")!;
    assert.notEqual(mention.attributedTo, "Tad Devine", JSON.stringify(mention));
    assert.notEqual(mention.origin, "Tad Devine", JSON.stringify(mention));
  });

  it("makes no claim of someone's words that judge or guess ('it seems extremely unlikely'); their words stating a fact stay one", () => {
    const opinion = "“He can assert it, but it seems extremely unlikely that the council will fund the barrier,” said Ilse Marrow, a harbour analyst.";
    // A modal states facts too, and a cue outside the quotation is not the speaker's: both stay claims.
    const fact = "“The north pier of the Hollen harbour could not be repaired and was closed by the council on Tuesday,” said Jan Lund, who probably spoke for the council.";
    const r = analyse([article("a", `${opinion} ${fact}`), article("b", `${opinion} ${fact}`)]);
    const quotes = r.claims.map((c) => c.mentions.map((m) => m.quote).join(" | "));
    assert.ok(!quotes.some((q) => q.includes("extremely unlikely")), JSON.stringify(quotes));
    assert.ok(quotes.some((q) => q.includes("could not be repaired")), JSON.stringify(quotes));
  });

  it("does not join two sentences by a measure they both give and nothing said of it ('the first three months of 2015' / 'two or three months from now')", () => {
    const r = analyse([
      article("a", "The Hollen port office earned more than 11 million crowns from berth fees in the first three months of 2024, the Harbour Gazette reported."),
      article("b", "The Lindholm survey of ferry passengers will be repeated two or three months from now, its authors wrote."),
    ]);
    const joined = r.claims.find((c) => new Set(c.mentions.map((m) => m.articleId)).size > 1);
    assert.equal(joined, undefined, JSON.stringify(r.claims.map((c) => c.mentions.map((m) => m.quote))));
    // In German and Russian too, whatever case the unit is in ("in drei Monaten", "через три месяца").
    const de = analyse([
      article("a", "Das Hafenamt Hollen verdiente in den ersten drei Monaten des Jahres 11 Millionen Kronen an Liegegebühren.", "de"),
      article("b", "Die Umfrage unter Fahrgästen der Fähre Lindholm wird in zwei oder drei Monaten wiederholt.", "de"),
    ]);
    assert.equal(de.claims.find((c) => new Set(c.mentions.map((m) => m.articleId)).size > 1), undefined, JSON.stringify(de.claims.map((c) => c.mentions.map((m) => m.quote))));
    const ru = analyse([
      article("a", "Портовое управление Холлена заработало 11 миллионов крон на сборах за первые три месяца года.", "ru"),
      article("b", "Опрос пассажиров парома Линдхольм повторят через два или три месяца.", "ru"),
    ]);
    assert.equal(ru.claims.find((c) => new Set(c.mentions.map((m) => m.articleId)).size > 1), undefined, JSON.stringify(ru.claims.map((c) => c.mentions.map((m) => m.quote))));
  });

  it("reads 'refute' and 'refutes' as denials, as 'refuted' is: one article refuting what another reports is a conflict", () => {
    const r = analyse([
      article("a", "The Lindholm ferry company overloaded the Skarvø ferry for months, the harbour office said on Monday."),
      article("b", "The Lindholm ferry company continued to refute that it overloaded the Skarvø ferry for months."),
    ]);
    assert.ok(r.claims.some((c) => c.conflicts.some((x) => x.type === "negation")), JSON.stringify(r.claims.map((c) => [c.summary, c.status, c.conflicts])));
  });

  it("reads no negation conflict with a sentence giving the verb only as an infinitive ('asked to publish' / 'criticised for not publishing')", () => {
    const asked = analyse([
      article("a", "The Lindholm ferry company has been asked to publish the inspection reports of the Skarvø ferry."),
      article("b", "The harbour office criticised the Lindholm ferry company for not publishing the inspection reports of the Skarvø ferry."),
    ]);
    assert.ok(asked.claims.every((c) => !c.conflicts.some((x) => x.type === "negation")), JSON.stringify(asked.claims.map((c) => [c.summary, c.conflicts])));
    // Stated as done, it is contradicted.
    const published = analyse([
      article("a", "The Lindholm ferry company published the inspection reports of the Skarvø ferry on Monday."),
      article("b", "The Lindholm ferry company did not publish the inspection reports of the Skarvø ferry on Monday."),
    ]);
    assert.ok(published.claims.some((c) => c.conflicts.some((x) => x.type === "negation")), JSON.stringify(published.claims.map((c) => [c.summary, c.conflicts])));
    // An infinitive after a verb that says it was done is done: "was forced to resign" is contradicted by "did not resign".
    const forced = analyse([
      article("a", "The Lindholm harbour master was forced to resign on Monday after the ferry pier collapsed."),
      article("b", "The Lindholm harbour master did not resign on Monday after the ferry pier collapsed."),
    ]);
    assert.ok(forced.claims.some((c) => c.conflicts.some((x) => x.type === "negation")), JSON.stringify(forced.claims.map((c) => [c.summary, c.conflicts])));
    // The verb of asking may stand a few words before "to": "urged the harbour master to resign".
    const urged = analyse([
      article("a", "The Lindholm council urged the harbour master to resign on Monday after the ferry pier collapsed."),
      article("b", "The Lindholm harbour master did not resign on Monday after the ferry pier collapsed."),
    ]);
    assert.ok(urged.claims.every((c) => !c.conflicts.some((x) => x.type === "negation")), JSON.stringify(urged.claims.map((c) => [c.summary, c.conflicts])));
  });

  it("reads no denial taken back before its cue ('has never denied that'), as check reads it", () => {
    const r = analyse([
      article("a", "The Lindholm ferry company had been overloading the Skarvø ferry for months, the harbour office said on Monday."),
      article("b", "The Lindholm ferry company has never denied that it had been overloading the Skarvø ferry for months, the harbour office said."),
    ]);
    assert.ok(r.claims.every((c) => !c.conflicts.some((x) => x.type === "negation")), JSON.stringify(r.claims.map((c) => [c.summary, c.conflicts])));
  });

  it("reads what a denial says of its subject, not the subject nor a clause after it; not knowing yet is no denial", () => {
    const r = analyse([
      article("a", "At least seven people were killed when the passenger ferry Saltholm Star capsized off Kellhaven on Tuesday, the coast guard said."),
      article("b", "Brasken Lines on Thursday denied that the Saltholm Star had been overloaded when it capsized off Kellhaven on Tuesday."),
      article("c", "It is not yet known what caused the passenger ferry Saltholm Star to capsize off Kellhaven on Tuesday."),
    ]);
    assert.ok(r.claims.every((c) => c.conflicts.length === 0), JSON.stringify(r.claims.map((c) => [c.summary, c.conflicts])));
    // What it says of the subject is denied: "overloaded".
    const overloaded = analyse([
      article("a", "The passenger ferry Saltholm Star was overloaded when it capsized off Kellhaven on Tuesday, survivors said."),
      article("b", "Brasken Lines on Thursday denied that the Saltholm Star had been overloaded when it capsized off Kellhaven on Tuesday."),
    ]);
    assert.ok(overloaded.claims.some((c) => c.conflicts.some((x) => x.type === "negation")), JSON.stringify(overloaded.claims.map((c) => [c.summary, c.conflicts])));
    // A clause verb in a later clause is not the denied one's: "denied any release of chlorine gas …, adding that … was ongoing".
    const released = analyse([
      article("a", "Chlorine gas was released during the fire at the Lindholm depot, firefighters said on Monday."),
      article("b", "The Lindholm depot operator denied any release of chlorine gas during the fire, adding that the investigation was ongoing."),
    ]);
    assert.ok(released.claims.some((c) => c.conflicts.some((x) => x.type === "negation")), JSON.stringify(released.claims.map((c) => [c.summary, c.conflicts])));
  });

  it("reads a sentence contradicting a negative statement as denying it, and a denial of what the statement negates as agreeing", () => {
    const stated = "The Lindholm ferry company said its engines had worked as designed and that no fuel had leaked into the harbour.";
    const r = analyse([
      article("a", stated),
      article("b", "The harbour authority said it had found oil near the pier, contradicting the company's statement that no fuel had leaked into the harbour."),
    ]);
    const claim = r.claims.find((c) => c.mentions.some((m) => m.articleId === "a"));
    assert.equal(claim?.status, "conflicting", JSON.stringify(r.claims.map((c) => [c.status, c.mentions.map((m) => m.articleId)])));
    assert.deepEqual(claim.conflicts.map((c) => c.type), ["negation"]);
    const agreeing = analyse([
      article("a", stated),
      article("b", "A company spokesman denied that any fuel had leaked into the harbour."),
    ]);
    assert.ok(agreeing.claims.every((c) => c.conflicts.length === 0), JSON.stringify(agreeing.claims.map((c) => c.conflicts)));
    // Scare quotes before the cue do not move where its clause is read from.
    const quoted = analyse([
      article("a", stated),
      article("b", "The harbour authority said it had found “oil” near the pier, contradicting the company's statement that no fuel had leaked into the harbour."),
    ]);
    assert.ok(quoted.claims.some((c) => c.status === "conflicting"), JSON.stringify(quoted.claims.map((c) => c.status)));
    // Nouns are no denial ("border disputes", "no contradiction"), and a negation that reaches nothing pairs with none.
    for (const other of [
      "After years of border disputes, the Lindholm ferry company said its engines had worked as designed and that no fuel had leaked into the harbour.",
      "There is no contradiction: the Lindholm ferry company said its engines had worked as designed and that no fuel had leaked into the harbour.",
    ]) {
      const plain = analyse([article("a", stated), article("b", other)]);
      assert.ok(plain.claims.every((c) => c.conflicts.length === 0), other);
    }
    const reachless = analyse([
      article("a", "The Lindholm ferry company said fuel had leaked into the harbour near the pier, though the crew had not."),
      article("b", "Fuel had leaked into the harbour near the pier, contradicting the company's claim that no crew was at fault."),
    ]);
    assert.ok(reachless.claims.every((c) => c.conflicts.length === 0), JSON.stringify(reachless.claims.map((c) => c.conflicts)));
  });

  it("joins a denial in another article to the claim it denies, as a conflict", () => {
    const r = analyse([
      article("a", "The Lindholm ferry company will open a new route to the island of Skarvø in June, the company said."),
      article("b", "The Lindholm ferry company denied reports that it will open a route to Skarvø this summer."),
    ]);
    const claim = r.claims.find((c) => c.mentions.some((m) => m.articleId === "a"));
    assert.equal(claim?.status, "conflicting");
    assert.deepEqual(claim.mentions.map((m) => m.articleId), ["a", "b"]);
    assert.deepEqual(claim.conflicts.map((c) => [c.type, c.articleIds]), [["negation", ["a", "b"]]]);
  });

  it("flags two counts of one thing said with different words after them but the same before ('forcing … 1,200 residents from the Salt Quarter' / 'forced about 2,000 people from their homes')", () => {
    const r = analyse([
      article("a", "A fire at the Dornex depot in Port Velmar on Monday forced the evacuation of 1,200 residents from the nearby Salt Quarter."),
      article("b", "A fire at the Dornex depot in Port Velmar on Monday forced about 2,000 people from their homes."),
    ]);
    const claim = r.claims.find((c) => c.mentions.length === 2);
    assert.equal(claim?.status, "conflicting", JSON.stringify(r.claims.map((c) => [c.status, c.mentions.length])));
    assert.deepEqual(claim.conflicts.map((c) => c.detail), ["people: 1200 vs 2000"]);
  });

  it("flags two counts told by their verb, not a noun ('injuring 14 others' / '20 were injured'), once", () => {
    const r = analyse([
      article("a", "A fire at the Lindholm ferry depot on Tuesday killed two dock workers, injuring 14 others."),
      article("b", "Two dock workers were killed and 20 were injured in a fire at the Lindholm ferry depot on Tuesday."),
      article("c", "A fire at the Lindholm ferry depot killed two dock workers on Tuesday and injured 14, the harbour police said."),
    ]);
    const conflicts = r.claims.flatMap((c) => c.conflicts.map((x) => x.detail));
    assert.deepEqual(conflicts, ["injuring: 14 vs 20"], JSON.stringify(r.claims.map((c) => [c.summary, c.conflicts])));
  });

  it("flags two sums of one cost as a conflict, where nothing but the unit follows the numbers", () => {
    const r = analyse([
      article("a", "Repairing the Hollen dam would cost £14 million, the council's engineers said on Tuesday."),
      article("b", "Repairing the Hollen dam would cost £41 million, the mayor said on Tuesday."),
    ]);
    const claim = r.claims.find((c) => c.mentions.length === 2);
    assert.equal(claim?.status, "conflicting");
    assert.deepEqual(claim.conflicts.map((c) => c.type), ["number"]);
    // Sums of different things said before them ("cost" / "raised"; the dam / the school) are not one count.
    for (const other of [
      "Repairing the Hollen dam, the council raised £41 million, the mayor said on Tuesday.",
      "Rebuilding the Hollen school would cost £41 million, the mayor said on Tuesday.",
    ]) {
      const apart = analyse([article("a", "Repairing the Hollen dam would cost £14 million, the council's engineers said on Tuesday."), article("b", other)]);
      assert.ok(apart.claims.every((c) => c.conflicts.length === 0), apart.claims.map((c) => JSON.stringify(c.conflicts)).join("; "));
    }
  });

  it("does not read two measures or two dates of different events in two languages as a conflict (four days of rain, two days after the breach)", () => {
    const r = analyse([
      article("en", "Residents of Hollen returned to the Orvel valley on Wednesday, two days after the Orvel dam gave way."),
      article("ru", "Плотина Орвел над городом Холлен обрушилась в понедельник после четырёх дней рекордных ливней.", "ru"),
      article("en2", "Three army helicopters lifted residents from rooftops in Aldsted near Hollen."),
      article("ru2", "Два армейских вертолёта сняли жителей с крыш в Альдстеде около Холлена.", "ru"),
    ]);
    const numbers = r.claims.flatMap((c) => c.conflicts.filter((x) => x.type === "number").map((x) => x.detail));
    assert.ok(!numbers.some((d) => /days/.test(d)), numbers.join("; "));
    // The dam gave way on Monday, the residents returned on Wednesday: aligned by names across languages, not one event.
    const dates = r.claims.flatMap((c) => c.conflicts.filter((x) => x.type === "date").map((x) => x.detail));
    assert.deepEqual(dates, []);
  });

  it("joins a denial of a named source's report to the claim resting on that source, with scare quotes read through", () => {
    const r = analyse([
      article("a", "The Harbour Gazette reported that the Lindholm ferry company will sell its two oldest vessels to a Baltic operator."),
      article("b", "According to the Harbour Gazette, the ferry company plans to sell its oldest ships to a buyer in the Baltic."),
      article("c", "A spokeswoman for the ferry company, Ingrid Sol, said the Harbour Gazette story was “not true”. Timetables stay as they are."),
    ]);
    const claim = r.claims.find((c) => c.mentions.some((m) => m.articleId === "b"));
    assert.ok(claim);
    assert.equal(claim.status, "conflicting");
    assert.ok(claim.mentions.some((m) => m.articleId === "c" && /not true/.test(m.quote)), "the denial joins the claim the Gazette's report carries");
    assert.deepEqual(claim.conflicts.map((c) => c.type), ["negation"]);
    // A denial the named source makes itself (the Gazette calling a rumour untrue) does not deny the Gazette's report.
    const own = analyse([
      article("a", "The Harbour Gazette reported that the Lindholm ferry company will sell its two oldest vessels to a Baltic operator."),
      article("b", "According to the Harbour Gazette, the ferry company plans to sell its oldest ships to a buyer in the Baltic."),
      article("c", "The Harbour Gazette said on Monday that a rumour about new timetables was “not true”. Timetables stay as they are."),
    ]);
    assert.ok(own.claims.every((c) => c.status !== "conflicting"), own.claims.map((c) => `${c.status}: ${c.summary}`).join("; "));
    // A denial that names the source without a word for its report is about something else the source did.
    const other = analyse([
      article("a", "The fire at the Osterby mill killed three workers on Tuesday, Hollen Police said."),
      article("b", "Three workers died in the fire at the Osterby mill on Tuesday, Hollen Police said."),
      article("c", "Mayor Eva Lind denied that Hollen Police had arrived late."),
    ]);
    assert.ok(other.claims.every((c) => c.status !== "conflicting" && c.mentions.every((m) => m.articleId !== "c")), other.claims.map((c) => `${c.status}: ${c.summary}`).join("; "));
  });

  it("is not a claim when it is a question or a quotation and its speaker", () => {
    const r = analyse([
      article("a", "Will the Lindholm ferry pier reopen before the summer season begins? “God help us,” the mayor said."),
      article("b", "Will the Lindholm ferry pier reopen before the summer season begins? “God help us,” the mayor said."),
    ]);
    assert.deepEqual(r.claims, []);
  });

  it("is not a claim when it is a quotation and nothing else, its speaker named only beside it; it is with its speaker in it", () => {
    const alone = "“The ferry pier will stay closed until divers have checked every pylon of it.”";
    const r = analyse([
      article("a", `The Lindholm harbour master spoke on Monday. ${alone}`),
      article("b", `${alone} The Lindholm harbour master spoke to reporters on Monday.`),
    ]);
    assert.ok(r.claims.every((c) => !c.summary.includes("divers")), r.claims.map((c) => c.summary).join("; "));
    // Nor one inside a quotation of several sentences.
    const long = "The Lindholm harbour master spoke on Monday: “The pier is closed. The ferry pier will stay closed until divers have checked every pylon of it. We are sorry,” she said.";
    const inLong = analyse([article("a", long), article("b", long)]);
    assert.ok(inLong.claims.every((c) => !c.summary.includes("divers")), inLong.claims.map((c) => c.summary).join("; "));
    const said = "“The ferry pier will stay closed until divers have checked every pylon of it,” the harbour master said.";
    const withSpeaker = analyse([article("a", said), article("b", said)]);
    assert.ok(withSpeaker.claims.some((c) => c.summary.includes("divers")), withSpeaker.claims.map((c) => c.summary).join("; "));
  });

  it("is not a claim when it is a headline in Title Case run into the text, but is in German, which capitalises its nouns", () => {
    const headline = "Lindholm Mayor Orders Ferry Pier Closed After Inspectors Find Cracks In Pylons.";
    const r = analyse([article("a", headline), article("b", headline)]);
    assert.deepEqual(r.claims.map((c) => c.summary), []);
    // The same words in sentence case are a claim; a German sentence with its nouns capitalised too.
    const plain = "Lindholm's mayor ordered the ferry pier closed after inspectors found cracks in its pylons.";
    assert.equal(analyse([article("a", plain), article("b", plain)]).claims.length, 1);
    const german = "Der Bürgermeister von Lindholm ließ den Fähranleger schließen, nachdem Prüfer Risse in den Pfeilern fanden.";
    assert.equal(analyse([article("a", german, "de"), article("b", german, "de")]).claims.length, 1);
    // A sentence full of names is no headline: its verb is in lower case.
    const named = "Former Harbour Secretary Anna Lund won the Lindholm Democratic Party primary on Sunday.";
    assert.equal(analyse([article("a", named), article("b", named)]).claims.length, 1);
  });

  it("is not a claim when it says that someone would not or did not answer, in any language that lists how", () => {
    const r = analyse([
      article("a", "The Lindholm ferry operator did not respond to a request for comment. Harbour officials declined to comment on the closure of the pier."),
      article("b", "Harbour officials declined to comment on the closure of the pier. The Lindholm ferry operator did not immediately respond to a request for comment."),
      article("c", "Оператор парома Линдхольм не ответил на запрос о комментарии.", "ru"),
    ]);
    assert.deepEqual(r.claims.map((c) => c.summary), []);
    // Nor has or had not commented, in a sentence of its own or listing who has not.
    const notYet = analyse([
      article("a", "Officials in Lindholm, Kestria and Dravosk have not yet commented on the report about the ferry pier."),
      article("b", "Officials in Lindholm, Kestria and Dravosk have not yet commented on the report about the ferry pier."),
      article("c", "В мэрии Линдхольма пока не комментируют сообщения о закрытии паромного причала.", "ru"),
    ]);
    assert.deepEqual(notYet.claims.map((c) => c.summary), []);
    // But a sentence that goes on to report is a claim; and a German "zunächst nicht" of something else is no reaction.
    for (const [text, language] of [
      ["The ministry did not comment on the casualties but said 12 drones were downed over Lindholm overnight.", "en"],
      ["El ministro no comentó las cifras, pero confirmó que 12 soldados murieron en Lindholm.", "es"],
      ["Die Polizei in Lindholm äußerte sich besorgt, weil 12 Häftlinge zunächst nicht gefasst wurden.", "de"],
    ] as const) assert.equal(analyse([article("a", text, language), article("b", text, language)]).claims.length, 1, text);
  });

  it("counts independent origins: two outlets repeating one newspaper are one origin", () => {
    const lead = (outlet: string): string =>
      `${outlet} said the Lindholm pier will close, the Harbour Gazette reported on Friday. The harbour authority plans to spend 40 million euros on repairs to the pier, according to the report.`;
    const r = analyse([
      { ...article("a", lead("The mayor")), outlet: "Coast News" },
      { ...article("b", lead("The council")), outlet: "Ferry Daily" },
    ]);
    const claim = withValue(r.claims, 40_000_000)!;
    assert.equal(claim.reports, 2);
    assert.deepEqual(claim.origins, ["Harbour Gazette"]);
    assert.equal(claim.status, "single-origin");
  });

  it("does not carry a source into the next sentence: a sentence naming none is its article's own report", () => {
    const text = (outlet: string): string =>
      `${outlet} is closing the Lindholm pier, the Harbour Gazette reported. The harbour authority plans to spend 40 million euros on the pier.\n\n` +
      "Divers found 12 cracked pillars under the Lindholm pier last winter.";
    const r = analyse([
      { ...article("a", text("The port")), outlet: "Coast News" },
      { ...article("b", text("The city")), outlet: "Ferry Daily" },
    ]);
    for (const value of [40_000_000, 12]) {
      const claim = withValue(r.claims, value)!;
      assert.deepEqual(claim.mentions.map((m) => m.attributedTo), [null, null], "the sentence names no source itself");
      assert.deepEqual([...claim.origins].sort(), ["Coast News", "Ferry Daily"]);
      assert.equal(claim.status, "corroborated");
    }
  });

  it("gives an own-voice lede the source its article names for the same claim, however it is named there", () => {
    const text =
      "The Lindholm pier will close for 40 days.\n\nThe Harbour Gazette reported on Friday that the Lindholm pier will close for 40 days.\n\nAccording to the report, the Lindholm pier will close for 40 days after divers found cracks.";
    const r = analyse([
      { ...article("a", text), outlet: "Coast News" },
      {
        ...article("b", "Ferry passengers face a long detour: the Lindholm pier will close for 40 days.\n\nThe Harbour Gazette said the Lindholm pier will close for 40 days while cracks are repaired."),
        outlet: "Ferry Daily",
      },
    ]);
    const closing = withValue(r.claims, 40)!;
    assert.equal(closing.origins.length, 1, `one origin, not the outlets' own: ${JSON.stringify(closing.origins)}`);
    assert.match(closing.origins[0]!, /^(?:The )?Harbour Gazette$/);
    assert.equal(closing.status, "single-origin");
  });

  it("gives a sentence whose speaker is a pronoun the person last cited, not the article's lead source", () => {
    const text = (lead: string): string =>
      `${lead} reported on Friday that the Lindholm pier will close. Harbour Minister Olga Brandt said the pillars had cracked. "The pier will stay closed until the divers have checked every pillar," she told reporters.`;
    const r = analyse([
      { ...article("a", text("The Harbour Gazette")), outlet: "Coast News" },
      { ...article("b", text("Radio Lindholm")), outlet: "Ferry Daily" },
    ]);
    const claim = r.claims.find((c) => c.mentions.every((m) => m.quote.includes("divers")));
    assert.ok(claim);
    assert.deepEqual(claim.origins, ["Olga Brandt"]);
    assert.equal(claim.status, "single-origin");
  });

  it("flags one article negating what another states, and not a negation of something else", () => {
    const r = analyse([
      article("a", "The Lindholm ferry company is closing the Skarvø route after the storm damaged its pier, officials said."),
      article("b", "The Lindholm ferry company won't close the Skarvø route after the storm damaged its pier, officials said."),
      article("c", "The Lindholm ferry company did not say when the storm damaged its pier at the Skarvø route, officials said."),
    ]);
    const claim = r.claims.find((c) => c.status === "conflicting");
    assert.ok(claim, "a conflicting claim");
    assert.deepEqual(claim.conflicts.map((c) => [c.type, [...c.articleIds].sort()]), [["negation", ["a", "b"]]]);
  });

  it("reads a sentence with a negation of something else as stating what another article negates or denies", () => {
    const pairs: Array<[string, string]> = [
      ["The Lindholm ferry company is closing the Skarvø route after the storm, which the town never saw coming, officials said.", "The Lindholm ferry company is not closing the Skarvø route after the storm, officials said."],
      ["Mayor Eva Lind proposed the Skarvø ferry route to the harbour council, saying the town could not wait for the bridge.", "Mayor Eva Lind denied that she proposed the Skarvø ferry route to the harbour council."],
    ];
    for (const [a, b] of pairs) {
      const claim = analyse([article("a", a), article("b", b)]).claims.find((c) => c.mentions.length === 2);
      assert.ok(claim, `the two sentences align: ${b}`);
      assert.deepEqual(claim.conflicts.map((c) => [c.type, [...c.articleIds]]), [["negation", ["a", "b"]]], b);
    }
  });

  it("does not read a negation sharing one word with another article, a bound ('no more than'), or a document-level cue ('prank') as a denial", () => {
    const r = analyse([
      article("a", "The harbour authority answered questions about the Lindholm ferry pier meeting with the unions on Monday."),
      article("b", "The harbour authority did not acknowledge the Lindholm ferry pier meeting with the unions until March."),
      article("c", "The Lindholm ferry carries up to 40 cars and grows its timetable to 12 sailings a day in summer."),
      article("d", "The Lindholm ferry carries no more than 40 cars and grows its timetable to 12 sailings a day in summer."),
      article("e", "The students filmed the Lindholm ferry prank on the pier and posted the video on Monday, the harbour authority said."),
      article("f", "The students filmed the Lindholm ferry stunt on the pier and posted the video on Monday, the harbour authority said."),
    ]);
    const aligned = r.claims.filter((c) => new Set(c.mentions.map((m) => m.articleId)).size > 1);
    assert.ok(aligned.length >= 2, JSON.stringify(r.claims.map((c) => c.mentions.map((m) => m.articleId))));
    assert.deepEqual(r.claims.filter((c) => c.status === "conflicting").map((c) => c.conflicts), []);
  });

  it("reads a denial in German, French, Spanish, Italian, Polish and Ukrainian, and a negation in Spanish, Italian and French", () => {
    const pairs: Array<[string, string, string]> = [
      ["de", "Die Lindholm Fährgesellschaft schließt die Skarvø Route nach dem Sturm, teilte die Hafenbehörde mit.", "Die Lindholm Fährgesellschaft dementierte, dass sie die Skarvø Route nach dem Sturm schließt, teilte die Hafenbehörde mit."],
      ["fr", "La compagnie de ferry Lindholm ferme la ligne de Skarvø après la tempête, selon l'autorité portuaire.", "La compagnie de ferry Lindholm a démenti fermer la ligne de Skarvø après la tempête, selon l'autorité portuaire."],
      ["es", "La naviera Lindholm negó que cerrará la ruta de Skarvø después de la tormenta, informó la autoridad portuaria.", "La naviera Lindholm cerrará la ruta de Skarvø después de la tormenta, informó la autoridad portuaria."],
      ["it", "La compagnia Lindholm chiuderà la linea per Skarvø dopo la tempesta, secondo l'autorità portuale.", "La compagnia Lindholm ha smentito che chiuderà la linea per Skarvø dopo la tempesta, secondo l'autorità portuale."],
      ["pl", "Armator Lindholm zamknie trasę do Skarvø po burzy, poinformował zarząd portu.", "Armator Lindholm zaprzeczył, że zamknie trasę do Skarvø po burzy, poinformował zarząd portu."],
      ["uk", "Компанія Ліндгольм закриє маршрут до Скарве після шторму, повідомила портова адміністрація.", "Компанія Ліндгольм спростувала, що закриє маршрут до Скарве після шторму, повідомила портова адміністрація."],
      ["es", "La naviera Lindholm cerrará la ruta de Skarvø después de la tormenta, informó la autoridad portuaria.", "La naviera Lindholm no cerrará la ruta de Skarvø después de la tormenta, informó la autoridad portuaria."],
      ["it", "La compagnia Lindholm chiuderà la linea per Skarvø dopo la tempesta, secondo l'autorità portuale.", "La compagnia Lindholm non chiuderà la linea per Skarvø dopo la tempesta, secondo l'autorità portuale."],
      ["fr", "La compagnie Lindholm ferme la ligne de Skarvø après la tempête, selon l'autorité portuaire.", "La compagnie Lindholm ne ferme pas la ligne de Skarvø après la tempête, selon l'autorité portuaire."],
      ["en", "Lindholm police arrested Jonas Brekke at the Skarvø ferry pier on Monday night, the harbour office said.", "Lindholm police did not arrest Jonas Brekke at the Skarvø ferry pier on Monday night, the harbour office said."],
    ];
    for (const [language, a, b] of pairs) {
      const r = analyse([article("a", a, language), article("b", b, language)]);
      const claim = r.claims.find((c) => c.mentions.length === 2);
      assert.ok(claim, `${language}: the two sentences align`);
      assert.deepEqual(claim.conflicts.map((c) => c.type), ["negation"], `${language}: ${b}`);
    }
  });

  it("reads no denial in ordinary words that start like another language's cue, nor a negation past its clause or opening a phrase that negates nothing, nor one where both sentences negate it", () => {
    const pairs: Array<[string, string, string]> = [
      ["pl", "Armator Lindholm nie zmienił rozkładu rejsów do Skarvø po burzy, poinformował zarząd portu w poniedziałek.", "Armator Lindholm nie zmienił rozkładu rejsów do Skarvø po burzy, poinformował zarząd portu."],
      ["it", "Il porto di Lindholm non ha detto niente sulla linea per Skarvø dopo la tempesta, secondo il sindaco.", "Il porto di Lindholm non ha detto niente sulla linea per Skarvø dopo la tempesta, secondo il sindaco di Lindholm."],
      ["en", "A Lindholm clinic for dementia patients closed its Skarvø ferry office after the storm, the harbour office said.", "The Lindholm clinic for dementia patients closed its Skarvø ferry office after the storm, the harbour office said."],
      ["en", "There were no confirmed injuries after the Skarvø ferry hit the Lindholm pier on Monday, the harbour office said.", "The harbour office said there were no confirmed injuries after the Skarvø ferry hit the Lindholm pier on Monday."],
      ["de", "Eine Schließung der Skarvø Route durch die Lindholm Fährgesellschaft ist unwahrscheinlich, teilte die Hafenbehörde mit.", "Eine Schließung der Skarvø Route durch die Lindholm Fährgesellschaft sei unwahrscheinlich, teilte die Hafenbehörde mit."],
      ["en", "The Lindholm ferry company will close the Skarvø route after the storm damaged its pier, officials said.", "The Lindholm ferry company won't just close the Skarvø route after the storm damaged its pier, officials said."],
      ["de", "Die Lindholm Fährgesellschaft schließt die Skarvø Route nach dem Sturm, teilte die Hafenbehörde mit.", "Die Lindholm Fährgesellschaft, die nie Gewinn machte, schließt die Skarvø Route nach dem Sturm, teilte die Hafenbehörde mit."],
      // Both negate it, however far from its words or after a comma the negation stands.
      ["en", "There are no immediate plans by the Lindholm ferry company to close the Skarvø route after the storm, officials said.", "The Lindholm ferry company will not close the Skarvø route after the storm, officials said."],
      ["en", "The Lindholm ferry company will not, officials said, close the Skarvø route after the storm.", "The Lindholm ferry company will not close the Skarvø route after the storm, officials said."],
      ["de", "Die Lindholm Fährgesellschaft schließt die Skarvø Route nach dem Sturm nicht, teilte die Hafenbehörde mit.", "Die Lindholm Fährgesellschaft schließt nicht die Skarvø Route nach dem Sturm, teilte die Hafenbehörde mit."],
    ];
    for (const [language, a, b] of pairs) {
      const r = analyse([article("a", a, language), article("b", b, language)]);
      assert.ok(r.claims.some((c) => c.mentions.length === 2), `${language}: the two sentences align`);
      assert.deepEqual(r.claims.filter((c) => c.status === "conflicting").map((c) => c.conflicts), [], `${language}: ${b}`);
    }
  });

  it("does not read a denial in one language as denying a sentence aligned to it from another", () => {
    const r = analyse([
      article("en", "Judge denies the Lindholm ferry company's request to reopen the Skarvø route during the storm season."),
      article("de", "Die Lindholm Fährgesellschaft darf die Skarvø Route während der Sturmsaison nicht wieder öffnen, entschied das Gericht.", "de"),
    ]);
    const claim = r.claims.find((c) => c.mentions.length === 2);
    assert.ok(claim, "the two sentences align");
    assert.notEqual(claim.status, "conflicting");
  });

  it("reads two values of one unit given by one article as two things, not a conflict", () => {
    const r = analyse([
      article("a", "The Lindholm ferry company earned 24 million euros in the last quarter of the year, its chief executive said on Monday."),
      article("b", "The Lindholm ferry company earned 24 million euros in the last quarter, bringing the year's earnings to 76 million euros."),
    ]);
    assert.ok(r.claims.every((c) => c.status !== "conflicting"), JSON.stringify(r.claims.map((c) => c.conflicts)));
  });

  it("joins one number that two articles give with different words for what it counts", () => {
    const r = analyse([
      article("a", "Five surfers drowned off the Lindholm coast near Skarvø on Monday evening."),
      article("b", "Five people died while surfing off the Lindholm coast near Skarvø, the coastguard said."),
    ]);
    const claim = withValue(r.claims, 5);
    assert.deepEqual(claim?.mentions.map((m) => m.articleId).sort(), ["a", "b"]);
  });

  it("counts residents and inhabitants as people ('19,000 people fled' / '19,000 residents of the capital'), in each language's numbers", () => {
    for (const [language, x, y] of [
      ["en", "More than 19,000 people fled their homes in Hollen after the floods on Wednesday.", "The governor said more than 19,000 residents of the capital were taken to shelters."],
      ["es", "Más de 19.000 personas huyeron de sus hogares en Hollen tras las inundaciones del miércoles.", "El gobernador ha precisado que más de 19.000 residentes de la capital fueron llevados a refugios."],
    ] as const) {
      const r = analyse([article("a", x, language), article("b", y, language)]);
      assert.deepEqual(withValue(r.claims, 19_000)?.mentions.map((m) => m.articleId).sort(), ["a", "b"], language);
    }
  });

  it("keeps unrelated numbers apart", () => {
    const r = analyse([article("a", "The pier is 14 metres deep and the town has 3 ferries."), article("b", "Officials counted 14 protesters outside the council.")]);
    assert.ok(r.claims.every((c) => new Set(c.mentions.map((m) => m.articleId)).size === 1));
  });
});

describe("what a scrape left is no claim", () => {
  it("reads no claim in contact details or a page's tags, though two articles print them alike", () => {
    const tail = " Topics: harbour, ferries, kestria port, pier closure, winter storms, local news. For tips write to the desk at desk@harbour-gazette.example or call +47 (0)22 123 456 today.";
    const { group, byId } = story([
      article("a", "The Kestria pier will close on Monday for repairs that will take six weeks, the harbour office said." + tail),
      article("b", "Harbour officials said the Kestria pier closes on Monday and repairs will take six weeks in all." + tail),
    ]);
    const claims = analyseStory(group, byId, defaultConfig.claims, languages()).claims;
    assert.ok(claims.some((c) => c.mentions.some((m) => /six weeks/.test(m.quote))), "the pier's closing is a claim");
    const scraped = claims.filter((c) => c.mentions.some((m) => /Topics:|desk@/.test(m.quote)));
    assert.deepEqual(scraped.map((c) => c.summary), []);
  });

  it("keeps a signed number and a real list of things a claim ('finished at +2 (74)', a list with its conjunction in any language)", () => {
    for (const [text, language] of [
      ["Ola Berg finished the Lindholm open at +2 (74) on Sunday after a poor start.", "en"],
      ["Le port de Lindholm compte 68 400 habitants au 1er janvier (+250 000 en un an).", "fr"],
      ["В Линдхольме полиция изъяла у 12 задержанных оружие, патроны, наркотики, деньги, телефоны, ноутбуки и документы.", "ru"],
    ] as const) {
      const { group, byId } = story([article("a", text, language), article("b", text, language)]);
      assert.equal(analyseStory(group, byId, defaultConfig.claims, languages()).claims.length, 1, text);
    }
  });
});
