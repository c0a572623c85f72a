import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { dossierJsonSchema, memberPageJsonSchema } from "../../src/report/schema.js";
import { ROOT } from "../helpers.js";

test("docs/dossier.schema.json is the schema the code validates against (run `npm run schema` after a change)", () => {
  const published = JSON.parse(readFileSync(join(ROOT, "docs", "dossier.schema.json"), "utf8"));
  assert.deepEqual(published, JSON.parse(JSON.stringify(dossierJsonSchema())));
});

test("docs/member-page.schema.json is the schema of a story's member pages (run `npm run schema` after a change)", () => {
  const published = JSON.parse(readFileSync(join(ROOT, "docs", "member-page.schema.json"), "utf8"));
  assert.deepEqual(published, JSON.parse(JSON.stringify(memberPageJsonSchema())));
});
