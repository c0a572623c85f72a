import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findAttributions, ruleAttributions } from "../../src/claims/attribution/rules.js";
import { allowed, spansOf } from "../../src/claims/attribution/tagger.js";
import { stanceOf } from "../../src/claims/stance.js";
import { languages } from "../../src/lang/index.js";

const sources = (text: string, language = "en") => ruleAttributions(text, 0, language, languages()).map((a) => [a.source.text, a.cue.text]);
const found = (text: string, language = "en") => findAttributions(text, 0, language, languages()).map((a) => [a.source.text, a.cue.text, a.basis]);

describe("attribution rules (who said it)", () => {
  it("finds the speaker before the verb, over auxiliaries and an appositive", () => {
    assert.deepEqual(sources("Piet Vonk has repeatedly said that the pier is safe."), [["Piet Vonk", "has repeatedly said"]]);
    assert.deepEqual(sources("Olga Brandt, a senior harbour official, told reporters the fees would rise."), [["Olga Brandt, a senior harbour official", "told"]]);
  });

  it("reads a few words quoted in passing as the writer's clause, not speech with a speaker of its own", () => {
    const plain = found("Dr. Lena Hart also categorically denies taking a selfie while the singer was under anesthesia, the same source said.");
    assert.deepEqual(found('Dr. Lena Hart also "categorically denies" taking a selfie while the singer was under anesthesia, the same source said.'), plain);
    assert.deepEqual(plain.map(([source, cue]) => [source, cue]), [["Dr. Lena Hart", "denies"], ["the same source", "said"]]);
    // Speech stays speech: a quotation opening the sentence is said by the speaker after it.
    assert.deepEqual(found('"Not true," the harbour master said.').map(([source, cue]) => [source, cue]), [["the harbour master", "said"]]);
  });

  it("reads a day between the speaker and the verb as when, not who", () => {
    assert.deepEqual(sources("The Varnholt group on Wednesday denied that chlorine gas was released."), [["The Varnholt group", "denied"]]);
    assert.deepEqual(sources("Mayor Olga Brandt on March 3 said the pier would reopen."), [["Mayor Olga Brandt", "said"]]);
    assert.deepEqual(sources("Harbour officials Monday said the ferry would stop."), [["Harbour officials", "said"]]);
    assert.deepEqual(sources("The minister yesterday announced a plan."), [["The minister", "announced"]]);
    assert.deepEqual(sources("Guitarist Brian May on Monday said the tour was over."), [["Guitarist Brian May", "said"]]);
    assert.deepEqual(sources("Officials Monday through Wednesday said the road was closed."), [["Officials", "said"]]);
    assert.deepEqual(sources("Le ministre le 1er mars a déclaré que le port fermerait.", "fr"), [["Le ministre", "a déclaré"]]);
    assert.deepEqual(sources("El ministro el 3 de marzo dijo que el puerto cerraría.", "es"), [["El ministro", "dijo"]]);
    assert.deepEqual(sources("Министр 3-го марта заявил, что порт закроют.", "ru"), [["Министр", "заявил"]]);
    // Nothing left before the day: no speaker.
    assert.deepEqual(sources("On Monday said the report."), []);
  });

  it("reads German 'behauptet' (claims) as a cue: the claim is the speaker's, not the paper's", () => {
    assert.deepEqual(sources("Die Umweltgruppe Greenline behauptet, bei dem Brand sei Chlorgas ausgetreten.", "de"), [["Die Umweltgruppe Greenline", "behauptet,"]]);
    // "sich behaupten" holds its ground, it says nothing.
    assert.deepEqual(sources("Der Dax behauptete sich am Montag bei 18.000 Punkten.", "de"), []);
    assert.deepEqual(sources("Die Aktie behauptete ihren Platz im Index.", "de"), []);
  });

  it("finds an inverted speaker after a quote, and the subject of a participle", () => {
    assert.deepEqual(sources("\"The fees will rise,\" said the harbour master."), [["the harbour master", "said"]]);
    assert.deepEqual(sources("Brandt left the hall early on Monday, calling the plan overdue."), [["Brandt", "calling"]]);
  });

  it("reads 'it's said that' as no speaker, whichever way the apostrophe is written", () => {
    for (const apostrophe of ["'", "’"]) {
      assert.deepEqual(found(`The pier closed and it${apostrophe}s said that the ferry will stop.`), [], apostrophe);
      assert.deepEqual(found(`It${apostrophe}s said that the ferry will stop.`), [], apostrophe);
    }
  });

  it("reads 'the jobs report cheered' as a noun, not a cue, and 'said on Friday' as no speaker", () => {
    assert.deepEqual(sources("The strong jobs report cheered the council."), []);
    assert.deepEqual(sources("The port, said on Friday to be full, closed."), []);
  });

  it("reads a speaker described by what follows it: 'sources close to', 'a spokesman for', not an object of a verb", () => {
    assert.deepEqual(sources("Sources close to the harbour board said the pier would close."), [["Sources close to the harbour board", "said"]]);
    assert.deepEqual(sources("As many as five people close to the plan have confirmed the closure."), [["five people close to the plan", "have confirmed"]]);
    assert.deepEqual(sources("People familiar with the plan said the ferry would stop."), [["People familiar with the plan", "said"]]);
    assert.deepEqual(sources("A spokesman for the Lindholm port authority said fees would rise."), [["A spokesman for the Lindholm port authority", "said"]]);
    assert.deepEqual(sources("The mayor visited workers at the yard and said nothing."), []);
  });

  it("reads German 'Laut X' up to the first lowercase word after the name, and not 'laut' inside a clause", () => {
    assert.deepEqual(sources("Laut Polizei gerieten die Fähren am Montag vor der Küste von Hollen in Not.", "de"), [["Polizei", "Laut"]]);
    assert.deepEqual(sources("Der Hafen war sehr laut Freitagnacht.", "de"), []);
    assert.deepEqual(sources("Der Hafen ist so laut wie eine Baustelle.", "de"), []);
  });

  it("reads Russian cues on either side of the speaker", () => {
    assert.deepEqual(sources("Паром задерживается, сообщает Северный Вестник.", "ru"), [["Северный Вестник", "сообщает"]]);
    assert.deepEqual(sources("Как пишет издание, паром задерживается.", "ru"), [["издание", "Как пишет"]]);
  });
});

