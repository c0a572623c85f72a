/** Dates in the formats and languages news pages use, as precise as written and never invented. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dateFromUrl, monthFirstFor, normaliseDate } from "../../src/extract/dates.js";
import { choosePublished } from "../../src/extract/published.js";
import { extract } from "./extractor.js";
import { languages } from "../../src/lang/index.js";

describe("dates", () => {
  const cases: ReadonlyArray<readonly [string, string | null]> = [
    ["October 31, 2025", "2025-10-31"],
    ["Oct. 31, 2025 9:05 pm", "2025-10-31T21:05"],
    ["31 October 2025", "2025-10-31"],
    ["31.10.2025, 21:32", "2025-10-31T21:32"],
    ["31 октября 2025", "2025-10-31"],
    ["31 октября 2025, пятница, 22:23", "2025-10-31T22:23"],
    ["31. Oktober 2025", "2025-10-31"],
    ["31 de octubre de 2025", "2025-10-31"],
    ["1er novembre 2025", "2025-11-01"],
    ["31 жовтня 2025", "2025-10-31"],
    ["2025-10-31T21:32:00+03:00", "2025-10-31T21:32"],
    ["2025-10-31", "2025-10-31"],
    ["2025年10月31日", "2025-10-31"],
    ["31 de outubro de 2025", "2025-10-31"],
    ["12 de março de 2020, 14:05", "2020-03-12T14:05"],
    ["31 maart 2025", "2025-03-31"],
    ["3 mei 2021", "2021-05-03"],
    ["31 października 2025", "2025-10-31"],
    ["12 marca 2020 r.", "2020-03-12"],
    ["31.02.2025", null],
    ["no date here", null],
    ["© 1887 Example", null],
  ];
  for (const [input, want] of cases) it(`${input} → ${want}`, () => assert.equal(normaliseDate(input, languages()), want));

  it("reads slashes day-first unless the language writes month-first", () => {
    assert.equal(normaliseDate("03/04/2025", languages()), "2025-04-03");
    assert.equal(normaliseDate("03/04/2025", languages(), true), "2025-03-04");
    assert.equal(normaliseDate("13/04/2025", languages(), true), "2025-04-13");
  });

  it("reads slashes month-first only where the page's language and region write them so", () => {
    assert.equal(monthFirstFor("en-US", languages()), true);
    assert.equal(monthFirstFor("en", languages()), true);
    assert.equal(monthFirstFor("en-GB", languages()), false);
    assert.equal(monthFirstFor("de-DE", languages()), false);
    assert.equal(monthFirstFor(null, languages()), false);
  });

  it("finds a date in a URL path", () => {
    assert.equal(dateFromUrl("https://example.com/2024/03/12/story"), "2024-03-12");
    assert.equal(dateFromUrl("https://example.com/story-2024"), null);
  });

  it("prefers the date under the headline to the page clock above it", async () => {
    const body = "The museum reopened on Saturday after a two-year renovation that cost more than the city had planned, officials said.";
    const a = await extract(["Friday, 8 March 2024, 09:14", "Museum Reopens After Renovation", "08.03.2024, 07:55", body].join("\n"));
    assert.equal(a.published, "2024-03-08T07:55");
  });

  it("reads a labelled dateline with a clock in any notation, and keeps it out of the title", async () => {
    const text = "Rupture de la digue de Vasstrand : 300 personnes évacuées\n\nPublié le 10 mars 2026 à 14h05\n\n" +
      "Une partie de la digue de Vasstrand a cédé lundi après quatre jours de pluie, a indiqué la préfecture, qui a ouvert deux gymnases pour les habitants.";
    const a = await extract(text);
    assert.equal(a.published, "2026-03-10T14:05");
    assert.equal(a.title, "Rupture de la digue de Vasstrand : 300 personnes évacuées");
  });

  it("leaves the date null when the text gives none", async () => {
    const a = await extract("The museum reopened on Saturday after a two-year renovation that cost more than the city had planned, officials said.");
    assert.equal(a.published, null);
    assert.ok(a.warnings.includes("no publication date"));
  });
});

describe("choosing an HTML page's publication date", () => {
  it("takes a last-modified date only when nothing else gives a date", () => {
    const modified = { raw: "2019-04-11 18:06", source: "modified" } as const;
    const r = choosePublished([modified, { raw: "22. Oktober 2019", source: "class" }], [], null, false, languages());
    assert.equal(r.published, "2019-10-22");
    assert.equal(choosePublished([modified], [], "https://example.com/2019/10/22/story/", false, languages()).published, "2019-10-22");
    const last = choosePublished([modified], [], null, false, languages());
    assert.equal(last.published, "2019-04-11T18:06");
    assert.match(last.warning ?? "", /last-modified/);
  });

  it("takes the local dateline's day over a UTC timestamp one day off", () => {
    const r = choosePublished(["2020-02-25T02:25:54Z"], ["February 24, 2020 | 9:25pm"], null, true, languages());
    assert.equal(r.published, "2020-02-24T21:25");
  });

  it("falls back to a dateline, then to the URL, saying so; null when there is nothing", () => {
    assert.match(choosePublished([], ["Posted 3 March 2021"], null, false, languages()).warning ?? "", /near the article's start/);
    assert.equal(choosePublished([], [], "https://example.com/2021/03/03/x", false, languages()).published, "2021-03-03");
    assert.deepEqual(choosePublished([], [], null, false, languages()), { published: null, warning: null });
    const below = choosePublished([], [], null, false, languages(), ["Aktualisiert: 30.12.2016"]);
    assert.equal(below.published, "2016-12-30");
    assert.match(below.warning ?? "", /below the article/);
  });

  it("reads a dateline glued to the front of a long lede, set off by a bar or a spaced dash", () => {
    const lede = "Pressemitteilung vom 4. März 2021 | Talstadt – Der Wasserverband hat am Dienstag mitgeteilt, dass der Stausee über dem Tal nach einer Woche Regen den höchsten Stand seit zwanzig Jahren erreicht hat.";
    assert.equal(choosePublished([], [], null, false, languages(), [], [lede]).published, "2021-03-04");
    // A long sentence that only mentions a date before a dash is no dateline.
    const sentence = "Der Verband will am 4. März 2021 die beiden Überläufe der Staumauer öffnen und bittet alle Anwohner flussabwärts, sich bis Freitag vom Ufer fernzuhalten – so die Mitteilung des Wasserverbands an die Presse.";
    assert.equal(choosePublished([], [], null, false, languages(), [], [sentence]).published, null);
  });

  it("counts only the date's own segment of a dateline split by a bar or a spaced dash", () => {
    const r = choosePublished(["2020-02-12"], [], null, false, languages(), [], ["05.02.2020 - Redaktion: Erika Muster (Pressestelle des Wasserverbands)"]);
    assert.equal(r.published, "2020-02-05");
  });

  it("takes the publication below the article over a revision, and a revision only when it is alone", () => {
    assert.equal(choosePublished([], [], null, false, languages(), ["Letzte Änderung: 31.10.2023 - 14:49\nErschienen am: 01.11.2023"]).published, "2023-11-01");
    assert.equal(choosePublished([], [], null, false, languages(), ["Aktualisiert am 17.01.2021."]).published, "2021-01-17");
  });

  it("lets a dateline just above the body stand in for the headline's when they disagree with the declared date", () => {
    assert.equal(choosePublished(["2021-12-14T15:41:07+01:00"], ["04.02.2022 | 15:33 Uhr"], null, false, languages()).published, "2022-02-04T15:33");
    // Not the signature of an embedded post, nor an update.
    assert.equal(choosePublished(["2020-02-03T09:03:10+00:00"], ["— Erika Muster (@emuster) 16. Mai 2018"], null, false, languages()).published, "2020-02-03T09:03");
    assert.equal(choosePublished(["2019-10-15T16:59:59Z"], ["Updated Mar 12, 2020"], null, true, languages()).published, "2019-10-15T16:59");
  });

  it("among declared dates that differ, takes the one a visible date confirms", () => {
    const r = choosePublished(
      [{ raw: "2020-01-03T09:48:24Z", source: "published" }, { raw: "2020-01-06T09:22:36Z", source: "published" }, { raw: "Monday, 6 January 2020", source: "class" }],
      [], null, false, languages(),
    );
    assert.equal(r.published, "2020-01-06T09:22");
    assert.equal(choosePublished(["2020-01-03T09:48:24Z", "2020-01-06T09:22:36Z"], [], null, false, languages()).published, "2020-01-03T09:48");
  });
});
