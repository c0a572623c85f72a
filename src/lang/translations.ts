/**
 * Translations into English, the pivot two languages are compared through: bilingual
 * dictionaries read at run time (Debian's FreeDict packages, GPL data, never copied into
 * the repository), handed to the stages inside the `Languages` value. Without them every
 * language translates nothing and Dossier compares languages as before (names, numbers,
 * cognates).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { makeDirs } from "../makeDirs.js";
import { type DictdDictionary, readDictd, translationsOf } from "./dictd.js";

export interface Translations {
  /** Languages (ISO 639-1) with a dictionary into English. */
  readonly languages: readonly string[];
  /** English words a word of the language may mean, lower case; empty when unknown. */
  toEnglish(word: string, language: string): readonly string[];
  /**
   * English words of a compound's parts where the language writes compounds as one word and
   * the dictionary lacks the whole ("Dienstagmorgen": morning, Tuesday), the head's first; empty
   * otherwise. For comparing sentences across languages; the grouper keeps to whole words. Not
   * for names: "Goldberg" is split into gold and mountain. With `evenKnown`, also of a word the
   * dictionary has ("Hafenbehörde": harbour authority; its parts: harbour, port, authority).
   */
  partsToEnglish(word: string, language: string, evenKnown?: boolean): readonly string[];
}

export const NO_TRANSLATIONS: Translations = { languages: [], toEnglish: () => [], partsToEnglish: () => [] };

/** Where `apt-get install dict-freedict-*` puts dictionaries. */
export const DICTD_DIR = "/usr/share/dictd";

/** FreeDict's ISO 639-3 names of the languages Dossier reads, for `freedict-<xxx>-eng`. */
const FREEDICT_CODES: Readonly<Record<string, string>> = { de: "deu", fr: "fra", es: "spa", it: "ita", pl: "pol", tr: "tur", nl: "nld", pt: "por", ru: "rus" };

/** Shortest part of a compound looked up: "boot" in "Rettungsboote"; "ei" or "tag" alone would split too much. */
const MIN_HEAD = 4;
/** Shortest first part, its link taken off: "ring" in "Ringstraße"; "rat" in "Ratsmitglied". */
const MIN_MODIFIER = 3;
/**
 * Longest word read as a compound: every split point costs a look-up (a stem), so a run of
 * letters thousands long would cost seconds; "Wiederbelebungsversuchen" has 24.
 */
const MAX_COMPOUND = 40;

/** Per language, what may join the parts of a compound written as one word; none where a language writes none. */
export type CompoundLinks = (language: string) => readonly string[] | undefined;

/** Words whose translations are remembered per language: a story's words recur. */
const CACHE_LIMIT = 200_000;

/**
 * A dictionary reduced to what translation asks of it: each headword's English words (in
 * entry order, as `translationsOf` reads them) and each stem's (the headwords' of that stem,
 * without repeats), words joined by spaces; lists without words are left out.
 */
export interface TranslationIndex {
  readonly exact: ReadonlyMap<string, string>;
  readonly byStem: ReadonlyMap<string, string>;
}

/** The index of a dictionary: every headword translated once and stemmed once (a headword of several words has no stem). */
export function indexDictionary(dict: DictdDictionary, stem: (word: string) => string): TranslationIndex {
  const exact = new Map<string, string>();
  const heads = new Map<string, string[]>();
  for (const head of dict.headwords()) {
    const words = dict.entries(head).flatMap(translationsOf);
    if (words.length) exact.set(head, words.join(" "));
    if (head.includes(" ")) continue;
    const s = stem(head);
    const list = heads.get(s);
    if (list) list.push(head);
    else heads.set(s, [head]);
  }
  const byStem = new Map<string, string>();
  for (const [s, list] of heads) {
    const words = new Set<string>();
    for (const head of list) for (const w of exact.get(head)?.split(" ") ?? []) words.add(w);
    if (words.size) byStem.set(s, [...words].join(" "));
  }
  return { exact, byStem };
}

/**
 * Translations from each language's index, made on first use. A word is looked up as
 * written (lower case), then by its stem among the headwords' stems (French and Spanish
 * list only lemmas: "demandé" finds "demander").
 */
export function createTranslations(dictionaries: ReadonlyMap<string, () => DictdDictionary>, stem: (word: string, language: string) => string, links: CompoundLinks = () => undefined): Translations {
  const indexes = new Map<string, () => TranslationIndex>();
  for (const [language, open] of dictionaries) indexes.set(language, () => indexDictionary(open(), (w) => stem(w, language)));
  return translationsFromIndexes(indexes, stem, links);
}

