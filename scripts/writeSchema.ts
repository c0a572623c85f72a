/** Writes docs/dossier.schema.json from the zod schema the report stage validates against. */
import { writeFileSync } from "node:fs";
import { dossierJsonSchema } from "../src/report/schema.js";

const path = new URL("../docs/dossier.schema.json", import.meta.url);
writeFileSync(path, `${JSON.stringify(dossierJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
