/**
 * Country names in any language ICU knows (Intl.DisplayNames, long and short forms: "Китай",
 * "Chine", "Соединенные Штаты", "США", "USA"), so a country named in two languages is one
 * place even where transliteration cannot tell (Китай/China, Германия/Germany/Deutschland).
 * Node 20 ships full ICU, so this needs no data of our own.
 */
/** Longest case ending a Cyrillic or Greek name takes ("Китая", "Германией"): both forms may end differently after the shared stem. */
const MAX_CASE_ENDING = 2;
/** Shortest stem two inflected forms must share: "Ирак"/"Ирана" share three letters and are two countries. */
const MIN_SHARED_STEM = 4;

interface CountryForm {
  readonly words: readonly string[];
  readonly english: string;
}

let regions: ReadonlyArray<readonly [code: string, english: string]> | undefined;

/** The region codes ICU names as countries, with their English names; read on first use, not at start-up. */
function countries(): ReadonlyArray<readonly [code: string, english: string]> {
  if (!regions) {
    const en = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    const found: Array<readonly [string, string]> = [];
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        // ICU names some private-use or withdrawn codes ("Pseudo-Accents"); a country has letters only.
        const name = en.of(code);
        if (name && /^[\p{L} .,'’()-]+$/u.test(name) && !/pseudo|unknown/i.test(name)) found.push([code, name]);
      }
    }
    regions = found;
  }
  return regions;
}

/** ICU region codes that name a grouping of countries, not one: the United Nations, the European Union, the Eurozone, Outlying Oceania. */
const GROUPINGS = new Set(["UN", "EU", "EZ", "QO"]);

let groupingNames: ReadonlySet<string> | undefined;

/** Whether an English region name (as countryName gives) is a grouping of countries ("United Nations"), not a country. */
export function isGrouping(english: string): boolean {
  groupingNames ??= new Set(countries().filter(([code]) => GROUPINGS.has(code)).map(([, name]) => name));
  return groupingNames.has(english);
}

const words = (name: string): string[] => name.toLowerCase().replace(/\./g, "").split(/[\s-]+/u).filter(Boolean);

const forms = new Map<string, readonly CountryForm[]>();

function formsOf(language: string): readonly CountryForm[] {
  let list = forms.get(language);
  if (!list) {
    const out: CountryForm[] = [];
    for (const locale of new Set([language, "en"])) {
      let long: Intl.DisplayNames, short: Intl.DisplayNames;
      try {
        long = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
        short = new Intl.DisplayNames([locale], { type: "region", fallback: "none", style: "short" });
      } catch {
        continue;
      }
      for (const [code, name] of countries()) {
        for (const form of new Set([long.of(code), short.of(code)])) if (form) out.push({ words: words(form), english: name });
      }
    }
    list = out;
    forms.set(language, list);
  }
  return list;
}

const byStart = new Map<string, ReadonlyMap<string, readonly CountryForm[]>>();

/** The forms of as many words as `written` whose first word starts with its first word's letter (sameWordForm needs both), in formsOf's order. */
function formsStarting(language: string, written: readonly string[]): readonly CountryForm[] {
  let index = byStart.get(language);
  if (!index) {
    const built = new Map<string, CountryForm[]>();
    for (const form of formsOf(language)) {
      const key = `${form.words.length}\u0000${form.words[0]?.[0] ?? ""}`;
      const list = built.get(key);
      if (list) list.push(form);
      else built.set(key, [form]);
    }
    byStart.set(language, (index = built));
  }
  return index.get(`${written.length}\u0000${written[0]?.[0] ?? ""}`) ?? [];
}

/** Whether a written word is a form of a country's word: equal, a genitive "-s" in Latin script, or a case ending elsewhere. */
function sameWordForm(written: string, country: string): boolean {
  if (written === country) return true;
  if (/^\p{Script=Latin}/u.test(written)) return written === `${country}s`;
  let n = 0;
  while (n < written.length && written[n] === country[n]) n++;
  return n >= MIN_SHARED_STEM && written.length - n <= MAX_CASE_ENDING && country.length - n <= MAX_CASE_ENDING;
}

const cache = new Map<string, string | null>();

/**
 * The English name of the country a name written in `language` stands for, or null. `abbreviations`
 * (the language's, src/lang/<code>/entities.ts) name what ICU does not ("РФ", "КНР").
 */
export function countryName(name: string, language: string, abbreviations?: Readonly<Record<string, string>>): string | null {
  if (abbreviations && Object.hasOwn(abbreviations, name)) return abbreviations[name]!;
  const key = `${language}\u0000${name}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const written = words(name);
  // "U.S." and "US" are one short form; a lower-case "us" is a pronoun, so case must show an acronym.
  const acronym = /^[\p{Lu}.]+$/u.test(name);
  let found: string | null = null;
  for (const form of formsStarting(language, written)) {
    if (form.words.length === 1 && form.words[0]!.length <= 3 && !acronym) continue;
    if (form.words.every((w, i) => sameWordForm(written[i]!, w))) {
      found = form.english;
      break;
    }
  }
  cache.set(key, found);
  return found;
}

/**
 * The English name of the country an adjective written in `language` is of ("российского",
 * "American"), by the language's `countryAdjectives`: in English (capitalised adjectives, and
 * words such as "Indiana" and "polished" that begin like one) the whole word or its plural; in
 * other languages its beginning, which every case and gender form keeps.
 */
export function countryOfAdjective(word: string, language: string, adjectives: Readonly<Record<string, string>> | undefined): string | null {
  if (!adjectives) return null;
  const low = word.toLowerCase();
  if (language === "en") return adjectives[low] ?? (low.endsWith("s") ? adjectives[low.slice(0, -1)] : undefined) ?? null;
  for (const [start, country] of adjectiveStarts(adjectives).get(low[0] ?? "") ?? []) if (low.startsWith(start)) return country;
  return null;
}

/** A language's adjective beginnings by their first letter, in their order: an adjective is looked up for most capitalised words. */
const startsByLetter = new WeakMap<Readonly<Record<string, string>>, Map<string, Array<[string, string]>>>();

function adjectiveStarts(adjectives: Readonly<Record<string, string>>): Map<string, Array<[string, string]>> {
  let found = startsByLetter.get(adjectives);
  if (found) return found;
  found = new Map();
  // An empty beginning would make every word an adjective: none is read.
  for (const [start, country] of Object.entries(adjectives)) {
    if (!start) continue;
    const list = found.get(start[0]!);
    if (list) list.push([start, country]);
    else found.set(start[0]!, [[start, country]]);
  }
  startsByLetter.set(adjectives, found);
  return found;
}
