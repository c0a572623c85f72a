import assert from "node:assert/strict";
import { basename } from "node:path";
import { test } from "node:test";
import { buildAndReadDossier } from "../../src/pipeline.js";
import { SEEDS, SEEDS_MISSING } from "../helpers.js";

test("the five seeds are one story with one copy pair: 001 rewritten from 003", { skip: SEEDS_MISSING }, async () => {
  const dossier = await buildAndReadDossier([SEEDS]);
  const seed = new Map(dossier.articles.map((a) => [a.id, basename(a.path).slice(0, 3)]));
  assert.equal(dossier.stories.length, 1);
  const [story] = dossier.stories;
  assert.equal(story!.articleIds.length, 5);
  const links = story!.copies.map((c) => ({ pair: c.articleIds.map((id) => seed.get(id)).sort(), original: c.original && seed.get(c.original) }));
  assert.deepEqual(links, [{ pair: ["001", "003"], original: "003" }]);
});
