import type { LanguagePack } from "../types.js";
import { dates } from "./dates.js";

/** Dates only so far: month names and update cues, for publication dates on pages in Portuguese. */
const pt: LanguagePack = { code: "pt", name: "Portuguese", dates };
export default pt;
