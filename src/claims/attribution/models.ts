/** Learned attribution taggers by language; a language without one is read by the rules alone. */
import { readModel } from "../../modelFiles.js";
import type { TaggerModel } from "./tagger.js";

/** Model files by language (models/), parsed on first use: the English one is 2 MB. */
const files: Readonly<Record<string, string>> = { en: "attribution-tagger.en.json" };
const loaded = new Map<string, TaggerModel>();

export function taggerModel(language: string): TaggerModel | null {
  if (!Object.hasOwn(files, language)) return null;
  let model = loaded.get(language);
  if (!model) loaded.set(language, (model = readModel<TaggerModel>(files[language]!)));
  return model;
}
