/**
 * What each registered language knows and lacks, printed for whoever adds knowledge
 * (docs/adding-a-language.md), and the properties every pack must keep.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gapsOf, type KnowledgeKind, type LanguagePack, languages, OPTIONAL_KINDS, partsOf } from "../../src/lang/index.js";

const packs = languages().all();

/** One line per language: "nl: dates only; lacks boilerplate, …". */
function coverageLine(p: LanguagePack): string {
  const parts = partsOf(p);
  const core = parts.filter((k) => !OPTIONAL_KINDS.includes(k));
  const extras = parts.filter((k) => OPTIONAL_KINDS.includes(k));
  const gaps = gapsOf(p);
  const has = core.length === 1 ? `${core[0]} only` : core.join(", ");
  return `${p.code}: ${has}${gaps.length ? `; lacks ${gaps.join(", ")}` : ""}${extras.length ? `; also ${extras.join(", ")}` : ""}`;
}

/** The collections a declared part must not leave empty: what its stage cannot work without. */
const REQUIRED: { readonly [K in KnowledgeKind]?: (part: NonNullable<LanguagePack[K]>) => Record<string, { size: number } | { length: number }> } = {
  boilerplate: (b) => ({ blockPatterns: b.blockPatterns, tailMarkers: b.tailMarkers }),
  sentences: (s) => ({ abbreviations: s.abbreviations }),
  dates: (d) => ({ months: d.months }),
  bylines: (b) => ({ labels: b.labels, commentVerbs: b.commentVerbs }),
  // Cues a source follows ("according to") or, in a language of postpositions, precedes ("polise göre").
  citations: (c) => ({ "sourceAfter or sourceBefore": [...c.sourceAfter, ...(c.sourceBefore ?? [])], sayingVerbs: c.sayingVerbs, reportingVerbs: c.reportingVerbs, pronouns: c.pronouns, genericSources: c.genericSources }),
  numbers: (n) => ({ words: n.words, multipliers: n.multipliers, units: n.units }),
  framing: (f) => ({ loadedTerms: f.loadedTerms, labels: f.labels }),
  time: (t) => ({ weekdays: t.weekdays, dayOffsets: t.dayOffsets, futureCues: t.futureCues }),
  // Places are marked by prepositions or, after an apostrophe, by case endings ("Ankara'da").
  entities: (e) => ({ organizationWords: e.organizationWords, "placePrepositions or apostropheSuffixes": e.apostropheSuffixes ? [true] : e.placePrepositions, placeNouns: e.placeNouns }),
  stance: (s) => ({ refuting: s.refuting, hedging: s.hedging, supporting: s.supporting }),
  words: (w) => ({ stopwords: w.stopwords }),
};

const sizeOf = (c: { size: number } | { length: number }): number => ("size" in c ? c.size : c.length);

describe("language coverage", () => {
  it("prints what each language knows and lacks", () => {
    const lines = packs.map(coverageLine);
    console.log(`\n${lines.join("\n")}\n`);
    assert.equal(lines.length, packs.length);
  });

  it("registers each language once, under a lowercase ISO 639-1 code", () => {
    const codes = packs.map((p) => p.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const c of codes) assert.match(c, /^[a-z]{2}$/);
  });

  it("fills every part a pack declares", () => {
    for (const p of packs) {
      for (const kind of partsOf(p)) {
        const required = REQUIRED[kind] as ((part: unknown) => Record<string, { size: number } | { length: number }>) | undefined;
        if (!required) continue;
        for (const [field, c] of Object.entries(required(p[kind]))) assert.ok(sizeOf(c) > 0, `${p.code}.${kind}.${field} is empty`);
      }
      const tagger = p.attributionTagger?.();
      if (tagger) assert.ok(Object.keys(tagger.weights).length > 0 && tagger.bias.length > 0, `${p.code}.attributionTagger has no weights`);
    }
  });

  it("reads dates in every language: month names 1-12, weekdays 0-6", () => {
    for (const p of packs) {
      assert.ok(p.dates, `${p.code} has no dates`);
      for (const [name, m] of p.dates.months) assert.ok(Number.isInteger(m) && m >= 1 && m <= 12, `${p.code} month ${name} → ${m}`);
      for (const [name, d] of p.time?.weekdays ?? []) assert.ok(Number.isInteger(d) && d >= 0 && d <= 6, `${p.code} weekday ${name} → ${d}`);
    }
  });

  it("gives a language whose citations are read the rest the claims stage reads with them", () => {
    // Claims read numbers, times, names and framing in the same sentences as attributions.
    for (const p of packs.filter((x) => x.citations)) {
      for (const kind of ["numbers", "time", "entities", "framing"] as const) assert.ok(p[kind], `${p.code} has citations but no ${kind}`);
    }
  });

  it("builds on the parts a part depends on", () => {
    for (const p of packs) {
      // A tagger confirms or extends the cue rules' readings; stance words are read around attributions.
      if (p.attributionTagger) assert.ok(p.citations, `${p.code} has an attribution tagger but no citations`);
      if (p.stance) assert.ok(p.citations, `${p.code} has stance words but no citations`);
      // Byline labels are stripped together with the byline prefixes of boilerplate.
      if (p.bylines) assert.ok(p.boilerplate, `${p.code} has bylines but no boilerplate`);
      // A script others borrow the organisation words in must be one a regular expression knows.
      const script = p.entities?.borrowedInScript;
      if (script) assert.doesNotThrow(() => new RegExp(`\\p{Script=${script}}`, "u"), `${p.code}: unknown script ${script}`);
    }
  });
});
