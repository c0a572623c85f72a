/** What every build step is given: the store, the resolved configuration, the languages, a log, and the keys of stored work. */
import { type ConfigOverrides, type DossierConfig, resolveConfig } from "../config.js";
import { type Languages, languages as registeredLanguages } from "../lang/index.js";
import type { Store } from "../store/index.js";
import { type BuildKeys, buildKeys } from "./keys.js";

export interface BuildContext {
  readonly store: Store;
  readonly config: DossierConfig;
  readonly languages: Languages;
  /** Progress lines for a person (the CLI sends them to stderr). */
  readonly log: (line: string) => void;
  readonly keys: BuildKeys;
  /** Counts as the build goes, for a progress bar: documents extracted, stories analysed (totals not known ahead). */
  readonly progress?: (stage: "extract" | "analyse", done: number, total: number | null) => void;
}

export function buildContext(
  store: Store,
  options: {
    config?: ConfigOverrides;
    languages?: Languages;
    log?: (line: string) => void;
    progress?: BuildContext["progress"];
  } = {},
): BuildContext {
  const config = resolveConfig(options.config);
  const languages = options.languages ?? registeredLanguages();
  return { store, config, languages, log: options.log ?? (() => {}), keys: buildKeys(config, languages), progress: options.progress };
}
