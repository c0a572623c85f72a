/** Writes docs/dossier.schema.json and docs/member-page.schema.json from the zod schemas the report stage validates against. */
import { writeFileSync } from "node:fs";
import { dossierJsonSchema, memberPageJsonSchema } from "../src/report/schema.js";

for (const [name, schema] of [["dossier.schema.json", dossierJsonSchema()], ["member-page.schema.json", memberPageJsonSchema()]] as const) {
  const path = new URL(`../docs/${name}`, import.meta.url);
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path.pathname}`);
}
