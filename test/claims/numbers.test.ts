import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { agesBesideNames, findValues, readNumbers } from "../../src/claims/numbers.js";
import { languages } from "../../src/lang/index.js";

const values = (text: string, language = "en") => findValues(text, language, languages()).map((v) => [v.value, v.unit]);

describe("number normalisation", () => {
  it("reads digits, thousands groupings and number words with their units", () => {
    assert.deepEqual(values("The fleet has 14 tugboats, 5,000 crates and eight cranes."), [[14, "tugboats"], [5000, "crates"], [8, "cranes"]]);
    assert.deepEqual(values("Twenty-four pilots and two dozen boats."), [[24, "pilots"], [24, "boats"]]);
  });

  it("reads a count glued to its unit by a hyphen, and a half after a number, but not an age", () => {
    assert.deepEqual(values("An 11-minute cooking time and a three-day strike; the 81-year-old left."), [[11, "minutes"], [3, "days"]]);
    assert.deepEqual(values("The ovens needed five and a half minutes; two and a half million people fled."), [[5.5, "minutes"], [2500000, "people"]]);
    assert.deepEqual(values("Он ждал два с половиной часа.", "ru"), [[2.5, "hours"]]);
  });

  it("reads what an approximate or bounded count counts past the words that say so ('250,000 or so Iowans', '200 or more protesters')", () => {
    assert.deepEqual(values("The caucus drew some 250,000 or so Iowans, and 30 odd volunteers."), [[250000, "iowans"], [30, "volunteers"]]);
    assert.deepEqual(values("Rund 200 oder so Demonstranten kamen.", "de"), [[200, "demonstranten"]]);
    assert.deepEqual(values("He spent 40 odd years there; 200 с лишним человек.", "en").slice(0, 1), [[40, "years"]]);
    assert.deepEqual(values("Пострадали 200 с лишним человек, затем 50 или более человек.", "ru"), [[200, "people"], [50, "people"]]);
    // A bound after the number reads as one before it ("at least 200 protesters"): the count of what follows.
    assert.deepEqual(values("Police counted 200 or more protesters."), [[200, "protesters"]]);
    assert.deepEqual(values("Es kamen 50 oder mehr Demonstranten.", "de"), [[50, "demonstranten"]]);
    // Not where what follows is no thing counted: "5 and more than 20 were wounded" counts two things.
    assert.deepEqual(values("The attack killed 5 and more than 20 were wounded."), [[5, "killed"], [20, "wounded"]]);
  });

  it("reads a range as one count, its lower end kept: '150-200 people', 'two or three people', 'between 150 and 200 people'", () => {
    const ranges = (text: string, language = "en") => findValues(text, language, languages()).map((v) => [v.low ?? null, v.value, v.unit]);
    assert.deepEqual(ranges("Between 150 and 200 people were injured; 20–25 dead."), [[150, 200, "people"], [20, 25, "dead"]]);
    assert.deepEqual(ranges("150-200 people came, two or three people left, between 2 and 3 million people watched."), [[150, 200, "people"], [2, 3, "people"], [2000000, 3000000, "people"]]);
    assert.deepEqual(ranges("Zwischen 150 und 200 Menschen wurden verletzt.", "de"), [[150, 200, "people"]]);
    assert.deepEqual(ranges("Пострадали от 150 до 200 человек.", "ru"), [[150, 200, "people"]]);
    // Not a score, a telephone number or a date; not two counts joined by "or" ("killed 3 or injured 5").
    assert.deepEqual(ranges("The score was 3-2. Call 250-247-8333 on 10-12 March."), []);
    assert.deepEqual(ranges("Telefon: (0211) 505-2627, 0761 / 882-1013 oder +49 40 4286-56213.", "de").filter((v) => v[0] !== null), []);
    assert.deepEqual(ranges("Open 15.00-24.00 daily; 1.500-2.000 Menschen kamen.", "de"), [[1500, 2000, "people"]]);
    assert.deepEqual(ranges("Some 1500-2000 protesters came. In 2019 150-200 people were injured."), [[1500, 2000, "protesters"], [150, 200, "people"]]);
    // A change is no range: "passé de 150 à 200 morts".
    assert.deepEqual(ranges("Le bilan est passé de 150 à 200 morts.", "fr").map(([low]) => low), [null, null]);
    assert.deepEqual(ranges("They killed 3 or injured 5."), [[null, 3, "killed"], [null, 5, "injured"]]);
  });

  it("reads what a count counts where the language's stop-word list holds the noun ('12 men', '300 members', 'by 30 points')", () => {
    assert.deepEqual(values("Twelve men were arrested; the union has 300 members."), [[12, "men"], [300, "members"]]);
    assert.deepEqual(values("She leads by 30 points in the poll."), [[30, "points"]]);
  });

  it("reads number words past twelve in German, French, Spanish and Italian, compounds and hundreds too", () => {
    assert.deepEqual(values("Fünfundzwanzig Menschen und dreihundert Soldaten, siebzehn Boote.", "de").map(([v]) => v), [25, 300, 17]);
    assert.deepEqual(values("Deux cents personnes, quatre-vingts soldats et quatre-vingt-dix bateaux.", "fr").map(([v]) => v), [200, 80, 90]);
    assert.deepEqual(values("Doscientas personas y veintitrés soldados.", "es").map(([v]) => v), [200, 23]);
    assert.deepEqual(values("Ventitré persone, trentotto soldati e duecento barche.", "it").map(([v]) => v), [23, 38, 200]);
  });

  it("reads a number below zero by its sign or word ('-5 degrees', '−12', 'minus 25', 'минус 5'), not a hyphen inside a name or a list's dash", () => {
    assert.deepEqual(values("It fell to -5 degrees, then to minus five and a half degrees; at −12 degrees the pier froze."), [[-5, "degrees"], [-5.5, "degrees"], [-12, "degrees"]]);
    assert.deepEqual(values("Температура опустилась до минус 5 градусов.", "ru").map(([v]) => v), [-5]);
    assert.deepEqual(values("- 5 people came by Su-30 jets."), [[5, "people"]]);
  });

  it("reads no count in a year that ends a sentence after a verb ('he summarized 2019.'), and does not fail on it", () => {
    assert.deepEqual(values("On December 30, Anna Lund added an entry in which he summarized 2019."), []);
    assert.deepEqual(values("And that is after an already challenging 2019."), []);
  });

  it("reads a year before the word for year as the year it names, not a count of years ('на 2021 рік', 'na 2021 rok')", () => {
    assert.deepEqual(values("Бюджет порту на 2021 рік ухвалили за 3 роки.", "uk"), [[3, "years"]]);
    assert.deepEqual(values("Budżet portu na 2021 rok przyjęto.", "pl"), []);
    assert.deepEqual(values("Бюджет на 2021 год приняли.", "ru"), []);
  });

  it("reads what a count no noun follows counts from its verb: the participle after auxiliaries, else the verb before it", () => {
    assert.deepEqual(values("Two dock workers died and 14 had been injured."), [[2, "dock workers"], [14, "injured"]]);
    assert.deepEqual(values("The blast killed two dock workers, injuring 14 others."), [[2, "dock workers"], [14, "injuring"]]);
    assert.deepEqual(values("The fire injured 14 on Tuesday; 20 were evacuated to the school."), [[14, "injured"], [20, "evacuated"]]);
    assert.deepEqual(values("Bei dem Brand sind 14 verletzt worden; 20 wurden evakuiert.", "de"), [[14, "verletzt"], [20, "evakuiert"]]);
    // Not a verb: a name, an adverb, a word of another clause; nothing to tell from "14 on the list".
    assert.deepEqual(values("Anna Lund counted nearly 14 on the list. Of those, 20 were Swedes."), [[14, null], [20, null]]);
    // Past an adverb to the participle; no unit from a preposition-like word, an age, or a participle that has no participle's ending.
    assert.deepEqual(values("14 were reportedly injured."), [[14, "injured"]]);
    assert.deepEqual(values("14 wurden schwer verletzt.", "de"), [[14, "verletzt"]]);
    assert.deepEqual(values("A dock worker aged 45 was killed in the fire."), [[45, null]]);
    assert.deepEqual(values("The crash killed 20 passengers, including 14 from Sweden."), [[20, "passengers"], [14, null]]);
    assert.deepEqual(values("Flight 17 was shot down."), [[17, null]]);
  });

  it("takes an age set beside a name for no value, while a number in brackets that counts something stays one", () => {
    assert.deepEqual(values("Der frühere Sänger R. Kelly (53) wird nicht entlassen.", "de"), []);
    assert.deepEqual(values("The executive, Luca de Meo, 52, stepped down after 3 years."), [[3, "years"]]);
    assert.deepEqual(values("The dam (53 metres high) held; the town, 12 km away, flooded."), [[53, "m"], [12, "km"]]);
    assert.deepEqual(agesBesideNames("Luca de Meo, 52, and Ann Lee (61) met 4 times."), [52, 61]);
  });

  it("reads number words and units in Italian, Spanish and French", () => {
    assert.deepEqual(values("due gru e 40 chilometri di binari", "it"), [[2, "gru"], [40, "km"]]);
    assert.deepEqual(values("tres grúas y 40 kilómetros de vías", "es"), [[3, "grúas"], [40, "km"]]);
    assert.deepEqual(values("huit grues et 3 millions d'euros", "fr"), [[8, "grues"], [3e6, "EUR"]]);
    assert.deepEqual(values("un prestito di 3 milioni di euro", "it"), [[3e6, "EUR"]]);
    assert.deepEqual(values("un préstamo de 3 millones de euros", "es"), [[3e6, "EUR"]]);
  });

  it("reads a count that adds to an earlier one with the word saying so in its unit ('three more bodies', 'drei weitere Leichen')", () => {
    assert.deepEqual(values("Three more bodies were recovered on Tuesday."), [[3, "more bodies"]]);
    assert.deepEqual(values("trois autres corps ont été retrouvés", "fr"), [[3, "autres corps"]]);
    assert.deepEqual(values("Am Dienstag wurden drei weitere Leichen geborgen.", "de"), [[3, "weitere leichen"]]);
    // Not a total of the same thing, and nothing where no noun follows.
    assert.notDeepEqual(values("Three more bodies were recovered."), values("Three bodies were recovered."));
    assert.deepEqual(values("Two more were found on Monday."), []);
  });

  it("ends what a number counts at its first noun where every noun is capitalised ('zwei Leichen geborgen': Leichen)", () => {
    assert.deepEqual(values("Bereits am Montag waren zwei Leichen geborgen worden.", "de"), [[2, "leichen"]]);
    assert.deepEqual(values("Die Feuerwehr fand 30 tote Tiere im Stall.", "de"), [[30, "tote tiere"]]);
    assert.deepEqual(values("two workers killed in the blast"), [[2, "workers killed"]]);
  });

  it("normalises units across languages", () => {
    assert.deepEqual(values("дроны с дальностью до 1000 км и 2,5 тонны груза", "ru"), [[1000, "km"], [2.5, "t"]]);
    assert.deepEqual(values("a range of 1000 kilometres and 50 tons of cargo"), [[1000, "km"], [50, "t"]]);
    assert.deepEqual(values("восемь двигателей", "ru"), [[8, "двигателей"]]);
  });

  it("takes a model designation as the unit and reads 'an' before one as one", () => {
    assert.deepEqual(values("two Brandt BX-7 ferries arrived, then an BX-7 left"), [[2, "BX-7"], [1, "BX-7"]]);
    assert.deepEqual(values("it bought 24 Vonk Mk-3 engines"), [[24, "Mk-3"]]);
  });

  it("skips years, dates, times and numbers inside designations", () => {
    assert.deepEqual(values("On March 3, 2025 at 10:45 the BX-7 sailed; 31.10.2025 was calm."), []);
    assert.deepEqual(values("в воскресенье, 26 октября 2025 года", "ru"), []);
  });

  it("applies multipliers and currencies", () => {
    assert.deepEqual(values("a $3 billion loan and 2 million people"), [[3e9, "USD"], [2e6, "people"]]);
  });

  it("reads a sign after a number as its unit, and a price in a year's range as a price", () => {
    assert.deepEqual(values("eine Strafe von 100 € und 5 % mehr", "de"), [[100, "EUR"], [5, "%"]]);
    assert.deepEqual(values("It paid $2020 for 14 U.S. boats, 5% of them."), [[2020, "USD"], [14, "u.s boats"], [5, "%"]]);
  });

  it("reads two numbers a space apart as two numbers unless the second is a group of three digits", () => {
    assert.deepEqual(values("In 2019 14 people left and 1 200 were hired."), [[14, "people"], [1200, "hired"]]);
    assert.deepEqual(values("In 2019 140 people left."), [[140, "people"]]);
    assert.deepEqual(values("Call 0800 555 111 or account 12345 678 901."), []);
  });

  it("reads a range as its upper end, its lower kept apart ('Between 1,000-2,000 people'), and no value in a date range ('March 30-April 4')", () => {
    assert.deepEqual(values("Between 1,000-2,000 people fled."), [[2000, "people"]]);
    assert.equal(findValues("Between 1,000-2,000 people fled.", "en", languages())[0]?.low, 1000);
    assert.deepEqual(values("A March 30-April 4 survey of 900 voters."), [[900, "voters"]]);
  });
  it("reads a currency that is also a stop word after a multiplier, an abbreviated multiplier's full stop, and the genitive after a fraction", () => {
    assert.deepEqual(values("przekaże 2 mln zł i 650 tys. zł szpitalom", "pl"), [[2e6, "PLN"], [650000, "PLN"]]);
    assert.deepEqual(values("wpłaci ponad 1,3 miliona złotych", "pl"), [[1.3e6, "PLN"]]);
    assert.deepEqual(values("уряд виділив 2 мільйони гривень", "uk"), [[2e6, "UAH"]]);
  });
  it("reads a collective numeral and what it counts after its preposition ('una treintena de animales'), not 'dos de ellos'", () => {
    assert.deepEqual(values("el fuego acabó con una treintena de animales del recinto", "es"), [[30, "animales"]]);
    assert.deepEqual(values("une trentaine de personnes ont été évacuées", "fr"), [[30, "people"]]);
    assert.deepEqual(values("dos de ellos murieron el cinco de mayo", "es"), []);
  });
  it("reads no count in a number that names a thing ('Pier 4', 'Flight 468', 'причал № 4'), but a count after a name or a noun written with a capital", () => {
    assert.deepEqual(values("The blast hit a storage hall at Pier 4 shortly after 11 p.m."), []);
    assert.deepEqual(values("The crew of Delta Flight 468 departing New York looked for other seats."), []);
    assert.deepEqual(values("Взрыв произошёл на причале № 4.", "ru"), []);
    // A count after a name or a day: what follows it is what it counts.
    assert.deepEqual(values("В Дравоске 12 человек получили ранения.", "ru"), [[12, "people"]]);
    assert.deepEqual(values("В Дравоске 12 рабочих получили ранения.", "ru"), [[12, "рабочих получили"]]);
    assert.deepEqual(values("In Dravosk 12 workers were hurt."), [[12, "workers"]]);
    assert.deepEqual(values("Since Monday 40 homes have been evacuated."), [[40, "homes"]]);
    assert.deepEqual(values("W Gdańsku 12 pracowników zginęło.", "pl"), [[12, "pracowników zginęło"]]);
    assert.deepEqual(values("Dravosk Limanı'nda 12 işçi yaralandı.", "tr").map(([v]) => v), [12]);
    assert.deepEqual(values("Er habe in der Nacht 14 Boote beschädigt.", "de"), [[14, "boote"]]);
    // Such a number still says which thing: claims compare it as they compare names.
    assert.deepEqual(readNumbers("The blast hit Pier 4, and 12 people were hurt.", "en", languages()).named, [4]);
    assert.deepEqual(readNumbers("Взрыв произошёл на причале № 4.", "ru", languages()).named, [4]);
  });
});