describe("attribution with the learned tagger (English)", () => {
  it("finds sources of thought and intent that no rule lists, marked as learned", () => {
    assert.deepEqual(found("Critics worry that the pier is unsafe."), [["Critics", "worry", "learned"]]);
    assert.deepEqual(found("Most economists expect the fees to rise."), [["Most economists", "expect", "learned"]]);
  });

  it("confirms a rule reading, keeping the rule's cue, relay and its own boundaries of the source", () => {
    const [a] = findAttributions("Olga Brandt, a senior harbour official, told reporters the fees would rise.", 0, "en", languages());
    assert.equal(a?.basis, "both");
    assert.equal(a?.cue.text, "told");
    assert.equal(a?.ruleSource?.text, "Olga Brandt, a senior harbour official");
    assert.ok(a?.source.text.startsWith("Olga Brandt"));
  });

  it("keeps a rule reading with a reporting cue that the tagger leaves out", () => {
    const all = findAttributions("The port authority will raise fees, the Daily Ledger reported on Monday, citing internal council documents.", 0, "en", languages());
    const relayed = all.find((a) => a.source.text === "internal council documents");
    assert.equal(relayed?.via?.text, "the Daily Ledger");
    assert.ok(relayed?.ruleSource);
  });

  it("finds nothing in a sentence that attributes nothing", () => {
    assert.deepEqual(found("The ferry leaves at noon and returns at six."), []);
  });

  it("reads a language without a model by the rules alone", () => {
    assert.deepEqual(found("Паром задерживается, сообщает Северный Вестник.", "ru"), [["Северный Вестник", "сообщает", "rules"]]);
  });

  it("opens a span only with B and continues it only after the same kind", () => {
    assert.equal(allowed("I-S", "O"), false);
    assert.equal(allowed("I-S", "B-S"), true);
    assert.equal(allowed("I-C", "I-S"), false);
    assert.deepEqual(spansOf(["B-S", "I-S", "O", "B-C", "B-S", "O"], "S"), [[0, 1], [4, 4]]);
    assert.deepEqual(spansOf(["B-S", "I-S", "O", "B-C", "B-S", "O"], "C"), [[3, 3]]);
  });
});

describe("stance", () => {
  const options = { relatedThreshold: 0.2, agreeThreshold: 0.6 };
  const statement = "Lindholm harbour closes its northern pier to ferries";
  it("tells related from unrelated text", () => {
    assert.equal(stanceOf(statement, "The orchestra played three symphonies to a full hall on Sunday evening.", "en", languages(), options).stance, "unrelated");
  });
  it("reads a denial near the statement as disagreement, and a plain statement as agreement", () => {
    const denial = "Reports that Lindholm harbour closes its northern pier to ferries are false, the port said. The pier stays open.";
    assert.equal(stanceOf(statement, denial, "en", languages(), options).stance, "disagree");
    const plain = "Lindholm harbour closes its northern pier to ferries from Monday. Boats will use the south pier.";
    assert.equal(stanceOf(statement, plain, "en", languages(), options).stance, "agree");
    const hedged = "Lindholm harbour reportedly closes its northern pier to ferries, local sources said.";
    assert.equal(stanceOf(statement, hedged, "en", languages(), options).stance, "discuss");
  });
  it("does not read a denial of another matter in the same text as denying the statement", () => {
    const other = "The Lindholm port director on Wednesday dismissed as false reports that toxic smoke had reached the residential districts. Lindholm harbour closes its northern pier to ferries, he said.";
    assert.notEqual(stanceOf(statement, other, "en", languages(), options).stance, "disagree");
    // A denial of what the statement says still denies it, however it words the rest.
    const same = "The Lindholm port director on Wednesday dismissed as false reports that the harbour closes its northern pier to ferries. The pier stays open, he said.";
    assert.equal(stanceOf(statement, same, "en", languages(), options).stance, "disagree");
    const bare = "The Lindholm port director dismissed the reports about the northern pier and the ferries as politically motivated attacks by rivals.";
    assert.equal(stanceOf(statement, bare, "en", languages(), options).stance, "disagree");
  });
});
