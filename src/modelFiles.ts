/**
 * Fitted models live as JSON data in the package's top-level `models/` folder, written by
 * the fitting scripts in bench/ (models/README.md says which). This file sits one folder
 * below the package root both as src/modelFiles.ts (tsx) and as dist/modelFiles.js
 * (built), so one relative path finds them from either.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";

/** The model file's path, for the scripts that write it. */
export function modelPath(name: string): URL {
  return new URL(`../models/${name}`, import.meta.url);
}

/** Parses a model file; callers keep the result, so each file is read once per process. */
export function readModel<T>(name: string): T {
  return JSON.parse(readFileSync(modelPath(name), "utf8")) as T;
}

let models: string | undefined;

/** A fingerprint of every fitted model (models/*.json): a refitted model redoes the work it governs. */
export function modelsFingerprint(): string {
  if (models === undefined) {
    const dir = new URL("../models/", import.meta.url);
    const hash = createHash("sha256");
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) hash.update(name).update("\n").update(readFileSync(new URL(name, dir)));
    models = hash.digest("hex").slice(0, 12);
  }
  return models;
}
