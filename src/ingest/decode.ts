/**
 * Bytes → text: honour a BOM, then a declared charset (HTTP-equiv/meta or XML prolog),
 * then strict UTF-8, then a legacy single-byte encoding told apart by letter statistics.
 */

import iconv from "iconv-lite";

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly source: "bom" | "declared" | "detected" | "default";
}

const BOMS: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/** Legacy encodings we try when bytes are not UTF-8, in order of how often news comes in them. */
const LEGACY_CANDIDATES = ["windows-1251", "koi8-r", "windows-1252", "iso-8859-2", "windows-1256", "iso-8859-7"] as const;

export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  for (const [bom, name] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: new TextDecoder(name).decode(bytes.subarray(bom.length)), encoding: name, source: "bom" };
    }
  }
  const label = normaliseLabel(declared ?? sniffDeclaredCharset(bytes));
  if (label && label !== "utf-8") {
    try {
      // A page that declares a legacy charset but is valid UTF-8 with non-ASCII in it was re-saved: trust the bytes.
      if (!(hasNonAscii(bytes) && isValidUtf8(bytes))) {
        return { text: legacyDecode(bytes, label), encoding: label, source: "declared" };
      }
    } catch {
      // Unknown label: fall through to detection.
    }
  }
  if (isValidUtf8(bytes)) {
    return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8", source: label ? "declared" : "default" };
  }
  return { ...detectLegacy(bytes), source: "detected" };
}

/** iconv-lite where it knows the charset (Node's TextDecoder reads windows-1252 as Latin-1), TextDecoder otherwise. */
function legacyDecode(bytes: Uint8Array, label: string): string {
  return iconv.encodingExists(label) ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label) : new TextDecoder(label).decode(bytes);
}

function normaliseLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (l === "utf8" || l === "utf-8") return "utf-8";
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return undefined;
  }
}

/** Finds `<meta charset=...>`, `<meta http-equiv content="...; charset=...">` or `<?xml encoding=...?>` near the top. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return m?.[1];
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Scores each candidate decoding by how much of it is letters of one script in plausible
 * case patterns. KOI8-R and windows-1251 both decode Cyrillic bytes to Cyrillic, but with
 * the cases swapped for most letters: real text is mostly lower case, so the decoding with
 * more lower-case Cyrillic wins.
 */
function detectLegacy(bytes: Uint8Array): { text: string; encoding: string } {
  let best = { text: "", encoding: "windows-1252", score: -Infinity };
  for (const encoding of LEGACY_CANDIDATES) {
    const text = legacyDecode(bytes, encoding);
    const score = plausibility(text);
    if (score > best.score) best = { text, encoding, score };
  }
  return { text: best.text, encoding: best.encoding };
}

function plausibility(text: string): number {
  let lower = 0;
  let upper = 0;
  let odd = 0;
  let prevLetter = false;
  let prevAsciiLetter = false;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      prevLetter = /[A-Za-z]/.test(ch);
      prevAsciiLetter = prevLetter;
      continue;
    }
    // A non-Latin letter glued to a Latin one ("approuvй") is what Latin-1 read as Cyrillic looks like.
    if (prevAsciiLetter && /[^\p{Script=Latin}]/u.test(ch) && /\p{L}/u.test(ch)) odd += 2;
    if (/\p{Ll}/u.test(ch)) lower++;
    else if (/\p{Lu}/u.test(ch)) upper += prevLetter ? 3 : 1; // upper case inside a word is rare
    else odd++; // symbols, box drawing, control characters: what a wrong decoding produces
    prevLetter = /\p{L}/u.test(ch);
    prevAsciiLetter = false;
  }
  return lower - upper - 2 * odd;
}

/** Mojibake: UTF-8 bytes that were once decoded as windows-1252/Latin-1 ("Ã©", "â€™", "Ð¾"). */
const MOJIBAKE = /(?:[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]){2,}|(?:Ã[\u0080-\u00bf]|â€[™œ\u009d“”˜¦]|Ð[\u0080-\u00bf]|Ñ[\u0080-\u00bf])/;

/**
 * windows-1252 byte for each character. Built with iconv-lite: Node 20's TextDecoder decodes
 * "windows-1252" as Latin-1 (0x80 → U+0080, not "€"), which hid every "â€™" from repair.
 */
const CP1252_REVERSE: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (let b = 0; b < 256; b++) m.set(iconv.decode(Buffer.from([b]), "windows-1252"), b);
  for (let b = 0x80; b < 0xa0; b++) if (!m.has(String.fromCharCode(b))) m.set(String.fromCharCode(b), b);
  return m;
})();

/**
 * Repairs text whose UTF-8 was read as windows-1252 or Latin-1, when re-encoding it gives
 * valid UTF-8 with fewer suspicious sequences. Returns the input unchanged otherwise.
 */
export function repairMojibake(text: string): { text: string; repaired: boolean } {
  if (!MOJIBAKE.test(text)) return { text, repaired: false };
  // Decoders that map windows-1252's unassigned 0x9D to U+FFFD leave "â€\uFFFD" for a closing quote (U+201D).
  text = text.replace(/â€\uFFFD/g, "â€\u009d");
  // Repair runs of characters that are all representable in windows-1252, one run at a time,
  // so that correct text around a mojibake span is left alone.
  let repaired = false;
  const out = text.replace(/[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+/g, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const b = CP1252_REVERSE.get(ch) ?? (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : -1);
      if (b < 0) return run;
      bytes.push(b);
    }
    const u8 = Uint8Array.from(bytes);
    if (!isValidUtf8(u8)) return run;
    const fixed = new TextDecoder("utf-8").decode(u8);
    if (fixed === run) return run;
    repaired = true;
    return fixed;
  });
  return { text: out, repaired };
}
