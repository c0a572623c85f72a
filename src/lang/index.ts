/** The language registry: every language Dossier has knowledge for. */
import type { LanguagePack } from "./types.js";
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

export type * from "./types.js";

const packs: ReadonlyMap<string, LanguagePack> = new Map([en, ru, de, fr, es, it, uk, pt, nl, pl].map((p) => [p.code, p]));

/** The pack for a language, or undefined when Dossier has no knowledge of it. */
export function languagePack(code: string): LanguagePack | undefined {
  return packs.get(code);
}

/** All registered packs, for stages that must look for cues in any language. */
export function allLanguagePacks(): readonly LanguagePack[] {
  return [...packs.values()];
}
