/** The pages' parts that need no browser: nested marks, the sides of a conflict, the graph's edges, links, the list query, the site on disk. */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Article, Claim, Story } from "../../src/model.js";
import { openSqliteStore } from "../../src/store/index.js";
import { contradicting, copyGroups, MATRIX_COLUMNS, renderClaimMatrix } from "../../src/web/claimMatrix.js";
import { markSpans } from "../../src/web/highlight.js";
import { outLink } from "../../src/web/html.js";
import { queryFromParams, writeSite } from "../../src/web/index.js";
import { indexPageHtml } from "../../src/web/indexPage.js";
import { provenanceOf, rowsLayout } from "../../src/web/provenanceGraph.js";
import { buildDossier } from "../../src/pipeline.js";
import { memberPageSchema } from "../../src/report/schema.js";
import { DEMO, tempDir } from "../helpers.js";

const article = (id: string, outlet: string | null, published: string | null = null): Article => ({
  id, path: `${id}.txt`, url: null, outlet, title: `Title ${id}`, byline: null, published, language: "en", text: "", removed: [], warnings: [],
});

test("overlapping marks nest: the later one is closed and reopened, its id only on the first piece", () => {
  const html = markSpans("one two three four", [
    { start: 0, end: 13, kind: "claim", id: "q-1", title: "c" },
    { start: 4, end: 18, kind: "cite", id: "c-1", title: "s" },
  ]);
  assert.equal(
    html,
    `<mark class="claim" id="q-1" title="c">one <mark class="cite" id="c-1" title="s">two three</mark></mark><mark class="cite" title="s"> four</mark>`,
  );
  assert.equal(markSpans("a <b> & c", []), "a &#60;b&#62; &#38; c", "unmarked text is escaped");
});

test("the sides of a conflict: articles in conflict with the summary's article contradict it, their opponents agree", () => {
  const mention = (articleId: string, quote: string) => ({ articleId, quote, attributedTo: null, origin: "x", values: [] });
  const claim: Claim = {
    id: "c", summary: "2,300 people were evacuated", status: "conflicting", articles: 4, reports: 4, origins: ["x"],
    mentions: [mention("a", "Officials said 2,300 people were evacuated."), mention("b", "3,200 people were evacuated"), mention("c", "2,300 fled"), mention("d", "about 3,200 left")],
    conflicts: [
      { type: "number", detail: "people: 2300 vs 3200", articleIds: ["a", "b"] },
      { type: "number", detail: "people: 2300 vs 3200", articleIds: ["d", "c"] },
      { type: "number", detail: "people: 2300 vs 3200", articleIds: ["c", "b"] },
    ],
  };
  assert.deepEqual([...contradicting(claim)].sort(), ["b", "d"]);
  assert.equal(contradicting({ ...claim, conflicts: [], status: "corroborated" }).size, 0);
});

test("copy groups are columns side by side, in date order", () => {
  const articles = new Map([article("a", "A", "2026-03-02"), article("b", "B", "2026-03-01"), article("c", "C", "2026-03-03")].map((x) => [x.id, x]));
  const story = { articleIds: ["a", "b", "c"], copies: [{ articleIds: ["c", "b"] as [string, string], original: "b", kind: "verbatim" as const, score: 1 }] } as unknown as Story;
  assert.deepEqual(copyGroups(story, articles), [["b", "c"], ["a"]]);
});