/**
 * A compound the dictionary lacks, by its parts: the longest last part it knows (the head,
 * what the compound is) after a first part it knows too, a link taken off ("rettungs|boote":
 * boats, lifesaving; "dienstag|morgen": morning, Tuesday). Both parts or none ("Krefeld" is no
 * "field": "kre" is no word); a name whose parts are both words ("Goldberg", "Lindholm") is split
 * too, so callers keep names out.
 */
function compoundMeanings(word: string, links: readonly string[], lookup: (part: string) => readonly string[]): string[] {
  if (word.length > MAX_COMPOUND) return [];
  for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
    const first = word.slice(0, i);
    const candidates = links.filter((link) => first.endsWith(link) && first.length - link.length >= MIN_MODIFIER);
    if (candidates.length === 0) continue;
    const head = lookup(word.slice(i));
    if (head.length === 0) continue;
    for (const link of candidates) {
      const modifier = lookup(first.slice(0, first.length - link.length));
      if (modifier.length) return [...head, ...modifier];
    }
  }
  return [];
}

function translationsFromIndexes(indexes: ReadonlyMap<string, () => TranslationIndex>, stem: (word: string, language: string) => string, links: CompoundLinks): Translations {
  const loaded = new Map<string, TranslationIndex>();
  // Per language, what was found for a whole word and for a compound's parts.
  const words = new Map<string, Map<string, readonly string[]>>();
  const parts = new Map<string, Map<string, readonly string[]>>();
  let cached = 0;
  const lookup = (word: string, language: string): readonly string[] => {
    let index = loaded.get(language);
    if (!index) loaded.set(language, (index = indexes.get(language)!()));
    const meanings = index.exact.get(word) ?? index.byStem.get(stem(word, language));
    return meanings ? meanings.split(" ") : [];
  };
  const remembered = (lower: string, language: string, caches: typeof words, find: () => readonly string[]): readonly string[] => {
    let cache = caches.get(language);
    if (!cache) caches.set(language, (cache = new Map()));
    let found = cache.get(lower);
    if (found === undefined) {
      found = find();
      if (cached >= CACHE_LIMIT) {
        for (const c of [...words.values(), ...parts.values()]) c.clear();
        cached = 0;
      }
      cache.set(lower, found);
      cached++;
    }
    return found;
  };
  const toEnglish = (word: string, language: string): readonly string[] => {
    if (!indexes.has(language)) return [];
    const lower = word.toLowerCase();
    return remembered(lower, language, words, () => lookup(lower, language));
  };
  return {
    languages: [...indexes.keys()],
    toEnglish,
    partsToEnglish(word, language, evenKnown = false) {
      const joins = indexes.has(language) ? links(language) : undefined;
      if (!joins) return [];
      const lower = word.toLowerCase();
      // A known word's parts are remembered apart, under a key no word has.
      if (evenKnown) return remembered(`\u0000${lower}`, language, parts, () => compoundMeanings(lower, joins, (part) => lookup(part, language)));
      return remembered(lower, language, parts, () => (toEnglish(lower, language).length ? [] : compoundMeanings(lower, joins, (part) => lookup(part, language))));
    },
  };
}

/**
 * The folder of Dossier's caches: `DOSSIER_CACHE` (set it empty for none), else
 * `$XDG_CACHE_HOME/dossier` or `~/.cache/dossier`.
 */
export function cacheDir(): string | undefined {
  const own = process.env.DOSSIER_CACHE;
  if (own !== undefined) return own || undefined;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "dossier");
}

/** Bump when the index's file format changes (translationsOf's and the stemmer's changes are detected). */
const INDEX_FORMAT = "1";
/** Indexes of one dictionary kept in the cache folder, the newest first. */
const KEPT_INDEXES = 2;
/** Age of a temporary index file past which its writer is gone. */
const STALE_TEMPORARY_MS = 10 * 60_000;
/** Headword–stem pairs kept in an index file to check, when it is read, that the stemmer still stems as it did. */
const STEM_PROBES = 64;

function signatureOf(files: readonly string[]): string {
  const h = createHash("sha256").update(INDEX_FORMAT).update(translationsOf.toString());
  for (const f of files) {
    const s = statSync(f);
    h.update(`\0${f}\0${s.size}\0${s.mtimeMs}`);
  }
  return h.digest("hex").slice(0, 16);
}

