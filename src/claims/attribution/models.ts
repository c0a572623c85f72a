/** Learned attribution taggers by language; a language without one is read by the rules alone. */
import { model as en } from "./models/en.js";
import type { TaggerModel } from "./tagger.js";

const models: Readonly<Record<string, TaggerModel>> = { en };

export function taggerModel(language: string): TaggerModel | null {
  return Object.hasOwn(models, language) ? models[language]! : null;
}
