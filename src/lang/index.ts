/**
 * The language registry: every language Dossier has knowledge for. A stage never reads it;
 * it is handed a `Languages` value (src/lang/languages.ts). The library's entry points pass
 * `languages()` (all registered) unless told otherwise, and a test may pass
 * `languages(["en"])` or `createLanguages([pack])` to see what fewer languages do.
 */
import type { LanguagePack } from "./types.js";
import { languagesOf, type Languages } from "./languages.js";
import en from "./en/index.js";
import ru from "./ru/index.js";
import de from "./de/index.js";
import es from "./es/index.js";
import fr from "./fr/index.js";
import it from "./it/index.js";
import uk from "./uk/index.js";
import pt from "./pt/index.js";
import nl from "./nl/index.js";
import pl from "./pl/index.js";
import tr from "./tr/index.js";
import { DICTD_DIR, freedictTranslations, NO_TRANSLATIONS, type Translations } from "./translations.js";
import { wordKnowledge } from "./words.js";

export type * from "./types.js";
export { type Languages, perLanguages } from "./languages.js";
export { createTranslations, freedictTranslations, NO_TRANSLATIONS, type Translations } from "./translations.js";
export { gapsOf, KNOWLEDGE_KINDS, type KnowledgeKind, OPTIONAL_KINDS, partsOf } from "./parts.js";

/** Registration order is the order in which every pack's cues are tried. */
const REGISTERED: readonly LanguagePack[] = [en, ru, de, fr, es, it, uk, pt, nl, pl, tr];

/**
 * The dictionaries installed on this machine (`DOSSIER_DICTD` names another folder; set it
 * empty for none), read once when first asked for.
 */
let installed: Translations | undefined;
export function installedTranslations(): Translations {
  const dir = process.env.DOSSIER_DICTD ?? DICTD_DIR;
  const pack = (l: string): LanguagePack | undefined => REGISTERED.find((p) => p.code === l);
  return (installed ??= dir ? freedictTranslations(dir, (w, l) => wordKnowledge(l, pack(l)?.words).stem(w), undefined, (l) => pack(l)?.compounds?.links) : NO_TRANSLATIONS);
}

/** Languages of the given packs (every registered one when omitted), with the installed dictionaries unless told otherwise. */
export function createLanguages(packs: readonly LanguagePack[] = REGISTERED, translations: Translations = installedTranslations()): Languages {
  return languagesOf(packs, translations);
}

let registered: Languages | undefined;

/**
 * Every registered language, one shared value (so caches built from it are built once); or,
 * given codes, only those of them, for a test or a caller that wants fewer.
 */
export function languages(codes?: readonly string[]): Languages {
  if (codes) return createLanguages(REGISTERED.filter((p) => codes.includes(p.code)));
  return (registered ??= createLanguages());
}

/** The registered pack for a language, for tests and scripts; stages take a Languages value. */
export function languagePack(code: string): LanguagePack | undefined {
  return languages().pack(code);
}
