/**
 * Cross-script name keys: the same name written in Latin or Cyrillic (or any script
 * any-ascii can romanise) gets the same short key, so Мадуро/Maduro, Веласкес/Velásquez,
 * Цзиньпин/Jinping and Чавес/Chávez meet without a dictionary.
 *
 * The key is a consonant skeleton: romanise, fold spellings that transliteration systems
 * disagree on (Russian "ts"/"tsz" for Chinese j/z/c, "kh" for h, "sh"/"ch"/"zh" for the
 * sibilants), map consonants to broad sound classes, drop vowels, and collapse repeats.
 * Like Soundex it trades precision for recall; callers weigh keys by rarity.
 * Shared by the stories stage (grouping, translation copies) and the claims stage.
 */
import anyAscii from "any-ascii";

/** Multi-letter spellings of one sound, longest first, rewritten before classing. */
const DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/shch|sch|tsz|dzh|dz|ts|tz|zh|sh|ch|cz|sz|dj/g, "s"],
  [/kh|ck|qu|gh/g, "k"],
  [/ph/g, "f"],
  [/th/g, "t"],
  [/c(?=[eiy])/g, "s"],
  [/^x/g, "s"],
  [/x/g, "ks"],
  [/ng(?![aeiouy])/g, "n"],
];

/**
 * Sound classes. h/g/k merge because Cyrillic writes Latin h as г or х (Hamburg/Гамбург);
 * s/z/j merge because transliterations of Spanish and Chinese disagree on them. Voicing is
 * kept (b≠p, d≠t): merging it made Biden and Putin one key.
 */
const CLASS: Readonly<Record<string, string>> = {
  b: "b", p: "p", d: "d", t: "t", g: "k", k: "k", q: "k", c: "k", h: "k",
  v: "v", w: "v", f: "f", s: "s", z: "s", j: "s", l: "l", m: "m", n: "n", r: "r",
};

/** Keys shorter than this (one consonant class: Xi, Li, Ai) say too little to match a name on. */
export const MIN_NAME_KEY = 2;

/** The phonetic key of one word, or "" when it is too short to be a useful key. */
export function nameKey(word: string): string {
  let s = anyAscii(word).toLowerCase().replace(/[^a-z]/g, "");
  for (const [pattern, sound] of DIGRAPHS) s = s.replace(pattern, sound);
  let key = "";
  for (const ch of s) {
    const c = CLASS[ch];
    if (c && !key.endsWith(c)) key += c;
  }
  return key.length >= MIN_NAME_KEY ? key : "";
}

/** Whether two written names (one or more words each) share every key of the shorter one. */
export function sameName(a: string, b: string): boolean {
  const keys = (s: string) => s.split(/[\s\-‐]+/u).map(nameKey).filter((k) => k !== "");
  const [ka, kb] = [keys(a), keys(b)];
  const [short, long] = ka.length <= kb.length ? [ka, new Set(kb)] : [kb, new Set(ka)];
  return short.length > 0 && short.every((k) => long.has(k));
}

/**
 * Particles of personal names in many languages' texts, written in lower case inside a name:
 * joined to the next word by a hyphen in romanised Arabic ("al-Sisi", "el-Baradei"), or words
 * of their own between two capitalised ones ("Ursula von der Leyen", "Mohammed bin Salman"). A name run goes on through them; "al-Sisi" and "Sisi" are one name.
 */
export const HYPHEN_PARTICLES: readonly string[] = ["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul"];
export const NAME_PARTICLES: readonly string[] = ["von der", "van der", "van den", "von", "van", "bin", "ibn"];
/** Not "de", "di", "da", "der" alone: between two capitalised words they are as often a preposition or an article ("Gobierno de España", "Real Madrid de Zidane", "Chef der Polizei"). */
export const NAME_PARTICLE_WORDS: ReadonlySet<string> = new Set(NAME_PARTICLES.flatMap((p) => p.split(" ")));

/** A name word without a hyphenated particle ("al-Sisi" → "Sisi"); other words as they are. */
export function withoutParticle(word: string): string {
  const dash = word.indexOf("-");
  return dash > 0 && HYPHEN_PARTICLES.includes(word.slice(0, dash).toLowerCase()) && dash < word.length - 1 ? word.slice(dash + 1) : word;
}
