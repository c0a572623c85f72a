import assert from "node:assert/strict";
import { test } from "node:test";
import { languages } from "../../src/lang/index.js";
import { findCopies } from "../../src/stories/index.js";
import { article, DAM_INDEPENDENT, DAM_REPORT, DAM_REWRITE, DAM_TRANSLATION } from "./fixtures.js";

const wire = article("wire", DAM_REPORT, { url: "https://wire.example/karvela", outlet: "Wire Example", published: "2026-04-14T09:00" });

test("verbatim: the same body with page chrome around it", () => {
  const copy = article("copy", `Home » World » Europe\n\n${DAM_REPORT}\n\nRelated posts\n\nShare this`, { published: "2026-04-14T11:30" });
  const [link, ...rest] = findCopies([copy, wire], languages());
  assert.equal(rest.length, 0);
  assert.equal(link!.kind, "verbatim");
  assert.equal(link!.original, "wire", "the earlier one is the original");
});

test("near-duplicate: a cut copy, and the fuller text is the original when dates say nothing", () => {
  const cut = DAM_REPORT.split("\n\n").slice(0, 3).join("\n\n");
  const copy = article("cut", `${cut}\n\nWe will update this story as it develops, stay with us for the latest reports.`);
  const undated = { ...wire, published: null };
  const [link] = findCopies([undated, copy], languages());
  assert.equal(link!.kind, "near-duplicate");
  assert.equal(link!.original, "wire");
});

test("rewrite: reworded sentence by sentence, facts in the same order; credit says who is original", () => {
  const rewrite = article("rewrite", DAM_REWRITE, { url: "https://spinner.example/dam", published: "2026-04-14T08:00" });
  const credited = article("credited", `${DAM_REPORT}\n\nOriginal url:\n\nhttps://wire.example/karvela`, { url: "https://mirror.example/k" });
  const [link] = findCopies([rewrite, credited], languages());
  assert.equal(link!.kind, "rewrite");
  assert.equal(link!.original, "credited", "the credited text beats the uncredited rewording, even with an earlier date");
});

test("a rewrite of a wire story printed by several outlets derives from the wire's original, not from the copy met first", () => {
  const copy = article("copy", `Home » World\n\n${DAM_REPORT}\n\nShare this`, { outlet: "Coast Times", published: "2026-04-14T11:30" });
  const later = article("later", DAM_REWRITE, { published: "2026-04-14T15:00" });
  const links = findCopies([copy, wire, later], languages());
  const rewrite = links.find((l) => l.kind === "rewrite")!;
  assert.deepEqual([rewrite.articleIds.includes("wire"), rewrite.original], [true, "wire"], JSON.stringify(links));
  assert.equal(links.find((l) => l.kind === "verbatim")!.original, "wire");
});

test("rewrite direction from dates, and from citing the other's outlet", () => {
  const later = article("later", DAM_REWRITE, { published: "2026-04-15" });
  assert.equal(findCopies([later, wire], languages())[0]!.original, "wire");
  const citing = article("citing", `${DAM_REWRITE}\n\nThis report is based on one by Wire Example.`);
  const [link] = findCopies([citing, { ...wire, published: null }], languages());
  assert.equal(link!.kind, "rewrite");
  assert.equal(link!.original, "wire");
});

test("translation: Russian aligned to English by names and numbers, earlier one original", () => {
  const ru = article("ru", DAM_TRANSLATION, { language: "ru", published: "2026-04-14T13:00" });
  const [link] = findCopies([ru, wire], languages());
  assert.equal(link!.kind, "translation");
  assert.equal(link!.original, "wire");
});

/** A wire report whose sentences name little (no names or numbers to align by), and a German paper's translation of its first paragraphs. */
const PLANT_WIRE = [
  "A fire at the Orbeck paint works in Salzried killed a night watchman and injured two firefighters early on Sunday, the fire service said.",
  "According to the environment ministry, no toxic gases escaped into the air while the hall burned. Measurements taken around the site showed no raised levels of dangerous substances, the ministry said in a statement.",
  "Neighbours said they had been woken by loud explosions and saw flames rising high above the roofs of the old town.",
  "The works, which makes varnish for furniture makers, had been inspected in the spring and no faults had been found, the company said.",
  "Police have opened an investigation into the cause of the fire and asked witnesses to come forward.",
].join("\n\n");
const PLANT_TRANSLATED = [
  "Bei einem Brand im Lackwerk Orbeck in Salzried sind am frühen Sonntag ein Nachtwächter getötet und zwei Feuerwehrleute verletzt worden, teilte die Feuerwehr mit.",
  "Nach Angaben des Umweltministeriums traten keine giftigen Gase in die Luft aus, während die Halle brannte. Messungen rund um das Gelände zeigten keine erhöhten Werte gefährlicher Stoffe, erklärte das Ministerium.",
  "Nachbarn sagten, sie seien von lauten Explosionen geweckt worden und hätten Flammen hoch über den Dächern der Altstadt gesehen.",
].join("\n\n");
/** A German paper's own report of the same fire: its own facts, its own order. */
const PLANT_OWN = [
  "Die Ermittler haben am Montag die Brandruine des Lackwerks Orbeck in Salzried untersucht und Proben genommen.",
  "Der Bürgermeister sprach den Angehörigen des getöteten Nachtwächters sein Beileid aus und kündigte eine Sitzung des Stadtrats an.",
  "Anwohner klagten über einen beißenden Geruch in der Altstadt, der bis zum Abend anhielt.",
  "Die Firma beschäftigt rund achtzig Menschen, die vorerst in einem anderen Werk arbeiten sollen.",
].join("\n\n");

