import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseStory } from "../../src/claims/index.js";
import { defaultConfig } from "../../src/config.js";
import { article, cite, story } from "./fixtures.js";
import { languages } from "../../src/lang/index.js";


describe("citations", () => {
  it("keeps out sources only the learned tagger finds (thought, worry), and names a source by the rule's boundaries", () => {
    const r = cite("Critics worry that the pier is unsafe, the Daily Ledger reported.");
    assert.deepEqual(r.citations.map((c) => [c.source, c.quote]), [["Daily Ledger", "the Daily Ledger reported"]]);
  });

  it("reads 'he said' as the last person who spoke, else the last person named: never a body", () => {
    const r = cite("The novelist Ivo Marsh died on Monday at 81. The Orvel Literary Foundation said in a statement that its members would miss him. He said last year that he had no plans to retire.");
    assert.deepEqual(r.citations.map((c) => c.source), ["The Orvel Literary Foundation", "Ivo Marsh"]);
    const spoke = cite("The novelist Ivo Marsh died on Monday, his agent Lena Holt said. The Orvel Literary Foundation said its members would miss him. She said he had finished a last novel.");
    assert.deepEqual(spoke.citations.map((c) => c.source), ["Lena Holt", "The Orvel Literary Foundation", "Lena Holt"]);
    // A described speaker is a speaker too: "he" is the spokesman, not the man arrested; a role describes a person, so "he" cites it.
    const described = cite("Police arrested Jonas Lund on Monday. A police spokesman said the investigation was continuing. He said more arrests were possible.");
    assert.deepEqual(described.citations.map((c) => c.source), ["police spokesman", "police spokesman"]);
    // A body described is no "he": the company spoke, but he is someone else, and no one is named to be him.
    const body = cite("The ferry company said its boats were safe. He said the storm had caused the delays.");
    assert.deepEqual(body.citations.map((c) => c.source), ["ferry company"]);
    // A role anywhere in the description ("a spokesman for the coast guard"), not an earlier person.
    const spokesman = cite("Anna Dahl, who leads the rescue, said nine people had died. A spokesman for the coast guard said the search was continuing. He said more divers would arrive on Friday.");
    assert.notEqual(spokesman.citations.at(-1)?.source, "Anna Dahl", JSON.stringify(spokesman.citations.map((c) => c.source)));
  });

  it("reads the speaker of a participle after a clause when a determiner opens the subject ('The ferry company later walked back …, saying')", () => {
    assert.deepEqual(cite("The ferry company later walked back the comments, saying that no decision had been taken.").citations.map((c) => c.source), ["ferry company"]);
    assert.deepEqual(cite("A harbour spokeswoman played down the damage, saying the inquiry was still running.").citations.map((c) => c.source), ["harbour spokeswoman"]);
    // Where the subject's words cannot be told from the verb's ("gave" has no ending of one), no speaker is guessed.
    assert.deepEqual(cite("The ferry company gave no details, saying that no decision had been taken.").citations.map((c) => c.source), []);
  });

  it("keeps a capitalised common word inside a name: 'the New Harbour Post'", () => {
    assert.deepEqual(cite("The ferry will stop on Sundays, the New Harbour Post reported.").citations.map((c) => c.source), ["New Harbour Post"]);
  });

  it("takes no relay from what a speaker answered: 'responded to reports that …', but 'told the local paper'", () => {
    const answered = cite("Harbour spokeswoman Eva Lind responded to reports that the pier had cracked, saying divers found nothing.");
    assert.deepEqual(answered.citations.map((c) => [c.source, c.via]), [["Eva Lind", null]]);
    assert.deepEqual(cite("The mayor told the local paper that the pier was safe.").citations.map((c) => [c.source, c.via]), [["mayor", "local paper"]]);
    // The outlet's noun must head its phrase: a news conference passes nothing on, a news agency does; an outlet named later is no relay.
    const conference = cite("“The licence is valid until June,” spokesman Viktor Aldan told a news conference in the capital. Northline News had reported that it expired.");
    assert.deepEqual(conference.citations.map((c) => [c.source, c.via]), [["Viktor Aldan", null], ["Northline News", null]]);
    assert.deepEqual(cite("The mayor told a news agency that the pier was safe.").citations.map((c) => [c.source, c.via]), [["mayor", "news agency"]]);
    assert.deepEqual(cite("The mayor told the local paper late on Tuesday that the pier was safe.").citations.map((c) => [c.source, c.via]), [["mayor", "local paper"]]);
  });

  it("ends a speaker's name after the verb at a lowercase word after it: the recipient ('заявил Солан журналистам'), a day ('said Smith yesterday')", () => {
    assert.deepEqual(cite("«Замеры воздуха в норме», — заявил Солан журналистам.", "ru").citations.map((c) => c.source), ["Солан"]);
    assert.deepEqual(cite("“We will rebuild,” said Smith yesterday.").citations.map((c) => c.source), ["Smith"]);
    // A title between names goes on: "said NHL deputy commissioner Bill Daly"; so does a description, a possessive, a genitive.
    assert.deepEqual(cite("“Nothing is imminent,” said NHL deputy commissioner Bill Daly.").citations.map((c) => c.source), ["Bill Daly"]);
    assert.deepEqual(cite("“We will appeal,” said Smith's lawyer, Jane Doe.").citations.map((c) => c.source), ["Smith's lawyer"]);
    assert.deepEqual(cite("«Пожар потушен», — сообщил представитель Министерства обороны.", "ru").citations.map((c) => c.source), ["представитель Министерства обороны"]);
    // Nor a day after it, with its article ("el miércoles"), nor how it was said ("a los periodistas").
    assert.deepEqual(cite("Dos trabajadores murieron, dijo la policía a los periodistas el miércoles.", "es").citations.map((c) => c.source), ["policía"]);
  });

  it("takes no citation from an indirect question: 'unclear whether the ministry has responded'", () => {
    assert.deepEqual(cite("It remains unclear whether the harbour ministry has responded to the request.").citations, []);
    assert.deepEqual(cite("Es ist unklar, ob das Hafenministerium geantwortet hat.", "de").citations, []);
    // A question of its own before the speaker leaves the speaker cited.
    assert.deepEqual(cite("Asked whether he would run again Mayor Eva Lind said she had not decided.").citations.map((c) => c.source), ["Eva Lind"]);
  });

  it("never takes a time as a source: 'reported by Monday evening'", () => {
    assert.deepEqual(cite("No deaths had been reported by Monday evening, the harbour authority said.").citations.map((c) => c.source), ["harbour authority"]);
  });

  it("reads 'according to a report in X'", () => {
    const r = cite("According to a recent report in The Harbour Gazette, the bridge will close in spring.");
    assert.deepEqual(r.citations.map((c) => [c.source, c.via]), [["The Harbour Gazette", null]]);
  });

  it("reads 'X reported, citing Y' as Y via X", () => {
    const r = cite("The port authority will raise fees, the Daily Ledger reported on Monday, citing internal council documents.");
    assert.ok(r.citations.some((c) => c.source === "Daily Ledger" && c.via === null));
    assert.ok(r.citations.some((c) => c.source === "internal council documents" && c.via === "Daily Ledger"));
  });

  it("reads 'сообщает X со ссылкой на Y' as Y via X", () => {
    const r = cite("Мэр города подал в отставку, сообщает Северный Вестник со ссылкой на The Harbour Gazette.", "ru");
    assert.ok(r.citations.some((c) => c.source === "The Harbour Gazette" && c.via === "Северный Вестник"));
    assert.deepEqual(r.origins, ["The Harbour Gazette"], "the relay is a step in the chain, not an origin");
  });

  it("reads German and Ukrainian cues", () => {
    assert.deepEqual(cite("Laut der Zeitung Nordkurier wurden 14 Kräne bestellt.", "de").citations.map((c) => c.source), ["Nordkurier"]);
    const uk = cite("Мер подав у відставку, повідомляє Північний Вісник з посиланням на The Harbour Gazette.", "uk");
    assert.ok(uk.citations.some((c) => c.source === "The Harbour Gazette" && c.via === "Північний Вісник"));
  });

  it("reads French and Spanish cues, with a descriptor before the name", () => {
    assert.deepEqual(cite("Le port a commandé des grues, selon le journal Nordkurier.", "fr").citations.map((c) => c.source), ["Nordkurier"]);
    const es = cite("El puerto cerrará, informó Reuters, citando a Nordkurier.", "es");
    assert.ok(es.citations.some((c) => c.source === "Nordkurier" && c.via === "Reuters"));
  });

  it("reads an agency named with its country and kind", () => {
    const r = cite("“We will not sign,” she said, according to Ruritania's KRT news agency.");
    assert.deepEqual(r.citations.map((c) => c.source), ["KRT"]);
  });

  it("reads people who said something, before or after the verb, without their titles", () => {
    const r = cite("Harbour Minister Olga Brandt said on Friday that the fees would rise. \"It is final,\" said Piet Vonk.");
    assert.deepEqual(r.citations.map((c) => c.source).sort(), ["Olga Brandt", "Piet Vonk"]);
  });

  it("leaves pronouns and stance verbs out", () => {
    const r = cite("He said the plan was good. The council asked for more time.");
    assert.deepEqual(r.citations, []);
  });

  it("resolves 'the documents' to the documents named before, and an acronym to its outlet", () => {
    const a = article("a", "The Harbour Gazette reported, citing leaked council documents, that fees will rise. The documents said the rise is 5 percent.");
    const b = article("b", "HG added that the mayor agreed to the new harbour fees.");
    const { group, byId } = story([a, b]);
    const r = analyseStory(group, byId, defaultConfig.claims, languages());
    assert.ok(r.citations.some((c) => c.source === "leaked council documents" && c.quote === "The documents said"));
    assert.ok(r.citations.some((c) => c.articleId === "b" && c.source === "The Harbour Gazette" && c.quote === "HG added"));
    assert.equal(r.origins[0], "leaked council documents (via The Harbour Gazette)", "the chain is followed back to the documents, the outlet kept in sight");
  });
});
