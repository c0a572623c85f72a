/**
 * Fitted models live as JSON data in the package's top-level `models/` folder, written by
 * the fitting scripts in bench/ (models/README.md says which). This file sits one folder
 * below the package root both as src/modelFiles.ts (tsx) and as dist/modelFiles.js
 * (built), so one relative path finds them from either.
 */
import { readFileSync } from "node:fs";

/** The model file's path, for the scripts that write it. */
export function modelPath(name: string): URL {
  return new URL(`../models/${name}`, import.meta.url);
}

/** Parses a model file; callers keep the result, so each file is read once per process. */
export function readModel<T>(name: string): T {
  return JSON.parse(readFileSync(modelPath(name), "utf8")) as T;
}
