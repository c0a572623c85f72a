/** /openapi.json: made from the same route table and zod schemas the handlers validate with. */
import { z } from "zod";
import { VERSION } from "../version.js";
import { errorSchema } from "./apiSchemas.js";
import type { ApiRoute } from "./routes.js";

type Json = Record<string, unknown>;

/** A zod schema as an OpenAPI 3.1 schema object (JSON Schema 2020-12 without its $schema line). */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as Json;
  return rest;
}

/** The fields of an object schema as OpenAPI parameters. */
function parametersOf(schema: z.ZodType | undefined, where: "path" | "query"): Json[] {
  if (!schema) return [];
  const object = jsonSchema(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, field]) => {
    const { description, ...rest } = field;
    return { name, in: where, required: where === "path" || (object.required ?? []).includes(name), description, schema: rest };
  });
}

export function openApiDocument(routes: readonly ApiRoute[], guarded: boolean): Json {
  const paths: Record<string, Json> = {};
  const error = { description: "an error, in plain words", content: { "application/json": { schema: jsonSchema(errorSchema, "output") } } };
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, "{$1}");
    const operation: Json = {
      summary: route.summary,
      parameters: [...parametersOf(route.params, "path"), ...parametersOf(route.query, "query")],
      responses: {
        [String(route.status ?? 200)]: { description: "success", content: { "application/json": { schema: jsonSchema(route.response, "output") } } },
        ...(route.rawBody
          ? {
              "202": { description: "queued (wait=false)", content: { "application/json": { schema: jsonSchema(route.response, "output") } } },
              "422": { description: "no item could be stored: each item's reason", content: { "application/json": { schema: jsonSchema(route.response, "output") } } },
            }
          : {}),
        "4XX": error,
        "5XX": error,
      },
    };
    if (route.body) operation.requestBody = { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input") } } };
    if (route.rawBody) {
      const { types, limit, streamed = [], streamedLimit = limit } = route.rawBody;
      const content = Object.fromEntries(types.map((t) => [t, { schema: { type: "string", maxLength: streamed.includes(t) ? streamedLimit : limit } }]));
      const read = streamed.length ? `; ${streamed.join(", ")} read line by line, at most ${streamedLimit} bytes, each line within ${limit}` : "";
      operation.requestBody = { required: true, description: `at most ${limit} bytes${read}`, content };
    }
    if (route.guarded && guarded) operation.security = [{ token: [] }];
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Dossier", version: VERSION, description: "Stories, claims and articles of a Dossier store. Every list is paginated." },
    paths,
    components: { securitySchemes: { token: { type: "http", scheme: "bearer", description: "the server's --token (or DOSSIER_TOKEN)" } } },
  };
}