test("a matrix of a story wider than its column bound: the articles carrying most get columns, the last column counts the others per claim", () => {
  const n = MATRIX_COLUMNS + 20;
  const ids = Array.from({ length: n }, (_, i) => `a${String(i).padStart(3, "0")}`);
  const articles = new Map(ids.map((id, i) => [id, article(id, `Outlet ${i}`, `2026-03-${String(1 + (i % 28)).padStart(2, "0")}`)]));
  const mention = (articleId: string) => ({ articleId, quote: `quote in ${articleId}`, attributedTo: null, origin: articleId, values: [] });
  // Claim 1 is in every article; claim 2 only in the last 30, so those carry two claims each and must all get a column.
  const claim = (id: string, carriers: readonly string[]): Claim => ({
    id, summary: id, status: "corroborated", articles: carriers.length, reports: carriers.length, origins: [...carriers], mentions: carriers.map(mention), conflicts: [],
  });
  const story = { id: "s", articleIds: ids, copies: [], claims: [claim("c1", ids), claim("c2", ids.slice(-30))] } as unknown as Story;
  const html = renderClaimMatrix(story, articles, { editable: false });
  assert.equal((html.match(/<th class="col" scope="col">/g) ?? []).length, MATRIX_COLUMNS, "one column per shown article");
  for (const id of ids.slice(-30)) assert.ok(html.includes(`../articles/${id}.html`), `${id} carries both claims and has a column`);
  assert.match(html, /<th scope="col" class="col others">20 more<\/th>/);
  assert.match(html, /<td class="others" title="20 more articles without a column carry it">\+20<\/td>/, "claim 1: the 20 articles without a column");
  assert.match(html, /20 more articles carrying the claims shown have no column/);
  // An article that carries less than the 60 others keeps its column once it contradicts a shown claim.
  const busy = ids.slice(0, MATRIX_COLUMNS);
  const lone = ids[MATRIX_COLUMNS + 5]!;
  const disputed: Claim = {
    ...claim("c3", [busy[0]!, lone]), status: "conflicting",
    conflicts: [{ type: "number", detail: "pillars: 12 vs 14", articleIds: [busy[0]!, lone] }],
  };
  const claims = [claim("c1", ids), claim("c4", busy), claim("c5", busy), claim("c6", busy)];
  const without = renderClaimMatrix({ ...story, claims } as Story, articles, { editable: false });
  assert.ok(!without.includes(`../articles/${lone}.html`), "carrying one claim, it has no column");
  const withConflict = renderClaimMatrix({ ...story, claims: [...claims, disputed] } as Story, articles, { editable: false });
  assert.ok(withConflict.includes(`../articles/${lone}.html`), "contradicting a shown claim, it has one");
  assert.equal((withConflict.match(/<th class="col" scope="col">/g) ?? []).length, MATRIX_COLUMNS);
});

test("the provenance graph: a cited outlet in the story is its article, a relay sits between source and article, a copy points from its original", () => {
  const articles = new Map([article("h", "Herald"), article("w", "Wire"), article("l", "Ledger"), article("k", "Kopie")].map((x) => [x.id, x]));
  const story = {
    id: "s", articleIds: ["h", "w", "l", "k"], origins: ["Herald"],
    copies: [{ articleIds: ["k", "h"], original: "h", kind: "verbatim", score: 1 }],
    citations: [
      { articleId: "w", source: "herald", via: null, quote: "q" },
      { articleId: "l", source: "Herald", via: "Wire", quote: "q" },
      { articleId: "l", source: "the ministry", via: null, quote: "q" },
    ],
  } as unknown as Story;
  const { nodes, edges } = provenanceOf(story, articles);
  const edge = (from: string, to: string) => edges.find((e) => e.from === from && e.to === to)?.kind;
  assert.equal(edge("a:h", "a:w"), "cites", "the Herald's article stands for the outlet cited by name (in any case)");
  assert.equal(edge("a:w", "a:l"), "cites", "the relay cited the Ledger");
  assert.equal(edge("s:the ministry", "a:l"), "cites");
  assert.equal(edge("a:h", "a:k"), "copy");
  assert.equal(nodes.find((n) => n.id === "a:h")?.kind, "origin");
  assert.equal(nodes.find((n) => n.id === "s:the ministry")?.kind, "source");
});

test("an article without outlet or title is named by its input's file name, never by its id", () => {
  const untitled: Article = { ...article("e70bc8333ab060ea", null), path: "scrapes/000_fdd3c95b.txt", title: null };
  const articles = new Map([[untitled.id, untitled]]);
  const claim: Claim = {
    id: "c1", summary: "c1", status: "single-source", articles: 1, reports: 1, origins: ["x"], conflicts: [],
    mentions: [{ articleId: untitled.id, quote: "q", attributedTo: null, origin: "x", values: [] }],
  };
  const story = { id: "s", articleIds: [untitled.id], origins: [], copies: [], citations: [], claims: [claim] } as unknown as Story;
  assert.equal(provenanceOf(story, articles).nodes.find((n) => n.id === `a:${untitled.id}`)?.label, "000_fdd3c95b.txt");
  const matrix = renderClaimMatrix(story, articles, { editable: false });
  assert.match(matrix, /title="000_fdd3c95b\.txt">000_fdd3c95b\.txt<\/a>/);
});

