/** Title, date and byline of HTML pages written for these tests: by agreement between markup and what a reader sees. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chooseByline, cleanByline } from "../../src/extract/byline.js";
import { choosePublished } from "../../src/extract/published.js";
import { cleanTitle } from "../../src/extract/title.js";
import { readMetadata } from "../../src/extract/html/metadata.js";
import { parseDocument } from "htmlparser2";
import { extract } from "./extractor.js";
import { languages } from "../../src/lang/index.js";

const BODY = `<div class="article-body">
<p>The regional water board said on Tuesday that the reservoir above the valley had reached its highest level in twenty years after a week of rain.</p>
<p>Engineers will open two of the dam's spillways on Wednesday morning, and residents downstream were asked to keep away from the river banks until Friday.</p>
<p>Farmers in the lower valley said the water would help after two dry summers, but warned that fields near the river could flood for several days.</p>
</div>`;

const page = (head: string, top: string, lang = "de") =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body><header><a href="/">Start</a> <a href="/news">News</a></header><article>${top}${BODY}</article></body></html>`;

describe("titles", () => {
  it("drops a kicker set apart in the h1 when its class names it", async () => {
    const a = await extract(page("<title>Hochwasser: Stausee erreicht Rekordstand | Talbote</title>", `<h1><span class="article-kicker">Hochwasser</span><span class="sr-only">: </span><span>Stausee erreicht Rekordstand</span></h1>`), "html");
    assert.equal(a.title, "Stausee erreicht Rekordstand");
  });

  it("drops a kicker when the rest of the h1 is what og:title declares", async () => {
    const a = await extract(page(`<meta property="og:title" content="Stausee erreicht Rekordstand">`, `<h1><small>Wetter</small> Stausee erreicht Rekordstand</h1>`), "html");
    assert.equal(a.title, "Stausee erreicht Rekordstand");
  });

  it("keeps the visible spelling when the declared title only differs in punctuation", async () => {
    const a = await extract(page(`<meta property="og:title" content="Reservoir full... spillways open">`, `<h1>Reservoir full… spillways open</h1>`, "en"), "html");
    assert.equal(a.title, "Reservoir full… spillways open");
  });

  it("passes over an h1 that holds the blog's name and takes the headline from <title>", async () => {
    const a = await extract(page("<title>Reservoir reaches record level : Valley Notes | Writing about the valley since 2005</title>", `<h1>Valley Notes</h1>`, "en"), "html");
    assert.equal(a.title, "Reservoir reaches record level");
  });

  it("passes over a logo or breadcrumb heading", async () => {
    const a = await extract(page(`<meta property="og:title" content="Reservoir reaches record level">`, `<h1 class="site-logo">Opinion Daily</h1>`, "en"), "html");
    assert.equal(a.title, "Reservoir reaches record level");
  });

  it("takes an h2 classed as the headline when the h1 is a breadcrumb", async () => {
    const head = `<meta property="og:title" content="Reservoir full... spillways open">`;
    const a = await extract(page(head, `<h1 class="breadcrumb-link">News: Weather: Rain</h1><h2 class="article-headline">Reservoir full… spillways open</h2>`, "en"), "html");
    assert.equal(a.title, "Reservoir full… spillways open");
  });

  it("does not take a blog's date header for the headline", async () => {
    const head = "<title>Valley Notes: Reservoir reaches record level</title>";
    const a = await extract(page(head, `<h2 class="date-header">Samstag, 5. Oktober 2013</h2>`), "html");
    assert.notEqual(a.title, "Samstag, 5. Oktober 2013");
  });

  it("does not take a section h1 that only the <title> repeats when og:title names the headline", async () => {
    const head = `<title>News - Talbote</title><meta property="og:title" content="Stausee erreicht Rekordstand">`;
    const a = await extract(page(head, `<h1>News</h1><h2>Stausee erreicht Rekordstand</h2>`), "html");
    assert.equal(a.title, "Stausee erreicht Rekordstand");
  });

  it("takes the h1 that is the first part of og:title when cleaning would keep a longer slogan", async () => {
    const head = `<meta property="og:title" content="Winterhechte | talbote.ch | Dein Magazin für das ganze Tal">`;
    const a = await extract(page(head, `<h1>Winterhechte</h1>`), "html");
    assert.equal(a.title, "Winterhechte");
  });

  it("drops a labelled kicker inside a link that wraps the whole h1", async () => {
    const a = await extract(page("<title>Stausee erreicht Rekordstand | Talbote</title>", `<h1><a href="/x"><span class="label">Eilmeldung</span> Stausee erreicht Rekordstand</a></h1>`), "html");
    assert.equal(a.title, "Stausee erreicht Rekordstand");
  });

  it("reads JSON-LD from a script without a type attribute", async () => {
    const ld = `<script>{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Stausee erreicht Rekordstand", "datePublished": "2022-01-28T06:00:00+01:00"}</script>`;
    const a = await extract(page(ld, ""), "html");
    assert.equal(a.published, "2022-01-28T06:00");
  });

  it("reads a date from an element classed as the publishing date", () => {
    const m = readMetadata(parseDocument(`<html><body><span class="_publishingdate">07.11.2023</span><span class="date-published">8.11.2023</span></body></html>`));
    assert.deepEqual(m.dates, [{ raw: "07.11.2023", source: "class" }, { raw: "8.11.2023", source: "class" }]);
  });

  it("reads ruby text without its furigana", async () => {
    const a = await extract(page("<title>ダムの水がいっぱいになる</title>", `<h1><ruby>水<rt>みず</rt></ruby>がいっぱいになる</h1>`, "ja"), "html");
    assert.equal(a.title, "水がいっぱいになる");
  });

  it("cuts site names glued to CJK titles, unspaced pipes, date stamps and dangling separators", () => {
    assert.equal(cleanTitle("水库水位创新高！-示例网", languages()), "水库水位创新高！");
    assert.equal(cleanTitle("EXAMPLE NEWS|大雨でダムの水がいっぱいになって川に流す", languages()), "大雨でダムの水がいっぱいになって川に流す");
    assert.equal(cleanTitle("23.01.2022 - Stausee erreicht Rekordstand - Talbote", languages(), ["Talbote"]), "Stausee erreicht Rekordstand");
    assert.equal(cleanTitle("Stausee erreicht Rekordstand -", languages()), "Stausee erreicht Rekordstand");
    assert.equal(cleanTitle("Crise de l'eau : le barrage ouvre ses vannes", languages()), "Crise de l'eau : le barrage ouvre ses vannes");
    assert.equal(cleanTitle("Le barrage ouvre ses vannes : Le Courrier du Val", languages(), ["Le Courrier du Val"]), "Le barrage ouvre ses vannes");
  });
});

describe("publication dates", () => {
  it("takes the dateline under the headline over a declared date that disagrees", async () => {
    const head = `<meta name="date" content="2020-04-30"><title>Stausee erreicht Rekordstand</title>`;
    const a = await extract(page(head, `<h1>Stausee erreicht Rekordstand</h1><div class="meta">Von Jana Beispiel</div><div class="when">29.04.2020, 12:01 Uhr</div>`), "html");
    assert.equal(a.published, "2020-04-29T12:01");
  });

  it("keeps the declared date when the line under the headline only mentions a date in a sentence", async () => {
    const head = `<meta property="article:published_time" content="2023-11-06T12:04:30+01:00"><title>Neue Bürgermeisterin gewählt</title>`;
    const a = await extract(page(head, `<h1>Neue Bürgermeisterin gewählt</h1><p class="lead">Ab 1. März 2024 leitet die neue Bürgermeisterin die Verwaltung der kleinen Gemeinde im Tal.</p>`), "html");
    assert.equal(a.published, "2023-11-06T12:04");
  });

  it("reads a UTC timestamp as the local day of the dateline, with or without its time", () => {
    assert.equal(choosePublished(["Wed, 04 May 2022 00:25:56 GMT"], [], null, false, languages(), [], ["3 de mayo de 2022"]).published, "2022-05-03");
    assert.equal(choosePublished(["2022-05-04T00:25:56Z"], [], null, false, languages(), [], ["3 de mayo de 202221:25"]).published, "2022-05-03T21:25");
    // The same day: the dateline's clock is the newsroom's, the declared one is UTC.
    assert.equal(choosePublished(["2022-05-06T09:30:19+00:00"], [], null, false, languages(), [], ["6 de mayo de 2022 05:30"]).published, "2022-05-06T05:30");
  });

  it("keeps the declared publication date over an update shown under the headline", () => {
    assert.equal(choosePublished(["2019-10-15T16:59:59.000Z"], [], null, true, languages(), [], ["Updated Mar 12, 2020 @ 10:42 am"]).published, "2019-10-15T16:59");
    assert.equal(choosePublished(["2019-10-15"], [], null, false, languages(), [], ["Zuletzt aktualisiert: 12.03.2020"]).published, "2019-10-15");
    // With nothing declared, the visible date is all there is.
    assert.equal(choosePublished([], [], null, true, languages(), [], ["Updated Mar 12, 2020"]).published, "2020-03-12");
  });

  it("treats a day-month swap of the declared date as agreement", () => {
    assert.equal(choosePublished(["2019-05-08T05:30:23Z"], [], null, false, languages(), [], ["05/08/2019"]).published, "2019-05-08T05:30");
  });

  it("reads two-digit years only on a dateline", () => {
    assert.equal(choosePublished([], [], null, false, languages(), [], ["Von: Jana Beispiel | 31.10.23"]).published, "2023-10-31");
    assert.equal(choosePublished([], [], null, false, languages(), [], ["Das Update 2.1.10 bringt neue Funktionen für alle Nutzer der App im Tal"]).published, null);
  });

  it("falls back to <time> elements before the URL, and to a modified date last", () => {
    const time = choosePublished([{ raw: "2021-03-03T10:00:00+01:00", source: "time" }, { raw: "2021-05-01", source: "modified" }], [], "https://example.com/2021/03/04/x", false, languages());
    assert.equal(time.published, "2021-03-03T10:00");
    assert.match(time.warning ?? "", /date element/);
  });
});

describe("bylines", () => {
  it("gives way to a person when the author value is the site's name from the <title>", async () => {
    const head = `<title>Stausee erreicht Rekordstand - Talbote</title><meta name="author" content="Talbote">`;
    const a = await extract(page(head, `<h1>Stausee erreicht Rekordstand</h1><span class="author-name">Jana Beispiel</span>`), "html");
    assert.equal(a.byline, "Jana Beispiel");
  });

  it("drops labels in several languages, glued labels and dates after the name", () => {
    const cases: ReadonlyArray<readonly [string, string | null]> = [
      ["Post author By Jana Beispiel", "Jana Beispiel"],
      ["Zeige alle Beiträge von Jana Beispiel", "Jana Beispiel"],
      ["AuthorJana Beispiel", "Jana Beispiel"],
      ["Publié par Jeanne Exemple", "Jeanne Exemple"],
      ["Publicado por Juana Ejemplo", "Juana Ejemplo"],
      ["Jana Beispiel am 21. April 2020, 13:36 Uhr", "Jana Beispiel"],
      ["Jana Beispiel, 01.12.2021", "Jana Beispiel"],
      ["Jana Beispiel Stand: 05. Februar 2020", "Jana Beispiel"],
      ["Veröffentlicht am 8. Februar 2022 von Jana Beispiel", "Jana Beispiel"],
      ["Posted on May 3, 2021 at 10:15 am by Jane Example", "Jane Example"],
      ["Jana Beispiel says", null],
      ["Name (erforderlich)", null],
      ["Name *", null],
      ["Von", null],
      ["BYRON PARKER", "BYRON PARKER"],
      ["Von Jana Beispiel (dpa)", "Jana Beispiel (dpa)"],
      ["Veröffentlicht am", null],
    ];
    for (const [raw, want] of cases) assert.equal(cleanByline(raw, languages()), want, raw);
  });

  it("prefers a person to the site's own name, keeping the site when it is all there is", () => {
    assert.equal(chooseByline(["Talbote", "Jana Beispiel"], languages(), ["Talbote"]), "Jana Beispiel");
    assert.equal(chooseByline(["Talbote"], languages(), ["Talbote"]), "Talbote");
  });

  it("reads a labelled name under the headline when the markup names no author", async () => {
    const a = await extract(page("<title>Reservoir reaches record level</title>", `<h1>Reservoir reaches record level</h1><div>By Jane Example | 12/10/2020</div>`, "en"), "html");
    assert.equal(a.byline, "Jane Example");
    const unlabelled = await extract(page("<title>Reservoir reaches record level</title>", `<h1>Reservoir reaches record level</h1><div>Weather | 12/10/2020</div>`, "en"), "html");
    assert.equal(unlabelled.byline, null);
  });

  it("ignores author markup in comment threads and comment forms", async () => {
    const comments = `<div class="comments-area"><div class="comment-author">Leser Eins</div><p>Sehr interessant.</p><form><label class="comment-form-author">Name *</label></form></div>`;
    const html = page("<title>Stausee erreicht Rekordstand</title>", `<h1>Stausee erreicht Rekordstand</h1>`).replace("</article>", `</article>${comments}`);
    assert.equal((await extract(html, "html")).byline, null);
    const signed = html.replace("<h1>Stausee erreicht Rekordstand</h1>", `<h1>Stausee erreicht Rekordstand</h1><div class="byline">Von Jana Beispiel</div>`);
    assert.equal((await extract(signed, "html")).byline, "Jana Beispiel");
  });
});

describe("a publication date given with the input", () => {
  it("is written as found dates are, and one that is no date is left out with a warning", async () => {
    const { extractInputs } = await import("../../src/pipeline.js");
    const text = "The regional water board said on Tuesday that the reservoir above the valley had reached its highest level in twenty years after a week of rain. Engineers will open two spillways on Wednesday.";
    const lines = ["October 31, 2025", "2025-10-31T21:32:00+03:00", "not a date"].map((published) => JSON.stringify({ text, published }));
    const { articles } = await extractInputs([{ path: "given.jsonl", bytes: new TextEncoder().encode(lines.join("\n")) }]);
    assert.deepEqual(articles.map((a) => a.published), ["2025-10-31", "2025-10-31T21:32", null]);
    assert.ok(articles[2]!.warnings.some((w) => /"not a date" is not a date/.test(w)));
  });
});

describe("outlets", () => {
  const site = (title: string, masthead: string, footer = "") =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><header><div class="logo">${masthead}</div><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/opinion">Opinion</a></nav></header>` +
    `<article><h1>Reservoir reaches its highest level in twenty years</h1>${BODY}</article><footer>${footer}</footer></body></html>`;

  it("reads the site's name from the <title> where the masthead or the copyright line repeats it, with no og:site_name", async () => {
    assert.equal((await extract(site("Reservoir reaches its highest level in twenty years - Valley Courier", "Valley Courier"), "html")).outlet, "Valley Courier");
    assert.equal((await extract(site("Valley Courier :: Reservoir reaches its highest level in twenty years", "VALLEY COURIER"), "html")).outlet, "Valley Courier");
    assert.equal((await extract(site("Reservoir reaches its highest level in twenty years | Valley Courier", "", "© 2025 Valley Courier Media Group"), "html")).outlet, "Valley Courier");
    // The last segment first, where sites put their names; a section the menu names is none.
    assert.equal((await extract(site("Opinion | Reservoir reaches its highest level in twenty years - Valley Courier", "Valley Courier"), "html")).outlet, "Valley Courier");
  });

  it("reads no outlet from a <title> segment that only the menu repeats, or that the page never repeats", async () => {
    assert.equal((await extract(site("Reservoir reaches its highest level in twenty years | Opinion", ""), "html")).outlet, null);
    assert.equal((await extract(site("Reservoir reaches its highest level in twenty years - Valley Courier", ""), "html")).outlet, null);
    // A copyright line holds a name whole: "Sport" is not in "© 2025 Transport Weekly".
    assert.equal((await extract(site("Reservoir reaches its highest level in twenty years | Sport", "", "© 2025 Transport Weekly"), "html")).outlet, null);
  });
});