/** An index file: a line of stem probes, then lines "e TAB headword TAB words" and "s TAB stem TAB words". */
function writeIndexFile(file: string, index: TranslationIndex, stem: (word: string) => string): void {
  const heads = [...index.exact.keys()].filter((h) => !h.includes(" "));
  const probes: string[] = [];
  for (let i = 0; i < heads.length; i += Math.max(1, Math.floor(heads.length / STEM_PROBES))) probes.push(heads[i]!, stem(heads[i]!));
  const lines = [`p\t${probes.join("\t")}`];
  for (const [head, words] of index.exact) lines.push(`e\t${head}\t${words}`);
  for (const [s, words] of index.byStem) lines.push(`s\t${s}\t${words}`);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, lines.join("\n") + "\n");
  renameSync(temporary, file);
}

/** The index in a file written by writeIndexFile, or undefined when the stemmer now stems a probe otherwise. */
function readIndexFile(file: string, stem: (word: string) => string): TranslationIndex | undefined {
  const text = readFileSync(file, "utf8");
  const exact = new Map<string, string>();
  const byStem = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const kind = text[at];
    if (kind === "p") {
      const probes = text.slice(at + 2, end).split("\t");
      for (let i = 0; i + 1 < probes.length; i += 2) if (stem(probes[i]!) !== probes[i + 1]) return undefined;
    } else {
      const tab = text.indexOf("\t", at + 2);
      (kind === "e" ? exact : byStem).set(text.slice(at + 2, tab), text.slice(tab + 1, end));
    }
    at = end + 1;
  }
  return { exact, byStem };
}

/**
 * A dictionary's index from the cache folder when one was written for these files (same
 * sizes and times, same sense reader, same stems), else made from the dictionary and
 * written there for the next process (all but the newest `KEPT_INDEXES` of the dictionary removed). A cache
 * that cannot be read or written only costs the time to make the index.
 */
function cachedIndex(base: string, files: readonly string[], stem: (word: string) => string, dir: string | undefined): TranslationIndex {
  const make = () => indexDictionary(readDictd(base), stem);
  if (!dir) return make();
  // Indexes per dictionary file (path): the newest kept, older ones removed.
  const name = `${base.split("/").pop()!}.${createHash("sha256").update(base).digest("hex").slice(0, 8)}`;
  let file: string;
  try {
    file = join(dir, `${name}.${signatureOf(files)}.tsv`);
    if (existsSync(file)) {
      const index = readIndexFile(file, stem);
      if (index) return index;
    }
  } catch {
    return make();
  }
  const index = make();
  try {
    makeDirs(dir);
    writeIndexFile(file, index, stem);
    // The newest indexes kept, the older removed: the built code and the sources run under tsx read
    // the dictionary with the same reader compiled two ways, so each keeps its own index.
    const mine = readdirSync(dir).filter((f) => f.startsWith(`${name}.`)).map((f) => join(dir, f));
    const versions = mine.filter((f) => f.endsWith(".tsv"));
    for (const old of versions.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs).slice(KEPT_INDEXES)) rmSync(old, { force: true });
    // A writer killed before its rename leaves its temporary file: gone once it is older than any write takes.
    for (const left of mine.filter((f) => f.endsWith(".tmp") && Date.now() - statSync(f).mtimeMs > STALE_TEMPORARY_MS)) rmSync(left, { force: true });
  } catch {
    // A read-only or full cache folder: the next process makes the index again.
  }
  return index;
}

/**
 * FreeDict dictionaries into English found in `dir` (none when it is absent), each indexed
 * on first use and the index kept in `cache` (cacheDir(); null for none).
 */
export function freedictTranslations(dir: string, stem: (word: string, language: string) => string, cache: string | null = cacheDir() ?? null, links: CompoundLinks = () => undefined): Translations {
  const found = new Map<string, () => TranslationIndex>();
  for (const [code, name] of Object.entries(FREEDICT_CODES)) {
    const base = join(dir, `freedict-${name}-eng`);
    if (!existsSync(`${base}.index`)) continue;
    const files = [`${base}.index`, existsSync(`${base}.dict.dz`) ? `${base}.dict.dz` : `${base}.dict`];
    found.set(code, () => cachedIndex(base, files, (w) => stem(w, code), cache === null ? undefined : join(cache, "freedict")));
  }
  return found.size ? translationsFromIndexes(found, stem, links) : NO_TRANSLATIONS;
}
