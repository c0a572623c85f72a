/** Each kind of page chrome in scraped text, on text written for these tests. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "./extractor.js";
import { extractFromText } from "../../src/extract/text/index.js";
import { languages } from "../../src/lang/index.js";

const P1 = "The harbour authority said on Tuesday that the new pier would open in spring, two years later than planned, because of a dispute over the contract.";
const P2 = "Local fishermen, who had campaigned for the pier since 2015, said they were disappointed but would keep using the old jetty until then.";
const P3 = "A spokesperson for the council declined to say how much the delay would cost, adding that the final figure was still being negotiated.";

describe("chrome in scraped text", () => {
  it("parts a dateline a scrape glued to its sentence, and leaves capitals that open a sentence alone", async () => {
    const a = await extract(["Harbour Pier Delayed Again", `SKARVØYThe ${P1.slice(4)}`, P2, `NATO ${P3}`].join("\n\n"));
    assert.equal(a.text, [`SKARVØY — The ${P1.slice(4)}`, P2, `NATO ${P3}`].join("\n\n"));
    const b = await extract([`USAToday readers wrote in. ${P1}`, P2, P3].join("\n\n"));
    assert.ok(b.text.startsWith("USAToday readers"), "three capitals are an abbreviation, not a place");
    const c = await extract([`NEW YORKThe ${P1.slice(4)}`, `CAPTCHAs and MANPADs ${P2}`, P3].join("\n\n"));
    assert.ok(c.text.startsWith("NEW YORK — The "), "a place of two words");
    assert.ok(c.text.includes("CAPTCHAs and MANPADs "), "a plural acronym stays whole");
  });

  it("counts the words of a text written without spaces (Chinese) by its characters, and keeps it", async () => {
    const zh = "林德霍尔姆渡轮码头周一因安全检查而关闭。港务局表示，码头将在春季重新开放，比原计划晚两年。当地渔民对延误感到失望，但表示会继续使用旧码头。";
    const a = await extract(zh);
    assert.equal(a.text, zh);
    // A character outside the basic plane opens a run as well as any.
    assert.equal((await extract(`𠮷${zh}`)).text, `𠮷${zh}`);
  });

  it("keeps an article written on one line as prose, cutting off the photo credit that closes it", async () => {
    const a = await extract(`${P1} ${P2} ${P3} Foto: NPA / Marta Lindqvist`);
    assert.equal(a.text, [P1, P2, P3].join(" "));
    assert.ok(a.removed.includes("Foto: NPA / Marta Lindqvist"), JSON.stringify(a.removed));
    // A credit line of its own is still a caption.
    const b = await extract([P1, P2, P3, "Foto: NPA / Marta Lindqvist"].join("\n\n"));
    assert.equal(b.text, [P1, P2, P3].join("\n\n"));
    // Words joined by a slash inside the last sentence are no credit to cut.
    const built = `${P1} ${P2} ${P3} The new pier was built by Brandt & Sons / Vonk Marine`;
    assert.equal((await extract(built)).text, built);
    // A long cookie notice is no article, however long.
    const notice =
      "We use cookies and similar technologies to improve your experience on our website, to show you personalised content and targeted ads, to analyse our website traffic, and to understand where our visitors are coming from. By clicking Accept you consent to our use of cookies. You can change your cookie settings at any time by visiting our privacy policy page. Some cookies are necessary for the website to work properly.";
    const c = await extract([P1, P2, P3, notice].join("\n\n"));
    assert.equal(c.text, [P1, P2, P3].join("\n\n"));
    // But a text that is one line about cookies is read as prose, not as a notice's phrase (what the article's last
    // check makes of a short text about cookies and consent is that check's).
    const fined =
      "The Lindholm data authority fined the ferry operator Kestrel on Monday for tracking cookies placed without consent on its booking website. Inspectors found that the site had stored advertising data for months. Kestrel said it would appeal the fine of two million crowns and change its website within a month. The authority said other operators would be checked next year.";
    assert.deepEqual(extractFromText(fined, languages()).paragraphs, [fined]);
  });

  it("drops menus, breadcrumbs and the repeated headline, keeping the title once", async () => {
    const a = await extract(["Home › Local › Harbour", "News Sport Weather", "Harbour Pier Delayed Again", "Harbour Pier Delayed Again", P1, P2, P3].join("\n\n"));
    assert.equal(a.title, "Harbour Pier Delayed Again");
    assert.equal(a.text, [P1, P2, P3].join("\n\n"));
    assert.ok(a.removed.includes("Home › Local › Harbour"));
  });

  it("cuts related-post blocks with their headlines and e-mails, comment widgets and cookie notices", async () => {
    const a = await extract([P1, P2, P3, "Leave a Reply", "Related posts", "Another Story About Boats", "editor@example.org", "This website uses cookies to improve your experience. Accept"].join("\n\n"));
    assert.equal(a.text, [P1, P2, P3].join("\n\n"));
    for (const r of ["Related posts", "editor@example.org", "Another Story About Boats"]) assert.ok(a.removed.includes(r), r);
  });

  it("drops prompts to the reader between and after the paragraphs", async () => {
    const prompts = ["Subscribe to our newsletter for the latest news from the harbour.", "Подпишитесь на наш канал, чтобы не пропустить новости."];
    const a = await extract([P1, prompts[0], P2, P3, prompts[1]].join("\n\n"));
    assert.equal(a.text, [P1, P2, P3].join("\n\n"));
    for (const p of prompts) assert.ok(a.removed.includes(p), p);
  });

  it("drops teasers to live coverage ('LIVE: … — all the latest'), not a sentence that opens with 'Live'", async () => {
    const teasers = ["LIVE: Harbour pier delay — all the latest", "Storm hits the northern coast – live updates"];
    const live = "Live music will return to the old jetty in the summer, the council said on Tuesday.";
    const said = "Live: that is how the harbour master described the mood on the pier after the vote.";
    const latest = "Officials on Wednesday raised the number of people treated for smoke to 46 - the latest.";
    const a = await extract([P1, teasers[0], P2, live, said, latest, teasers[1], P3].join("\n\n"));
    assert.equal(a.text, [P1, P2, live, said, latest, P3].join("\n\n"));
    for (const t of teasers) assert.ok(a.removed.includes(t), t);
  });

  it("cuts Russian 'popular this week' blocks, share prompts and view counters", async () => {
    const ru1 = "Городской совет в среду утвердил новый план ремонта набережной, который обсуждали почти два года.";
    const ru2 = "По словам чиновников, работы начнутся весной и продлятся до конца следующего года, если позволит погода.";
    const a = await extract(["Ремонт набережной начнётся весной", "12", "3,415", ru1, ru2, "Написать комментарий 4", "популярное за неделю", "Другая новость о городе Иван Петров"].join("\n"));
    assert.equal(a.text, [ru1, ru2].join("\n\n"));
    assert.equal(a.title, "Ремонт набережной начнётся весной");
    assert.ok(a.removed.includes("3,415"));
  });

  it("drops photo captions with slash credits and 'Photo:' lines", async () => {
    const a = await extract(["A fisherman mends nets on the old jetty, March 3. **Jane Roe / Harbour Press / Agency**", "Photo: John Smith", P1, P2].join("\n\n"));
    assert.equal(a.text, [P1, P2].join("\n\n"));
    assert.equal(a.removed.length, 2);
  });

  it("removes markdown and HTML leftovers but keeps their words", async () => {
    const a = await extract(`The council <u>confirmed</u> the **new** timetable in a statement, saying the delay was regrettable but unavoidable.\n\n${P2}`);
    assert.ok(a.text.startsWith("The council confirmed the new timetable in a statement"));
    assert.ok(!/[<>*]/.test(a.text));
  });

  it("rejoins a paragraph broken mid-sentence, but not a subhead", async () => {
    const a = await extract([
      "Pier Contract Signed",
      P1,
      "The contract was signed last year by the regional transport minister and the",
      "Harbour Works Company after months of talks with the unions and the fishermen.",
      "What comes next",
      P3,
    ].join("\n\n"));
    const paragraphs = a.text.split("\n\n");
    assert.equal(paragraphs.length, 4);
    assert.ok(paragraphs[1]?.includes("minister and the Harbour Works Company"));
    assert.equal(paragraphs[2], "What comes next");
  });

  it("does not join a caption that opens with a label to the line after it", async () => {
    const a = await extract([
      "Pier Contract Signed",
      P1,
      "Flooded: The harbour road under water after the storm on Monday night near the old pier",
      "Anger: Residents say the council ignored their warnings about the sea wall for years",
      P3,
    ].join("\n\n"));
    const paragraphs = a.text.split("\n\n");
    assert.ok(paragraphs.includes("Flooded: The harbour road under water after the storm on Monday night near the old pier"), JSON.stringify(paragraphs));
    assert.ok(paragraphs.some((p) => p.startsWith("Anger: Residents say")), JSON.stringify(paragraphs));
  });

  it("reads byline, date and the 'Original url:' line as metadata", async () => {
    const a = await extract(["Harbour Pier Delayed Again", "By Mary Major – Local Reporter", "12 March 2024", P1, P2, "Original url:", "https://news.example.com/2024/03/12/pier"].join("\n\n"));
    assert.equal(a.byline, "Mary Major");
    assert.equal(a.published, "2024-03-12");
    assert.equal(a.url, "https://news.example.com/2024/03/12/pier");
    assert.ok(!a.text.includes("https://"));
  });

  it("reads 'Headline / Outlet / Date' and a lone url line above the body, and keeps a last paragraph of one short sentence", async () => {
    const a = await extract(["Harbour pier delayed again", "The Skarvøy Observer", "12 March 2024", "https://observer.example/2024/03/12/pier", P1, P2, "The harbour authority meets again in April."].join("\n"));
    assert.equal(a.title, "Harbour pier delayed again");
    assert.equal(a.outlet, "The Skarvøy Observer");
    assert.equal(a.published, "2024-03-12");
    assert.equal(a.url, "https://observer.example/2024/03/12/pier");
    assert.ok(a.text.endsWith("The harbour authority meets again in April."), a.text);
    // A short last line that shares no word with the article is chrome.
    const b = await extract(["Harbour pier delayed again", P1, P2, "Share this story with your friends."].join("\n\n"));
    assert.ok(!b.text.includes("Share this story"));
  });

  it("rejects a document with no article text", async () => {
    await assert.rejects(extract("Home\n\nNews\n\nContact"), /no article text/);
  });

  it("lets given fields win over extracted ones", async () => {
    const a = await extract(["Harbour Pier Delayed Again", P1, P2].join("\n\n"), "text", { title: "Given Title", published: "2024-01-02", language: "de" });
    assert.equal(a.title, "Given Title");
    assert.equal(a.published, "2024-01-02");
    assert.equal(a.language, "de");
  });
});

describe("outlet from a copyright line in the chrome", () => {
  for (const [line, owner] of [
    ["© Harbour Gazette, 2026", "Harbour Gazette"],
    ["© 2026 Harbour Gazette. All rights reserved.", "Harbour Gazette"],
    ["Copyright (c) 2019-2026 Harbour Gazette | Privacy | Terms", "Harbour Gazette"],
    ["© Портовый вестник, 2026", "Портовый вестник"],
    ["© Le Courrier du Lac 2026 - Mentions légales", "Le Courrier du Lac"],
    ["© Rhein-Zeitung 2026", "Rhein-Zeitung"],
  ] as const) {
    it(`reads "${owner}" from "${line}"`, async () => {
      const a = await extract([P1, P2, P3, "Share this article", line].join("\n\n"));
      assert.equal(a.outlet, owner);
      assert.equal(a.text, [P1, P2, P3].join("\n\n"));
    });
  }

  it("leaves the outlet null when the page names none", async () => {
    const a = await extract([P1, P2, P3].join("\n\n"));
    assert.equal(a.outlet, null);
  });
});
