import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findDates } from "../../src/claims/timeline.js";
import { sentenceRules, splitSentences } from "../../src/text/sentences.js";
import { article } from "./fixtures.js";
import { languages } from "../../src/lang/index.js";

function dates(text: string, language = "en", published: string | null = "2025-03-14T09:00") {
  const a = article("a", text, language, published);
  return findDates(a, splitSentences(a.text, sentenceRules(language, languages())), languages()).map((d) => [d.date, d.approximate, d.expression]);
}

describe("timeline", () => {
  it("resolves a bare weekday to the latest such day on or before publication", () => {
    // 2025-03-14 is a Friday.
    assert.deepEqual(dates("The harbour council voted on Friday to raise the fees."), [["2025-03-14", false, "Friday"]]);
    assert.deepEqual(dates("The harbour council voted on Tuesday to raise the fees."), [["2025-03-11", false, "Tuesday"]]);
  });

  it("dates a weekday opening its sentence to the future where the clause after it is in the future, not where it dates a saying", () => {
    // 2025-03-14 is a Friday: the next Thursday is 2025-03-20, the last one 2025-03-13.
    assert.deepEqual(dates("On Thursday, the harbour director will testify before the council."), [["2025-03-20", false, "Thursday"]]);
    assert.deepEqual(dates("On Thursday, the harbour office said it will reopen the pier."), [["2025-03-13", false, "Thursday"]]);
    assert.deepEqual(dates("On Thursday, the harbour director testified before the council."), [["2025-03-13", false, "Thursday"]]);
    // Quotation marks and a conjunction before it still open the sentence.
    assert.deepEqual(dates("“On Thursday we will reopen the pier,” the mayor said."), [["2025-03-20", false, "Thursday"]]);
    assert.deepEqual(dates("And on Thursday, the harbour director will testify before the council."), [["2025-03-20", false, "Thursday"]]);
    // Not a date after its subject and verb, nor a future in a relative clause.
    assert.deepEqual(dates("Officials said Thursday they will reopen the pier."), [["2025-03-13", false, "Thursday"]]);
    assert.deepEqual(dates("The mayor spoke Thursday and will travel to Aldsted next week.").slice(0, 1), [["2025-03-13", false, "Thursday"]]);
    assert.deepEqual(dates("On Thursday, the director, who will retire in May, testified before the council.").slice(0, 1), [["2025-03-13", false, "Thursday"]]);
  });

  it("marks relative spans approximate", () => {
    assert.deepEqual(dates("The ferry line said last week that it would add boats."), [["2025-03-07", true, "last week"]]);
    assert.deepEqual(dates("The minister visited the port in mid-February to inspect the cranes."), [["2025-02", true, "mid-February"]]);
    assert.deepEqual(dates("The ferry line said last month that it would add boats."), [["2025-02", true, "last month"]]);
  });

  it("reads Russian day-month dates and takes the year from publication", () => {
    assert.deepEqual(dates("В воскресенье, 9 марта, в порт прибыл новый паром.", "ru"), [["2025-03-09", false, "9 марта"]]);
    assert.deepEqual(dates("В середине февраля министр посетил порт и осмотрел краны.", "ru"), [["2025-02", true, "В середине февраля"]]);
  });

  it("reads Italian weekdays and relative years", () => {
    assert.deepEqual(dates("Martedì il consiglio del porto ha approvato le nuove tariffe.", "it"), [["2025-03-11", false, "Martedì"]]);
    assert.deepEqual(dates("Il consiglio del porto prevede di votare lunedì le nuove tariffe.", "it"), [["2025-03-17", false, "lunedì"]]);
    assert.deepEqual(dates("L'anno scorso il porto aveva comprato tre nuove gru.", "it"), [["2024", true, "L'anno scorso"]]);
  });

  it("puts a yearless day after publication in the year before, and a part of a month within two months in its year", () => {
    assert.deepEqual(dates("The old ferry last sailed on December 20 from the north pier."), [["2024-12-20", false, "December 20"]]);
    // Mid-October: the end of November is six weeks ahead, not eleven months back.
    assert.deepEqual(dates("Inspectors gave the ferry line until the end of November to repair the ramp.", "en", "2025-10-15T09:00"), [["2025-11", true, "end of November"]]);
    // A day in a past clause: "was last inspected on 2 December" in mid-October was last year's.
    assert.deepEqual(dates("The ferry was last inspected on December 2 by the harbour authority.", "en", "2025-10-15T09:00"), [["2024-12-02", false, "December 2"]]);
    // A day a few weeks ahead in a clause with no past verb is this year's: "Kestria, which votes November 3", "the vote is on …".
    assert.deepEqual(dates("The mayor campaigned hard in Kestria, which votes November 3.", "en", "2025-10-15T09:00"), [["2025-11-03", false, "November 3"]]);
    assert.deepEqual(dates("Officials said the harbour vote is on November 20 in Kestria.", "en", "2025-10-15T09:00"), [["2025-11-20", false, "November 20"]]);
    // Far ahead, or in a past clause, it is last year's.
    assert.deepEqual(dates("The ferry pier opened on November 20 to great fanfare.", "en", "2025-10-15T09:00"), [["2024-11-20", false, "November 20"]]);
    for (const text of ["On November 20, the old ferry sank off Lindholm.", "The harbour office said on November 20 that the pier was safe.", "Police caught the ferry's captain on November 20 in Lindholm.", "Since November 20, the ferry has not sailed."])
      assert.deepEqual(dates(text, "en", "2025-10-15T09:00").map(([d]) => d), ["2024-11-20"], text);
  });

  it("resolves nothing relative when the article's date is unknown, but keeps absolute dates", () => {
    assert.deepEqual(dates("The council voted on Friday and the ferry line said last week it would add boats.", "en", null), []);
    assert.deepEqual(dates("The council voted on March 3, 2025 to raise the harbour fees.", "en", null), [["2025-03-03", false, "March 3, 2025"]]);
  });

  it("places relative years as approximate years, and skips datelines", () => {
    assert.deepEqual(dates("This year the port council signed a treaty with the ferry line."), [["2025", true, "This year"]]);
    assert.deepEqual(dates("Der Hafenrat hatte letztes Jahr neue Kräne gekauft.", "de"), [["2024", true, "letztes Jahr"]]);
    assert.deepEqual(dates("March 14, 2025"), []);
  });

  it("reads no event in a dateline's date ('LONDON, March 12 (Reuters) - …'), but the event's day after it", () => {
    assert.deepEqual(dates("DRAVOSK, March 12 (VPA) - An explosion tore through a fertiliser warehouse in the port late on Tuesday, officials said."), [["2025-03-11", false, "Tuesday"]]);
    assert.deepEqual(dates("ДРАВОСК, 12 марта (VPA) — Взрыв разрушил склад удобрений в порту поздно вечером во вторник.", "ru"), [["2025-03-11", false, "вторник"]]);
    // A date after a place and a comma with no dash after it is the event's: "In Hollen, March 3 was the wettest day".
    assert.deepEqual(dates("Hollen, March 3 was the wettest day of the year, the weather service said."), [["2025-03-03", false, "March 3"]]);
    assert.deepEqual(dates("The blast in Dravosk, March 11 - what we know so far about the night."), [["2025-03-11", false, "March 11"]]);
  });

  it("reads a weekday or a yearless date after a future cue forward, not back", () => {
    // Published Friday 2025-03-14.
    assert.deepEqual(dates("The harbour minister is due to visit the flooded quay on Tuesday."), [["2025-03-18", false, "Tuesday"]]);
    assert.deepEqual(dates("Министр планирует посетить порт во вторник вместе с мэром.", "ru"), [["2025-03-18", false, "вторник"]]);
    assert.deepEqual(dates("The ferry line will add two boats next week, its owner said."), [["2025-03-21", true, "next week"]]);
    // The cue must stand in the date's own clause: "will" in a relative clause does not move "spoke on Tuesday".
    assert.deepEqual(dates("The harbour minister, who will retire soon, spoke on Tuesday about the new fees."), [["2025-03-11", false, "Tuesday"]]);
    // A yearless date that has passed this year is next year's in a future clause.
    const december = (text: string) => findDates(article("b", text, "en", "2025-12-20"), splitSentences(text, sentenceRules("en", languages())), languages()).map((d) => d.date);
    assert.deepEqual(december("The new ferry will enter service on January 5 at the north pier."), ["2026-01-05"]);
    assert.deepEqual(december("The old ferry entered service on January 5 at the north pier."), ["2025-01-05"]);
    // A future reported after a past verb of saying: "said … would reopen on Tuesday", "sagte, … würden am Dienstag".
    assert.deepEqual(dates("The port director said the other piers would reopen on Tuesday."), [["2025-03-18", false, "Tuesday"]]);
    assert.deepEqual(dates("Der Hafendirektor sagte, die anderen Anleger würden am Dienstag wieder öffnen.", "de"), [["2025-03-18", false, "Dienstag"]]);
    // Not without a verb of saying before it, nor before a perfect: "the tanker that would explode on Tuesday", "would not have happened on Tuesday".
    assert.deepEqual(dates("On Monday the crew loaded the tanker that would explode on Tuesday at the pier.").map(([d]) => d), ["2025-03-10", "2025-03-11"]);
    assert.deepEqual(dates("Had the valve been checked, officials said, the blast would not have happened on Tuesday at the pier."), [["2025-03-11", false, "Tuesday"]]);
  });
});

