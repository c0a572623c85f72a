/**
 * A reader of dictd dictionaries (the format of Debian's FreeDict packages): a `.index`
 * of lines "headword TAB offset TAB length", offset and length in dictd's base64, into
 * the text of a `.dict.dz` (dictzip, which plain gunzip reads). Entries are decoded only
 * when looked up, so a 500k-headword dictionary costs its index and one buffer.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** dictd's base64 numbers: most significant digit first, no padding. */
export function dictdNumber(digits: string): number {
  let n = 0;
  for (const c of digits) {
    const d = BASE64.indexOf(c);
    if (d < 0) throw new Error(`not a dictd base64 number: ${digits}`);
    n = n * 64 + d;
  }
  return n;
}

export interface DictdDictionary {
  /** Headwords in lower case, as the index lists them (dictd's own "00database…" entries left out). */
  readonly size: number;
  /** The entries of a headword (matched in lower case), each its full text; empty when absent. */
  entries(headword: string): string[];
  /** Every headword, lower case. */
  headwords(): Iterable<string>;
}

/** A dictionary from an index's text and the decompressed dictionary text. */
export function parseDictd(index: string, dict: Buffer): DictdDictionary {
  const spans = new Map<string, Array<readonly [number, number]>>();
  for (const line of index.split("\n")) {
    const [head, offset, length] = line.split("\t");
    if (!head || offset === undefined || length === undefined || head.startsWith("00database")) continue;
    const key = head.toLowerCase();
    const span = [dictdNumber(offset), dictdNumber(length.trim())] as const;
    const list = spans.get(key);
    if (list) list.push(span);
    else spans.set(key, [span]);
  }
  return {
    size: spans.size,
    headwords: () => spans.keys(),
    entries: (headword) => (spans.get(headword.toLowerCase()) ?? []).map(([at, n]) => dict.toString("utf8", at, at + n)),
  };
}

/** Reads `<base>.index` and `<base>.dict.dz` (or an uncompressed `<base>.dict`). */
export function readDictd(base: string): DictdDictionary {
  const index = readFileSync(`${base}.index`, "utf8");
  let dict: Buffer;
  try {
    dict = gunzipSync(readFileSync(`${base}.dict.dz`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    dict = readFileSync(`${base}.dict`);
  }
  return parseDictd(index, dict);
}

/** Senses read from an entry: FreeDict lists the most common first, and later ones drift. */
const MAX_SENSES = 3;

/**
 * The English words of a FreeDict entry's senses: the first line is the headword (with
 * pronunciation and grammar), then numbered senses ("1. house, home") or one unnumbered
 * line; "Synonyms:" and "see:" lines and glosses in brackets are not translations.
 */
export function translationsOf(entry: string): string[] {
  const lines = entry.split("\n").slice(1);
  const numbered = lines.filter((l) => /^\d+\.\s/.test(l));
  const senses = (numbered.length ? numbered.map((l) => l.replace(/^\d+\.\s*/, "")) : lines.slice(0, 1)).slice(0, MAX_SENSES);
  const words: string[] = [];
  for (const sense of senses) {
    const plain = sense.replace(/\([^)]*\)|<[^>]*>|\{[^}]*\}|\[[^\]]*\]|\s\d+\.\s*$/g, " ");
    for (const phrase of plain.split(/[,;]/)) {
      // Phrases of up to three words ("take down"): longer ones are explanations, not translations.
      const ws = phrase.trim().toLowerCase().match(/[a-z]+(?:['-][a-z]+)*/g) ?? [];
      if (ws.length > 0 && ws.length <= 3) words.push(...ws);
    }
  }
  return [...new Set(words)];
}