test("copies are drawn as a forest: each copy from the one article it is likeliest copied from, not every pair", () => {
  const ids = ["a", "b", "c", "d", "e"];
  const articles = new Map(ids.map((id) => article(id, `Outlet ${id}`)).map((x) => [x.id, x]));
  // Every pair of the five is a copy link; "a" is the original of all, and "c" is closest to "b".
  const copies = ids.flatMap((x, i) =>
    ids.slice(i + 1).map((y) => ({ articleIds: [x, y], original: x === "a" ? "a" : null, kind: "verbatim", score: x === "b" && y === "c" ? 1 : x === "a" ? 0.9 : 0.5 })),
  );
  const story = { id: "s", articleIds: ids, origins: [], copies, citations: [] } as unknown as Story;
  const { edges } = provenanceOf(story, articles);
  const into = (to: string) => edges.filter((e) => e.kind === "copy" && e.to === `a:${to}`).map((e) => e.from);
  assert.equal(edges.filter((e) => e.kind === "copy").length, 4, "one edge into each copy, none into the original");
  assert.deepEqual(into("a"), []);
  assert.deepEqual(into("b"), ["a:a"]);
  assert.deepEqual(into("c"), ["a:b"], "the strongest link wins");
  assert.deepEqual(into("e"), ["a:a"]);
  // An original whose only copy prefers another source keeps its strongest link.
  const pair = { id: "t", articleIds: ["a", "b", "c"], origins: [], citations: [],
    copies: [{ articleIds: ["a", "c"], original: "a", kind: "rewrite", score: 0.5 }, { articleIds: ["b", "c"], original: "b", kind: "verbatim", score: 0.9 }] } as unknown as Story;
  const drawn = provenanceOf(pair, articles).edges.filter((e) => e.kind === "copy").map((e) => `${e.from}>${e.to}`).sort();
  assert.deepEqual(drawn, ["a:a>a:c", "a:b>a:c"]);
});

test("links out only to http(s); anything else is text", () => {
  assert.match(outLink("https://example.org/a?b=1&c=2"), /^<a class="url" href="https:\/\/example.org\/a\?b=1&#38;c=2" rel="noopener noreferrer nofollow">/);
  for (const bad of ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,<script>x</script>", "vbscript:x", "//evil.example/x", 'https://x.example/"onmouseover="x']) {
    assert.doesNotMatch(outLink(bad), /href=/, bad);
  }
});

test("the list query keeps only well-formed fields", () => {
  const q = queryFromParams(new URLSearchParams("q=dam+breach&language=de&from=2026-03-01&to=yesterday&conflicts=1&sort=articles&page=-3"));
  assert.deepEqual(q, { q: "dam breach", language: "de", outlet: undefined, from: "2026-03-01", to: undefined, conflicts: true, sort: "articles", page: 1 });
});

test("writeSite rewrites only the stories asked for, and removes the files of a story no longer stored", async () => {
  const dir = tempDir("dossier-site-");
  const store = await openSqliteStore(":memory:");
  try {
    await buildDossier([DEMO], { store });
    const site = join(dir, "site");
    const full = await writeSite(store, site);
    assert.deepEqual([full.stories, full.articles, full.indexPages], [2, 7, 1]);
    const [first] = await store.listStories();
    const page = join(site, "stories", `${first!.id}.html`);
    const before = readFileSync(page, "utf8");
    writeFileSync(join(site, "stories", "gone.html"), "a story an earlier build wrote");
    const one = await writeSite(store, site, { stories: [first!.id, "gone"] });
    // The story is unchanged since its pages were written: its article pages are not written again.
    assert.deepEqual([one.stories, one.articles, one.removed], [1, 0, 1]);
    assert.equal(readFileSync(page, "utf8"), before, "the same story, the same page");
    // Without the note of what they were written from, they are.
    rmSync(join(site, "stories", `${first!.id}.pages.json`));
    assert.equal((await writeSite(store, site, { stories: [first!.id] })).articles, first!.articleIds.length);
    assert.ok(!existsSync(join(site, "stories", "gone.html")));
    assert.ok(!readdirSync(join(site, "stories")).some((f) => f.startsWith(".")), "no temporary file left behind");
    assert.ok(existsSync(join(site, "assets", "dossier.js")));
  } finally {
    await store.close();
  }
});

