/** The web app's pages (src/web) mounted on the server: until they are built, one page that says so. */
import type { FastifyInstance } from "fastify";
import type { Store } from "../store/index.js";

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dossier</title></head><body>
<h1>Dossier</h1><p>The web app is not built yet. The API answers at <a href="/api/stories">/api/stories</a>; its description is at <a href="/openapi.json">/openapi.json</a>.</p>
</body></html>
`;

export function mountPages(app: FastifyInstance, _store: Store): void {
  for (const url of ["/", "/stories/:id", "/articles/:id"]) {
    app.get(url, async (_request, reply) => reply.type("text/html; charset=utf-8").send(PLACEHOLDER));
  }
}