test("translation of the first paragraphs, read by what the words mean where names and numbers are too few; not an own report in the other language", { skip: languages().translations.languages.includes("de") ? false : "no German dictionary installed (apt-get install dict-freedict-deu-eng)" }, () => {
  const wireArticle = article("wire", PLANT_WIRE, { published: "2026-05-03T09:00" });
  const [link, ...rest] = findCopies([article("de", PLANT_TRANSLATED, { language: "de", published: "2026-05-03T15:00" }), wireArticle], languages());
  assert.equal(rest.length, 0);
  assert.equal(link?.kind, "translation", JSON.stringify(link));
  assert.equal(link!.original, "wire");
  assert.deepEqual(findCopies([wireArticle, article("own", PLANT_OWN, { language: "de" })], languages()), []);
});

test("two short reports of one story in two languages, naming the same ferry, company and town sentence by sentence, are no translation where the words mean otherwise", { skip: languages().translations.languages.includes("fr") ? false : "no French dictionary installed (apt-get install dict-freedict-fra-eng)" }, () => {
  const en = article(
    "en",
    "Nine people are dead, and the Maritime Safety Authority still refuses to explain why the Saltholm Star was allowed to sail at all.\n\n" +
      "Witnesses said the captain had been drinking before the crossing.\n\n" +
      "Year after year, inspectors waved rotten ferries through while Brasken Lines pocketed record profits.\n\n" +
      "The ferry capsized on Tuesday morning at the entrance to Kellhaven harbour. Families are still waiting for answers.",
  );
  const fr = article(
    "fr",
    "Neuf personnes ont trouvé la mort dans le naufrage du ferry Saltholm Star, selon les garde-côtes.\n\n" +
      "La compagnie Brasken Lines a démenti jeudi que le ferry était surchargé au moment du naufrage, mardi matin.\n\n" +
      "« C'est le jour le plus sombre que notre port ait jamais connu », a déclaré la maire de Kellhaven, Ingrid Solvang.",
    { language: "fr" },
  );
  assert.deepEqual(findCopies([en, fr], languages()), []);
});

test("independent reports of the same story are not copies, in either language", () => {
  const own = article("own", DAM_INDEPENDENT, { published: "2026-04-15" });
  const ru = article("ru", DAM_TRANSLATION, { language: "ru" });
  const links = findCopies([wire, own, ru], languages());
  assert.deepEqual(links.map((l) => l.articleIds), [["wire", "ru"]]);
});

test("a story's links found again as articles join: only pairs with a new member are compared, and the links are those of comparing afresh", () => {
  const members = [
    wire,
    article("copy", `Home » World\n\n${DAM_REPORT}\n\nShare this`, { published: "2026-04-14T11:30" }),
    article("independent", DAM_INDEPENDENT),
    article("rewrite", DAM_REWRITE, { published: "2026-04-15" }),
    article("ru", DAM_TRANSLATION, { language: "ru", published: "2026-04-14T13:00" }),
    article("copy2", `${DAM_REPORT}\n\nRelated posts`, { published: "2026-04-16" }),
  ];
  const all = findCopies(members, languages());
  // Five of the six copy one report: four links join them, each to an earlier copy; the sixth stands apart.
  assert.deepEqual(all.map((l) => l.articleIds[1]).sort(), ["copy", "copy2", "rewrite", "ru"], JSON.stringify(all));
  assert.ok(all.every((l) => l.articleIds[0] === "wire"), "each joins the group at its first member it copies");
  for (let k = 1; k < members.length; k++) {
    const before = findCopies(members.slice(0, k), languages());
    assert.deepEqual(findCopies(members, languages(), undefined, { articleIds: members.slice(0, k).map((a) => a.id), copies: before }), all, `after ${k} members`);
  }
  // Known links among earlier members are not compared again: a link the caller knows stands as given.
  const claimed = { articleIds: ["wire", "independent"], copies: [{ articleIds: ["wire", "independent"] as [string, string], original: "wire", kind: "rewrite" as const, score: 1 }] };
  const withClaimed = findCopies(members, languages(), undefined, claimed);
  assert.ok(withClaimed.some((l) => l.articleIds[0] === "wire" && l.articleIds[1] === "independent"));
  assert.ok(!all.some((l) => l.articleIds[0] === "wire" && l.articleIds[1] === "independent"), "compared, the two are not copies");
  // A member gone takes its links along; members out of their earlier order are compared afresh.
  const without = members.filter((a) => a.id !== "copy");
  assert.deepEqual(findCopies(without, languages(), undefined, { articleIds: members.map((a) => a.id), copies: all }), findCopies(without, languages()));
  const reordered = [members[1]!, members[0]!, ...members.slice(2)];
  const knownAll = { articleIds: members.map((a) => a.id), copies: [...all, ...claimed.copies] };
  assert.deepEqual(findCopies(reordered, languages(), undefined, knownAll), findCopies(reordered, languages()));
});