test("a story's later members are listed on member pages of 500: one joining rewrites the last page alone, and pages past the last are removed", async () => {
  const dir = tempDir("dossier-site-");
  const store = await openSqliteStore(":memory:");
  try {
    await buildDossier([DEMO], { store });
    const [real] = await store.listStories();
    // The story as a large one: its analysis read its first member, and its others and 1,100 more follow (the store holds none of those 1,100).
    const later = (n: number): string[] => Array.from({ length: n }, (_, i) => `later${String(i).padStart(5, "0")}`);
    let story: Story = { ...real!, articleIds: [...real!.articleIds, ...later(1100 - real!.articleIds.length + 1)], analysedArticles: 1 };
    const grown = new Proxy(store, {
      get(target, key) {
        if (key === "getStory") return async (id: string) => (id === story.id ? story : target.getStory(id));
        const value = target[key as keyof typeof target];
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const site = join(dir, "site");
    await writeSite(grown, site);
    const file = (k: number, ext = "json"): string => join(site, "stories", `${story.id}.members-${k}.${ext}`);
    const pageOf = (k: number) => JSON.parse(readFileSync(file(k), "utf8")) as { page: number; next: string | null; listedArticles: unknown[] };
    assert.deepEqual([1, 2, 3].map((k) => [pageOf(k).page, pageOf(k).next]), [[1, `${story.id}.members-2.json`], [2, `${story.id}.members-3.json`], [3, null]]);
    assert.ok(!existsSync(file(4)));
    const storyPage = readFileSync(join(site, "stories", `${story.id}.html`), "utf8");
    assert.match(storyPage, /and 1,100 later members, listed, not read/);
    assert.match(storyPage, /1,001–1,100<\/a>/);
    const first = readFileSync(file(1, "html"), "utf8");
    for (const id of real!.articleIds.slice(1)) assert.ok(first.includes(`../articles/${id}.html?story=${story.id}`), "a later member the store holds is listed, linked to its page");
    assert.ok(!first.includes("later00000"), "one it does not hold is not, as in the JSON");
    assert.deepEqual(memberPageSchema.parse(pageOf(1)).listedArticles.map((a) => a.id), real!.articleIds.slice(1));
    const inode = (k: number): number => statSync(file(k)).ino;
    const before = [1, 2, 3].map(inode);
    story = { ...story, articleIds: [...story.articleIds, "later99999"] };
    await writeSite(grown, site, { stories: [story.id] });
    assert.deepEqual([1, 2, 3].map(inode).map((ino, i) => ino === before[i]), [true, true, false], "the last page alone is written again");
    assert.equal(pageOf(3).listedArticles.length, 0, "members the store does not hold are not listed");
    // A page left on disk past the last by a write cut short (its note never said so) goes with the next write of the story.
    writeFileSync(file(4), "{}");
    // The story shrinks to one page: the pages past it go, on a write of the story and on a full write alike.
    story = { ...story, articleIds: story.articleIds.slice(0, real!.articleIds.length + 10) };
    await writeSite(grown, site, { stories: [story.id] });
    assert.deepEqual([1, 2, 3, 4].map((k) => existsSync(file(k))), [true, false, false, false]);
    writeFileSync(file(5), "{}");
    await writeSite(grown, site);
    assert.ok(!existsSync(file(5)), "a full write removes a member page past the story's last");
  } finally {
    await store.close();
  }
});

test("writeSite fails on a page it cannot write, says which, and leaves no temporary file behind", async () => {
  const dir = tempDir("dossier-site-");
  const store = await openSqliteStore(":memory:");
  try {
    await buildDossier([DEMO], { store });
    const site = join(dir, "site");
    await writeSite(store, site);
    const [first] = await store.listStories();
    // A page's path taken by a folder: its write cannot be renamed into place.
    const blocked = join(site, "articles", `${first!.articleIds[0]}.html`);
    rmSync(blocked);
    mkdirSync(join(blocked, "inside"), { recursive: true });
    await assert.rejects(writeSite(store, site), (err: Error) => err.message.includes(`cannot write ${blocked}`));
    // The folders hold no temporary file, now or a moment later.
    await new Promise((r) => setTimeout(r, 50));
    for (const sub of ["stories", "articles"]) assert.deepEqual(readdirSync(join(site, sub)).filter((f) => f.endsWith(".tmp")), [], sub);
  } finally {
    await store.close();
  }
});

test("a large provenance graph is laid out in rows: boxes apart and inside, sources above those relying on them, wide layers wrapped", () => {
  // An original with 59 copies, one of them copied on in a chain of three, and a cycle of two citing each other.
  const widths = Array.from({ length: 64 }, (_, i) => 96 + (i % 3) * 32);
  const edges: Array<[number, number]> = Array.from({ length: 59 }, (_, k) => [0, k + 1]);
  edges.push([5, 60], [60, 61], [62, 63], [63, 62]);
  const laid = rowsLayout(widths, edges);
  const box = new Map((laid.children ?? []).map((c) => [c.id, c]));
  assert.equal(box.size, widths.length);
  const boxes = [...box.values()];
  for (const b of boxes) {
    assert.ok(b.x! >= 0 && b.y! >= 0 && b.x! + b.width! <= laid.width! && b.y! + b.height! <= laid.height!, `${b.id} inside the drawing`);
    assert.equal(b.width, widths[Number(b.id.slice(1))]);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const apart = a.x! + a.width! <= b.x! || b.x! + b.width! <= a.x! || a.y! + a.height! <= b.y! || b.y! + b.height! <= a.y!;
      assert.ok(apart, `${a.id} and ${b.id} do not overlap`);
    }
  }
  const rows = new Map<number, number>();
  for (const b of boxes) rows.set(b.y!, (rows.get(b.y!) ?? 0) + 1);
  assert.ok(Math.max(...rows.values()) <= 8, "a layer of 59 copies wraps in rows");
  assertEdgesPointDown(laid, edges, 1);
});

/** Every edge leaves its source and reaches its target on the sides facing each other; all but `up` of them point down. */
function assertEdgesPointDown(laid: ReturnType<typeof rowsLayout>, edges: ReadonlyArray<readonly [number, number]>, up: number): void {
  const box = new Map((laid.children ?? []).map((c) => [c.id, c]));
  let upward = 0;
  for (const [k, [from, to]] of edges.entries()) {
    const [a, b] = [box.get(`n${from}`)!, box.get(`n${to}`)!];
    const s = laid.edges![k]!.sections![0]!;
    const down = b.y! > a.y!;
    if (!down) upward++;
    assert.ok(s.startPoint.x >= a.x! && s.startPoint.x <= a.x! + a.width! && s.startPoint.y === (down ? a.y! + a.height! : a.y!), `edge ${k} leaves its source`);
    assert.ok(s.endPoint.x >= b.x! && s.endPoint.x <= b.x! + b.width! && s.endPoint.y === (down ? b.y! : b.y! + b.height!), `edge ${k} reaches its target`);
  }
  assert.equal(upward, up, "only the edges closing a cycle point up");
}

test("a cycle in a large provenance graph is broken at one of its own edges, not at a box below it", () => {
  // A busy original (box 0, listed first) relied on by 38 boxes, itself citing box 1, which cites box 2 and back.
  const widths = Array.from({ length: 41 }, () => 96);
  const edges: Array<[number, number]> = [[1, 0], [1, 2], [2, 1], ...Array.from({ length: 38 }, (_, k): [number, number] => [0, k + 3])];
  const laid = rowsLayout(widths, edges);
  assertEdgesPointDown(laid, edges, 1);
});

test("the story list gives a story's dates as days, however precisely each end was given", () => {
  const story = (firstPublished: string | null, lastPublished: string | null) => ({
    id: "s", headline: "Dam breach", articles: 2, independentReports: 2, analysedArticles: null, languages: ["en"], outlets: 2, claims: 1, conflicts: 0, firstPublished, lastPublished,
  });
  const html = (first: string | null, last: string | null) => indexPageHtml({ items: [story(first, last)], total: 1, atLeast: false, page: 1, pages: 1 }, {}, { static: true });
  const sameDay = html("2025-10-31", "2025-10-31T21:32");
  assert.ok(sameDay.includes("2025-10-31") && !sameDay.includes("T21:32") && !sameDay.includes("2025-10-31 – "), "one day, not a range to the same day's hour");
  assert.ok(html("2025-10-30T08:00", "2025-10-31T21:32").includes("2025-10-30 – 2025-10-31"));
});