describe("a day's events", () => {
  it("lists each distinct event of a day, most reported first, and one event told in two languages once, in the story's commonest", async () => {
    const { analyseStory } = await import("../../src/claims/index.js");
    const { defaultConfig } = await import("../../src/config.js");
    const { story } = await import("./fixtures.js");
    const at = (a: ReturnType<typeof article>) => ({ ...a, published: "2027-05-04" });
    const { group, byId } = story([
      at(article("a", "A fire broke out at the Dornex chemical depot in Port Velmar on Monday, forcing 1,200 residents from their homes.")),
      at(article("b", "A fire broke out at the Dornex depot in Port Velmar on Monday, and 1,200 residents left their homes.")),
      at(article("c", "The Clean Harbour group said it measured nitrogen dioxide near the Dornex depot on Monday night.")),
      // Longer than the English sentences: the event is told in the story's commonest language all the same.
      at(article("d", "Un incendie s'est déclaré lundi soir au dépôt chimique de la société Dornex à Port Velmar, et 1 200 habitants du quartier ont dû quitter leurs maisons.", "fr")),
    ]);
    const monday = analyseStory(group, byId, defaultConfig.claims, languages()).timeline.filter((t) => t.date === "2027-05-03");
    assert.equal(monday.length, 2, JSON.stringify(monday));
    assert.match(monday[0]!.event, /fire broke out/);
    assert.deepEqual([...monday[0]!.articleIds].sort(), ["a", "b", "d"]);
    assert.match(monday[1]!.event, /nitrogen dioxide/);
    // Words every sentence has ("said", "that", "been", the day itself) tell no event.
    const two = story([
      at(article("a", "Police said on Monday that the Hollen bridge had been closed to lorries.")),
      at(article("b", "The mayor said on Monday that she had been told about the ferry strike.")),
    ]);
    assert.equal(analyseStory(two.group, two.byId, defaultConfig.claims, languages()).timeline.filter((t) => t.date === "2027-05-03").length, 2);
  });
});
