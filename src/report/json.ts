import type { Dossier } from "../model.js";

export function renderJson(dossier: Dossier): string {
  return `${JSON.stringify(dossier, null, 2)}\n`;
}
