import type { LanguagePack } from "../types.js";
import { sentences } from "./sentences.js";
import { dates } from "./dates.js";

/** Dates only so far: month names and update cues, for publication dates on pages in Portuguese. */
const pt: LanguagePack = { code: "pt", name: "Portuguese", sentences, dates };
export default pt;
