/**
 * The seed expectations, on the real pipeline (ingest → extract → stories → claims)
 * over ../shared/examples/maduro-aid/. Skipped with a message where that folder is absent.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { Article, Claim, Dossier, Story } from "../../src/model.js";
import { buildAndReadDossier } from "../../src/pipeline.js";
import { SEEDS, SEEDS_MISSING } from "../helpers.js";

let dossier: Dossier;
let story: Story;
const id = new Map<string, string>();

const isPost = (name: string | null): boolean => !!name && /^(?:the )?washington post$/i.test(name.trim());
const valued = (claims: readonly Claim[], value: number): Claim[] => claims.filter((c) => c.mentions.some((m) => m.values.some((v) => v.value === value)));
const carriers = (c: Claim): string[] => [...new Set(c.mentions.map((m) => m.articleId))].sort();
const ids = (...seeds: string[]): string[] => seeds.map((s) => id.get(s)!).sort();

describe("seed expectations (issues 5 and 10)", { skip: SEEDS_MISSING ? `${SEEDS_MISSING}: seed expectations not checked` : false }, () => {
  before(async () => {
    dossier = await buildAndReadDossier([SEEDS]);
    for (const a of dossier.articles) id.set(/(\d{3})_[^/]*$/.exec(a.path)![1]!, a.id);
    story = dossier.stories.find((s) => s.articleIds.includes(id.get("000")!))!;
  });

  it("keeps every quote and term letter for letter in its article", () => {
    const text = new Map(dossier.articles.map((a: Article) => [a.id, a.text]));
    const title = new Map(dossier.articles.map((a: Article) => [a.id, a.title ?? ""]));
    for (const c of story.citations) assert.ok(text.get(c.articleId)!.includes(c.quote), c.quote);
    for (const c of story.claims) for (const m of c.mentions) assert.ok(text.get(m.articleId)!.includes(m.quote), m.quote);
    for (const f of story.framing) for (const t of f.terms) assert.ok((t.where === "title" ? title : text).get(f.articleId)!.includes(t.term), t.term);
  });

  it("every article cites The Washington Post; 002 via RBC-Ukraine; 004 also TASS, Newsweek, The New York Times", () => {
    assert.deepEqual(story.articleIds.length, 5, "the five seeds are one story");
    for (const seed of ["000", "001", "002", "003", "004"]) {
      assert.ok(story.citations.some((c) => c.articleId === id.get(seed) && isPost(c.source)), `${seed} cites The Washington Post`);
    }
    assert.ok(story.citations.some((c) => c.articleId === id.get("002") && isPost(c.source) && /RBC-Ukraine|РБК-Украина/.test(c.via ?? "")));
    const cited004 = story.citations.filter((c) => c.articleId === id.get("004")).map((c) => c.source);
    for (const source of [/^TASS$/, /^Newsweek$/, /^(?:The )?New York Times$/]) assert.ok(cited004.some((s) => source.test(s)), `004 cites ${source}`);
    assert.ok(story.origins.some((o) => /Washington Post/.test(o)), "origins name The Washington Post");
  });

  it("14 (missile systems/units/sets) in 001, 003, 004 is one origin, not corroborated: all three repeat the Post's documents", () => {
    const claim = valued(story.claims, 14).find((c) => carriers(c).length === 3);
    assert.ok(claim, "one claim valued 14 carried by three articles");
    assert.deepEqual(carriers(claim), ids("001", "003", "004"));
    assert.equal(claim.status, "single-origin");
    assert.equal(claim.reports, 2, "001 copies 003");
    assert.equal(claim.origins.length, 1);
    assert.match(claim.origins[0]!, /documents.*Washington Post/);
  });

  it("the three namings of the documents are one origin, in English and Russian", () => {
    const documents = story.origins.filter((o) => /documents|документ/i.test(o));
    assert.equal(documents.length, 1, `one documents origin, not ${JSON.stringify(documents)}`);
    const named = story.claims.flatMap((c) => c.mentions.map((m) => m.origin)).filter((o) => /documents|документ/i.test(o));
    assert.ok(named.length > 0 && named.every((o) => o.startsWith(documents[0]!.split(" (via")[0]!)));
  });

  it("states each fact once: the financing plan and the key military ally", () => {
    const about = (re: RegExp) => story.claims.filter((c) => re.test(c.summary) || c.mentions.some((m) => re.test(m.quote)));
    assert.equal(about(/financing (?:plan|strategy)/).length, 1);
    assert.equal(about(/key military ally/).length, 1);
  });

  it("the financing plan is one origin: 000's 'allegedly include', right after its Washington Post sentence, rests on that report", () => {
    const [plan] = story.claims.filter((c) => c.mentions.some((m) => /financing (?:plan|strategy)/.test(m.quote)));
    assert.ok(plan && carriers(plan).includes(id.get("000")!), "000 states the plan");
    assert.equal(plan.status, "single-origin", JSON.stringify(plan.origins));
    assert.match(plan.origins[0]!, /Washington Post/);
  });

  it("counts no shared source as a shared fact: 'It remains unclear whether Russia has responded …, The Washington Post noted' is not one claim with 002's Il-76", () => {
    const unclear = story.claims.filter((c) => c.mentions.some((m) => /unclear whether Russia has responded|uncertain whether Russia has provided/.test(m.quote)));
    for (const c of unclear) assert.ok(!c.mentions.some((m) => /Ил-76/.test(m.quote)), c.mentions.map((m) => m.quote.slice(0, 60)).join(" | "));
  });

  it("the rewrite pair 001/003 has no conflict: its altered quotation is a quote variant", () => {
    const pair = new Set(ids("001", "003"));
    for (const c of story.claims) for (const k of c.conflicts) assert.ok(!(pair.has(k.articleIds[0]) && pair.has(k.articleIds[1])), `conflict inside the rewrite: ${k.detail}`);
    const variant = story.quoteVariants.find((v) => v.differences.some((d) => /significant.*important|important.*significant/.test(d)));
    assert.ok(variant, "significant/important is a quote variant");
    assert.equal(variant.changedBy, id.get("001"), "001 rewrote 003's quotation");
  });

  it("Il-76: two (000) vs one (002) stays a conflict", () => {
    const claim = story.claims.find((c) => c.conflicts.some((k) => k.type === "number" && /Ил-76|Il-76/.test(k.detail) && /1 vs 2/.test(k.detail)));
    assert.ok(claim, "a number conflict on the Il-76");
    assert.deepEqual(carriers(claim), ids("000", "002"));
    assert.equal(claim.status, "conflicting");
  });

  it("8 engines in 001 and 003 only is single-source: 001 copies 003", () => {
    const claim = valued(story.claims, 8).find((c) => c.mentions.some((m) => m.values.some((v) => v.value === 8 && /engine/.test(v.unit ?? ""))));
    assert.ok(claim);
    assert.deepEqual(carriers(claim), ids("001", "003"));
    assert.equal(claim.status, "single-source");
  });

  it("5,000 Igla-S (004), 1000 km (002) and 24 Su-30 (000) are each single-source", () => {
    const expectations: Array<[number, RegExp, string]> = [[5000, /Igla-S/, "004"], [1000, /^km$/, "002"], [24, /Su-30/, "000"]];
    for (const [value, unit, seed] of expectations) {
      const claim = story.claims.find((c) => c.mentions.some((m) => m.values.some((v) => v.value === value && unit.test(v.unit ?? ""))));
      assert.ok(claim, `a claim valued ${value} ${unit}`);
      assert.deepEqual(carriers(claim), ids(seed));
      assert.equal(claim.status, "single-source");
    }
  });

  it("GPS jammers and drones are one claim in English (000) and Russian (002), apart from the 1000 km only 002 gives", () => {
    const claim = story.claims.find((c) => c.mentions.some((m) => /GPS scramblers/.test(m.quote)) && c.mentions.some((m) => /глушители GPS/.test(m.quote)));
    assert.ok(claim, "one claim holds both sentences");
    assert.deepEqual(carriers(claim), ids("000", "002"));
  });

  it("Maduro = Мадуро in all five; Putin = Путин; Velásquez = Веласкес", () => {
    const entity = (latin: string, cyrillic: string) =>
      story.entities.find((e) => [e.name, ...e.aliases].some((n) => n.includes(latin)) && [e.name, ...e.aliases].some((n) => n.includes(cyrillic)));
    const maduro = entity("Maduro", "Мадуро");
    assert.ok(maduro, "Maduro and Мадуро are one entity");
    assert.deepEqual([...maduro.articleIds].sort(), [...story.articleIds].sort());
    assert.ok(entity("Putin", "Путин"), "Putin and Путин are one entity");
    assert.ok(entity("Velásquez", "Веласкес"), "Velásquez and Веласкес are one entity");
  });

  it("Russia = Россия: a country is one entity in every language and case", () => {
    const russia = story.entities.filter((e) => [e.name, ...e.aliases].some((n) => /^(?:Russia|Росси[яиюей])$/.test(n)));
    assert.equal(russia.length, 1, `one entity, not ${JSON.stringify(russia.map((e) => e.name))}`);
    assert.equal(russia[0]!.name, "Russia");
    assert.ok(russia[0]!.aliases.includes("Россия"));
    assert.equal(russia[0]!.type, "place");
  });

  it("timeline: 2025-10-26 (Il-76 in Caracas, 002), 2025-10-31 (the Post's report), mid-October 2025 approximate", () => {
    const on = (date: string) => story.timeline.filter((t) => t.date === date);
    assert.ok(on("2025-10-26").some((t) => t.articleIds.includes(id.get("002")!) && /Ил-76|Il-76/.test(t.event)));
    assert.ok(on("2025-10-31").some((t) => !t.approximate && /Washington Post|WP/.test(t.event)));
    assert.ok(story.timeline.some((t) => t.date.startsWith("2025-10") && t.date.length === 7 && t.approximate && /Moscow|Москв/.test(t.event)));
  });

  it("framing lists no job title or role, only evaluative words", () => {
    const roles = /^(?:president|minister|leader|spokes|senator|official|chairman|chief|mayor|governor|secretary|президент|министр|лидер|глава)/i;
    const terms = story.framing.flatMap((f) => f.terms.map((t) => t.term));
    assert.ok(terms.length > 0);
    assert.deepEqual(terms.filter((t) => roles.test(t)), []);
  });

  it("framing: 002 calls Maduro 'диктатор'", () => {
    const maduro = story.entities.find((e) => [e.name, ...e.aliases].includes("Мадуро"))!;
    const terms = story.framing.find((f) => f.articleId === id.get("002"))!.terms;
    assert.ok(terms.some((t) => t.term.toLowerCase().startsWith("диктатор") && t.about === maduro.name));
     // Its headline's loaded adjective is read too, and placed on Maduro.
    assert.ok(terms.some((t) => t.where === "title" && t.about === maduro.name));
  });
});
